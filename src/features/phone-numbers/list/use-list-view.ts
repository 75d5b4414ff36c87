import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

import { type ListViewState, readListViewState, writeListViewState } from './list-view-state'

/**
 * The list's view, read from and written to the query string. Sort and "show removed"
 * push a history entry (back undoes them); typing in search replaces the current one, so
 * back does not step through every keystroke.
 */
export function useListView() {
  const [searchParams, setSearchParams] = useSearchParams()
  const view = useMemo(() => readListViewState(searchParams), [searchParams])

  const setView = useCallback(
    (next: ListViewState) => {
      const replace = next.search !== view.search
      setSearchParams(writeListViewState(next), { replace })
    },
    [setSearchParams, view.search],
  )

  return { view, setView }
}
