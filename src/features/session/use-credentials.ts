import { useSyncExternalStore } from 'react'

import { getCredentials, subscribeToCredentials } from '@/lib/auth/credentials-store'

export function useCredentials() {
  return useSyncExternalStore(subscribeToCredentials, getCredentials, () => null)
}
