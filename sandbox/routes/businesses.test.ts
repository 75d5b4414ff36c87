import { describe, expect } from 'vitest'
import { businessesPageSchema } from '../contract/businesses.ts'
import { userSchema } from '../contract/users.ts'
import {
  expectProblem,
  fieldsOf,
  type Harness,
  LEE_ELECTRIC,
  LEE_SOLAR,
  RIVERA,
  test,
} from '../testing/harness.ts'

async function page(h: Harness, persona: string, query = '') {
  const res = await h.send('GET', `/api/v4/businesses${query}`, { as: persona })
  expect(res.status).toBe(200)
  return businessesPageSchema.parse(await res.json())
}

describe('GET /api/v4/users/self', () => {
  test('answers the signed-in user', async ({ h }) => {
    const res = await h.send('GET', '/api/v4/users/self', { as: 'morgan-lee' })
    expect(res.status).toBe(200)
    expect(userSchema.parse(await res.json())).toMatchObject({
      firstName: 'Morgan',
      lastName: 'Lee',
    })
  })
})

describe('GET /api/v4/businesses', () => {
  test('lists only the businesses the token is linked to, sorted by name', async ({ h }) => {
    const pat = await page(h, 'pat-rivera')
    expect(pat.data.map((b) => [b.businessID, b.name])).toEqual([[RIVERA, 'Rivera Plumbing']])
    expect(pat.pagination).toEqual({ limit: 20, offset: 0, total: 1 })
    const morgan = await page(h, 'morgan-lee')
    expect(morgan.data.map((b) => b.businessID)).toEqual([LEE_ELECTRIC, LEE_SOLAR])
  })

  test('serves each imageURL as an SVG monogram', async ({ h }) => {
    const [rivera] = (await page(h, 'pat-rivera')).data
    const image = await h.app.request(rivera?.imageURL ?? '')
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/svg+xml')
    expect(await image.text()).toContain('>RP</text>')
  })

  describe('with hosts let through the Host check', () => {
    test.override('harnessOptions', { allowedHosts: ['evil.example', '127.0.0.1'] })

    test('builds imageURL from configuration, whatever Host the request names', async ({ h }) => {
      // Even a host name the Host check lets through is never echoed into a URL.
      for (const host of ['evil.example', 'evil.example:666', '127.0.0.1:9']) {
        const res = await h.send('GET', '/api/v4/businesses', {
          as: 'pat-rivera',
          headers: { Host: host },
        })
        const [rivera] = businessesPageSchema.parse(await res.json()).data
        expect(rivera?.imageURL).toBe(`http://localhost/sandbox/business-images/${RIVERA}.svg`)
      }
    })
  })

  test('pages support through hundreds of businesses with limit, offset and total', async ({
    h,
  }) => {
    const first = await page(h, 'sam-ortiz')
    expect(first.data).toHaveLength(20)
    expect(first.pagination.total).toBeGreaterThan(300)
    const all = await page(h, 'sam-ortiz', '?limit=1000')
    expect(all.data).toHaveLength(all.pagination.total)
    const names = all.data.map((b) => b.name)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    const slice = await page(h, 'sam-ortiz', '?limit=7&offset=13')
    expect(slice.data).toEqual(all.data.slice(13, 20))
    expect(slice.pagination).toEqual({ limit: 7, offset: 13, total: all.pagination.total })
    const beyond = await page(h, 'sam-ortiz', `?offset=${all.pagination.total}`)
    expect(beyond.data).toEqual([])
  })

  test.for(['0', '1001', '-1', '2.5', 'abc', '', '1e3', ' 5', '99999999999999999999'])(
    'refuses limit=%j with 400 naming limit',
    async (limit, { h }) => {
      const res = await h.send('GET', `/api/v4/businesses?limit=${encodeURIComponent(limit)}`, {
        as: 'sam-ortiz',
      })
      expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['limit'])
    },
  )

  test('refuses a bad offset with 400 naming offset', async ({ h }) => {
    const res = await h.send('GET', '/api/v4/businesses?offset=-3', { as: 'sam-ortiz' })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['offset'])
  })
})
