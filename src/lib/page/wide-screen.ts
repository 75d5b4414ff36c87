import { useSyncExternalStore } from 'react'

/**
 * Tailwind's `sm` breakpoint, where a list's cards become one-line rows: the virtualizers
 * guess a row's height from it. Without matchMedia (jsdom) the screen counts as wide.
 */
const wideScreen = '(min-width: 640px)'

/**
 * One query, asked once: `matchMedia()` brings the page's style up to date, and a render
 * that called it as the data arrived paid 3-4 ms of style work before the first rows. The
 * list's `matches` follows the window by itself.
 */
let query: MediaQueryList | null | undefined

function wideScreenQuery(): MediaQueryList | null {
  if (query === undefined) {
    query = typeof window.matchMedia === 'function' ? window.matchMedia(wideScreen) : null
  }
  return query
}

export const isWideScreen = () => wideScreenQuery()?.matches ?? true

function subscribeToScreenWidth(listener: () => void) {
  const list = wideScreenQuery()
  list?.addEventListener('change', listener)
  return () => list?.removeEventListener('change', listener)
}

/** Whether the screen is at least the `sm` breakpoint wide, following changes. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribeToScreenWidth, isWideScreen, () => true)
}
