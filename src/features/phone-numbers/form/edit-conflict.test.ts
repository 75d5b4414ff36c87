import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { findEditConflict } from './edit-conflict'

const opened = buildPhoneNumber({
  phoneNumber: '+14155550142',
  name: 'Office line',
  updatedTime: '2026-03-01T10:00:00Z',
})
const mine = { phoneNumber: '+14155550142', name: 'Front desk' }

describe('findEditConflict', () => {
  it('finds none when the server still holds the opened version', () => {
    expect(findEditConflict(opened, { ...opened }, mine)).toBeNull()
  })

  it.each([
    ['name', { name: 'Reception' }],
    ['number', { phoneNumber: '+14155550143' }],
    ['updated time alone', { updatedTime: '2026-03-01T10:05:00Z' }],
  ])('finds a change to the %s', (_label, change) => {
    const current = { ...opened, ...change }
    expect(findEditConflict(opened, current, mine)).toEqual({ kind: 'changed', current })
  })

  it('finds a removal, whether the record is gone or marked removed', () => {
    expect(findEditConflict(opened, undefined, mine)).toEqual({ kind: 'removed' })
    expect(findEditConflict(opened, { ...opened, isDeleted: true }, mine)).toEqual({
      kind: 'removed',
    })
  })

  it('finds none when the server already holds what is being saved', () => {
    const current = { ...opened, ...mine, updatedTime: '2026-03-01T10:05:00Z' }
    expect(findEditConflict(opened, current, mine)).toBeNull()
  })
})
