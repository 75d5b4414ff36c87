import { z } from 'zod'
import { numericIDSchema } from './fields.ts'

// What the sandbox's own controls (/sandbox/personas, faults, requests) accept and answer:
// the sandbox's routes, its tests and the browser tests' helpers all read these.

export const roleSchema = z.enum(['pro', 'support'])
export type Role = z.output<typeof roleSchema>

/** GET /sandbox/personas: each demo sign-in with its current token. */
export const personasSchema = z.strictObject({
  personas: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      role: roleSchema,
      accessToken: z.string().min(16),
      businessIDs: z.array(numericIDSchema),
      scopes: z.array(z.string()),
    }),
  ),
})
export type PersonasResponse = z.output<typeof personasSchema>

/** GET /sandbox/faults, and the answer to PUT: the whole state. */
export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(30_000),
  /** Up to this much more, drawn per request: latencyMs 300 + jitter 500 is 300–800 ms. */
  latencyJitterMs: z.number().int().min(0).max(30_000),
  errorRate: z.number().min(0).max(1),
  /**
   * When an injected 5xx happens. "before": the route never runs, nothing is changed.
   * "after": the route runs and its answer is replaced by the 503, as when a proxy or a
   * timeout loses the answer to a write that was applied.
   */
  errorPhase: z.enum(['before', 'after']),
  /** Requests per token per minute; 0 turns the limit off. */
  rateLimitPerMinute: z.number().int().min(0).max(1_000_000),
  /** Setting true expires every token issued so far (see routes/sandbox-admin.ts). */
  expireTokens: z.boolean(),
  /** Lifetime of access tokens issued from now on by /oauth2/token; Thumbtack's is 3600. */
  accessTokenTtlSeconds: z.number().int().min(1).max(3600),
  /** Added to every /oauth2/token answer: a stalled authorization server. */
  tokenLatencyMs: z.number().int().min(0).max(30_000),
  /** Share of /oauth2/token calls answered 503 (1: every one). */
  tokenErrorRate: z.number().min(0).max(1),
  /** As errorPhase, for the token endpoint: "after" rotates the refresh token, then loses the answer. */
  tokenErrorPhase: z.enum(['before', 'after']),
})
export type FaultSettings = z.output<typeof faultSettingsSchema>

/**
 * One-shot actions, not settings: they act on stored tokens and are not echoed back.
 * "all", one refresh token by value, or every refresh token of one persona.
 */
export const revokeRefreshTokensSchema = z.union(
  [
    z.literal('all'),
    z.strictObject({ token: z.string().min(1, 'Give the refresh token.') }),
    z.strictObject({ personaID: z.string().min(1, 'Give the persona ID.') }),
  ],
  { error: 'Use "all", {"token": "<refresh token>"} or {"personaID": "<persona>"}.' },
)

/** The body of PUT /sandbox/faults: any of the settings, merged into the current ones. */
export const faultPatchSchema = faultSettingsSchema
  .partial()
  .extend({ revokeRefreshTokens: revokeRefreshTokensSchema.optional() })
export type FaultPatch = z.input<typeof faultPatchSchema>

export const loggedRequestSchema = z.strictObject({
  /** Increases by one per request since the last reset; `?since=` pages on it. */
  seq: z.number().int().positive(),
  time: z.iso.datetime(),
  method: z.string(),
  /** The path without the query string. */
  path: z.string(),
  /** The status the client received, injected faults included. */
  status: z.number().int(),
  /** Who sent it, when the token was recognised. */
  personaID: z.string().nullable(),
  /** The phone numbers a POST or PUT body carried (single or bulk), as sent. */
  phoneNumbers: z.array(z.string()),
  /** For POST /oauth2/token, the grant_type sent (so tests can count refreshes); else null. */
  grantType: z.string().nullable(),
  durationMs: z.number().int().nonnegative(),
})
export type LoggedRequest = z.output<typeof loggedRequestSchema>

/** GET /sandbox/requests: what reached /api/ since the last reset, oldest first. */
export const requestLogSchema = z.strictObject({ requests: z.array(loggedRequestSchema) })
export type RequestLogResponse = z.output<typeof requestLogSchema>
