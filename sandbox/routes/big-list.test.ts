import { describe, expect } from 'vitest'
import { z } from 'zod'
import { phoneNumberListSchema } from '../contract/phone-numbers.ts'
import { METRO, numbersPath, type Harness, test } from '../testing/harness.ts'

// A 20,000-number list must not hold up everyone else: building its answer yields to
// other requests. Ordering only, no clock: a one-row request sent while ten big reads are
// under way is answered before the last of them.

test.beforeEach(async ({ h }) => {
  const reset = await h.send('POST', '/sandbox/reset', { json: { metroHvacNumbers: 20_000 } })
  expect(reset.status).toBe(200)
})

/** One turn of the event loop: the big reads have started, as they would on a socket. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

const readList = (h: Harness) =>
  h.send('GET', numbersPath(METRO), { as: 'sam-ortiz' }).then(async (res) => {
    expect(res.status).toBe(200)
    return phoneNumberListSchema.parse(await res.json()).phoneNumbers
  })

/** The count only: checking 200,000 records field by field would be the slow part. */
const countList = (h: Harness) =>
  h.send('GET', numbersPath(METRO), { as: 'sam-ortiz' }).then(async (res) => {
    expect(res.status).toBe(200)
    return z.object({ phoneNumbers: z.array(z.unknown()) }).parse(await res.json()).phoneNumbers
      .length
  })

// Several 20,000-row reads on a busy 2-core machine take seconds; nothing here is timed.
const SLOW = { timeout: 60_000 }

describe('a 20,000-number business', () => {
  test('lets GET /users/self through while ten list reads are under way', SLOW, async ({ h }) => {
    const finished: string[] = []
    const lists = Array.from({ length: 10 }, () =>
      countList(h).then((count) => {
        finished.push('list')
        return count
      }),
    )
    await nextTurn()
    const self = h.send('GET', '/api/v4/users/self', { as: 'sam-ortiz' }).then(async (res) => {
      expect(res.status).toBe(200)
      await res.text()
      finished.push('self')
    })
    const [counts] = await Promise.all([Promise.all(lists), self])
    expect(finished.indexOf('self')).toBeLessThan(finished.lastIndexOf('list'))
    expect(counts).toEqual(Array(10).fill(20_000))
  })

  test('lists every change made since the last read, in order', SLOW, async ({ h }) => {
    const before = await readList(h)
    const json = { phoneNumber: '+16175550100', name: 'Added after a read' }
    const created = await h.send('POST', numbersPath(METRO), { as: 'sam-ortiz', json })
    expect(created.status).toBe(201)
    const first = before[0]
    if (!first) throw new Error('Metro HVAC has numbers')
    const renamed = { phoneNumber: first.phoneNumber, name: 'Renamed after a read' }
    const path = `${numbersPath(METRO)}/${first.phoneNumberID}`
    expect((await h.send('PUT', path, { as: 'sam-ortiz', json: renamed })).status).toBe(200)
    const last = before.at(-1)
    if (!last) throw new Error('Metro HVAC has numbers')
    const lastPath = `${numbersPath(METRO)}/${last.phoneNumberID}`
    expect((await h.send('DELETE', lastPath, { as: 'sam-ortiz' })).status).toBe(204)

    const after = await readList(h)
    expect(after).toHaveLength(20_001)
    expect(after[0]?.name).toBe('Renamed after a read')
    expect(after.at(-2)).toMatchObject({ phoneNumberID: last.phoneNumberID, isDeleted: true })
    expect(after.at(-1)).toMatchObject(json)
    expect(after.slice(1, -2)).toEqual(before.slice(1, -1))
    // And a reset puts the seed back, whatever was read before it.
    expect((await h.send('POST', '/sandbox/reset')).status).toBe(200)
    expect((await readList(h)).map((n) => n.name)).not.toContain('Added after a read')
  })
})
