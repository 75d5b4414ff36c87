import { z } from 'zod'

import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../gateway/csrf.ts'

// Signs in through the gateway over real HTTP the way a browser does, with the sandbox's
// consent form POSTed as a script: /auth/login, the authorize page, /auth/callback.

export interface CookieSession {
  /** `__Host-nc_session=…`, for a Cookie header. */
  cookie: string
  /** The headers every /api/ call needs: the cookie, the CSRF header and our Origin. */
  headers: Record<string, string>
}

const redirectSchema = z.string().min(1, 'expected a redirect with a Location')

function location(res: Response, from: string): URL {
  return new URL(redirectSchema.parse(res.headers.get('location')), from)
}

/** `name=value` of the cookie `name` set by this answer. */
export function cookieSet(res: Response, name: string): string | undefined {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${name}=`))
}

export const SESSION_COOKIE_NAME = '__Host-nc_session'

export async function signInThroughConsent(
  origin: string,
  persona: string,
  returnTo = '/',
): Promise<CookieSession> {
  const login = await fetch(`${origin}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
    redirect: 'manual',
  })
  const loginCookie = cookieSet(login, '__Host-nc_login')
  if (loginCookie === undefined)
    throw new Error(`/auth/login set no login cookie (${login.status})`)
  const authorize = location(login, origin)
  // The consent page's hidden fields are the authorize query; the person and Allow are added.
  const form = new URLSearchParams(authorize.search)
  form.set('persona', persona)
  form.set('decision', 'allow')
  const allowed = await fetch(`${authorize.origin}${authorize.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  })
  const callback = location(allowed, authorize.origin)
  const landed = await fetch(callback, { headers: { Cookie: loginCookie }, redirect: 'manual' })
  const cookie = cookieSet(landed, SESSION_COOKIE_NAME)
  if (cookie === undefined) {
    throw new Error(
      `/auth/callback set no session (${landed.status} → ${landed.headers.get('location') ?? ''})`,
    )
  }
  return {
    cookie,
    headers: { Cookie: cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE, Origin: new URL(origin).origin },
  }
}
