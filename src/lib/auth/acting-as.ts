import { useSyncExternalStore } from 'react'

/**
 * "Acting for <business> as <staff name>", while a staff member is on a business's pages.
 * Kept here, outside any feature, so every dialog (components/ui) can repeat it: a modal
 * covers the page's banner, and the line must stay in view there too.
 */
type Listener = () => void

let current: string | null = null
const listeners = new Set<Listener>()

export function setActingAs(text: string | null): void {
  if (current === text) return
  current = text
  for (const listener of listeners) listener()
}

function subscribe(listener: Listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useActingAs(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  )
}
