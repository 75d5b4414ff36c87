import { type QueryClient } from '@tanstack/react-query'

import { getCredentials } from '@/lib/auth/credentials-store'

import { postLogout } from './api/auth-session-requests'
import { signOut } from './sign-in-as'

/**
 * "Sign out": whatever must still go out with this sign-in goes first (`before`, e.g. the
 * removals waiting out their Undo window), then the gateway ends the cookie session (a
 * token sign-in has none), then the tab forgets everything it fetched.
 */
export async function signOutEverywhere(
  queryClient: QueryClient,
  before: () => Promise<void>,
): Promise<void> {
  await before()
  if (getCredentials() === null) await postLogout()
  signOut(queryClient)
}
