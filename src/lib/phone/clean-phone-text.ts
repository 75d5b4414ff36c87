import { parseDigits } from 'libphonenumber-js'

// Anything outside printable ASCII sends the text down the slower Unicode path; typed ASCII,
// the common case, skips it.
const NEEDS_UNICODE_CLEANUP = /[^ -~]/
// Format characters (category Cf) are invisible: zero-width spaces and joiners, left-to-right
// and right-to-left marks, bidi embeddings and isolates, the BOM, soft hyphens. Numbers copied
// from web pages, PDFs and right-to-left interfaces carry them along.
const INVISIBLE = /\p{Cf}/gu
// En and em dashes, the non-breaking hyphen and the minus sign all read as "-".
const DASHES = /[\p{Pd}\u2212]/gu
// NFKC turns full-width digits into ASCII but not Arabic-Indic or Devanagari ones.
const OTHER_DIGITS = /[^\d\P{Nd}]/gu
const WHITESPACE_RUNS = /\s+/g
const TEL_URI_SCHEME = /^tel:\s*/i

/**
 * Normalises what a person typed or pasted without judging it: Unicode oddities become their
 * plain ASCII look-alikes, whitespace collapses to single spaces, and a `tel:` scheme goes.
 * Letters, symbols and control characters stay, so the validator can name them.
 */
export function cleanPhoneText(text: string): string {
  let cleaned = text
  if (NEEDS_UNICODE_CLEANUP.test(cleaned)) {
    cleaned = cleaned
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(DASHES, '-')
      .replace(OTHER_DIGITS, (digit) => parseDigits(digit) || digit)
  }
  return cleaned.replace(WHITESPACE_RUNS, ' ').trim().replace(TEL_URI_SCHEME, '')
}
