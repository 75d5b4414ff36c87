import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'

import { fakeAuthorizationServer, type AuthServerState } from './fake-authorization-server'

/** What the fake API saw: the headers of each call as they arrived at "Thumbtack". */
export interface SeenCall {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}

export interface CannedAnswer {
  status: number
  body?: string
  headers?: Record<string, string>
}

export interface FakeThumbtack extends AuthServerState {
  origin: string
  apiCalls: SeenCall[]
  /** Answers for the next API calls, in order, instead of the default echo. */
  canned: CannedAnswer[]
  /** What GET /api/v4/businesses lists: the pro's businesses, connected at sign-in. */
  businesses: { businessID: string; name: string; imageURL?: string }[]
  /** Runs as each API call arrives, before it is answered (to see what was stored first). */
  onApiCall: (() => Promise<void>) | undefined
  close: () => Promise<void>
}

export const notActive = JSON.stringify({
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'invalid token. failure reason(s): [token is not active]',
})

export const FAKE_BUSINESSES = [
  { businessID: '1', name: 'Rivera Plumbing', imageURL: 'https://example.com/1.png' },
  { businessID: '2', name: 'Rivera Electric', imageURL: 'https://example.com/2.png' },
]

export const FAKE_USER = {
  userID: '4001',
  email: 'ana@example.com',
  firstName: 'Ana',
  lastName: 'Rivera',
}

/** Thumbtack on 127.0.0.1, port 0: the authorization server and the seven API calls. */
export async function startFakeThumbtack(): Promise<FakeThumbtack> {
  const fake = {
    tokenCalls: [],
    revoked: [],
    authorizeParams: [],
    activeAccess: new Set<string>(),
    liveRefresh: new Set<string>(),
    denyNext: false,
    refreshLatencyMs: 0,
    grantedScope: undefined,
    apiCalls: [] as SeenCall[],
    canned: [] as CannedAnswer[],
    businesses: [...FAKE_BUSINESSES],
    onApiCall: undefined as (() => Promise<void>) | undefined,
  } satisfies Omit<FakeThumbtack, 'origin' | 'close'>
  const app = new Hono()
  app.route('/', fakeAuthorizationServer(fake))
  app.all('/api/v4/*', async (c) => {
    const headers = Object.fromEntries(c.req.raw.headers)
    fake.apiCalls.push({
      method: c.req.method,
      path: c.req.path,
      headers,
      body: await c.req.text(),
    })
    const bearer = (c.req.header('Authorization') ?? '').replace(/^Bearer /, '')
    if (!fake.activeAccess.has(bearer)) {
      return c.body(notActive, 401, { 'Content-Type': 'application/problem+json' })
    }
    await fake.onApiCall?.()
    const canned = fake.canned.shift()
    if (canned) return new Response(canned.body ?? null, canned)
    if (c.req.path === '/api/v4/users/self') return c.json(FAKE_USER)
    if (c.req.path === '/api/v4/businesses' && c.req.method === 'GET') {
      return c.json({ data: fake.businesses, pagination: { limit: 100 } })
    }
    return c.json({ ok: true, method: c.req.method, path: c.req.path })
  })
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return Object.assign(fake, {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
      }),
  })
}
