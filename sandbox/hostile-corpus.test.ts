import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nameProblem as formNameProblem } from '../src/lib/rules/name-rule.ts'
import { parsePhoneInput } from '../src/lib/phone/parse-phone-input.ts'
import { BULK_MAX } from './schemas.ts'
import {
  phoneNumberListSchema,
  phoneNumberRecordSchema,
  type PhoneNumberRecord,
} from './contract/phone-numbers.ts'
import { problemSchema, type Problem } from './contract/problem.ts'
import {
  bulkPath,
  createHarness,
  type Harness,
  numberPath,
  numbersPath,
  RIVERA,
} from './testing/harness.ts'
import { hostileCategories, hostileInputs, type HostileInput } from './testing/hostile-inputs.ts'

// Every hostile input as `name` and as `phoneNumber`, through POST, PUT and bulk: never a
// 5xx; either 201/200 with the text stored exactly (a name, trimmed) or a 4xx Problem whose
// message names the field. The form's own rules must agree with the server's on each.

const US_E164 = /^\+1[2-9]\d{2}[2-9]\d{6}$/
const US_E164_STRICT = (value: string) => US_E164.test(value)

let h: Harness
let spare = 0
/** A valid number no test has used yet: +1 206 2xx xxxx. */
const freshNumber = () => `+1206${String(2_000_000 + ++spare)}`

let target: PhoneNumberRecord
const consoleError = vi.spyOn(console, 'error')

beforeAll(async () => {
  h = await createHarness()
  const json = { phoneNumber: freshNumber(), name: 'PUT target' }
  const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
  target = phoneNumberRecordSchema.parse(await res.json())
})
afterEach(() => {
  // app.onError reports through console.error: nothing may reach it.
  expect(consoleError).not.toHaveBeenCalled()
})
afterAll(() => h.close())

async function stored(phoneNumberID: string) {
  const res = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
  const numbers = phoneNumberListSchema.parse(await res.json()).phoneNumbers
  return numbers.find((n) => n.phoneNumberID === phoneNumberID)
}

/** A 4xx Problem Details answer whose errors[] and detail both name `field`. */
async function expectRefusal(res: Response, field: string): Promise<Problem> {
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const problem = problemSchema.parse(await res.json())
  const named = (problem.errors ?? []).filter((error) => error.field === field)
  expect(named, `errors[] should name ${field}: ${JSON.stringify(problem.errors)}`).toHaveLength(1)
  expect(named[0]?.message.length).toBeGreaterThan(3)
  expect(problem.detail).toContain(field)
  return problem
}

const messageFor = (problem: Problem, field: string) =>
  problem.errors?.find((error) => error.field === field)?.message

/** What zod's .trim() (the name rule) leaves: JavaScript's own trim. */
const trimmed = (value: string) => value.trim()

it('has at least 150 inputs, each described, in every category', () => {
  expect(hostileInputs.length).toBeGreaterThanOrEqual(150)
  expect(new Set(hostileInputs.map((input) => input.id)).size).toBe(hostileInputs.length)
  for (const input of hostileInputs) expect(input.what.length).toBeGreaterThan(2)
  for (const category of hostileCategories) {
    expect(hostileInputs.filter((input) => input.category === category).length).toBeGreaterThan(4)
  }
  expect(hostileInputs.some((input) => input.value.length >= 10_000)).toBe(true)
  // Both outcomes are exercised: names kept as given, and names refused.
  const accepted = hostileInputs.filter(
    (input) => formNameProblem(trimmed(input.value)) === undefined,
  )
  expect(accepted.length).toBeGreaterThan(40)
  expect(hostileInputs.length - accepted.length).toBeGreaterThan(20)
})

describe.each(hostileInputs)('$id ($what)', (input: HostileInput) => {
  const expectedName = trimmed(input.value)
  const formVerdict = formNameProblem(expectedName)

  it('as a name in POST: stored exactly (trimmed), or refused naming "name"', async () => {
    const json = { phoneNumber: freshNumber(), name: input.value }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    if (res.status === 201) {
      const record = phoneNumberRecordSchema.parse(await res.json())
      expect(record.name).toBe(expectedName)
      expect((await stored(record.phoneNumberID))?.name).toBe(expectedName)
      // The form lets through exactly what the server keeps…
      expect(formVerdict).toBeUndefined()
    } else {
      const problem = await expectRefusal(res, 'name')
      // …and refuses the rest with the same words.
      expect(messageFor(problem, 'name')).toBe(formVerdict)
    }
  })

  it('as a name in PUT: stored exactly (trimmed), or refused naming "name"', async () => {
    const json = { phoneNumber: target.phoneNumber, name: input.value }
    const res = await h.send('PUT', numberPath(RIVERA, target.phoneNumberID), {
      as: 'pat-rivera',
      json,
    })
    const after = (await stored(target.phoneNumberID))?.name
    if (res.status === 200) {
      expect(phoneNumberRecordSchema.parse(await res.json()).name).toBe(expectedName)
      expect(after).toBe(expectedName)
      expect(formVerdict).toBeUndefined()
    } else {
      const problem = await expectRefusal(res, 'name')
      expect(messageFor(problem, 'name')).toBe(formVerdict)
    }
  })

  it('as a name in a bulk create: stored exactly, or refused naming phoneNumbers[0].name', async () => {
    const json = { phoneNumbers: [{ phoneNumber: freshNumber(), name: input.value }] }
    const res = await h.send('POST', bulkPath(RIVERA), { as: 'pat-rivera', json })
    if (res.status === 201) {
      const records = phoneNumberListSchema.parse(await res.json()).phoneNumbers
      expect(records.map((r) => r.name)).toEqual([expectedName])
      expect((await stored(records[0]?.phoneNumberID ?? ''))?.name).toBe(expectedName)
      expect(formVerdict).toBeUndefined()
    } else {
      const problem = await expectRefusal(res, 'phoneNumbers[0].name')
      expect(messageFor(problem, 'phoneNumbers[0].name')).toBe(formVerdict)
    }
  })

  it('as a phone number in POST, PUT and bulk: refused naming the field unless valid E.164', async () => {
    const valid = US_E164_STRICT(input.value)
    const post = await h.send('POST', numbersPath(RIVERA), {
      as: 'pat-rivera',
      json: { phoneNumber: input.value, name: 'Hostile number' },
    })
    const put = await h.send('PUT', numberPath(RIVERA, target.phoneNumberID), {
      as: 'pat-rivera',
      json: { phoneNumber: input.value, name: 'PUT target' },
    })
    const bulk = await h.send('POST', bulkPath(RIVERA), {
      as: 'pat-rivera',
      json: { phoneNumbers: [{ phoneNumber: input.value, name: 'Hostile number' }] },
    })
    if (valid) {
      // Nothing in the corpus is plain E.164 today; if one is added, it must just work.
      expect([post.status, put.status, bulk.status].every((s) => s < 300 || s === 409)).toBe(true)
      return
    }
    await expectRefusal(post, 'phoneNumber')
    await expectRefusal(put, 'phoneNumber')
    await expectRefusal(bulk, 'phoneNumbers[0].phoneNumber')
    expect((await stored(target.phoneNumberID))?.phoneNumber).toBe(target.phoneNumber)
  })

  it('as a phone number the form accepts: the server accepts what the form sends', async () => {
    const parsed = parsePhoneInput(input.value)
    if (!parsed.ok) return
    expect(parsed.e164).toMatch(US_E164)
    const res = await h.send('POST', numbersPath(RIVERA), {
      as: 'pat-rivera',
      json: { phoneNumber: parsed.e164, name: `From ${input.id}` },
    })
    // Several inputs normalise to the same number: the later ones are duplicates.
    expect([201, 409]).toContain(res.status)
  })
})

describe('every hostile name in bulk requests of up to 100', () => {
  it('refuses each chunk naming exactly the bad rows, storing nothing from it', async () => {
    for (let start = 0; start < hostileInputs.length; start += BULK_MAX) {
      const chunk = hostileInputs.slice(start, start + BULK_MAX)
      const items = chunk.map((input) => ({ phoneNumber: freshNumber(), name: input.value }))
      const bad = chunk.flatMap((input, index) =>
        formNameProblem(trimmed(input.value)) === undefined ? [] : [`phoneNumbers[${index}].name`],
      )
      const before = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
      const countBefore = phoneNumberListSchema.parse(await before.json()).phoneNumbers.length

      const res = await h.send('POST', bulkPath(RIVERA), {
        as: 'pat-rivera',
        json: { phoneNumbers: items },
      })
      expect(res.status).toBe(bad.length > 0 ? 400 : 201)
      if (bad.length > 0) {
        const problem = problemSchema.parse(await res.json())
        expect((problem.errors ?? []).map((error) => error.field)).toEqual(bad)
        const after = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
        expect(phoneNumberListSchema.parse(await after.json()).phoneNumbers).toHaveLength(
          countBefore,
        )
      }
    }
  })
})
