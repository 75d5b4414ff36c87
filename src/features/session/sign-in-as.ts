import { type QueryClient } from '@tanstack/react-query'

import { env } from '@/config/env'
import { setCredentials, type Credentials } from '@/lib/auth/credentials-store'

import { type Persona } from './api/session-schemas'

// Set by a deliberate sign-out, so the sign-in page that follows does not offer to take the
// next person back to the page the last one was on. A reload starts it afresh.
let signedOutOnPurpose = false

/** Starts a session. Data cached for whoever was signed in before is dropped first. */
export function signIn(queryClient: QueryClient, credentials: Credentials): void {
  queryClient.clear()
  signedOutOnPurpose = false
  setCredentials(credentials)
}

export function credentialsForPersona(persona: Persona): Credentials {
  return {
    accessToken: persona.accessToken,
    apiBaseUrl: env.apiBaseUrl,
    label: persona.name,
    source: 'sandbox',
    personaID: persona.id,
    role: persona.role,
  }
}

/** Forgets the token (memory and sessionStorage) and every answer fetched with it. */
export function signOut(queryClient: QueryClient): void {
  signedOutOnPurpose = true
  setCredentials(null)
  queryClient.clear()
}

export function wasSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose
}
