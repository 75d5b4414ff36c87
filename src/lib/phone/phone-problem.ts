/** Every reason parsePhoneInput refuses a number for; listed, so that a schema can name them. */
export const phoneProblems = [
  'empty',
  'too-short',
  'too-long',
  'invalid',
  'not-us',
  'has-extension',
  'has-letters',
] as const
export type PhoneProblem = (typeof phoneProblems)[number]

export interface PhoneProblemResult {
  ok: false
  reason: PhoneProblem
  message: string
}

/** The default wording for each reason; call sites pass a more specific message when they can. */
export const PHONE_PROBLEM_MESSAGES: Record<PhoneProblem, string> = {
  empty: 'Enter a phone number.',
  'too-short': 'This number is too short. Enter all 10 digits, area code first.',
  'too-long': 'This number has too many digits. A US number has 10, or 11 starting with 1.',
  invalid: "This isn't a valid phone number.",
  'not-us': 'Only US numbers can be registered.',
  'has-extension': 'Extensions are not supported.',
  'has-letters': "Letters aren't allowed. Type the number using digits.",
}

export function phoneProblem(
  reason: PhoneProblem,
  message = PHONE_PROBLEM_MESSAGES[reason],
): PhoneProblemResult {
  return { ok: false, reason, message }
}
