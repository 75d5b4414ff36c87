import { cleanPhoneText } from './clean-phone-text'

// Shape only, not the server's full rule: a display helper should show whatever is stored.
const NANP_SHAPE = /^\+1\d{10}$/
const NON_DIGITS = /\D+/g

/**
 * "+14155552671" → "(415) 555-2671". Runs for every row of a table with thousands of rows,
 * and is on the first page a user sees, so it is plain string slicing: no libphonenumber
 * (and its metadata) in the first download. Only +1 numbers can be registered; anything
 * else is shown as stored rather than hidden or thrown.
 */
export function formatNational(e164: string): string {
  if (NANP_SHAPE.test(e164)) {
    return `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`
  }
  return e164
}

/** The ASCII digits of `text`, after turning full-width and other Unicode digits into ASCII. */
export function digitsOf(text: string): string {
  return cleanPhoneText(text).replace(NON_DIGITS, '')
}
