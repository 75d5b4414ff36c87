import parsePhoneNumber from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'

import { isValidNanpNumber } from './nanp-validity'

const libphonenumberSays = (national: string) =>
  parsePhoneNumber(`+1${national}`)?.isValid() === true

/** The national numbers where the two disagree, each as `number: libphonenumber's answer`. */
function disagreements(numbers: Iterable<string>): string[] {
  const found: string[] = []
  for (const national of numbers) {
    const expected = libphonenumberSays(national)
    if (isValidNanpNumber(national) !== expected) found.push(`${national}: ${expected}`)
  }
  return found
}

// No metadata pattern looks further than the first six digits (the deepest, US personal
// numbers, is "52" and four more); every area code and exchange prefix is covered below,
// each with subscriber digits that vary along the way.
function* everyAreaCodeAndExchangeStart(): Generator<string> {
  const subscribers = ['0000', '2671', '9999', '1111']
  for (let area = 200; area <= 999; area++) {
    for (let exchange = 2; exchange <= 9; exchange++) {
      for (let next = 0; next <= 9; next += 3) {
        const subscriber = subscribers[(area + exchange + next) % subscribers.length] ?? '0000'
        yield `${area}${exchange}${next}${(area + next) % 10}${subscriber}`
      }
    }
  }
}

// The area codes whose patterns reach six digits: every exchange of them.
function* everyExchangeOf(areas: readonly number[]): Generator<string> {
  for (const area of areas) {
    for (let exchange = 200; exchange <= 999; exchange++) yield `${area}${exchange}5${area % 10}71`
  }
}

describe('isValidNanpNumber', () => {
  it('agrees with parsePhoneNumber().isValid() on every area code and exchange start', () => {
    expect(disagreements(everyAreaCodeAndExchangeStart())).toEqual([])
  })

  it('agrees on every exchange of the area codes with the deepest patterns', () => {
    expect(
      disagreements(everyExchangeOf([520, 521, 522, 523, 524, 525, 983, 800, 900, 310])),
    ).toEqual([])
  })

  it('accepts numbers in service in the US, Canada and the Caribbean, and refuses the rest', () => {
    expect(isValidNanpNumber('4155552671')).toBe(true)
    expect(isValidNanpNumber('6135550123')).toBe(true)
    expect(isValidNanpNumber('2425551234')).toBe(true)
    expect(isValidNanpNumber('8005550199')).toBe(true)
    expect(isValidNanpNumber('9995552671')).toBe(false)
    expect(isValidNanpNumber('5555552671')).toBe(false)
  })

  it('answers as libphonenumber does for text that is not ten digits', () => {
    expect(
      disagreements(['415555267', '41555526711', '415555267x', '４１５５５５２６７１']),
    ).toEqual([])
  })
})
