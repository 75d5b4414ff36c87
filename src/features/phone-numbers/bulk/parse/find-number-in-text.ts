import { cleanNameText, cleanNumberText, countDigits } from './clean-cells'
import { type CandidateMemo } from './candidate-memo'

export interface FoundNumber {
  numberText: string
  nameText: string
}

// Something that could be a phone number: an optional "tel:" and "+", then digits with the
// separators people put between them (spaces, dashes of every kind, dots, slashes, brackets,
// invisible marks), ending on a digit. Unicode digits count: parsePhoneInput reads them.
const RUN =
  /(?:[Tt][Ee][Ll]:\s*)?[+＋]?[(（]?\p{Nd}(?:[\p{Nd}\p{Zs}\t\p{Pd}\p{Cf}\u2212()./（）]*\p{Nd})?/gu
const TOKEN = /\S+/gu
const LETTER = /\p{L}/u
// An extension right after the number belongs to it, so the row says "Extensions are not
// supported" instead of registering the number and calling the person "x12".
const EXTENSION_AFTER = /[\s,;]*(?:ext(?:ension|n)?\.?|x|#)\s*[:=]?\s*\p{Nd}+/iuy
// Letters glued to the digits ("1-800-FLOWERS") make a vanity number, not a name.
const GLUED_LETTERS = /[-.]?\p{L}[\p{L}\p{Nd}-]*/uy
// Around the number once it is cut out: separators, and the bracket it left unbalanced
// ("Jane [415-555-2671]"); a name wholly in brackets, "(Jane)", loses them in cleanNameText.
const LEADING_SEPARATORS = /^[\s,;:|=<>/\\·•*~\p{Pd})\]}]+/u
const TRAILING_SEPARATORS = /[\s,;:|=<>/\\·•*~\p{Pd}([{]+$/u

interface Span {
  start: number
  end: number
  digits: number
}

// What a candidate starts with: a "+", and its first digit (any script).
const PREFIX = /^(?:[Tt][Ee][Ll]:\s*)?([+＋])?[(（]?(\p{Nd})/u
// A country code other than 1, after "+", 00 or 011 (011 first: "011 1" is +1).
const FOREIGN_CODE =
  /^(?:[Tt][Ee][Ll]:\s*)?(?:[+＋][(（]?[\p{Zs}\t]*(?!1)\p{Nd}|0[\p{Zs}\t\p{Pd}.]*1[\p{Zs}\t\p{Pd}.]*1[\p{Zs}\t\p{Pd}.]*(?!1)\p{Nd}|0[\p{Zs}\t\p{Pd}.]*0[\p{Zs}\t\p{Pd}.]*(?![01])\p{Nd})/u
const LONE_ONE = /^1[ \t\u00a0]+(?=[(（\d])/
// "011 1 (415) 555-2671" is 20 characters; twice that leaves room for odd spacing.
const MAX_RUN = 40

/**
 * Splits a line with no delimiter, like `Jane Smith 415-555-2671` or `415.555.2671 - Van 3`,
 * into its number and its name. Not libphonenumber's findNumbers: it skips what it cannot
 * read (a 9-digit typo would silently become part of the name, with no reason given) and
 * costs several parses per line. Here each run of digits is parsed once, and only when that
 * fails are its space-separated parts tried, so `Tech 12 (415) 555-2671` keeps "Tech 12".
 */
export function findNumberInText(text: string, memo: CandidateMemo): FoundNumber {
  // No letters at all: the whole line is the number, to be explained if it is not one.
  if (!LETTER.test(text)) return { numberText: cleanNumberText(text), nameText: '' }
  let span: (Span & { valid: boolean }) | undefined
  let best: Span | undefined
  RUN.lastIndex = 0
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const run = {
      start: match.index,
      end: match.index + match[0].length,
      digits: countDigits(match[0]),
    }
    // A number with another country's code is refused whole: its last ten digits are a
    // different number ("+44 20 7946 0958" is not (207) 946-0958), and the line is not
    // searched further, so a foreign number is never passed over for one beside it.
    if (FOREIGN_CODE.test(match[0])) {
      span = { ...run, valid: false }
      break
    }
    span = validPart(text, run, memo)
    if (span) break
    if (run.digits >= 3 && run.digits > (best?.digits ?? 0)) best = run
  }
  // No valid number: the run with the most digits, so the row can say what is wrong with it.
  span ??= best && { start: best.start, end: best.end, digits: best.digits, valid: false }
  if (!span) return { numberText: '', nameText: cleanNameText(text) }
  let end = span.end
  EXTENSION_AFTER.lastIndex = end
  GLUED_LETTERS.lastIndex = end
  const extension = EXTENSION_AFTER.exec(text) ?? (span.valid ? null : GLUED_LETTERS.exec(text))
  if (extension) end += extension[0].length
  const before = text.slice(0, span.start).replace(TRAILING_SEPARATORS, '')
  const rest = text.slice(end).replace(LEADING_SEPARATORS, '')
  return {
    numberText: cleanNumberText(text.slice(span.start, end)),
    nameText: cleanNameText(before === '' || rest === '' ? before + rest : `${before} ${rest}`),
  }
}

/** The run itself when it is a valid number, else its longest run of whole parts that is. */
function validPart(
  text: string,
  run: Span,
  memo: CandidateMemo,
): (Span & { valid: true }) | undefined {
  // Ten digits at least; and a run longer than any written-out number is not tried part by
  // part, so a hostile 10,000-character line costs one regular expression pass.
  if (run.digits < 10 || run.end - run.start > MAX_RUN) return undefined
  const runText = text.slice(run.start, run.end)
  // "Van 1 415-555-2671": a lone 1 after a word ends the name. The number is the same either
  // way (1 is the US country code), so the name keeps it.
  const lone = afterWord(text, run.start) ? LONE_ONE.exec(runText) : null
  if (lone) {
    const start = run.start + lone[0].length
    if (isValid(text.slice(start, run.end), run.digits - 1, memo)) {
      return { start, end: run.end, digits: run.digits - 1, valid: true }
    }
  }
  if (isValid(runText, run.digits, memo)) {
    return { start: run.start, end: run.end, digits: run.digits, valid: true }
  }
  const tokens = Array.from(runText.matchAll(TOKEN), (match) => ({
    start: run.start + match.index,
    end: run.start + match.index + match[0].length,
    digits: countDigits(match[0]),
  }))
  // Longest first, so "1 415 555 2671" is preferred to "415 555 2671" inside it.
  for (let size = tokens.length - 1; size >= 1; size--) {
    for (let first = 0; first + size <= tokens.length; first++) {
      const parts = tokens.slice(first, first + size)
      const digits = parts.reduce((sum, part) => sum + part.digits, 0)
      const start = parts[0]?.start ?? run.start
      const end = parts[parts.length - 1]?.end ?? run.end
      if (isValid(text.slice(start, end), digits, memo)) return { start, end, digits, valid: true }
    }
  }
  return undefined
}

/**
 * parsePhoneInput's verdict, skipping the call when the digits alone rule it out: without a
 * "+" or an international prefix, only 10 digits, or 11 starting with 1, can be a US number.
 */
function isValid(candidate: string, digits: number, memo: CandidateMemo): boolean {
  const start = PREFIX.exec(candidate)
  if (!start) return false
  const [, plus, first] = start
  const possible =
    plus !== undefined ||
    first === '0' ||
    (first ?? '') > '9' ||
    digits === 10 ||
    (digits === 11 && first === '1')
  return possible && memo.parse(candidate).ok
}

function afterWord(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at--
  return at < index - 1 && at >= 0 && LETTER.test(text.charAt(at))
}
