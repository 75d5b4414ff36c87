import { describe, expect, it } from 'vitest'

import { formatPhoneAsTyped, formatPhoneEdit, type PhoneEdit } from './format-as-you-type'

// Simulates a browser: apply the keystroke at the caret, then let the formatter respond.
// "⌫" is Backspace, "⌦" is Delete, "←"/"→" move the caret, anything else is typed.
function play(keys: string, start: PhoneEdit = { value: '', caret: 0 }): PhoneEdit {
  let { value, caret } = start
  for (const key of keys) {
    if (key === '←' || key === '→') {
      caret = Math.min(Math.max(caret + (key === '←' ? -1 : 1), 0), value.length)
      continue
    }
    let next: string
    if (key === '⌫') {
      if (caret === 0) continue
      next = value.slice(0, caret - 1) + value.slice(caret)
      caret -= 1
    } else if (key === '⌦') {
      if (caret === value.length) continue
      next = value.slice(0, caret) + value.slice(caret + 1)
    } else {
      next = value.slice(0, caret) + key + value.slice(caret)
      caret += key.length
    }
    const direction = key === '⌦' ? 'forward' : 'backward'
    ;({ value, caret } = formatPhoneEdit(value, next, { caret, deleteDirection: direction }))
  }
  return { value, caret }
}

const at = (value: string, caret = value.length): PhoneEdit => ({ value, caret })

describe('formatPhoneEdit, typing and deleting', () => {
  it.each<[label: string, keys: string, expected: PhoneEdit, start?: PhoneEdit]>([
    ['one digit', '4', at('4')],
    ['three digits close the area code', '415', at('(415)', 4)],
    ['four digits', '4155', at('(415) 5')],
    ['seven digits', '4155552', at('(415) 555-2')],
    ['a full number', '4155552671', at('(415) 555-2671')],
    ['a leading 1', '14155552671', at('1 (415) 555-2671')],
    ['typed separators are absorbed', '(415) 555-2671', at('(415) 555-2671')],
    ['+1 international', '+14155552671', at('+1 (415) 555-2671')],
    ['+44 switches country', '+442079460958', at('+44 20 7946 0958')],
    ['a lone plus', '+', at('+')],
    ['backspace over ")" deletes the 5', '⌫', at('41'), at('(415)')],
    ['backspace over the space deletes the digit before it', '⌫', at('(415)', 3), at('(415) 5', 6)],
    ['backspace over "-" deletes a digit', '⌫', at('(415) 552', 8), at('(415) 555-2', 10)],
    [
      'delete over "-" deletes the digit after',
      '⌦',
      at('(415) 555-671', 9),
      at('(415) 555-2671', 9),
    ],
    [
      'delete over ") " deletes the first exchange digit',
      '⌦',
      at('(415) 552-671', 4),
      at('(415) 555-2671', 4),
    ],
    ['backspace all the way', '⌫'.repeat(14), at(''), at('(415) 555-2671')],
    ['backspace all of an international number', '⌫'.repeat(15), at(''), at('+1 415 555 2671')],
    ['backspace the "+"', '⌫', at('1', 0), at('+1', 1)],
    ['insert a digit in the middle', '9', at('(415) 955-5267', 7), at('(415) 555-267', 6)],
    ['retype after deleting mid-number', '⌫7', at('(415) 575-2671', 8), at('(415) 555-2671', 8)],
    ['move left and backspace', '←←⌫', at('(415) 555-271', 11), at('(415) 555-2671')],
    ['letters are left for validation', 'x', at('(415) 555-2671 x'), at('(415) 555-2671')],
  ])('%s', (_label, keys, expected, start) => {
    expect(play(keys, start)).toEqual(expected)
  })

  it('never gets stuck: a backspace anywhere after the first digit removes a digit', () => {
    const full = '(415) 555-2671'
    // Backspace over the leading "(" has no digit before it to delete, so nothing changes.
    expect(play('⌫', at(full, 1))).toEqual(at(full, 0))
    for (let caret = 2; caret <= full.length; caret++) {
      const { value } = play('⌫', at(full, caret))
      expect(value.replace(/\D/g, '')).toHaveLength(9)
    }
  })
})

describe('formatPhoneAsTyped, pasting', () => {
  it.each([
    ['415.555.2671', '(415) 555-2671'],
    ['415-555-2671', '(415) 555-2671'],
    ['  +1 (415) 555-2671  ', '+1 (415) 555-2671'],
    ['tel:+14155552671', '+1 (415) 555-2671'],
    ['４１５５５５２６７１', '(415) 555-2671'],
    ['415\u200b555\u00a02671', '(415) 555-2671'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['415-555-2671 ext. 5', '415-555-2671 ext. 5'],
    ['1-800-FLOWERS', '1-800-FLOWERS'],
    ['', ''],
  ])('pasting %j gives %j', (pasted, expected) => {
    expect(formatPhoneAsTyped('', pasted)).toBe(expected)
  })

  it('leaves a huge paste alone', () => {
    const huge = '4'.repeat(10_000)
    expect(formatPhoneAsTyped('', huge)).toBe(huge)
  })

  it('infers the caret from the edit when none is given', () => {
    expect(formatPhoneEdit('(415) 555-267', '(415) 5555-267')).toEqual(at('(415) 555-5267', 11))
  })
})

describe('formatting never makes the text harder to read than what was typed', () => {
  it.each([
    ['a vanity number keeps its letters apart from the digits', '1-800-FLOWERS', '1-800-FLOWERS'],
    ['a foreign prefix stays as typed', '0044 20 7946 0958', '0044 20 7946 0958'],
    ['011 stays as typed', '011 33 1 23 45 67 89', '011 33 1 23 45 67 89'],
    ['an extension stays apart from the number', '415 555 2671 x12', '(415) 555-2671 x12'],
    ['a +1 number reads as the list shows it', '+1 (628) 555-0134', '+1 (628) 555-0134'],
  ])('%s: typing %j shows %j', (_label, keys, shown) => {
    expect(play(keys).value).toBe(shown)
  })
})
