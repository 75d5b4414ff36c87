import { useEffect } from 'react'

const appName = 'Numbers'

/** "Rivera Plumbing · Numbers": the page first, so a row of tabs still tells them apart. */
export function documentTitle(parts: readonly string[]): string {
  return [...parts, appName].join(' · ')
}

/**
 * Sets the tab title while the page is shown. `null` leaves it to a page nested inside
 * (a dialog's route over the list), whose effect runs first and would otherwise be overwritten.
 */
export function useDocumentTitle(parts: readonly string[] | null): void {
  const title = parts === null ? null : documentTitle(parts)
  useEffect(() => {
    if (title !== null) document.title = title
  }, [title])
}
