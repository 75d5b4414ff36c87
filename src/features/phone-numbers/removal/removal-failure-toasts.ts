import { dismissToast, showToast, updateToast } from '@/components/ui/toast-store'

import {
  describeRemovalFailure,
  type FailedRemoval,
  removalFailureKindOf,
  type RemovalFailureKind,
} from './removal-failure-kind'

/**
 * One toast per kind of failure and business, however many removals failed that way: three
 * removals refused by a 503 make "Could not remove 3 numbers: the server had a problem.",
 * not three stacked toasts. Retry hands back exactly the removals its toast names, once:
 * pressing it ends the toast, and a number deleted again meanwhile leaves it (then that
 * removal is the one that counts, Undo included).
 */
export const failureToastMs = 15_000

type Retry = (items: readonly FailedRemoval[]) => void

interface FailureGroup {
  kind: RemovalFailureKind
  error: unknown
  items: FailedRemoval[]
  toastID: number
  retry: Retry
}

const groups = new Map<string, FailureGroup>()

function toastOf(group: FailureGroup, key: string) {
  const { message, detail, retry } = describeRemovalFailure(group.kind, group.error, group.items)
  const action = retry
    ? {
        label: 'Retry',
        onClick: () => {
          if (groups.get(key) !== group) return
          groups.delete(key)
          dismissToast(group.toastID)
          group.retry(group.items)
        },
      }
    : undefined
  return { tone: 'error' as const, message, detail, action }
}

/** Tells the user a removal failed, in the toast of its kind (started, or grown by one). */
export function reportRemovalFailure(
  businessID: string,
  removal: FailedRemoval,
  error: unknown,
  retry: Retry,
): void {
  reportRemovalFailures(businessID, [removal], error, retry)
}

/**
 * Several removals failed the same way (a chunk of Remove selected): one toast for them all,
 * joined to the one of that kind already shown.
 */
export function reportRemovalFailures(
  businessID: string,
  removals: readonly FailedRemoval[],
  error: unknown,
  retry: Retry,
): void {
  if (removals.length === 0) return
  const kind = removalFailureKindOf(error)
  const key = `${businessID}:${kind}`
  const earlier = groups.get(key)
  const failing = new Set(removals.map((removal) => removal.phoneNumberID))
  const others = earlier?.items.filter((item) => !failing.has(item.phoneNumberID))
  // Shown afresh, so the latest failure gets the toast's whole time and is announced.
  if (earlier) dismissToast(earlier.toastID)
  const group: FailureGroup = {
    kind,
    error,
    items: [...(others ?? []), ...removals],
    toastID: 0,
    retry,
  }
  groups.set(key, group)
  group.toastID = showToast({
    ...toastOf(group, key),
    durationMs: failureToastMs,
    onTimeout: () => {
      if (groups.get(key) === group) groups.delete(key)
    },
  })
}

/**
 * The number is being deleted again: its earlier failure is no longer Retry's to send.
 * The toast then names the others, or goes when none is left.
 */
export function withdrawFailedRemoval(businessID: string, phoneNumberID: string): void {
  withdrawFailedRemovals(businessID, new Set([phoneNumberID]))
}

export function withdrawFailedRemovals(
  businessID: string,
  phoneNumberIDs: ReadonlySet<string>,
): void {
  for (const [key, group] of groups) {
    if (!key.startsWith(`${businessID}:`)) continue
    const items = group.items.filter((item) => !phoneNumberIDs.has(item.phoneNumberID))
    if (items.length === group.items.length) continue
    group.items = items
    if (items.length > 0) {
      updateToast(group.toastID, toastOf(group, key))
    } else {
      groups.delete(key)
      dismissToast(group.toastID)
    }
  }
}
