import { z } from 'zod'

import type { SessionRecord } from '../store/gateway-store'
import type { AuditActor } from './audit-entry'

// A pro's profile is Thumbtack's user (firstName, lastName, email); a staff member's comes
// from the company's ID token (name, or given/family name, email). Read both leniently.
const profileSchema = z.object({
  name: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
})

function parseProfile(text: string): z.infer<typeof profileSchema> {
  try {
    const parsed = profileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Who the session belongs to, as the history names them. */
export function actorFromSession(session: SessionRecord): AuditActor {
  const p = parseProfile(session.profile)
  const joined = (a?: string, b?: string) => [a, b].filter(Boolean).join(' ').trim()
  const candidates = [
    p.name?.trim(),
    joined(p.firstName, p.lastName),
    joined(p.given_name, p.family_name),
    p.email,
  ]
  const name = candidates.find((c) => c !== undefined && c !== '') ?? session.subjectID
  return { kind: session.subjectKind, id: session.subjectID, name, role: session.role }
}
