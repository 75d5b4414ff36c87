import { isApiError } from '@/lib/api/api-error'

/** What the user was trying to do when the server said no. */
export type PermissionAction = 'list businesses' | 'read numbers' | 'change numbers'

/**
 * Why this sign-in was refused, in the terms that decide what the user can do about it:
 * - `not-linked`: the token is fine but has no access to this business (403);
 * - `missing-scope`: the token may not do this kind of thing at all (Thumbtack's 401 with
 *   an insufficient-scope problem type);
 * - `forbidden`: any other 403.
 */
export type PermissionDenial = 'not-linked' | 'missing-scope' | 'forbidden'

export function permissionDenialOf(error: unknown): PermissionDenial | null {
  if (!isApiError(error)) return null
  if (error.isMissingScope) return 'missing-scope'
  if (error.status !== 403) return null
  // The sandbox names it; Thumbtack's own type for this is not documented, so any 403 on a
  // business path is taken the same way by callers that know they asked about a business.
  return error.type?.includes('forbidden-business') ? 'not-linked' : 'forbidden'
}

export const notLinkedMessage = 'This sign-in is not linked to this business.'

const missingScopeMessages: Record<PermissionAction, string> = {
  'list businesses': 'This sign-in may not list your businesses.',
  'read numbers': 'This sign-in may not read numbers.',
  'change numbers': 'This sign-in may read numbers but not change them.',
}

const forbiddenMessages: Record<PermissionAction, string> = {
  'list businesses': 'This sign-in may not list businesses.',
  'read numbers': 'This sign-in may not read numbers for this business.',
  'change numbers': 'This sign-in may not change numbers for this business.',
}

/**
 * A plain sentence saying what this sign-in may not do, or null when the error is not
 * about permissions (then show the error as it is). Signing in again does not help with
 * any of these, so the messages never suggest it.
 */
export function describePermissionError(error: unknown, action: PermissionAction): string | null {
  switch (permissionDenialOf(error)) {
    case 'missing-scope':
      return missingScopeMessages[action]
    case 'not-linked':
      return notLinkedMessage
    case 'forbidden':
      return forbiddenMessages[action]
    case null:
      return null
  }
}
