import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

/** Why a save failed, and what to do about it, each said once. */
export function saveFailureMessage(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try saving again.'
  // The server's own sentence says plainly what this sign-in may not do; its title is jargon.
  if (error.isForbidden)
    return error.detail ?? 'This sign-in may not change numbers for this business.'
  // Our words, not the server's: its detail tells the person to sign in too.
  if (error.needsSignIn) return 'Your sign-in has expired. Sign in again, then save once more.'
  // The server may have acted on it, whatever its body claims: say only what is known (no
  // confirmation came) and that a retry cannot double it (a second create is refused as a
  // duplicate; an edit sets the same values).
  if (error.outcomeUnknown)
    return `${error.title} The save was not confirmed. Saving again is safe: it cannot add the number twice.`
  return describeError(error)
}
