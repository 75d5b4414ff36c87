import { mulberry32, pick } from '../../sandbox/store/prng'

import { type Api, isDuplicate, listSchema, numbersPath, recordSchema } from './api'

// One simulated client: a persona's token on one business, looping over a mix of reads
// and writes until the shared budget (time and request count) runs out. It writes only
// its own numbers (those it created), so it knows exactly what the server should hold.

export interface Target {
  personaID: string
  token: string
  businessID: string
  /** Area code of this business's number pool; clients on one business share it. */
  areaCode: string
}

export interface Owned {
  phoneNumberID: string
  businessID: string
  phoneNumber: string
  name: string
  isDeleted: boolean
  client: number
}

/** Shared by all clients: stop at the deadline or after `remaining` requests. */
export class Budget {
  constructor(
    private readonly deadline: number,
    private remaining: number,
  ) {}

  take(): boolean {
    if (this.remaining <= 0 || Date.now() >= this.deadline) return false
    this.remaining -= 1
    return true
  }
}

/**
 * Numbers drawn from a pool per business, large enough that duplicates happen now and then
 * (two clients on one business picking the same number: an expected 409), not constantly.
 */
export const POOL_SIZE = 4000
const numberFrom = (areaCode: string, index: number) =>
  `+1${areaCode}8${String(index).padStart(6, '0')}`

const BULK_SIZE = 10

export async function runClient(options: {
  client: number
  target: Target
  api: Api
  budget: Budget
  seed: number
  owned: Map<string, Owned>
}): Promise<void> {
  const { client, target, api, budget, owned } = options
  const random = mulberry32(options.seed)
  const path = numbersPath(target.businessID)
  const poolNumber = () => numberFrom(target.areaCode, Math.floor(random() * POOL_SIZE))
  const active = () => [...owned.values()].filter((n) => n.client === client && !n.isDeleted)
  let made = 0
  const newName = () => `Load ${client}-${++made}`

  const keep = (body: unknown) => {
    const record = recordSchema.parse(body)
    owned.set(record.phoneNumberID, { ...record, client })
  }

  while (budget.take()) {
    const roll = random()
    const mine = active()
    if (roll < 0.4) {
      const answer = await api('list', target.token, 'GET', path)
      if (answer.status === 200) listSchema.parse(answer.body)
    } else if (roll < 0.62 || mine.length === 0) {
      const json = { phoneNumber: poolNumber(), name: newName() }
      const answer = await api('create', target.token, 'POST', path, json, isDuplicate)
      if (answer.status === 201) keep(answer.body)
    } else if (roll < 0.8) {
      const number = pick(random, mine)
      const phoneNumber = random() < 0.3 ? poolNumber() : number.phoneNumber
      const json = { phoneNumber, name: newName() }
      const answer = await api(
        'update',
        target.token,
        'PUT',
        `${path}/${number.phoneNumberID}`,
        json,
        isDuplicate,
      )
      if (answer.status === 200) keep(answer.body)
    } else if (roll < 0.92) {
      const number = pick(random, mine)
      const answer = await api('delete', target.token, 'DELETE', `${path}/${number.phoneNumberID}`)
      if (answer.status === 204) number.isDeleted = true
    } else {
      const numbers = new Set<string>()
      while (numbers.size < BULK_SIZE) numbers.add(poolNumber())
      const json = {
        phoneNumbers: [...numbers].map((phoneNumber) => ({ phoneNumber, name: newName() })),
      }
      const answer = await api(
        'bulk',
        target.token,
        'POST',
        `${path}-bulk-create`,
        json,
        isDuplicate,
      )
      if (answer.status === 201) listSchema.parse(answer.body).phoneNumbers.forEach(keep)
    }
  }
}
