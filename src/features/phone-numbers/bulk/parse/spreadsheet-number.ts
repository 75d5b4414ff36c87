/** A numeric cell as its exact digits, or why its digits are not certain. */
export type SpreadsheetNumber = { ok: true; text: string } | { ok: false; reason: string }

// How the file stores a number: "4155552671", "1.4155552671E10", "-12.5", "4.5E-3".
const STORED_NUMBER = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/
// Excel keeps 15 significant digits: a longer whole number was rounded when it was typed.
const KEPT_DIGITS = 15
// Fewer digits than a local number can never be read as one, whatever its form.
const PHONE_DIGITS = 7

/**
 * The number a spreadsheet stores, written out from the stored text itself (never through a
 * JavaScript number, which would round past 2^53 or print "1.4155552671e+10"), so that a
 * number typed as 4155552671 reads as exactly those digits. A number that could be a phone
 * number but is not a whole one, is negative, or is longer than Excel keeps exactly is not
 * certain: it is refused rather than guessed at.
 */
export function spreadsheetNumber(stored: string): SpreadsheetNumber {
  const match = STORED_NUMBER.exec(stored.trim())
  if (!match) return { ok: false, reason: `holds “${stored}”, which is not a number` }
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match
  if (whole === '' && fraction === '') {
    return { ok: false, reason: `holds “${stored}”, which is not a number` }
  }
  const digits = `${whole}${fraction}`
  // The decimal point's place in `digits`, after the exponent moves it.
  const point = whole.length + Number(exponent)
  if (!Number.isSafeInteger(point) || Math.abs(point) > 400) {
    return { ok: false, reason: `holds ${stored}, too large or small to be a phone number` }
  }
  const padded = point > digits.length ? digits.padEnd(point, '0') : digits
  const integerDigits = point <= 0 ? '0' : padded.slice(0, point).replace(/^0+(?=\d)/, '')
  const fractionDigits = point <= 0 ? '0'.repeat(-point) + padded : padded.slice(point)
  const exactFraction = fractionDigits.replace(/0+$/, '')
  const written = `${sign}${integerDigits}${exactFraction === '' ? '' : `.${exactFraction}`}`
  const digitCount = integerDigits.replace(/^0$/, '').length + exactFraction.length
  if (digitCount < PHONE_DIGITS) return { ok: true, text: written === '-0' ? '0' : written }
  if (exactFraction !== '') {
    return { ok: false, reason: `holds ${written}, not a whole number` }
  }
  if (sign === '-') return { ok: false, reason: `holds ${written}, a negative number` }
  if (integerDigits.length > KEPT_DIGITS) {
    return {
      ok: false,
      reason: `holds a ${integerDigits.length}-digit number, longer than a spreadsheet keeps exactly`,
    }
  }
  return { ok: true, text: integerDigits }
}
