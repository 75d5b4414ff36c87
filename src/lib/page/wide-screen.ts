import { useSyncExternalStore } from 'react'

/**
 * Tailwind's `sm` breakpoint, where a list's cards become one-line rows: the virtualizers
 * guess a row's height from it. Without matchMedia (jsdom) the screen counts as wide.
 */
const wideScreen = '(min-width: 640px)'

export const isWideScreen = () =>
  typeof window.matchMedia !== 'function' || window.matchMedia(wideScreen).matches

function subscribeToScreenWidth(listener: () => void) {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(wideScreen) : null
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

/** Whether the screen is at least the `sm` breakpoint wide, following changes. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribeToScreenWidth, isWideScreen, () => true)
}
