import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { phoneNumberListSchema } from './contract/phone-numbers.ts'
import { problemSchema } from './contract/problem.ts'
import {
  bulkPath,
  createHarness,
  type Harness,
  numberPath,
  numbersPath,
  RIVERA,
} from './testing/harness.ts'

// No input may reach app.onError: every one of these must be refused (or accepted) on
// purpose, never by a crash. console.error is how onError reports, so it must stay silent.

const long = 'x'.repeat(10_000)

const bodies: [string, string][] = [
  ['empty', ''],
  ['whitespace', '   \n\t '],
  ['NUL byte alone', '\u0000'],
  ['truncated', '{"phoneNumber":"+1415'],
  ['trailing junk', '{"phoneNumber":"+14155550000","name":"a"} x'],
  ['BOM then JSON', '\ufeff{"phoneNumber":"+1","name":"a"}'],
  ['null', 'null'],
  ['array', '[{"phoneNumber":"+12065550100","name":"a"}]'],
  ['number', '12065550100'],
  ['string', '"+12065550100"'],
  ['NaN literal', '{"phoneNumber":NaN}'],
  ['single quotes', "{'phoneNumber':'+12065550100'}"],
  ['empty object', '{}'],
  ['nulls', '{"phoneNumber":null,"name":null}'],
  ['numbers', '{"phoneNumber":12065550100,"name":7}'],
  ['booleans', '{"phoneNumber":true,"name":false}'],
  ['arrays', '{"phoneNumber":["+12065550100"],"name":["a"]}'],
  ['objects', '{"phoneNumber":{"e164":"+12065550100"},"name":{"first":"a"}}'],
  ['NUL in number', JSON.stringify({ phoneNumber: '+1206555\u00000100', name: 'a' })],
  ['NUL in name', JSON.stringify({ phoneNumber: '+12065550100', name: 'a\u0000b' })],
  ['10,000-char number', JSON.stringify({ phoneNumber: `+1${'2'.repeat(10_000)}`, name: 'a' })],
  ['10,000-char name', JSON.stringify({ phoneNumber: '+12065550100', name: long })],
  ['10,000 emoji name', JSON.stringify({ phoneNumber: '+12065550100', name: '🔥'.repeat(10_000) })],
  ['emoji number', JSON.stringify({ phoneNumber: '+1📞2065550100', name: 'a' })],
  ['lone surrogate name', '{"phoneNumber":"+12065550100","name":"\\ud83d"}'],
  ['RTL override name', JSON.stringify({ phoneNumber: '+12065550100', name: '\u202e\u0085' })],
  ['fullwidth digits', JSON.stringify({ phoneNumber: '+１２０６５５５０１００', name: 'a' })],
  ['huge number value', '{"phoneNumber":1e309,"name":"a"}'],
  ['negative zero', '{"phoneNumber":-0,"name":-0}'],
  ['__proto__ key', '{"__proto__":{"phoneNumber":"+12065550100"},"name":"a"}'],
  ['constructor key', '{"constructor":{"prototype":{}},"phoneNumber":"+1","name":"a"}'],
  ['nested 5,000 deep', `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`],
  ['deep array', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ['phoneNumbers string', '{"phoneNumbers":"+12065550100"}'],
  ['phoneNumbers nulls', '{"phoneNumbers":[null,null]}'],
  ['phoneNumbers nested arrays', '{"phoneNumbers":[[["+12065550100"]]]}'],
  ['phoneNumbers 5,000 items', JSON.stringify({ phoneNumbers: Array(5000).fill({ a: 1 }) })],
  ['phoneNumbers numbers', '{"phoneNumbers":[1,2,3]}'],
  ['latencyMs string', '{"latencyMs":"5","errorRate":"x","rateLimitPerMinute":-1}'],
  ['expireTokens string', '{"expireTokens":"yes","metroHvacNumbers":"lots"}'],
  ['metro huge', '{"metroHvacNumbers":1e12}'],
  ['metro float', '{"metroHvacNumbers":2.5}'],
]

const apiRoutes = [
  { method: 'POST', path: numbersPath(RIVERA) },
  { method: 'PUT', path: numberPath(RIVERA, '1234567890123456789') },
  { method: 'POST', path: bulkPath(RIVERA) },
]
const adminRoutes = [
  { method: 'PUT', path: '/sandbox/faults' },
  { method: 'POST', path: '/sandbox/reset' },
]

async function sendHostile(method: string, path: string, body: string) {
  const headers = { 'Content-Type': 'application/json' }
  const res = await h.send(method, path, { as: 'pat-rivera', body, headers })
  expect(res.status).toBeLessThan(500)
  if (res.status >= 400) {
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    problemSchema.parse(await res.json())
  }
}

let h: Harness
let before: string
const consoleError = vi.spyOn(console, 'error')
beforeAll(async () => {
  h = await createHarness()
  const res = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
  before = JSON.stringify(phoneNumberListSchema.parse(await res.json()))
})
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled()
})
afterAll(() => h.close())

describe.each(apiRoutes)('$method $path with hostile bodies', ({ method, path }) => {
  it.each(bodies)('%s: never a 5xx', async (_label, body) => {
    await sendHostile(method, path, body)
  })
})

describe('after the API routes', () => {
  it('refused every hostile write: Rivera Plumbing is unchanged', async () => {
    const res = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
    expect(JSON.stringify(phoneNumberListSchema.parse(await res.json()))).toBe(before)
  })
})

// Last: some of these bodies are a valid reset, which restores the seed.
describe.each(adminRoutes)('$method $path with hostile bodies', ({ method, path }) => {
  it.each(bodies)('%s: never a 5xx', async (_label, body) => {
    await sendHostile(method, path, body)
  })
})
