import { randomBytes } from 'node:crypto'

import type { GatewayStore } from '../../store/gateway-store'
import { openSqliteStore } from '../../store/sqlite-store'
import { createGateway, type Gateway } from '../create-gateway'
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../csrf'
import type { GatewayOptionsInput } from '../gateway-options'
import { FAKE_CLIENT } from './fake-authorization-server'
import { startFakeThumbtack, type FakeThumbtack } from './fake-thumbtack'

export const ORIGIN = 'http://localhost'
export const TEST_KEYS = [{ kid: 'k1', key: randomBytes(32) }]

export interface Clock {
  now: number
}

export interface Harness {
  fake: FakeThumbtack
  gateway: Gateway
  clock: Clock
  logs: string[]
  /** The whole redirect round trip; returns the session cookie (`name=value`). */
  signIn: (options?: { returnTo?: string; cookie?: string }) => Promise<SignedIn>
  /** A same-origin call as the SPA makes it: CSRF header, Origin, the session cookie. */
  call: (path: string, init?: CallInit) => Promise<Response>
  close: () => Promise<void>
}

export interface SignedIn {
  cookie: string
  /** Every Set-Cookie the callback sent. */
  setCookies: string[]
  location: string
}

export interface CallInit {
  method?: string
  body?: string
  cookie?: string
  headers?: Record<string, string>
}

export const cookiePair = (setCookie: string) => setCookie.split(';')[0] ?? ''

export function gatewayFor(
  fake: FakeThumbtack,
  store: GatewayStore,
  clock: Clock,
  extra: Partial<GatewayOptionsInput> = {},
  logs: string[] = [],
): Gateway {
  return createGateway({
    authorizationServer: {
      issuer: fake.origin,
      authorizationEndpoint: `${fake.origin}/oauth2/auth`,
      tokenEndpoint: `${fake.origin}/oauth2/token`,
      revocationEndpoint: `${fake.origin}/oauth2/revoke`,
    },
    client: FAKE_CLIENT,
    apiBase: `${fake.origin}/api/`,
    sessionKeys: TEST_KEYS,
    store,
    now: () => clock.now,
    log: (m) => logs.push(m),
    ...extra,
  })
}

export async function startHarness(
  options: {
    store?: GatewayStore
    fake?: FakeThumbtack
    extra?: Partial<GatewayOptionsInput>
  } = {},
): Promise<Harness> {
  const fake = options.fake ?? (await startFakeThumbtack())
  const clock = { now: Date.UTC(2026, 4, 1, 9) }
  const logs: string[] = []
  const store = options.store ?? openSqliteStore(':memory:')
  const gateway = gatewayFor(fake, store, clock, options.extra, logs)
  return {
    fake,
    gateway,
    clock,
    logs,
    signIn: (o = {}) => signInThrough(gateway, o),
    call: (path, init = {}) => callThrough(gateway, path, init),
    close: async () => {
      await gateway.close()
      if (!options.fake) await fake.close()
    },
  }
}

export async function signInThrough(
  gateway: Gateway,
  { returnTo = '/', cookie }: { returnTo?: string; cookie?: string } = {},
): Promise<SignedIn> {
  const login = await gateway.app.request(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`)
  const loginCookie = cookiePair(login.headers.getSetCookie()[0] ?? '')
  const consent = await fetch(login.headers.get('Location') ?? '', { redirect: 'manual' })
  const back = new URL(consent.headers.get('Location') ?? '')
  const callback = await gateway.app.request(back.pathname + back.search, {
    headers: { Cookie: [loginCookie, cookie].filter(Boolean).join('; ') },
  })
  return landed(callback)
}

/** What a sign-in callback left the browser with: its session cookie and where it went. */
export function landed(callback: Response): SignedIn {
  const setCookies = callback.headers.getSetCookie()
  const session = setCookies.find(
    (c) => c.startsWith('__Host-nc_session=') && !c.includes('Max-Age=0'),
  )
  return {
    cookie: cookiePair(session ?? ''),
    setCookies,
    location: callback.headers.get('Location') ?? '',
  }
}

export function callThrough(
  gateway: Gateway,
  path: string,
  init: CallInit = {},
): Promise<Response> {
  return Promise.resolve(
    gateway.app.request(path, {
      method: init.method ?? 'GET',
      ...(init.body === undefined ? {} : { body: init.body }),
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        Origin: ORIGIN,
        ...(init.cookie === undefined ? {} : { Cookie: init.cookie }),
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
    }),
  )
}
