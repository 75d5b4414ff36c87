import { normalizeSearchText } from '@/lib/search/match-number'

/** Quotes a paste may bring along: straight, curly, backticks and guillemets. */
const SURROUNDING_QUOTES = /^["'`“”‘’«»]+|["'`“”‘’«»]+$/g
/** What a business ID may look like: letters and digits, maybe grouped by spaces or dashes. */
const ID_LIKE = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u
const ID_SEPARATORS = /[\s_-]+/g

export interface BusinessQuery {
  /** The query as a name is matched: folded (case, accents, spacing). */
  name: string
  /**
   * The query as a business ID is matched, lower case with spaces and dashes dropped ("5343
   * 9876" finds 53439876…); null when it cannot be part of an ID.
   */
  id: string | null
}

/**
 * What the user typed or pasted, read both ways. A paste from a ticket or a spreadsheet often
 * carries spaces, a line break or quotes around the ID: those are not part of what is sought.
 */
export function readBusinessQuery(typed: string): BusinessQuery {
  const text = typed.trim().replace(SURROUNDING_QUOTES, '').trim()
  const name = normalizeSearchText(text)
  const id = ID_LIKE.test(text) ? text.replace(ID_SEPARATORS, '').toLowerCase() : null
  return { name, id: id === '' ? null : id }
}

/** A business ID in the form queries are compared with. */
export function idKeyOf(businessID: string): string {
  return businessID.replace(ID_SEPARATORS, '').toLowerCase()
}
