/*
 * Metadata: the package's default entry point, which bundles the "min" metadata (≈19 kB
 * gzipped, "max" is ≈40 kB). For +1 numbers both give the same isValid() answers: US
 * validity checks the area code against the list in service and does not reject 555 exchanges,
 * so (415) 555-2671 is valid with either. "max" only adds per-type patterns (mobile, fixed line)
 * and is stricter for a few Caribbean +1 countries (it rejects +1 242 555 1234, Bahamas) which
 * the server accepts. "min" is therefore both smaller and closer to the server's rule.
 */
import parsePhoneNumber, { getCountryCallingCode, type CountryCode } from 'libphonenumber-js'

import { cleanPhoneText } from './clean-phone-text'
import { formatNational } from './format-national'
import { isNanpE164 } from './nanp-e164'
import { isValidNanpNumber } from './nanp-validity'
import { phoneProblem, type PhoneProblemResult } from './phone-problem'

export type PhoneParseResult = { ok: true; e164: string; national: string } | PhoneProblemResult

// Far above any honest paste (a tel: URI with an extension is under 40 characters) and checked
// before any regular expression or libphonenumber sees the text, so a hostile paste costs nothing.
const MAX_INPUT_LENGTH = 100
// "x12", "ext. 5", "extension 5", "#12", or a tel: URI's ";ext=12", after at least one digit.
const EXTENSION = /\d[^\p{L}#]*(?:(?:ext(?:ension|n)?|x)\.?|#)\s*[:=]?\s*\d+\s*#?$/iu
// Each of its forms has an x or a # (no other character folds to x): checked first, as
// EXTENSION (Unicode, case-blind) costs more than the rest of the checks on a plain number.
const MAY_HAVE_EXTENSION = /[x#]/i
const LETTER = /\p{L}/u
const ALLOWED = /^[\d +().\-/]*$/
const NON_DIGITS = /\D+/g
// 00 is the international prefix in most of the world, 011 in the NANP. No US national number
// starts with 0, so when the default country is +1 these prefixes can only mean "+".
const INTERNATIONAL_PREFIX = /^(?:00|011)/
const KEYPAD = '22233344455566677778889999'

export function parsePhoneInput(
  text: string,
  defaultCountry: CountryCode = 'US',
): PhoneParseResult {
  if (text.length > MAX_INPUT_LENGTH) {
    return phoneProblem('too-long', "That's too long to be a phone number.")
  }
  const cleaned = cleanPhoneText(text)
  if (cleaned === '') return phoneProblem('empty')
  if (MAY_HAVE_EXTENSION.test(cleaned) && EXTENSION.test(cleaned))
    return phoneProblem('has-extension')
  if (LETTER.test(cleaned)) return lettersProblem(cleaned, defaultCountry)
  if (!ALLOWED.test(cleaned)) {
    return phoneProblem('invalid', 'Use only digits, spaces and the characters + ( ) - . /')
  }
  if (cleaned.lastIndexOf('+') > 0) {
    return phoneProblem('invalid', 'A + can only come first, before the country code.')
  }
  const digits = cleaned.replace(NON_DIGITS, '')
  if (digits === '') return phoneProblem('too-short')
  if (cleaned.startsWith('+')) return parseInternational(digits)
  // libphonenumber builds a metadata object on each call: asked only for another country.
  const nanpDefault = defaultCountry === 'US' || getCountryCallingCode(defaultCountry) === '1'
  if (nanpDefault && INTERNATIONAL_PREFIX.test(digits)) {
    return parseInternational(digits.replace(INTERNATIONAL_PREFIX, ''))
  }
  if (nanpDefault) {
    const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
    return parseNanp(national, digits.length)
  }
  return parseOtherNational(digits, defaultCountry)
}

/** `digits` is everything after the "+" (or 00 / 011), country code first. */
function parseInternational(digits: string): PhoneParseResult {
  if (digits.startsWith('1')) return parseNanp(digits.slice(1), digits.length)
  if (digits.startsWith('0')) {
    return phoneProblem(
      'invalid',
      "This isn't a valid phone number: no country code starts with 0.",
    )
  }
  if (digits.length > 15) return phoneProblem('too-long')
  const parsed = parsePhoneNumber(`+${digits}`)
  if (parsed?.isValid()) return phoneProblem('not-us')
  // A US number with a "+" but no country code reads as another country's: say what was meant.
  const meant = parseNanp(digits, digits.length)
  return phoneProblem(
    'invalid',
    meant.ok
      ? `This isn't a valid phone number. Did you mean +1 ${meant.national}?`
      : "This isn't a valid phone number. Only US numbers (+1) can be registered.",
  )
}

function parseOtherNational(digits: string, defaultCountry: CountryCode): PhoneParseResult {
  const parsed = parsePhoneNumber(digits, defaultCountry)
  if (parsed?.countryCallingCode === '1') {
    return parseNanp(parsed.nationalNumber, parsed.nationalNumber.length)
  }
  return parsed?.isValid() ? phoneProblem('not-us') : phoneProblem('invalid')
}

/**
 * `national` is what follows the country code; `totalDigits` counts every digit typed, so
 * "too short" and "too long" describe what the person sees, and a wrong split (like the API
 * documentation's `+1234567890`: ten digits, but only nine after +1) is "invalid".
 */
function parseNanp(national: string, totalDigits: number): PhoneParseResult {
  if (totalDigits < 10) return phoneProblem('too-short')
  if (totalDigits > 11) return phoneProblem('too-long')
  if (national.length < 10) {
    return phoneProblem(
      'invalid',
      "This isn't a valid phone number: +1 must be followed by 10 digits.",
    )
  }
  if (national.length > 10) {
    return phoneProblem('invalid', "This isn't a valid phone number: 11 digits must start with 1.")
  }
  if (national.startsWith('0') || national.startsWith('1')) {
    return phoneProblem(
      'invalid',
      "This isn't a valid phone number: area codes can't start with 0 or 1.",
    )
  }
  if (national[3] === '0' || national[3] === '1') {
    return phoneProblem(
      'invalid',
      "This isn't a valid phone number: the 3 digits after the area code can't start with 0 or 1.",
    )
  }
  const e164 = `+1${national}`
  // libphonenumber's metadata knows which area codes are in service (its isValid(), with the
  // patterns compiled once: decision 0022); the server's pattern is checked last
  // so that a metadata quirk can never let through a number the server refuses.
  if (!isValidNanpNumber(national) || !isNanpE164(e164)) {
    return phoneProblem(
      'invalid',
      `This isn't a valid phone number: area code ${national.slice(0, 3)} isn't in use.`,
    )
  }
  return { ok: true, e164, national: formatNational(e164) }
}

/** A vanity number (1-800-FLOWERS) is real, but the server takes digits: say which ones. */
function lettersProblem(cleaned: string, defaultCountry: CountryCode): PhoneProblemResult {
  const dialled = cleaned.replace(/[a-z]/gi, (letter) => {
    return KEYPAD[letter.toUpperCase().charCodeAt(0) - 65] ?? letter
  })
  const asDigits = LETTER.test(dialled) ? undefined : parsePhoneInput(dialled, defaultCountry)
  return phoneProblem(
    'has-letters',
    asDigits?.ok
      ? `Letters aren't allowed. Type the digits instead: ${asDigits.national}.`
      : "Letters aren't allowed. Type the number using digits.",
  )
}
