import { type QueryClient } from '@tanstack/react-query'

/**
 * The removals under way, by number ID: waiting in their Undo window, or sending. Every
 * way of removing (one row, Remove selected, Retry, a removal resumed from the last visit)
 * goes through this one map, so a number is never sent by two of them at once. The list
 * hides every ID held here.
 */
export interface PendingRemoval {
  label: string
  businessID: string
  queryClient: QueryClient
  state: 'waiting' | 'sending'
  /** The Undo toast (-1 when there is none: Retry and resumed removals have no Undo). */
  toastID: number
  /** Remove selected: the IDs removed with this one, under one toast and one Undo. */
  batch: readonly string[] | null
}

const pending = new Map<string, PendingRemoval>()
const listeners = new Set<() => void>()
let snapshot: ReadonlySet<string> = new Set()

function emit() {
  snapshot = new Set(pending.keys())
  for (const listener of listeners) listener()
}

export function pendingRemoval(id: string): PendingRemoval | undefined {
  return pending.get(id)
}

export function pendingRemovals(): [string, PendingRemoval][] {
  return [...pending]
}

/** Holds each removal whose ID is not held already; tells the list once. */
export function holdRemovals(removals: readonly (readonly [string, PendingRemoval])[]): void {
  for (const [id, removal] of removals) if (!pending.has(id)) pending.set(id, removal)
  emit()
}

/** Lets removals go (done, failed or undone); tells the list once, if anything changed. */
export function releaseRemovals(ids: Iterable<string>): void {
  let changed = false
  for (const id of ids) changed = pending.delete(id) || changed
  if (changed) emit()
}

export function getPendingRemovalIDs(): ReadonlySet<string> {
  return snapshot
}

export function subscribeToPendingRemovals(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
