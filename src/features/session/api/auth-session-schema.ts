// zod/mini: the route guard reads the session on the first visit, where every kilobyte counts.
import { z } from 'zod/mini'

const userSchema = z.object({
  userID: z.string().check(z.minLength(1)),
  email: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
})

/**
 * Whether the deployment offers the developer sign-ins (sandbox demo people, a pasted
 * token). Off unless the server says so: a production answer that omits it shows only
 * "Sign in with Thumbtack".
 */
const devTokenSignIn = z._default(z.boolean(), false)

/** Whether the server has a staff provider, so "Sign in as staff" leads somewhere. */
const staffSignIn = z._default(z.boolean(), false)

const signedOutSchema = z.object({ signedIn: z.literal(false), devTokenSignIn, staffSignIn })

const signedInSchema = z.object({
  signedIn: z.literal(true),
  devTokenSignIn,
  /** A pro (signed in with Thumbtack) or the partner's staff (the company's own sign-in). */
  kind: z._default(z.enum(['pro', 'staff']), 'pro'),
  /** The person's name, as "Acting for … as <name>" and the history show it. */
  name: z.optional(z.string()),
  user: userSchema,
  /** pro; for staff, support (may change numbers) or viewer (read only). */
  role: z.string(),
  scopes: z.array(z.string()),
  canRead: z.boolean(),
  canWrite: z.boolean(),
  /** Only the pro who connected a business may disconnect it. */
  canDisconnect: z._default(z.boolean(), false),
  expiresAt: z.string(),
  absoluteExpiresAt: z.string(),
})

/** `GET /auth/session`: who the gateway's cookie session belongs to and what it may do. */
export const authSessionSchema = z.discriminatedUnion('signedIn', [signedOutSchema, signedInSchema])

export type AuthSession = z.infer<typeof authSessionSchema>
export type SignedInSession = z.infer<typeof signedInSchema>
export type SessionUser = z.infer<typeof userSchema>
