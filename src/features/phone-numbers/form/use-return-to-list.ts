import { useCallback, useState } from 'react'
import {
  NavigationType,
  useLocation,
  useNavigate,
  useNavigationType,
  useResolvedPath,
} from 'react-router'

import {
  type SavedNumber,
  type SavedNumberState,
  savedNumberStateSchema,
} from '../list/saved-number-state'

/**
 * Closes a dialog route (`new`, `:phoneNumberID/edit`) back to the list it was opened over,
 * query string (search, sort, "show removed") included. Opened from the list, closing steps
 * back in history, so the back button afterwards does not reopen the dialog; reached any
 * other way (a deep link, a reload), it replaces the dialog's entry with the list.
 *
 * After a save it names the number saved in the list's router state, for the list to scroll
 * to it. A step back cannot carry state, so once it has landed the list's own entry is
 * replaced by one with the state: Back afterwards still leaves the list, as without a save.
 */
export function useReturnToList(): (saved?: SavedNumber) => void {
  const navigate = useNavigate()
  const { search, key } = useLocation()
  // `..` is relative to the route, not the URL: it drops `new` and `:phoneNumberID/edit` alike.
  const { pathname: listPath } = useResolvedPath('..')
  const navigationType = useNavigationType()
  const [openedFromList] = useState(
    () => navigationType === NavigationType.Push && key !== 'default',
  )

  return useCallback(
    (saved?: SavedNumber) => {
      // Parsed, not trusted: a dialog's close button may hand its click event on to here.
      const parsed = savedNumberStateSchema.safeParse({ savedNumber: saved })
      const state: SavedNumberState | null = parsed.success ? parsed.data : null
      if (!openedFromList) {
        void navigate({ pathname: listPath, search }, { replace: true, state })
        return
      }
      if (state) {
        const onLanded = () =>
          void navigate(
            { pathname: listPath, search: window.location.search },
            { replace: true, state },
          )
        window.addEventListener('popstate', onLanded, { once: true })
      }
      void navigate(-1)
    },
    [navigate, openedFromList, search, listPath],
  )
}
