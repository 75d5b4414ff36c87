import { writeFileSync } from 'node:fs'

import { listParserPath, listParserSource } from './list-parser-source.ts'

// `npm run generate:list-parser`: after a change to wellFormedPhoneNumberListSchema or zod.
writeFileSync(listParserPath, await listParserSource())
console.log(`Wrote ${listParserPath}`)
