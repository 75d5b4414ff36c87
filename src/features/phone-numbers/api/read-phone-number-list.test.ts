import { INVALID } from 'zod/v4/core'

import { readListAsSent } from './list-as-sent'
import { parseWellFormedList } from './phone-number-list-parser.generated'
import { phoneNumberListSchema } from './phone-number-schemas'
import { fastPhoneNumberListSchema } from './read-phone-number-list'

/** A list as the app reads it, or null where it is refused. */
function readPhoneNumberList(value: unknown) {
  const read = fastPhoneNumberListSchema.safeParse(value)
  return read.success ? read.data : null
}

// Every value a field of a JSON record could hold, plus the ones a hostile server might send.
const MISSING = Symbol('missing')
const VALUES: unknown[] = [
  MISSING,
  undefined,
  null,
  '',
  '+14155552671',
  'Δ名 🚐 <script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  'x'.repeat(10_000),
  0,
  -1,
  Number.NaN,
  true,
  false,
  [],
  ['+14155552671'],
  {},
  { toString: 'Ana' },
  JSON.parse('{"__proto__": {"name": "polluted"}}'),
]
const FIELDS = [
  'phoneNumberID',
  'businessID',
  'phoneNumber',
  'name',
  'createdTime',
  'updatedTime',
  'lastActivityTime',
  'isDeleted',
] as const

const valid = {
  phoneNumberID: 'pn_1',
  businessID: 'b_1',
  phoneNumber: '+14155552671',
  name: 'Ana',
  createdTime: '2026-01-01T00:00:00Z',
  updatedTime: null,
  lastActivityTime: '2026-02-01T00:00:00Z',
  isDeleted: false,
}

function withField(base: Record<string, unknown>, field: string, value: unknown) {
  const entries = Object.entries(base).filter(([key]) => key !== field)
  if (value !== MISSING) entries.push([field, value])
  return Object.fromEntries(entries)
}

// A small seeded generator, so the corpus is the same on every run.
function seeded(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
}

function corpus(): unknown[] {
  const records: unknown[] = [valid]
  for (const field of FIELDS) {
    for (const value of VALUES) records.push(withField(valid, field, value))
  }
  const pick = seeded(13)
  for (let i = 0; i < 3_000; i++) {
    let record: Record<string, unknown> = {}
    for (const field of FIELDS) {
      // Mostly right, so that records that pass have their lenient fields exercised too.
      const value = pick(3) === 0 ? VALUES[pick(VALUES.length)] : valid[field]
      record = withField(record, field, value)
    }
    records.push(record)
  }
  records.push(
    null,
    'pn_1',
    42,
    [valid],
    { ...valid, extra: 'stripped', constructor: 'x' },
    JSON.parse(
      '{"__proto__": {"isDeleted": true}, "phoneNumberID": "pn_2", "phoneNumber": "+1", "name": 7}',
    ),
    Object.assign(Object.create(null), valid),
  )
  return records
}

describe("the list's reading, compiled or not", () => {
  it('keeps, fixes and refuses every record exactly as the zod schema does', () => {
    const records = corpus()
    let refused = 0
    let compiled = 0
    let asSent = 0
    for (const record of records) {
      const list = { phoneNumbers: [record] }
      const zod = phoneNumberListSchema.safeParse(list)
      expect(readPhoneNumberList(list)).toStrictEqual(zod.success ? zod.data : null)
      if (!zod.success) refused++
      if (parseWellFormedList(list) !== INVALID) compiled++
      if (readListAsSent(list) !== undefined) asSent++
    }
    // The corpus really has all kinds: refused, fixed by the schema, read by the compiled
    // parser, and kept as sent (a part of those the compiled parser reads).
    expect(refused).toBeGreaterThan(100)
    expect(records.length - refused - compiled).toBeGreaterThan(100)
    expect(compiled).toBeGreaterThan(100)
    expect(asSent).toBeGreaterThan(100)
    expect(asSent).toBeLessThan(compiled)
  })

  it('keeps the records a well-formed list came with, rather than copies of them', () => {
    const records = [{ ...valid }, { ...valid, phoneNumberID: 'pn_2' }]
    const list = { phoneNumbers: records, cursor: 'next' }
    const read = readPhoneNumberList(list)
    expect(read).toStrictEqual(phoneNumberListSchema.parse(list))
    expect(read?.phoneNumbers[0]).toBe(records[0])
    expect(read?.phoneNumbers[1]).toBe(records[1])
    // A field set to undefined (which JSON cannot send) is zod's to read: into copies.
    const unusual = { phoneNumbers: [...records, { ...valid, businessID: undefined }] }
    const copied = readPhoneNumberList(unusual)
    expect(copied).toStrictEqual(phoneNumberListSchema.parse(unusual))
    expect(copied?.phoneNumbers[0]).not.toBe(records[0])
  })

  it('reads a list with a hole in it as the zod schema does: refused', () => {
    const withHole: unknown[] = [valid]
    withHole[2] = valid
    const list = { phoneNumbers: withHole }
    expect(phoneNumberListSchema.safeParse(list).success).toBe(false)
    expect(readPhoneNumberList(list)).toBeNull()
  })

  it('refuses a whole list with one bad record in it, as the zod schema does', () => {
    const good = { phoneNumbers: [valid, { ...valid, phoneNumberID: 'pn_2' }] }
    expect(readPhoneNumberList(good)).toStrictEqual(phoneNumberListSchema.parse(good))
    for (const bad of [
      { phoneNumbers: [valid, { ...valid, phoneNumber: 14155552671 }] },
      { phoneNumbers: 'none' },
      { numbers: [valid] },
      [valid],
      null,
    ]) {
      expect(phoneNumberListSchema.safeParse(bad).success).toBe(false)
      expect(readPhoneNumberList(bad)).toBeNull()
    }
  })

  it('reads a list the same way when a script has added keys to every object', () => {
    const { isDeleted: _dropped, ...withoutFlag } = valid
    Object.defineProperty(Object.prototype, 'isDeleted', {
      value: true,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      const list = { phoneNumbers: [valid, withoutFlag] }
      expect(readPhoneNumberList(list)).toStrictEqual(phoneNumberListSchema.parse(list))
    } finally {
      Reflect.deleteProperty(Object.prototype, 'isDeleted')
    }
  })

  it("reports a refused list with zod's own issue and path", () => {
    const result = fastPhoneNumberListSchema.safeParse({
      phoneNumbers: [valid, { ...valid, phoneNumberID: 7 }],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['phoneNumbers', 1, 'phoneNumberID'])
  })
})
