import { type APIRequestContext, expect, type Page } from '@playwright/test'
import { z } from 'zod'

const personasSchema = z.object({
  personas: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      accessToken: z.string(),
      businessIDs: z.array(z.string()),
    }),
  ),
})

export interface Faults {
  latencyMs?: number
  /** Up to this much more latency, drawn per request. */
  latencyJitterMs?: number
  errorRate?: number
  /** "after": the route runs, then its answer is replaced by the injected 503. */
  errorPhase?: 'before' | 'after'
  rateLimitPerMinute?: number
  expireTokens?: boolean
}

const requestLogSchema = z.object({
  requests: z.array(
    z.object({
      seq: z.number(),
      time: z.string(),
      method: z.string(),
      path: z.string(),
      status: z.number(),
      personaID: z.string().nullable(),
      phoneNumbers: z.array(z.string()),
      durationMs: z.number(),
    }),
  ),
})

export type LoggedRequest = z.infer<typeof requestLogSchema>['requests'][number]

/** Drives the sandbox's own routes from a test: reset, personas, faults. */
export class SandboxControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset(body: { metroHvacNumbers?: number } = {}): Promise<void> {
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
    const response = await this.request.put('/sandbox/faults', { data: faults })
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

  /** The ID of a business, looked up by name among those the persona may reach. */
  async businessID(personaName: string, businessName: string): Promise<string> {
    const response = await this.api(personaName, 'GET', '/businesses?limit=1000')
    expect(response.ok()).toBe(true)
    const { data } = z
      .object({ data: z.array(z.object({ businessID: z.string(), name: z.string() })) })
      .parse(await response.json())
    const business = data.find((candidate) => candidate.name === businessName)
    if (!business) throw new Error(`${personaName} cannot reach a business named ${businessName}`)
    return business.businessID
  }

  /** Reads a business's numbers straight from the sandbox, as the server holds them. */
  async numbersOf(personaName: string, businessID: string) {
    const { accessToken } = await this.persona(personaName)
    const response = await this.request.get(
      `/api/v4/businesses/${businessID}/associate-phone-numbers`,
      {
        headers: { Authorization: `Bearer ${accessToken}` },
      },
    )
    expect(response.ok()).toBe(true)
    return z
      .object({
        phoneNumbers: z.array(
          z.object({
            phoneNumberID: z.string(),
            phoneNumber: z.string(),
            name: z.string(),
            isDeleted: z.boolean(),
            createdTime: z.string(),
            updatedTime: z.string(),
            lastActivityTime: z.string().nullable(),
          }),
        ),
      })
      .parse(await response.json()).phoneNumbers
  }
}

export async function signInAs(page: Page, personaName: string): Promise<void> {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: new RegExp(personaName) }).click()
  // Signing in fetches a fresh token first; wait until the app has moved on.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
}
