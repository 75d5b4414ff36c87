import { type DraftOwner, draftKeyFor } from '../parse/draft-store'

/*
 * One tab at a time sends a draft: two tabs of the same user on the same business share it
 * (localStorage), and two sends of it would race to add the same rows. A Web Lock, not a flag
 * in storage: the browser hands it to one tab only, and takes it back the moment that tab
 * closes or crashes, so a closed tab never leaves the draft locked. Where the browser has
 * no Web Locks (old browsers, jsdom) each tab sends on its own, as before.
 */

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null
}

const lockName = (owner: DraftOwner) => `numbers-console.bulk-send:${draftKeyFor(owner)}`

/** Runs `send` holding the draft's lock; 'busy' (nothing run) when another tab holds it. */
export async function withSendLock<T>(
  owner: DraftOwner,
  send: () => Promise<T>,
): Promise<T | 'busy'> {
  const locks = lockManager()
  if (!locks) return send()
  return locks.request(lockName(owner), { ifAvailable: true }, (lock) =>
    lock ? send() : ('busy' as const),
  )
}

/** Whether another tab is sending this draft now. Ask only while this tab is not sending it. */
export async function sendingElsewhere(owner: DraftOwner): Promise<boolean> {
  const locks = lockManager()
  if (!locks) return false
  return locks.request(lockName(owner), { mode: 'shared', ifAvailable: true }, (lock) => !lock)
}

/** Resolves once no tab is sending this draft (at once when none is). */
export async function untilSentElsewhere(owner: DraftOwner, signal: AbortSignal): Promise<void> {
  const locks = lockManager()
  if (!locks) return
  await locks.request(lockName(owner), { mode: 'shared', signal }, () => undefined)
}
