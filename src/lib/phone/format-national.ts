import parsePhoneNumber from 'libphonenumber-js'

import { cleanPhoneText } from './clean-phone-text'

// Shape only, not the server's full rule: a display helper should show whatever is stored.
const NANP_SHAPE = /^\+1\d{10}$/
const NON_DIGITS = /\D+/g
// libphonenumber itself stops at 250 characters; table cells never need more than this.
const MAX_FORMATTABLE_LENGTH = 32

/**
 * "+14155552671" → "(415) 555-2671". Runs for every row of a table with thousands of rows, so
 * the +1 case is string slicing; anything else goes to libphonenumber, and whatever cannot be
 * parsed is shown as stored rather than hidden or thrown.
 */
export function formatNational(e164: string): string {
  if (NANP_SHAPE.test(e164)) {
    return `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`
  }
  if (!e164.startsWith('+') || e164.length > MAX_FORMATTABLE_LENGTH) return e164
  try {
    return parsePhoneNumber(e164)?.formatInternational() ?? e164
  } catch {
    // The default export reports failure as undefined; this guards a table cell against bugs.
    return e164
  }
}

/** The ASCII digits of `text`, after turning full-width and other Unicode digits into ASCII. */
export function digitsOf(text: string): string {
  return cleanPhoneText(text).replace(NON_DIGITS, '')
}
