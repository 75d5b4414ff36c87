import { describe, expect } from 'vitest'
import { phoneNumberRecordSchema } from '../contract/phone-numbers.ts'
import {
  expectProblem,
  fieldsOf,
  type Harness,
  LEE_ELECTRIC,
  numbersPath,
  RIVERA,
  test,
} from '../testing/harness.ts'

async function create(h: Harness, phoneNumber: string, name = 'New line') {
  return h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json: { phoneNumber, name } })
}

describe('GET associate-phone-numbers', () => {
  test('lists every number of the business, removed ones included, in the exact record shape', async ({
    h,
  }) => {
    const numbers = await h.listNumbers()
    expect(numbers).toHaveLength(5)
    expect(numbers.filter((n) => n.isDeleted)).toHaveLength(1)
    expect(new Set(numbers.map((n) => n.businessID))).toEqual(new Set([RIVERA]))
  })
})

describe('POST associate-phone-numbers', () => {
  test('answers 201 with the created record, trimmed name, lastActivityTime = createdTime', async ({
    h,
  }) => {
    const res = await create(h, '+12065550123', '  Front desk  ')
    expect(res.status).toBe(201)
    const record = phoneNumberRecordSchema.parse(await res.json())
    expect(record).toMatchObject({
      phoneNumber: '+12065550123',
      name: 'Front desk',
      isDeleted: false,
    })
    expect(record.createdTime).toBe('2026-11-02T09:30:00Z')
    expect(record.updatedTime).toBe(record.createdTime)
    expect(record.lastActivityTime).toBe(record.createdTime)
    expect((await h.listNumbers()).map((n) => n.phoneNumberID)).toContain(record.phoneNumberID)
  })

  test('refuses a number already active in the business with 409 naming it', async ({ h }) => {
    const problem = await expectProblem(await create(h, '+14155552671'), 409, 'already-registered')
    expect(problem.detail).toContain('+14155552671')
    expect(fieldsOf(problem)).toEqual(['phoneNumber'])
    expect(await h.listNumbers()).toHaveLength(5)
  })

  test('allows a removed number to be registered again', async ({ h }) => {
    const removed = (await h.listNumbers()).find((n) => n.isDeleted)
    expect(removed).toBeDefined()
    const res = await create(h, removed?.phoneNumber ?? '')
    expect(res.status).toBe(201)
    const numbers = await h.listNumbers()
    expect(numbers.filter((n) => n.phoneNumber === removed?.phoneNumber)).toHaveLength(2)
  })

  test('lets two businesses register the same number', async ({ h }) => {
    const res = await h.send('POST', numbersPath(LEE_ELECTRIC), {
      as: 'morgan-lee',
      json: { phoneNumber: '+14155552671', name: 'Shared line' },
    })
    expect(res.status).toBe(201)
  })

  test('racing creates of one number: exactly one 201, the rest 409, one active row', async ({
    h,
  }) => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => create(h, '+13125550177')))
    const statuses = responses.map((res) => res.status).sort()
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
    const copies = (await h.listNumbers()).filter((n) => n.phoneNumber === '+13125550177')
    expect(copies).toHaveLength(1)
  })

  test('ignores unknown fields and answers the exact record shape', async ({ h }) => {
    const json = { phoneNumber: '+12065550177', name: 'Extra', isDeleted: true, businessID: '1' }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    expect(res.status).toBe(201)
    const record = phoneNumberRecordSchema.parse(await res.json())
    expect(record).toMatchObject({ businessID: RIVERA, isDeleted: false, name: 'Extra' })
  })

  test('names each field of the wrong type', async ({ h }) => {
    const json = { phoneNumber: 12065550177, name: { first: 'A' } }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    const problem = await expectProblem(res, 400, 'validation-error')
    expect(problem.errors).toEqual([
      { field: 'phoneNumber', message: 'Must be a string, e.g. "+14155552671".' },
      { field: 'name', message: 'Must be a string, e.g. "Front desk".' },
    ])
  })

  test('names each invalid field in a 400', async ({ h }) => {
    const res = await create(h, '+1234567890', '')
    const problem = await expectProblem(res, 400, 'validation-error')
    expect(fieldsOf(problem)).toEqual(['phoneNumber', 'name'])
  })
})
