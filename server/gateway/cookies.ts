import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

import { LOGIN_TTL_SECONDS } from './login-transaction'

/**
 * `__Host-` cookies: Secure, Path=/, no Domain, so no sibling host can set or read them.
 * Hono's `prefix: 'host'` adds the prefix and enforces those three.
 */
export const SESSION_COOKIE = '__Host-nc_session'
export const LOGIN_COOKIE = '__Host-nc_login'

const bare = (name: string) => name.replace(/^__Host-/, '')

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, bare(SESSION_COOKIE), 'host')
}

export function readLoginCookie(c: Context): string | undefined {
  return getCookie(c, bare(LOGIN_COOKIE), 'host')
}

/** Strict: the session never rides along on a request another site starts. */
export function setSessionCookie(c: Context, id: string, maxAgeSeconds: number): void {
  setCookie(c, bare(SESSION_COOKIE), id, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: maxAgeSeconds,
  })
}

/** Lax: it must come back on the top-level redirect from Thumbtack's authorize page. */
export function setLoginCookie(c: Context, sealed: string): void {
  setCookie(c, bare(LOGIN_COOKIE), sealed, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: LOGIN_TTL_SECONDS,
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, bare(SESSION_COOKIE), { prefix: 'host', path: '/', secure: true })
}

export function clearLoginCookie(c: Context): void {
  deleteCookie(c, bare(LOGIN_COOKIE), { prefix: 'host', path: '/', secure: true })
}
