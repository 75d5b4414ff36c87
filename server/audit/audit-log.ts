import { z } from 'zod'

import { subjectKindSchema } from '../store/gateway-store'
import { auditActionSchema, type AuditEntry } from './audit-entry'

export const AUDIT_PAGE_MAX = 200

/** What `list` narrows by; every field is optional but the page size. */
export const auditFilterSchema = z.object({
  businessID: z.string().optional(),
  /** The businesses the caller may see; an empty list sees nothing. Omitted: all. */
  businessIDs: z.array(z.string()).optional(),
  phoneNumberID: z.string().optional(),
  actorKind: subjectKindSchema.optional(),
  actorID: z.string().optional(),
  action: auditActionSchema.optional(),
  /** Epoch ms, inclusive. */
  from: z.number().int().nonnegative().optional(),
  /** Epoch ms, exclusive. */
  to: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
  /** From the previous page's `nextCursor`. */
  cursor: z.string().optional(),
})
export type AuditFilter = z.infer<typeof auditFilterSchema>

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[]
  /** Null on the last page. */
  nextCursor: string | null
}

/**
 * The history, append-only: there is no method to change or remove a row, and the tables'
 * triggers refuse an UPDATE or DELETE from anywhere else too.
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>
  list(filter: AuditFilter): Promise<AuditPage>
}
