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
  if (next.length > MAX_FORMATTABLE_LENGTH || !FORMATTABLE.test(cleanPhoneText(next))) {
    return { value: next, caret }
  }
  let significant = significantOf(next)
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
  const value =
    significant === '' ? '' : new AsYouType(options.defaultCountry ?? 'US').input(significant)
  return { value, caret: caretAfter(value, caretCount) }
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
