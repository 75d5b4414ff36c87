import type { GrantRecord, SessionRecord } from '../gateway-store'

/** The instant the store suites' records start from (epoch ms). */
export const t0 = 1_700_000_000_000

/** The pro whose grants and sessions the store suites save. */
export const PRO = '4001'

/** A grant as the gateway saves it: ciphertext tokens, one hour to run. */
export function grant(id = 'g1', userID = PRO): GrantRecord {
  return {
    id,
    userID,
    scopes: 'supply::businesses.list offline_access',
    accessToken: 'v1:k1:cipher-a',
    refreshToken: 'v1:k1:cipher-r',
    accessExpiresAt: t0 + 3_600_000,
    version: 1,
    createdAt: t0,
    updatedAt: t0,
  }
}

/** A pro's session on `grantID`, idle after 1 s and over after 5 s. */
export function session(idHash: string, grantID: string | null = 'g1'): SessionRecord {
  return {
    idHash,
    subjectKind: 'pro',
    subjectID: PRO,
    profile: JSON.stringify({ name: 'Ana Rivera' }),
    role: 'pro',
    grantID,
    createdAt: t0,
    lastSeenAt: t0,
    idleExpiresAt: t0 + 1000,
    absoluteExpiresAt: t0 + 5000,
  }
}

export const hashA = 'a'.repeat(64)
export const hashB = 'b'.repeat(64)
