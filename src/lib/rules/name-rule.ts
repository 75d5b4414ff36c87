/**
 * The rule for a number's name, shared word for word by the sandbox (sandbox/schemas.ts)
 * and the dashboard's forms, so the form says before sending exactly what the server would
 * say after. Thumbtack documents no limits; these are the sandbox's best guess.
 */
export const NAME_MAX_LENGTH = 100

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f)
}

/** Why a trimmed name cannot be stored, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  // Code points, not UTF-16 units: an emoji counts once, as a person would count it.
  const chars = Array.from(name)
  if (chars.length === 0) return 'Enter a name.'
  if (chars.length > NAME_MAX_LENGTH) {
    return `Keep the name to ${NAME_MAX_LENGTH} characters or fewer (this has ${chars.length}).`
  }
  if (chars.some(isControl)) {
    return "The name can't contain control characters such as line breaks, tabs or NUL."
  }
  // A lone UTF-16 surrogate cannot be stored as UTF-8 without silently changing it.
  if (/\p{Cs}/u.test(name)) return 'The name contains an invalid character.'
  return undefined
}
