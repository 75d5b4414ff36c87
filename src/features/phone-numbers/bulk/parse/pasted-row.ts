import { parsePhoneInput, type PhoneParseResult } from '@/lib/phone/parse-phone-input'

/** What parsePhoneInput said about `text`. */
export interface PhoneCheck {
  text: string
  result: PhoneParseResult
}

/** One record of a paste, as read: nothing judged yet. */
export interface PastedRow {
  /** 1-based line of the paste where the record starts; unique within one paste. */
  line: number
  /** The source text of the record, for "what was read" (several lines for a quoted line break). */
  raw: string
  /** The text taken as the phone number: checked by parsePhoneInput, exactly as the add form does. */
  numberText: string
  /** The text taken as the name, trimmed; empty when the line had none. */
  nameText: string
  /**
   * parsePhoneInput's answer for numberText, when parsePaste had to parse it to tell the
   * number from the name. checkRows reuses it only while `phone.text` is still numberText.
   */
  phone?: PhoneCheck | undefined
}

/*
 * parsePhoneInput costs several microseconds (libphonenumber builds regular expressions on each
 * call), nearly all of the pipeline's time. parsePaste sometimes parses candidates to choose
 * which text is the number; the chosen one's answer goes on the row so that checkRows does
 * not parse the same text again.
 */
const candidates = new Map<string, PhoneParseResult>()

/** parsePhoneInput, remembered until the row being read is built. */
export function parseCandidate(text: string): PhoneParseResult {
  let result = candidates.get(text)
  if (!result) {
    result = parsePhoneInput(text)
    candidates.set(text, result)
  }
  return result
}

/** The answer for the row's chosen number text, if it was parsed; forgets the other candidates. */
export function takeCandidate(numberText: string): PhoneCheck | undefined {
  if (candidates.size === 0) return undefined
  const result = candidates.get(numberText)
  candidates.clear()
  return result && { text: numberText, result }
}

/** parsePhoneInput(row.numberText), reusing the answer the row carries when it is current. */
export function phoneCheckOf(row: PastedRow): PhoneCheck {
  const known = row.phone
  return known?.text === row.numberText
    ? known
    : { text: row.numberText, result: parsePhoneInput(row.numberText) }
}
