import { z } from 'zod'

/**
 * `GET /auth/history`, the gateway's own answer (server/audit/audit-entry.ts holds it
 * strictly). Read leniently here, like every answer the app gets: a row of a kind this
 * build does not know yet (a new action, a new state shape) still shows, described plainly,
 * instead of failing the whole page.
 */
const numberStateSchema = z.object({
  phoneNumber: z.string(),
  name: z.string(),
  isDeleted: z.boolean().optional(),
})
export type NumberState = z.infer<typeof numberStateSchema>

const stateSchema = z.union([
  numberStateSchema,
  z.object({ phoneNumbers: z.array(numberStateSchema) }),
])
export type HistoryState = z.infer<typeof stateSchema>

export const historyActions = [
  'create',
  'update',
  'delete',
  'bulk-create',
  'sign-in',
  'sign-out',
  'connect',
  'disconnect',
] as const

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  phase: z.enum(['attempt', 'outcome', 'event']).catch('event'),
  requestID: z.string(),
  actor: z.object({ kind: z.string(), id: z.string(), name: z.string(), role: z.string() }),
  businessID: z.string().nullable(),
  businessName: z.string().nullable().catch(null),
  phoneNumberID: z.string().nullable().catch(null),
  phoneNumber: z.string().nullable().catch(null),
  action: z.string(),
  before: stateSchema.nullable().catch(null),
  after: stateSchema.nullable().catch(null),
  upstreamStatus: z.number().nullable().catch(null),
  traceID: z.string().nullable().catch(null),
  result: z.enum(['done', 'refused', 'unknown']).nullable().catch(null),
  detail: z.string().nullable().catch(null),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type HistoryAction = (typeof historyActions)[number]

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  nextCursor: z.string().nullable(),
})
export type HistoryPage = z.infer<typeof historyPageSchema>
