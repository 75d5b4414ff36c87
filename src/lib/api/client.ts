import { env } from '@/config/env'
import { getCredentials } from '@/lib/auth/credentials-store'
import { requestSignIn } from '@/lib/auth/sign-in-prompt'
import { noteRefusal } from '@/lib/auth/write-refusals'

import { createApiClient } from './api-client'

/**
 * The one client the app uses: a developer-option token when one was given, otherwise the
 * gateway's cookie session on this origin; the configured timeout.
 */
export const apiClient = createApiClient({
  getCredentials,
  sessionApiBaseUrl: env.apiBaseUrl,
  timeoutMs: env.requestTimeoutMs,
  onUnauthorized: requestSignIn,
  onRefused: noteRefusal,
})
