import { describe, expect } from 'vitest'
import { phoneNumberListSchema } from '../contract/phone-numbers.ts'
import {
  bulkPath,
  expectProblem,
  fieldsOf,
  type Harness,
  RIVERA,
  test,
} from '../testing/harness.ts'

const numberAt = (i: number) => `+1212555${String(1000 + i)}`
const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ phoneNumber: numberAt(i), name: `Tech ${i}` }))

const bulk = (h: Harness, json: unknown) =>
  h.send('POST', bulkPath(RIVERA), { as: 'pat-rivera', json })

const storedCount = async (h: Harness) => (await h.listNumbers()).length

describe('POST associate-phone-numbers-bulk-create', () => {
  test('creates up to 100 numbers: 201 with the records in request order', async ({ h }) => {
    const res = await bulk(h, { phoneNumbers: items(100) })
    expect(res.status).toBe(201)
    const { phoneNumbers } = phoneNumberListSchema.parse(await res.json())
    expect(phoneNumbers.map((n) => n.phoneNumber)).toEqual(items(100).map((i) => i.phoneNumber))
    expect(await storedCount(h)).toBe(105)
  })

  test.for([0, 101])(
    'refuses %i items with 400 naming phoneNumbers, storing nothing',
    async (n, { h }) => {
      const problem = await expectProblem(
        await bulk(h, { phoneNumbers: items(n) }),
        400,
        'validation-error',
      )
      expect(fieldsOf(problem)).toEqual(['phoneNumbers'])
      expect(await storedCount(h)).toBe(5)
    },
  )

  test('refuses a missing or non-array phoneNumbers', async ({ h }) => {
    for (const json of [{}, { phoneNumbers: 'x' }, { phoneNumbers: { 0: {} } }]) {
      const problem = await expectProblem(await bulk(h, json), 400, 'validation-error')
      expect(fieldsOf(problem)).toEqual(['phoneNumbers'])
    }
  })

  test('is all or nothing: one bad item fails the request and nothing is stored', async ({ h }) => {
    const batch = items(10)
    batch[3] = { phoneNumber: '+1234567890', name: 'Bad' }
    const problem = await expectProblem(
      await bulk(h, { phoneNumbers: batch }),
      400,
      'validation-error',
    )
    expect(problem.errors).toEqual([
      {
        field: 'phoneNumbers[3].phoneNumber',
        message: expect.stringMatching(/10 digits/) as string,
      },
    ])
    expect(await storedCount(h)).toBe(5)
  })

  test('names each bad item: invalid fields, repeats within the request, already registered', async ({
    h,
  }) => {
    const batch: unknown[] = [
      { phoneNumber: numberAt(0), name: 'Fine' },
      { phoneNumber: '+0987654321', name: '' },
      { phoneNumber: '+14155552671', name: 'Already Pat’s' },
      { phoneNumber: numberAt(0), name: 'Repeat of 0' },
      'not an object',
      { phoneNumber: numberAt(5), name: 'Fine too' },
      { phoneNumber: 4155552671, name: ['x'] },
    ]
    const problem = await expectProblem(
      await bulk(h, { phoneNumbers: batch }),
      400,
      'validation-error',
    )
    expect(fieldsOf(problem)).toEqual([
      'phoneNumbers[1].phoneNumber',
      'phoneNumbers[1].name',
      'phoneNumbers[2].phoneNumber',
      'phoneNumbers[3].phoneNumber',
      'phoneNumbers[4]',
      'phoneNumbers[6].phoneNumber',
      'phoneNumbers[6].name',
    ])
    const messages = new Map(problem.errors?.map((e) => [e.field, e.message]))
    expect(messages.get('phoneNumbers[2].phoneNumber')).toMatch(/already registered/)
    expect(messages.get('phoneNumbers[3].phoneNumber')).toMatch(/Repeats phoneNumbers\[0\]/)
    expect(messages.get('phoneNumbers[1].phoneNumber')).toMatch(/country code/)
    expect(await storedCount(h)).toBe(5)
  })

  test('accepts a number that was removed earlier', async ({ h }) => {
    const res = await bulk(h, {
      phoneNumbers: [{ phoneNumber: '+14155550199', name: 'Back again' }],
    })
    expect(res.status).toBe(201)
  })
})
