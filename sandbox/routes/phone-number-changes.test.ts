import { describe, expect } from 'vitest'
import { phoneNumberListSchema, phoneNumberRecordSchema } from '../contract/phone-numbers.ts'
import {
  expectProblem,
  fieldsOf,
  LEE_ELECTRIC,
  numberPath,
  numbersPath,
  RIVERA,
  test,
} from '../testing/harness.ts'

describe('PUT associate-phone-numbers/{id}', () => {
  test('answers 200 with the updated record and a bumped updatedTime', async ({ h }) => {
    const [first] = (await h.listNumbers()).filter((n) => !n.isDeleted)
    h.advanceClock(60_000)
    const res = await h.send('PUT', numberPath(RIVERA, first?.phoneNumberID ?? ''), {
      as: 'pat-rivera',
      json: { phoneNumber: '+12065550100', name: ' Renamed ' },
    })
    expect(res.status).toBe(200)
    const record = phoneNumberRecordSchema.parse(await res.json())
    expect(record).toMatchObject({ phoneNumber: '+12065550100', name: 'Renamed' })
    expect(record.updatedTime).toBe('2026-11-02T09:31:00Z')
    expect(record.createdTime).toBe(first?.createdTime)
  })

  test('requires both fields', async ({ h }) => {
    const [first] = await h.listNumbers()
    const res = await h.send('PUT', numberPath(RIVERA, first?.phoneNumberID ?? ''), {
      as: 'pat-rivera',
      json: { name: 'Only a name' },
    })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['phoneNumber'])
  })

  test('answers 409 when changing to a number active on another record', async ({ h }) => {
    const active = (await h.listNumbers()).filter((n) => !n.isDeleted)
    const res = await h.send('PUT', numberPath(RIVERA, active[0]?.phoneNumberID ?? ''), {
      as: 'pat-rivera',
      json: { phoneNumber: active[1]?.phoneNumber, name: 'Clash' },
    })
    await expectProblem(res, 409, 'already-registered')
  })

  test('answers 404 for a removed or unknown number', async ({ h }) => {
    const removed = (await h.listNumbers()).find((n) => n.isDeleted)
    const json = { phoneNumber: '+12065550100', name: 'X' }
    for (const id of [removed?.phoneNumberID ?? '', '1234567890123456789']) {
      const res = await h.send('PUT', numberPath(RIVERA, id), { as: 'pat-rivera', json })
      await expectProblem(res, 404, 'not-found')
    }
  })
})

describe('DELETE associate-phone-numbers/{id}', () => {
  test('soft-deletes with 204: the record stays listed with isDeleted true', async ({ h }) => {
    const target = (await h.listNumbers()).find((n) => !n.isDeleted)
    const id = target?.phoneNumberID ?? ''
    h.advanceClock(5_000)
    const res = await h.send('DELETE', numberPath(RIVERA, id), { as: 'pat-rivera' })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
    const after = (await h.listNumbers()).find((n) => n.phoneNumberID === id)
    expect(after).toMatchObject({ isDeleted: true, updatedTime: '2026-11-02T09:30:05Z' })
  })

  test('is idempotent: deleting a removed record answers 204 again and changes nothing', async ({
    h,
  }) => {
    const removed = (await h.listNumbers()).find((n) => n.isDeleted)
    const res = await h.send('DELETE', numberPath(RIVERA, removed?.phoneNumberID ?? ''), {
      as: 'pat-rivera',
    })
    expect(res.status).toBe(204)
    expect((await h.listNumbers()).find((n) => n.phoneNumberID === removed?.phoneNumberID)).toEqual(
      removed,
    )
  })

  test('answers 404 for an unknown id, and for an id of another business', async ({ h }) => {
    const unknown = await h.send('DELETE', numberPath(RIVERA, '1234567890123456789'), {
      as: 'pat-rivera',
    })
    await expectProblem(unknown, 404, 'not-found')
    const listRes = await h.send('GET', numbersPath(LEE_ELECTRIC), { as: 'morgan-lee' })
    const [lee] = phoneNumberListSchema.parse(await listRes.json()).phoneNumbers
    const cross = await h.send('DELETE', numberPath(RIVERA, lee?.phoneNumberID ?? ''), {
      as: 'pat-rivera',
    })
    await expectProblem(cross, 404, 'not-found')
  })
})
