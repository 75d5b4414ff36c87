import { AsYouType, type CountryCode } from 'libphonenumber-js'

import { cleanPhoneText } from './clean-phone-text'

export interface PhoneEdit {
  value: string
  caret: number
}

export interface PhoneEditOptions {
  /** The input's selectionStart after the browser applied the edit; inferred when omitted. */
  caret?: number
  /** From InputEvent.inputType; only matters when a formatting character was deleted. */
  deleteDirection?: 'backward' | 'forward'
  /** Formats national input; typing "+" and a country code switches country. */
  defaultCountry?: CountryCode
}

// Only these are formatted. Anything else (letters, x, #, emoji) is left exactly as typed so
// that validation can explain it (a vanity number, an extension) instead of it silently vanishing.
const FORMATTABLE = /^[\d +().\-/]*$/
const NON_DIGITS = /\D+/g
const MAX_FORMATTABLE_LENGTH = 100
// 00 and 011 dial out of the country: grouped the US way they would read wrong, so they stay.
const INTERNATIONAL_PREFIX = /^(?:00|011)/
const DIGIT_GROUPS = /\+?\d+/g

/**
 * The approach: the model is the "significant" characters (a leading "+" and the digits), never
 * the formatted text. Each change is reduced to its effect on them, then the whole value is
 * re-formatted with AsYouType and the caret is put back after the same number of significant
 * characters. When an edit deleted only formatting, such as the ")" AsYouType adds after an area
 * code, the significant characters would not change and the formatter would put the ")" straight
 * back: backspace would be stuck. So such a deletion removes the digit before it instead (or after
 * it, for the Delete key), which is what the person meant.
 *
 * In an onChange handler: pass the input's value and selectionStart, plus the native event's
 * inputType; store `value`, then restore `caret` with setSelectionRange in a layout effect.
 */
export function formatPhoneEdit(
  previous: string,
  next: string,
  options: PhoneEditOptions = {},
): PhoneEdit {
  const edit = diffEdit(previous, next)
  const caret = clamp(options.caret ?? edit.insertedEnd, 0, next.length)
  if (next.length > MAX_FORMATTABLE_LENGTH) return { value: next, caret }
  if (!FORMATTABLE.test(cleanPhoneText(next))) return unformattable(previous, next, edit, caret)
  let significant = significantOf(next)
  if (INTERNATIONAL_PREFIX.test(significant)) return { value: next, caret }
  let caretCount = significantOf(next.slice(0, caret)).length
  const deletedOnlyFormatting =
    edit.insertedEnd === edit.start &&
    edit.removedEnd > edit.start &&
    significant === significantOf(previous)
  if (deletedOnlyFormatting) {
    const before = significantOf(previous.slice(0, edit.start)).length
    const index = options.deleteDirection === 'forward' ? before : before - 1
    if (index >= 0 && index < significant.length) {
      significant = significant.slice(0, index) + significant.slice(index + 1)
      caretCount = index
    }
  }
  const value = formatted(significant, options.defaultCountry ?? 'US')
  // A space typed after a whole number starts what follows it (" x12"): kept, not absorbed.
  const typedSpace = next.slice(edit.start, edit.insertedEnd) === ' '
  const spaced = typedSpace && caret === next.length && isWhole(significant)
  if (spaced) return { value: `${value} `, caret: value.length + 1 }
  return { value, caret: caretAfter(value, caretCount) }
}

/** +1 numbers read as the list shows them, after the "+1" that was typed. */
function formatted(significant: string, country: CountryCode): string {
  if (significant === '') return ''
  if (significant.startsWith('+1')) {
    const national = significant.slice(2)
    return national === '' ? '+1' : `+1 ${new AsYouType('US').input(national)}`
  }
  return new AsYouType(country).input(significant)
}

function isWhole(significant: string): boolean {
  const digits = significant.replace('+', '')
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))
}

/**
 * Text with letters, "x" or "#" is left as typed, except for what this formatter added to it:
 * the letter typed into "1 (800)" must not land inside its bracket. The digits before it keep
 * their groups, joined the way people write them: "1-800-F", "(415) 555-2671 x".
 */
function unformattable(
  previous: string,
  next: string,
  edit: ReturnType<typeof diffEdit>,
  caret: number,
): PhoneEdit {
  const typed = next.slice(edit.start, edit.insertedEnd)
  const after = next.slice(edit.insertedEnd)
  const ownFormatting = FORMATTABLE.test(previous) && significantOf(after) === ''
  if (!ownFormatting || typed.trim() === '' || previous === '') return { value: next, caret }
  const before = previous.slice(0, edit.start)
  const significant = significantOf(previous)
  const value = isWhole(significant)
    ? `${previous.trimEnd()} ${typed.trimStart()}`
    : `${(before.match(DIGIT_GROUPS) ?? []).join('-')}-${typed.replace(/^[\s-]+/, '')}`
  return { value, caret: value.length }
}

/** The caret-less variant, for inputs whose caret is always at the end (or for tests). */
export function formatPhoneAsTyped(previous: string, next: string): string {
  return formatPhoneEdit(previous, next).value
}

/** A leading "+" and the digits, with Unicode digits and invisible characters dealt with. */
function significantOf(text: string): string {
  const cleaned = cleanPhoneText(text)
  const digits = cleaned.replace(NON_DIGITS, '')
  return cleaned.startsWith('+') ? `+${digits}` : digits
}

/** The position just after the count-th significant character of a formatted value. */
function caretAfter(value: string, count: number): number {
  if (count <= 0) return 0
  let seen = 0
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i)
    if ((char >= '0' && char <= '9') || (char === '+' && i === 0)) seen++
    if (seen === count) return i + 1
  }
  return value.length
}

/** What one input event did: previous[start, removedEnd) was replaced by next[start, insertedEnd). */
function diffEdit(previous: string, next: string) {
  const shorter = Math.min(previous.length, next.length)
  let start = 0
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++
  let suffix = 0
  while (
    suffix < shorter - start &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++
  }
  return { start, removedEnd: previous.length - suffix, insertedEnd: next.length - suffix }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}
