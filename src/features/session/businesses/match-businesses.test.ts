import { type Business } from '../api/session-schemas'

import { indexBusinesses, matchBusinesses } from './match-businesses'

function business(name: string, id = name): Business {
  return { businessID: id, name, imageURL: null }
}

const names = (businesses: Business[]) => businesses.map((item) => item.name)

describe('matchBusinesses', () => {
  const index = indexBusinesses(
    ['Rivera Plumbing', 'Metro HVAC Services', 'Café Olé', 'Ashlee Cleaning', 'Lee Solar'].map(
      (name) => business(name),
    ),
  )

  it('matches a substring anywhere in the name, ignoring case', () => {
    expect(names(matchBusinesses(index, 'metro').shown)).toEqual(['Metro HVAC Services'])
    expect(names(matchBusinesses(index, 'HVAC SERV').shown)).toEqual(['Metro HVAC Services'])
    expect(names(matchBusinesses(index, 'plumb').shown)).toEqual(['Rivera Plumbing'])
  })

  it('ignores accents on either side', () => {
    expect(names(matchBusinesses(index, 'cafe ole').shown)).toEqual(['Café Olé'])
    expect(names(matchBusinesses(index, 'CAFÉ').shown)).toEqual(['Café Olé'])
    expect(
      names(matchBusinesses(indexBusinesses([business('Jose Electric')]), 'josé').shown),
    ).toEqual(['Jose Electric'])
  })

  it('collapses and trims spaces in the query', () => {
    expect(names(matchBusinesses(index, '  metro   hvac ').shown)).toEqual(['Metro HVAC Services'])
  })

  it('puts names that start with the query first', () => {
    expect(names(matchBusinesses(index, 'lee').shown)).toEqual(['Lee Solar', 'Ashlee Cleaning'])
  })

  it('shows everything, in order, for an empty query', () => {
    expect(matchBusinesses(index, ' ').shown).toHaveLength(5)
  })

  it('returns nothing when nothing matches', () => {
    expect(matchBusinesses(index, 'zzz')).toEqual({ shown: [], more: 0 })
  })

  it('shows at most the limit and counts the rest', () => {
    const many = indexBusinesses(
      Array.from({ length: 300 }, (_, i) => business(`Business ${i}`, String(i))),
    )
    const all = matchBusinesses(many, '')
    expect(all.shown).toHaveLength(50)
    expect(all.more).toBe(250)
    const some = matchBusinesses(many, 'business 1', 10)
    // "Business 1", "Business 10"…"Business 19", "Business 100"…"Business 199": 111 in all.
    expect(some.shown).toHaveLength(10)
    expect(some.more).toBe(101)
  })

  it('finds a business by any run of digits of its business ID', () => {
    const byID = indexBusinesses([
      business('Rivera Plumbing', '5343987659230309812'),
      business('Lee Electric', '5343987659230311447'),
    ])
    expect(names(matchBusinesses(byID, '0309812').shown)).toEqual(['Rivera Plumbing'])
    expect(names(matchBusinesses(byID, '53439876592303').shown)).toEqual([
      'Rivera Plumbing',
      'Lee Electric',
    ])
    expect(names(matchBusinesses(byID, '999').shown)).toEqual([])
  })

  describe('by business ID', () => {
    const byID = indexBusinesses([
      business('Rivera Plumbing', '5343987659230309812'),
      business('Lee Electric', '5343987659230311447'),
      business('Kimchi Movers', 'bz-7Qk2Lm9X'),
      business('Plumbing 5343', '9000000000000000001'),
    ])

    it('puts a whole ID first, before names that contain it', () => {
      expect(names(matchBusinesses(byID, '5343').shown)).toEqual([
        'Plumbing 5343',
        'Rivera Plumbing',
        'Lee Electric',
      ])
      expect(names(matchBusinesses(byID, '9000000000000000001').shown)).toEqual(['Plumbing 5343'])
    })

    it('finds IDs with letters, ignoring case, whole or in part', () => {
      expect(names(matchBusinesses(byID, 'BZ-7QK2LM9X').shown)).toEqual(['Kimchi Movers'])
      expect(names(matchBusinesses(byID, 'qk2l').shown)).toEqual(['Kimchi Movers'])
      expect(names(matchBusinesses(byID, 'bz7q').shown)).toEqual(['Kimchi Movers'])
    })

    it('reads a paste with spaces, a line break or quotes around it', () => {
      for (const pasted of [
        '  5343987659230311447\n',
        '"5343987659230311447"',
        '“5343987659230311447”',
        "'0311447' ",
        '5343 9876 5923 0311 447',
      ]) {
        expect(names(matchBusinesses(byID, pasted).shown)).toEqual(['Lee Electric'])
      }
    })

    it('needs three characters of an ID before matching part of it', () => {
      expect(names(matchBusinesses(byID, '44').shown)).toEqual([])
      expect(names(matchBusinesses(byID, '447').shown)).toEqual(['Lee Electric'])
    })

    it('matches names by their words, not by an ID made of them', () => {
      expect(names(matchBusinesses(byID, 'kimchi movers').shown)).toEqual(['Kimchi Movers'])
      expect(names(matchBusinesses(byID, '"Lee Electric"').shown)).toEqual(['Lee Electric'])
    })
  })
})
