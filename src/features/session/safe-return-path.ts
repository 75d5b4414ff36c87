/**
 * Where to go after signing in: a page of this app, nothing else. Anything a browser could
 * read as another host (`//x`, `/\x`, `https:`), control characters (browsers drop tabs and
 * newlines, so `/\t/evil` is a host), or the sign-in machinery itself, becomes `/`. The
 * gateway checks `returnTo` the same way; this keeps the app from ever asking it otherwise.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2048 || !raw.startsWith('/') || raw.startsWith('//')) return '/'
  // eslint-disable-next-line no-control-regex -- the control characters are the point
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return '/'
  let resolved: URL
  try {
    resolved = new URL(raw, 'http://origin.invalid')
  } catch {
    return '/'
  }
  if (resolved.origin !== 'http://origin.invalid') return '/'
  const path = resolved.pathname + resolved.search + resolved.hash
  return /^\/(sign-in|auth)(\/|\?|#|$)/.test(path) ? '/' : path
}
