import { Hono } from 'hono'
import { z } from 'zod'
import { requireScope } from '../auth.ts'
import type { SandboxDeps, SandboxEnv } from '../context.ts'
import type { BusinessesPage } from '../contract/businesses.ts'
import { SCOPES } from '../personas.ts'
import { methodNotAllowed, validationProblem } from '../problem.ts'
import { toFieldErrors } from '../schemas.ts'
import { businessImagePath } from './business-images.ts'

/** A whole number in [min, max] from a query string, `fallback` when absent. */
const boundedInt = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback
      const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN
      if (value >= min && value <= max) return value
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a whole number from ${min} to ${max}.`,
      })
      return z.NEVER
    })

const pageQuery = z.object({
  limit: boundedInt('limit', 1, 1000, 20),
  offset: boundedInt('offset', 0, Number.MAX_SAFE_INTEGER, 0),
})

// Mounted at /api/v4/businesses. Thumbtack documents only {"pagination":{"limit":20}};
// offset and total are the sandbox's choice (docs/decisions/0003).
export function businessRoutes({ store, publicOrigin }: SandboxDeps) {
  return new Hono<SandboxEnv>()
    .get('/', requireScope(SCOPES.list), (c) => {
      const query = pageQuery.safeParse(c.req.query())
      if (!query.success) return validationProblem(c, toFieldErrors(query.error))
      const { limit, offset } = query.data
      const { persona } = c.var.caller
      const viewer = { personaID: persona.id, role: persona.role }
      const page = store.businesses.page(viewer, limit, offset)
      // From configuration, never from the Host header, which any client can set.
      const origin = publicOrigin() ?? ''
      const data = page.data.map((business) => ({
        ...business,
        imageURL: origin + businessImagePath(business.businessID),
      }))
      const answer: BusinessesPage = { data, pagination: { limit, offset, total: page.total } }
      return c.json(answer, 200)
    })
    .all('/', methodNotAllowed('GET'))
}
