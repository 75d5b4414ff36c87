import type { Context } from 'hono'
import { Hono } from 'hono'

import type { AuditEntry } from '../audit/audit-entry'
import type { AuditFilter } from '../audit/audit-log'
import { historyCsv, historyFileName } from '../audit/history-csv'
import { filterOf, historyQueryProblems, historyQuerySchema } from '../audit/history-query'
import type { SessionRecord } from '../store/gateway-store'
import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import type { GatewayDeps } from './gateway-deps'
import { historyScope } from './history-scope'
import { gatewayProblem } from './problems'
import { RefreshBusy, SessionEnded } from './token-refresher'

// An export reads at most this many rows (50 pages of 200); the header says when it stopped.
const CSV_MAX_PAGES = 50

type Prepared = { filter: AuditFilter; businessName: string | null } | Response

/** `GET /auth/history` (JSON pages) and `GET /auth/history.csv` (the whole filtered list). */
export function historyRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  const guard = requireSameOrigin(deps.originFor)
  app.use('/auth/history', guard)
  app.use('/auth/history.csv', guard)

  async function prepare(c: Context): Promise<Prepared> {
    c.header('Cache-Control', 'no-store')
    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind === 'none') {
      return gatewayProblem(c, 'sign-in-required', 'Sign in to read the history.')
    }
    if (resolved.kind === 'ended') {
      clearSessionCookie(c)
      return gatewayProblem(c, 'session-ended', 'Your session has ended. Sign in again to go on.')
    }
    const params = new URL(c.req.url).searchParams
    const repeated = [...new Set([...params.keys()].filter((k) => params.getAll(k).length > 1))]
    if (repeated.length > 0) {
      const names = repeated.map((k) => k.slice(0, 30)).join(', ')
      return gatewayProblem(c, 'invalid-request', `Give each parameter once: ${names}.`)
    }
    const parsed = historyQuerySchema.safeParse(Object.fromEntries(params))
    if (!parsed.success) {
      return gatewayProblem(c, 'invalid-request', historyQueryProblems(parsed.error))
    }
    return scoped(c, resolved.session, filterOf(parsed.data))
  }

  async function scoped(
    c: Context,
    session: SessionRecord,
    filter: AuditFilter,
  ): Promise<Prepared> {
    let scope
    try {
      scope = await historyScope(deps, session)
    } catch (error) {
      if (error instanceof SessionEnded) {
        clearSessionCookie(c)
        return gatewayProblem(c, 'session-ended', 'Your session has ended. Sign in again.')
      }
      const busy = error instanceof RefreshBusy
      return gatewayProblem(
        c,
        busy ? 'refresh-busy' : 'upstream-unreachable',
        busy ? 'Your sign-in is being renewed; try again in a second.' : 'Try again.',
      )
    }
    if (!scope) {
      const detail =
        'Thumbtack did not say which businesses are yours, so no history is shown. Try again.'
      return gatewayProblem(c, 'upstream-unreachable', detail)
    }
    if (scope.kind === 'all') return { filter, businessName: null }
    const own = scope.businesses.find((b) => b.businessID === filter.businessID)
    if (filter.businessID !== undefined && !own) {
      const detail = 'This business is not one of yours, so its history is not shown.'
      return gatewayProblem(c, 'not-found', detail)
    }
    const businessIDs = scope.businesses.map((b) => b.businessID)
    return { filter: { ...filter, businessIDs }, businessName: own?.name ?? null }
  }

  app.get('/auth/history', async (c) => {
    const prepared = await prepare(c)
    if (prepared instanceof Response) return prepared
    return c.json(await deps.store.audit.list(prepared.filter))
  })

  app.get('/auth/history.csv', async (c) => {
    const prepared = await prepare(c)
    if (prepared instanceof Response) return prepared
    const entries: AuditEntry[] = []
    let cursor: string | null = null
    for (let page = 0; page < CSV_MAX_PAGES; page += 1) {
      const filter: AuditFilter = { ...prepared.filter, limit: 200 }
      if (cursor !== null) filter.cursor = cursor
      const answer = await deps.store.audit.list(filter)
      entries.push(...answer.entries)
      cursor = answer.nextCursor
      if (cursor === null) break
    }
    const name = historyFileName(prepared.businessName, new Date(deps.now()))
    return c.body(historyCsv(entries), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-History-Complete': cursor === null ? 'yes' : 'no',
    })
  })

  return app
}
