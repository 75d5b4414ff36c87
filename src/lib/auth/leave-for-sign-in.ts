/**
 * Signing in again with Thumbtack is a full round trip away from the page (the gateway,
 * Thumbtack's consent page, back). Whatever holds typed text that lives only in memory
 * registers here and is asked to keep it (sessionStorage) just before the page goes.
 */
type BeforeLeaving = () => void

const beforeLeaving = new Set<BeforeLeaving>()

export function onLeavingForSignIn(keep: BeforeLeaving): () => void {
  beforeLeaving.add(keep)
  return () => {
    beforeLeaving.delete(keep)
  }
}

/** Keeps every open draft, then goes to `url` (the gateway's `/auth/login`). */
export function leaveForSignIn(
  url: string,
  go: (url: string) => void = (to) => window.location.assign(to),
): void {
  for (const keep of beforeLeaving) keep()
  go(url)
}
