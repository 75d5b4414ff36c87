/**
 * Set by a deliberate sign-out, so the sign-in page that follows does not offer to take the
 * next person back to the page the last one was on. A reload starts it afresh. Kept apart
 * from sign-in-as.ts so the route guard can read it without loading the session feature.
 */
let signedOutOnPurpose = false

export function markSignedOut(onPurpose: boolean): void {
  signedOutOnPurpose = onPurpose
}

export function wasSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose
}
