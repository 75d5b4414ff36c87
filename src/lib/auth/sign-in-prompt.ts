/**
 * When a token expires mid-task, requests wait here while the UI asks the user to sign in
 * again in place; the page, and whatever was typed, stay as they were. Once new
 * credentials are in, the waiting requests go on.
 */
type Listener = () => void

let pending: { resolve: (signedIn: boolean) => void; promise: Promise<boolean> } | null = null
const listeners = new Set<Listener>()

function notify() {
  for (const listener of listeners) listener()
}

export function requestSignIn(): Promise<boolean> {
  if (!pending) {
    let resolve: (signedIn: boolean) => void = () => undefined
    const promise = new Promise<boolean>((done) => {
      resolve = done
    })
    pending = { resolve, promise }
    notify()
  }
  return pending.promise
}

export function settleSignIn(signedIn: boolean): void {
  const current = pending
  pending = null
  current?.resolve(signedIn)
  notify()
}

export function isSignInRequested(): boolean {
  return pending !== null
}

export function subscribeToSignInRequests(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
