import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect } from 'vitest'
import {
  businessRouteTable,
  createHarness,
  expectProblem,
  LEE_ELECTRIC,
  LEE_SOLAR,
  METRO,
  NO_SUCH_BUSINESS,
  numbersPath,
  RIVERA,
  test,
} from './testing/harness.ts'

describe('business access', () => {
  test.for<[string, string[]]>([
    ['pat-rivera', [LEE_ELECTRIC, LEE_SOLAR, METRO]],
    ['morgan-lee', [RIVERA, METRO]],
    ['riley-chen', [LEE_ELECTRIC, METRO]],
  ])(
    '%s gets 403 forbidden-business on every route of businesses it is not linked to',
    async ([persona, ids], { h }) => {
      for (const businessID of ids) {
        for (const route of businessRouteTable(businessID)) {
          // Riley lacks the write scope, which is checked first; reads must still be 403.
          if (persona === 'riley-chen' && route.method !== 'GET') continue
          const res = await h.send(route.method, route.path, { as: persona, json: route.json })
          const problem = await expectProblem(res, 403, 'forbidden-business')
          expect(problem.detail).toBe(`This sign-in is not linked to business ${businessID}.`)
        }
      }
    },
  )

  test('a forbidden write changes nothing', async ({ h }) => {
    const before = await (
      await h.send('GET', numbersPath(LEE_ELECTRIC), { as: 'morgan-lee' })
    ).text()
    for (const route of businessRouteTable(LEE_ELECTRIC)) {
      await h.send(route.method, route.path, { as: 'pat-rivera', json: route.json })
    }
    const after = await (
      await h.send('GET', numbersPath(LEE_ELECTRIC), { as: 'morgan-lee' })
    ).text()
    expect(after).toBe(before)
  })

  test('answers 404 for a business that does not exist, for everyone', async ({ h }) => {
    for (const persona of ['pat-rivera', 'sam-ortiz']) {
      for (const route of businessRouteTable(NO_SUCH_BUSINESS)) {
        const res = await h.send(route.method, route.path, { as: persona, json: route.json })
        await expectProblem(res, 404, 'not-found')
      }
    }
  })

  test('lets support act on every business, including one added after the seed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-auth-'))
    const file = path.join(dir, 'sandbox.sqlite')
    const fileHarness = await createHarness(file)
    try {
      // Another connection adds a business behind the running sandbox's back.
      const added = '4000000000000000004'
      const other = new BetterSqlite3(file)
      other.prepare('INSERT INTO businesses (id, name) VALUES (?, ?)').run(added, 'Late Arrival')
      other.close()
      for (const id of [RIVERA, LEE_ELECTRIC, LEE_SOLAR, METRO, added]) {
        const res = await fileHarness.send('GET', numbersPath(id), { as: 'sam-ortiz' })
        expect(res.status).toBe(200)
      }
      const write = await fileHarness.send('POST', numbersPath(added), {
        as: 'sam-ortiz',
        json: { phoneNumber: '+12065550142', name: 'Probe' },
      })
      expect(write.status).toBe(201)
      const pat = await fileHarness.send('GET', numbersPath(added), { as: 'pat-rivera' })
      await expectProblem(pat, 403, 'forbidden-business')
    } finally {
      fileHarness.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
