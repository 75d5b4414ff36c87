import { STAFF_CLIENT_ID, STAFF_CLIENT_SECRET } from '../../sandbox/staff-idp/staff-people.ts'
import type { GatewayEnv } from '../settings.ts'

/** Staff sign-in through the company's OpenID Connect provider (issue 10). */
export interface StaffSettings {
  /** Undefined in sandbox mode: the sandbox's /staff-idp on the app's own origin. */
  issuer?: string
  client: { id: string; secret: string }
  roleClaim: string
}

/**
 * In sandbox mode everything defaults to the sandbox's provider. Elsewhere staff sign-in is
 * off until issuer, client ID and secret are all given; some without the others is an error.
 */
export function staffSettingsFrom(e: GatewayEnv): { staff?: StaffSettings; problems: string[] } {
  const given = {
    STAFF_OIDC_ISSUER: e.STAFF_OIDC_ISSUER,
    STAFF_OIDC_CLIENT_ID: e.STAFF_OIDC_CLIENT_ID,
    STAFF_OIDC_CLIENT_SECRET: e.STAFF_OIDC_CLIENT_SECRET,
  }
  const roleClaim = e.STAFF_ROLE_CLAIM
  if (e.THUMBTACK_ENV === 'sandbox') {
    return {
      staff: {
        ...(e.STAFF_OIDC_ISSUER === undefined ? {} : { issuer: e.STAFF_OIDC_ISSUER }),
        client: {
          id: e.STAFF_OIDC_CLIENT_ID ?? STAFF_CLIENT_ID,
          secret: e.STAFF_OIDC_CLIENT_SECRET ?? STAFF_CLIENT_SECRET,
        },
        roleClaim,
      },
      problems: [],
    }
  }
  const missing = Object.entries(given).filter(([, v]) => v === undefined)
  if (missing.length === 3) return { problems: [] }
  if (missing.length > 0) {
    const names = missing.map(([name]) => name).join(', ')
    return {
      problems: [
        `${names} missing: staff sign-in needs the issuer, client ID and secret together.`,
      ],
    }
  }
  if (e.STAFF_OIDC_ISSUER?.startsWith('http:')) {
    return { problems: ['STAFF_OIDC_ISSUER must be https outside sandbox mode.'] }
  }
  return {
    staff: {
      issuer: e.STAFF_OIDC_ISSUER ?? '',
      client: { id: e.STAFF_OIDC_CLIENT_ID ?? '', secret: e.STAFF_OIDC_CLIENT_SECRET ?? '' },
      roleClaim,
    },
    problems: [],
  }
}
