/**
 * A small store of status messages. Each may carry one action (e.g. "Undo") and runs
 * `onTimeout` when its time is up without the action having been taken; the timer is
 * paused while the message is hovered or focused, so nobody loses an Undo by reading.
 */
export interface ToastAction {
  label: string
  onClick: () => void
}

export interface Toast {
  id: number
  /** One short line: what happened. */
  message: string
  /** Optional, smaller, under it: which items, or what to do about it. */
  detail?: string | undefined
  tone: 'info' | 'success' | 'error'
  durationMs: number
  action?: ToastAction | undefined
  onTimeout?: (() => void) | undefined
}

export type ToastInput = Omit<Toast, 'id' | 'durationMs' | 'tone'> &
  Partial<Pick<Toast, 'durationMs' | 'tone'>>

type Listener = () => void

let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<Listener>()

function emit() {
  for (const listener of listeners) listener()
}

export function showToast(input: ToastInput): number {
  const toast: Toast = { tone: 'info', durationMs: 5000, ...input, id: nextId++ }
  toasts = [...toasts, toast]
  emit()
  return toast.id
}

/**
 * Changes a toast where it stands (same place, same countdown): for a message whose subject
 * changed while it was shown, e.g. one of its items was taken back.
 */
export function updateToast(id: number, patch: Partial<Omit<Toast, 'id'>>): void {
  toasts = toasts.map((toast) => (toast.id === id ? { ...toast, ...patch } : toast))
  emit()
}

/** Removes a toast without running its timeout callback. */
export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id)
  emit()
}

/** The time is up: run the toast's callback, then remove it. */
export function expireToast(id: number): void {
  const toast = toasts.find((candidate) => candidate.id === id)
  dismissToast(id)
  toast?.onTimeout?.()
}

export function getToasts(): readonly Toast[] {
  return toasts
}

export function subscribeToToasts(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
