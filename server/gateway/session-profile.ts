import { z } from 'zod'

import { staffRoleSchema, type SessionRecord, type StaffRole } from '../store/gateway-store'

/** `GET /api/v4/users/self`, read once at sign-in: who a pro's session belongs to. */
export const thumbtackUserSchema = z.object({
  userID: z.string().min(1),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
})
export type ThumbtackUser = z.infer<typeof thumbtackUserSchema>

/**
 * The session record's `profile` JSON. Both kinds hold `name`, the words the history (issue
 * 10's audit log) and "Acting for … as …" show; sessions from before it may lack a pro's.
 */
const proProfileSchema = thumbtackUserSchema.extend({ name: z.string().optional() })
const staffProfileSchema = z.object({ name: z.string().min(1), email: z.string().optional() })

export type Who =
  | { kind: 'pro'; userID: string; name: string; user: ThumbtackUser }
  | { kind: 'staff'; subject: string; name: string; email: string | undefined; role: StaffRole }

export function proName(user: ThumbtackUser): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(' ')
  return [full, user.email].find(Boolean) ?? `User ${user.userID}`
}

export const proProfile = (user: ThumbtackUser) => JSON.stringify({ ...user, name: proName(user) })

export const staffProfile = (p: { name: string; email: string | undefined; role: StaffRole }) =>
  JSON.stringify({
    name: p.name,
    ...(p.email === undefined ? {} : { email: p.email }),
    role: p.role,
  })

/** Who a session record belongs to; throws on a profile no sign-in wrote. */
export function whoOf(session: SessionRecord): Who {
  const json: unknown = JSON.parse(session.profile)
  if (session.subjectKind === 'staff') {
    const p = staffProfileSchema.parse(json)
    // The role is the session's column (set at sign-in from the staff table or the claim).
    const role = staffRoleSchema.parse(session.role)
    return { kind: 'staff', subject: session.subjectID, name: p.name, email: p.email, role }
  }
  const { name, ...user } = proProfileSchema.parse(json)
  return { kind: 'pro', userID: user.userID, name: name ?? proName(user), user }
}
