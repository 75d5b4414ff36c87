/**
 * Whether the page's Content Security Policy refused a request to `url`'s origin. A fetch the
 * CSP blocks fails exactly like one with no network (a TypeError), so the sign-in form could
 * only say "Could not reach the server"; the `securitypolicyviolation` event tells them apart.
 */
export function watchConnectBlock(url: string): {
  wasBlocked: () => Promise<boolean>
  stop: () => void
} {
  const origin = originOf(url)
  let blocked = false
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const directive = event.effectiveDirective || event.violatedDirective
    if (
      directive.startsWith('connect-src') &&
      origin !== null &&
      event.blockedURI.startsWith(origin)
    ) {
      blocked = true
    }
  }
  document.addEventListener('securitypolicyviolation', onViolation)
  return {
    // The event is queued as a task of its own, which may run after the fetch has failed.
    wasBlocked: () => new Promise((resolve) => setTimeout(() => resolve(blocked), 0)),
    stop: () => document.removeEventListener('securitypolicyviolation', onViolation),
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url, window.location.href).origin
  } catch {
    return null
  }
}
