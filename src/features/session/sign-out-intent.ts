/**
 * Set by a deliberate sign-out, so the sign-in page that follows does not offer to take the
 * next person back to the page the last one was on, and says why when the user did not ask
 * for it. A reload starts it afresh. Kept apart from sign-in-as.ts so the route guard can
 * read it without loading the session feature.
 */
export type SignOutReason = 'signed-out' | 'disconnected'

let reason: SignOutReason | null = null

export function markSignedOut(why: SignOutReason | null): void {
  reason = why
}

/**
 * Where a tab signed out on purpose goes, or null when it was not. The reason rides in the
 * address the route guard sends to: that redirect can overtake any other navigation started
 * with the sign-out (the sign-in page's code may still be on its way), so it must say why.
 */
export function signInPathAfterSignOut(): string | null {
  if (reason === 'disconnected') return '/sign-in?disconnected=1'
  return reason === null ? null : '/sign-in'
}
