import { isLoopbackCallback } from '../oauth/client.ts'

// The partner's own staff, as the sandbox's stand-in for a company's OpenID Connect
// provider knows them. Thumbtack has no support role: these people act for a pro only
// through the connection the pro granted (docs/decisions/0012).

export const STAFF_ROLE_CLAIM = 'numbers_console_role'

export interface StaffPerson {
  /** The ID token's `sub`: stable, never shown. */
  subject: string
  name: string
  email: string
  role: 'support' | 'viewer'
}

export const STAFF_PEOPLE: readonly StaffPerson[] = [
  {
    subject: 'staff-7f3a9c21',
    name: 'Sam Ortiz',
    email: 'sam.ortiz@staff.example',
    role: 'support',
  },
  {
    subject: 'staff-2b81d4e6',
    name: 'Jordan Park',
    email: 'jordan.park@staff.example',
    role: 'viewer',
  },
]

/** The one client the sandbox's staff provider knows: the app's gateway. */
export const STAFF_CLIENT_ID = 'numbers-console-staff'
/** Public on purpose: it guards only the sandbox's demo staff. */
export const STAFF_CLIENT_SECRET = 'sandbox-staff-secret-not-for-production'
export const STAFF_CALLBACK_PATH = '/auth/staff/callback'
export const STAFF_IDP_PATH = '/staff-idp'

/** A registered URI, or http://127.0.0.1:<any port>/auth/staff/callback (RFC 8252 §7.3). */
export function isStaffRedirect(uri: string, registered: readonly string[] = []): boolean {
  return registered.includes(uri) || isLoopbackCallback(uri, STAFF_CALLBACK_PATH)
}
