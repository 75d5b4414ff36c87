import { type APIRequestContext, expect } from '@playwright/test'
import type { z } from 'zod'

import { businessesPageSchema } from '../../sandbox/contract/businesses'
import { phoneNumberListSchema } from '../../sandbox/contract/phone-numbers'
import {
  faultPatchSchema,
  personasSchema,
  requestLogSchema,
} from '../../sandbox/contract/sandbox-controls'

// The shapes come from the sandbox, not from a copy here, so a change to an answer breaks
// these tests at the parse instead of three assertions later.

/** What a test may switch on, as PUT /sandbox/faults accepts it. */
export type Faults = z.input<typeof faultPatchSchema>
export type LoggedRequest = z.infer<typeof requestLogSchema>['requests'][number]
export type StoredNumber = z.infer<typeof phoneNumberListSchema>['phoneNumbers'][number]

/** Drives the sandbox's own routes from a test: reset, personas, faults. */
export class SandboxControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset(body: { metroHvacNumbers?: number; extraBusinesses?: number } = {}): Promise<void> {
    const response = await this.request.post('/sandbox/reset', { data: body })
    expect(response.ok()).toBe(true)
  }

  async personas() {
    const response = await this.request.get('/sandbox/personas')
    expect(response.ok()).toBe(true)
    return personasSchema.parse(await response.json()).personas
  }

  async persona(name: string) {
    const persona = (await this.personas()).find((candidate) => candidate.name === name)
    if (!persona) throw new Error(`No sandbox persona named ${name}`)
    return persona
  }

  async setFaults(faults: Faults): Promise<void> {
    const response = await this.request.put('/sandbox/faults', {
      data: faultPatchSchema.parse(faults),
    })
    expect(response.ok()).toBe(true)
  }

  /** The /api/ requests the sandbox has answered since the last reset, oldest first. */
  async requests(since = 0): Promise<LoggedRequest[]> {
    const response = await this.request.get(`/sandbox/requests?since=${since}`)
    expect(response.ok()).toBe(true)
    return requestLogSchema.parse(await response.json()).requests
  }

  /** Sends an API request as a persona, as another client of the same business would. */
  async api(
    personaName: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    data?: unknown,
  ) {
    const { accessToken } = await this.persona(personaName)
    return this.request.fetch(`/api/v4${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}` },
      ...(data === undefined ? {} : { data }),
    })
  }

  /** The businesses a persona may reach, with their names. */
  async businesses(personaName: string) {
    const response = await this.api(personaName, 'GET', '/businesses?limit=1000')
    expect(response.ok()).toBe(true)
    return businessesPageSchema.parse(await response.json()).data
  }

  /** The ID of a business, looked up by name among those the persona may reach. */
  async businessID(personaName: string, businessName: string): Promise<string> {
    const business = (await this.businesses(personaName)).find(
      (candidate) => candidate.name === businessName,
    )
    if (!business) throw new Error(`${personaName} cannot reach a business named ${businessName}`)
    return business.businessID
  }

  /** Reads a business's numbers straight from the sandbox, as the server holds them. */
  async numbersOf(personaName: string, businessID: string): Promise<StoredNumber[]> {
    const response = await this.api(
      personaName,
      'GET',
      `/businesses/${businessID}/associate-phone-numbers`,
    )
    expect(response.ok()).toBe(true)
    return parseNumbers(await response.json())
  }
}

/** A list answer's numbers, checked against the sandbox's record schema. */
export function parseNumbers(body: unknown): StoredNumber[] {
  return phoneNumberListSchema.parse(body).phoneNumbers
}
