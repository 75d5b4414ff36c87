import { describe, expect } from 'vitest'
import { phoneNumberListSchema } from './contract/phone-numbers.ts'
import { businessRouteTable, expectProblem, numbersPath, RIVERA, test } from './testing/harness.ts'

const everyRoute = [
  { method: 'GET', path: '/api/v4/users/self' },
  { method: 'GET', path: '/api/v4/businesses' },
  ...businessRouteTable(RIVERA),
]

describe('authentication', () => {
  test.for<[string, Record<string, string>]>([
    ['no header', {}],
    ['unknown token', { Authorization: 'Bearer sbx_not-a-real-token' }],
    ['not Bearer', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['empty Bearer', { Authorization: 'Bearer ' }],
    ['junk in token', { Authorization: 'Bearer a b c' }],
    ['huge token', { Authorization: `Bearer ${'x'.repeat(10_000)}` }],
  ])('answers 401 invalid-token on every route for %s', async ([_label, headers], { h }) => {
    for (const route of everyRoute) {
      const res = await h.send(route.method, route.path, { headers, json: route.json })
      await expectProblem(res, 401, 'invalid-token')
      expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
    }
  })

  test('answers 401 token-expired once the token has lived an hour, and a new sign-in works', async ({
    h,
  }) => {
    h.advanceClock(3600 * 1000)
    const res = await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })
    const problem = await expectProblem(res, 401, 'token-expired')
    expect(problem.detail).toMatch(/expired.*[Ss]ign in again/)
    expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token"/)
    await h.signInAgain()
    expect((await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })).status).toBe(200)
  })
})

describe('scopes: a missing scope is 401 insufficient-scope, as Thumbtack documents', () => {
  test('lets the read-only Riley Chen read Rivera Plumbing', async ({ h }) => {
    expect((await h.send('GET', numbersPath(RIVERA), { as: 'riley-chen' })).status).toBe(200)
    expect((await h.send('GET', '/api/v4/businesses', { as: 'riley-chen' })).status).toBe(200)
  })

  test('refuses every write for Riley Chen, saying plainly what the sign-in may not do', async ({
    h,
  }) => {
    const listRes = await h.send('GET', numbersPath(RIVERA), { as: 'riley-chen' })
    const before = phoneNumberListSchema.parse(await listRes.json()).phoneNumbers
    const [first] = before
    const writes = businessRouteTable(RIVERA, first?.phoneNumberID).filter(
      (r) => r.method !== 'GET',
    )
    for (const route of writes) {
      const res = await h.send(route.method, route.path, { as: 'riley-chen', json: route.json })
      const problem = await expectProblem(res, 401, 'insufficient-scope')
      expect(problem.detail).toBe('This sign-in may read numbers but not change them.')
      expect(res.headers.get('www-authenticate')).toBe(
        'Bearer error="insufficient_scope", scope="supply::businesses/associate-phone-numbers.write"',
      )
    }
    const after = await h.send('GET', numbersPath(RIVERA), { as: 'riley-chen' })
    expect(phoneNumberListSchema.parse(await after.json()).phoneNumbers).toEqual(before)
  })
})
