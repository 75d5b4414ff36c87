import { Hono } from 'hono'
import { z } from 'zod'
import { readJsonBody } from '../body.ts'
import type { SandboxDeps } from '../context.ts'
import {
  faultPatchSchema,
  type PersonasResponse,
  type RequestLogResponse,
} from '../contract/sandbox-controls.ts'
import { applyTokenActions } from '../oauth/fault-actions.ts'
import { findPersona, PERSONAS } from '../personas.ts'
import { methodNotAllowed, validationProblem } from '../problem.ts'
import { toFieldErrors } from '../schemas.ts'
import { MAX_EXTRA_BUSINESSES, MAX_METRO_NUMBERS } from '../store/seed.ts'

// Sandbox-only controls, mounted at /sandbox (never under /api/, so faults and bearer
// auth do not apply to them). app.ts lets loopback clients only reach them.

/** A whole number from 0 to `max`, with messages that say so. */
const countUpTo = (max: number) =>
  z
    .number({ error: 'Must be a whole number.' })
    .int('Must be a whole number.')
    .min(0, `Must be from 0 to ${max}.`)
    .max(max, `Must be from 0 to ${max}.`)
    .optional()

const resetSchema = z.object({
  metroHvacNumbers: countUpTo(MAX_METRO_NUMBERS),
  /** Empty businesses added to the seed: with them, a support agent reaches a thousand. */
  extraBusinesses: countUpTo(MAX_EXTRA_BUSINESSES),
})

const requestsQuery = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/, 'Must be a whole number (the seq of the last request already seen).')
    .transform(Number)
    .optional(),
})

export function sandboxAdminRoutes({ store, faults, requestLog, now }: SandboxDeps) {
  return (
    new Hono()
      // Each persona's current token, issued (and stored) when it has no valid one: this
      // is the sandbox's "sign in", and fetching it again is "sign in again".
      .get('/personas', (c) => {
        const personas = store.transaction(() =>
          PERSONAS.map((persona) => ({
            id: persona.id,
            name: persona.name,
            role: persona.role,
            accessToken: store.tokens.currentFor(persona.id, now().getTime()),
            businessIDs: store.businesses.idsVisibleTo({
              personaID: persona.id,
              role: persona.role,
            }),
            scopes: [...persona.scopes],
          })),
        )
        return c.json({ personas } satisfies PersonasResponse, 200)
      })
      .all('/personas', methodNotAllowed('GET'))
      .post('/reset', async (c) => {
        const body = await readJsonBody(c, resetSchema, { optional: true })
        if (!body.ok) return body.response
        store.reset(body.data.metroHvacNumbers, body.data.extraBusinesses)
        faults.reset()
        requestLog.clear()
        return c.json({ ok: true }, 200)
      })
      .all('/reset', methodNotAllowed('POST'))
      .get('/faults', (c) => c.json(faults.get(), 200))
      .put('/faults', async (c) => {
        const body = await readJsonBody(c, faultPatchSchema)
        if (!body.ok) return body.response
        const { revokeRefreshTokens: action, ...settings } = body.data
        if (action !== undefined && action !== 'all' && 'personaID' in action) {
          if (!findPersona(action.personaID))
            return validationProblem(c, [
              { field: 'revokeRefreshTokens.personaID', message: 'No such persona.' },
            ])
        }
        // expireTokens and revokeRefreshTokens act on the tokens issued until now; tokens
        // handed out afterwards work.
        applyTokenActions(store, body.data, now().getTime())
        return c.json(faults.update(settings), 200)
      })
      .all('/faults', methodNotAllowed('GET, PUT'))
      // What reached /api/ since the last reset (or since `?since=<seq>`), oldest first.
      .get('/requests', (c) => {
        const query = requestsQuery.safeParse(c.req.query())
        if (!query.success) return validationProblem(c, toFieldErrors(query.error))
        const answer: RequestLogResponse = { requests: requestLog.list(query.data.since) }
        return c.json(answer, 200)
      })
      .all('/requests', methodNotAllowed('GET'))
  )
}
