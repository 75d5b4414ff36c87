import { useUserKey } from '@/features/session/use-user-key'

/** Whose drafts: the signed-in user's key (see useUserKey); null while it is unknown. */
export function useDraftUserKey() {
  return useUserKey()
}
