import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'

import { staffIdpRoutes, type StaffIdpTamper } from '../../../sandbox/staff-idp/routes.ts'
import {
  STAFF_CLIENT_ID,
  STAFF_CLIENT_SECRET,
  STAFF_IDP_PATH,
} from '../../../sandbox/staff-idp/staff-people.ts'
import type { Gateway } from '../create-gateway'
import type { GatewayOptionsInput } from '../gateway-options'
import { cookiePair, landed, type SignedIn } from './gateway-harness'

/** The sandbox's staff provider on 127.0.0.1, port 0; `tamper` spoils its next ID tokens. */
export interface StaffIdp {
  issuer: string
  tamper: StaffIdpTamper
  close: () => Promise<void>
}

export async function startStaffIdp(): Promise<StaffIdp> {
  const tamper: StaffIdpTamper = {}
  const app = new Hono().route(
    STAFF_IDP_PATH,
    staffIdpRoutes({ now: () => new Date(), publicOrigin: () => undefined, tamper }),
  )
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    issuer: `http://127.0.0.1:${port}${STAFF_IDP_PATH}`,
    tamper,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
      }),
  }
}

export const staffOptions = (idp: StaffIdp): Partial<GatewayOptionsInput> => ({
  staff: { issuer: idp.issuer, client: { id: STAFF_CLIENT_ID, secret: STAFF_CLIENT_SECRET } },
})

/** /auth/staff/login, the provider's page answered for `subject`, then the callback. */
export async function staffSignIn(
  gateway: Gateway,
  subject: string,
  { returnTo = '/', decision = 'allow' } = {},
): Promise<SignedIn> {
  const login = await gateway.app.request(
    `/auth/staff/login?returnTo=${encodeURIComponent(returnTo)}`,
  )
  const loginCookie = cookiePair(login.headers.getSetCookie()[0] ?? '')
  const authorize = new URL(login.headers.get('Location') ?? '')
  const form = new URLSearchParams(authorize.search)
  form.set('staff', subject)
  form.set('decision', decision)
  const decided = await fetch(`${authorize.origin}${authorize.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  })
  const back = new URL(decided.headers.get('Location') ?? '')
  const callback = await gateway.app.request(back.pathname + back.search, {
    headers: { Cookie: loginCookie },
  })
  return landed(callback)
}
