import { z } from 'zod'

/** `?signInError=` as the gateway sends a failed sign-in back (docs/decisions/0009). */
const signInErrorSchema = z.enum(['denied', 'expired', 'failed', 'no-role', 'staff-off'])

const messages: Record<z.infer<typeof signInErrorSchema>, string> = {
  denied:
    'You did not allow Numbers Console on Thumbtack, so you are not signed in. Sign in again and choose Allow to go on.',
  expired: 'The sign-in took too long and timed out. Sign in again.',
  failed: 'The sign-in could not be completed just now. Try again in a moment.',
  'no-role':
    'Your company’s sign-in did not give you a Numbers Console role (support or viewer), so you are not signed in. Ask whoever runs Numbers Console to give you one.',
  'staff-off': 'Staff sign-in is not set up on this server.',
}

/** The message for a failed sign-in, or null when the URL reports none (or junk). */
export function signInErrorMessage(raw: string | null): string | null {
  const parsed = signInErrorSchema.safeParse(raw)
  return parsed.success ? messages[parsed.data] : null
}
