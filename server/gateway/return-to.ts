/**
 * Where to land after signing in: a path on this origin, nothing else. Anything that a
 * browser could read as another host (`//x`, `/\x`, `https:`), or that carries control
 * characters, becomes `/`.
 */
export function safeReturnTo(raw: string | undefined): string {
  if (raw === undefined || raw.length === 0 || raw.length > 2048) return '/'
  if (!raw.startsWith('/') || raw.startsWith('//')) return '/'
  // Browsers treat `\` as `/` and drop tabs and newlines, so `/\evil` and `/\t/evil` are hosts.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return '/'
  try {
    const resolved = new URL(raw, 'http://origin.invalid')
    if (resolved.origin !== 'http://origin.invalid') return '/'
    return resolved.pathname + resolved.search + resolved.hash
  } catch {
    return '/'
  }
}
