import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { listParserPath, listParserSource } from './list-parser-source.ts'

describe("the list's generated parser", () => {
  it("is exactly what zod's compiler builds for the schema now", async () => {
    // Fails after a change to the schema or to zod: run `npm run generate:list-parser`.
    expect(readFileSync(listParserPath, 'utf8')).toBe(await listParserSource())
  })
})
