import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'

import { type ListViewState, readListViewState, writeListViewState } from './list-view-state'

/**
 * The list's view, kept in the query string. A router navigation is asynchronous, so the
 * view is also held here and changes at once: a checkbox ticks when clicked and fast typing
 * never loses a letter. The URL follows; a URL change we did not write ourselves (back,
 * forward, a link) is taken in. Sort and "show removed" push a history entry (back undoes
 * them); typing in search replaces the current one, so back does not step through keystrokes.
 */
export function useListView() {
  const [searchParams, setSearchParams] = useSearchParams()
  const fromUrl = useMemo(() => readListViewState(searchParams), [searchParams])
  const [view, setLocalView] = useState(fromUrl)
  const written = useRef(new Set<string>())

  useEffect(() => {
    if (written.current.delete(writeListViewState(fromUrl).toString())) return
    setLocalView(fromUrl)
  }, [fromUrl])

  const setView = useCallback(
    (next: ListViewState) => {
      const params = writeListViewState(next)
      written.current.add(params.toString())
      setLocalView(next)
      setSearchParams(params, { replace: next.search !== view.search })
    },
    [setSearchParams, view.search],
  )

  return { view, setView }
}
