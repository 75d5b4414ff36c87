import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { alreadyRegisteredMessage, findActiveDuplicate } from './find-duplicate'

const office = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })
const removed = buildPhoneNumber({ phoneNumber: '+14155550199', isDeleted: true })
const numbers = [office, removed, buildPhoneNumber({ phoneNumber: '+16505550187' })]

describe('findActiveDuplicate', () => {
  it('finds an active number with the same E.164', () => {
    expect(findActiveDuplicate(numbers, '+14155550142')).toBe(office)
  })

  it('lets a removed number be registered again', () => {
    expect(findActiveDuplicate(numbers, '+14155550199')).toBeUndefined()
  })

  it('does not count the record being edited', () => {
    expect(findActiveDuplicate(numbers, '+14155550142', office.phoneNumberID)).toBeUndefined()
  })

  it('knows nothing while the list is not loaded', () => {
    expect(findActiveDuplicate(undefined, '+14155550142')).toBeUndefined()
  })

  it('finds nothing for a new number', () => {
    expect(findActiveDuplicate(numbers, '+14155550100')).toBeUndefined()
  })
})

describe('alreadyRegisteredMessage', () => {
  it('says "already registered", with the number and its name when known', () => {
    expect(alreadyRegisteredMessage(office)).toBe(
      '(415) 555-0142 is already registered to this business, as “Office line”.',
    )
    expect(alreadyRegisteredMessage()).toMatch(/already registered/)
  })
})
