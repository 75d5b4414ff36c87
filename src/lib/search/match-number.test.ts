import { describe, expect, it } from 'vitest'

import { createNumberMatcher, normalizeSearchText, searchKeyOf } from './match-number'

const front = { name: 'José – Front Desk', phoneNumber: '+14155552671' }
const warehouse = { name: 'Warehouse 212', phoneNumber: '+12125550100' }
const rows = [front, warehouse]

function namesMatching(query: string): string[] {
  return rows.filter(createNumberMatcher(query)).map((row) => row.name)
}

describe('createNumberMatcher', () => {
  it.each<[label: string, query: string, expected: string[]]>([
    ['empty query', '', [front.name, warehouse.name]],
    ['only spaces', '   ', [front.name, warehouse.name]],
    ['name, lower case, no accent', 'jose', [front.name]],
    ['name with accent', 'JOSÉ', [front.name]],
    ['name, decomposed accent', 'Jose\u0301', [front.name]],
    ['middle of the name', 'front desk', [front.name]],
    ['extra spaces in the query', '  front   desk ', [front.name]],
    ['name with en dash', 'josé – front', [front.name]],
    ['no match', 'kitchen', []],
    ['last 7 digits', '5552671', [front.name]],
    ['area code in parentheses', '(415) 555', [front.name]],
    ['dashes', '415-555', [front.name]],
    ['+1 and area code', '+1 415', [front.name]],
    ['1 and area code', '1 (415)', [front.name]],
    ['full E.164', '+14155552671', [front.name]],
    ['full national', '(415) 555-2671', [front.name]],
    ['dots', '555.0100', [warehouse.name]],
    ['shared exchange', '555', [front.name, warehouse.name]],
    ['full-width digits', '４１５', [front.name]],
    ['two digits only search names', '55', []],
    ['digits in the name', '212', [warehouse.name]],
    ['digits not in the number', '999', []],
    ['text across the boundary', '71jos', []],
    ['wrong country code', '+44 415', []],
    ['emoji', '📞', []],
    ['markup is plain text', '<b>', []],
  ])('%s: %j', (_label, query, expected) => {
    expect(namesMatching(query)).toEqual(expected)
  })

  it('matches a number stored without the country code, with or without 1', () => {
    const legacy = { name: 'Legacy', phoneNumber: '4155552671' }
    expect(createNumberMatcher('+1 415')(legacy)).toBe(true)
    expect(createNumberMatcher('415 555')(legacy)).toBe(true)
  })

  // Speed is measured by `npm run bench`, not asserted here.
  it('filters 10,000 rows by digits typed with formatting', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Línea número ${String(i)}`,
      phoneNumber: `+1415${String(2_000_000 + i)}`,
    }))
    many.filter(createNumberMatcher('warm the cache'))
    const found = many.filter(createNumberMatcher('(415) 200-99'))
    expect(found).toHaveLength(100)
  })
})

describe('searchKeyOf and normalizeSearchText', () => {
  it.each([
    [{ name: 'José', phoneNumber: '+14155552671' }, '14155552671\u0001jose'],
    [{ name: '  Ｆｒｏｎｔ\tDesk ', phoneNumber: '+14155552671' }, '14155552671\u0001front desk'],
    [{ name: 'Crème Brûlée', phoneNumber: '' }, '\u0001creme brulee'],
  ])('%j → %j', (row, key) => {
    expect(searchKeyOf(row)).toBe(key)
  })

  it.each([
    ['İstanbul', 'istanbul'],
    ['Ångström', 'angstrom'],
    ['ﬁsh', 'fish'],
    ['a\u0001b', 'a b'],
  ])('normalizes %j to %j', (text, expected) => {
    expect(normalizeSearchText(text)).toBe(expected)
  })
})
