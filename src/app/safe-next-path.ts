/**
 * Only a path on this app is a safe place to return to after signing in. Browsers read a
 * backslash as a slash and drop tabs and line ends, so `/\evil.example` or `/\t/evil`
 * would leave the site: the router refuses such a path with an error, so any of these
 * characters (and anything else that does not stay on this origin) means `/`.
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return '/'
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/'
  const base = 'http://app.invalid'
  const resolved = new URL(next, base)
  return resolved.origin === base ? `${resolved.pathname}${resolved.search}${resolved.hash}` : '/'
}
