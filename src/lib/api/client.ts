import { env } from '@/config/env'
import { getCredentials } from '@/lib/auth/credentials-store'
import { requestSignIn } from '@/lib/auth/sign-in-prompt'

import { createApiClient } from './api-client'

/** The one client the app uses: the signed-in user's token, the configured timeout. */
export const apiClient = createApiClient({
  getCredentials,
  timeoutMs: env.requestTimeoutMs,
  onUnauthorized: requestSignIn,
})
