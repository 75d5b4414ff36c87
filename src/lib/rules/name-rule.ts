/**
 * The rule for a number's name, shared word for word by the sandbox (sandbox/schemas.ts)
 * and the dashboard's forms (add / edit and Bulk add), so the form says before sending
 * exactly what the server would say after. Thumbtack documents no limits; these are the
 * sandbox's best guess.
 */
export const NAME_MAX_LENGTH = 100

/**
 * A character a person sees may be built from several code points (a family emoji is 7,
 * a flag 2, é may be e plus an accent), but not from thousands: without this, one letter
 * under 5,000 stacked accents would count as one character.
 */
export const MAX_PARTS_PER_CHARACTER = 16

// Extended grapheme clusters: what a person counts as one character.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f)
}

/** The characters of `text` as a person counts them. */
export function charactersOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment)
}

/** Why a trimmed name cannot be stored, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  const characters = charactersOf(name)
  if (characters.length === 0) return 'Enter a name.'
  if (characters.length > NAME_MAX_LENGTH) {
    return `Keep the name to ${NAME_MAX_LENGTH} characters or fewer (this has ${characters.length}).`
  }
  const parts = Math.max(...characters.map((character) => Array.from(character).length))
  if (parts > MAX_PARTS_PER_CHARACTER) {
    return `One character here is built from ${parts} parts (a letter with accents, or joined symbols); keep each character to ${MAX_PARTS_PER_CHARACTER} or fewer.`
  }
  if (Array.from(name).some(isControl)) {
    return "The name can't contain control characters such as line breaks, tabs or NUL."
  }
  // A lone UTF-16 surrogate cannot be stored as UTF-8 without silently changing it.
  if (/\p{Cs}/u.test(name)) return 'The name contains an invalid character.'
  return undefined
}

/**
 * The name is optional everywhere a person enters one (add, edit, Bulk add): left blank, the
 * number itself, as the list shows it, is sent as the name, so Thumbtack (and the sandbox,
 * which requires one) always gets a name. Decision 0010. Both forms say it in these words.
 */
export const NAME_RULE_HINT =
  'The name is optional. Left blank, the number itself becomes the name.'

/** The name to send: the trimmed name typed, or when blank the number as the list shows it. */
export function nameOrNumber(typed: string, numberAsShown: string): string {
  const name = typed.trim()
  return name === '' ? numberAsShown : name
}
