import { parsePhoneInput, type PhoneParseResult } from '@/lib/phone/parse-phone-input'

import { type PhoneCheck } from './pasted-row'

/**
 * parsePhoneInput costs several microseconds (libphonenumber builds regular expressions on
 * each call), nearly all of the pipeline's time. While reading a record, parsePaste sometimes
 * parses candidates to choose which text is the number; the chosen one's answer goes on the
 * row so that checkRows does not parse the same text again. One memo per parsePaste run,
 * passed down to the readers: nothing is shared between runs.
 */
export interface CandidateMemo {
  /** parsePhoneInput, remembered until the record being read is built. */
  parse(text: string): PhoneParseResult
  /** The answer for the record's chosen number text, if it was parsed; forgets the others. */
  take(numberText: string): PhoneCheck | undefined
}

export function createCandidateMemo(): CandidateMemo {
  const candidates = new Map<string, PhoneParseResult>()
  return {
    parse(text) {
      let result = candidates.get(text)
      if (!result) {
        result = parsePhoneInput(text)
        candidates.set(text, result)
      }
      return result
    },
    take(numberText) {
      if (candidates.size === 0) return undefined
      const result = candidates.get(numberText)
      candidates.clear()
      return result && { text: numberText, result }
    },
  }
}
