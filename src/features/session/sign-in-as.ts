import { type QueryClient } from '@tanstack/react-query'

import { env } from '@/config/env'
import { setCredentials, type Credentials } from '@/lib/auth/credentials-store'
import { forgetWriteRefusals } from '@/lib/auth/write-refusals'

import { type Persona } from './api/session-schemas'
import { markSignedOut } from './sign-out-intent'

/** Starts a session. Data cached for whoever was signed in before is dropped first. */
export function signIn(queryClient: QueryClient, credentials: Credentials): void {
  queryClient.clear()
  markSignedOut(false)
  forgetWriteRefusals()
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
  markSignedOut(true)
  forgetWriteRefusals()
  setCredentials(null)
  queryClient.clear()
}
