import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'

import { type ListViewState, readListViewState, writeListViewState } from './list-view-state'
import { createSearchWriter } from './search-writer'
import { forgetUnwrittenSearch, readUnwrittenSearch } from './unwritten-search'

/**
 * The list's view, kept in the query string. A router navigation is asynchronous, so the
 * view is also held here and changes at once: a checkbox ticks when clicked and fast typing
 * never loses a letter. The URL follows; a URL change we did not write ourselves (back,
 * forward, a link) is taken in. Sort and "show removed" push a history entry (back undoes
 * them); typing in search replaces the current one, so back does not step through keystrokes,
 * and only once the list is drawn (search-writer.ts): a keystroke waits for no navigation.
 */
export function useListView() {
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const fromUrl = useMemo(() => readListViewState(searchParams), [searchParams])
  // What was typed just before a reload, which the URL did not have yet (unwritten-search.ts).
  const [initial] = useState(() => {
    const typed = readUnwrittenSearch()
    return typed === null
      ? { view: fromUrl, restored: false }
      : {
          view: { ...fromUrl, search: typed },
          restored: true,
        }
  })
  const [view, setLocalView] = useState(initial.view)
  const [writer] = useState(createSearchWriter)
  // The query strings written and not yet seen back, oldest first.
  const written = useRef<string[]>([])
  const takenIn = useRef(fromUrl)

  const writeUrl = useCallback(
    (next: ListViewState, replace: boolean) => {
      const params = writeListViewState(next).toString()
      written.current.push(params)
      void navigate(`?${params}`, { replace })
    },
    [navigate],
  )

  useEffect(() => {
    forgetUnwrittenSearch()
    if (initial.restored) writer.schedule(() => writeUrl(initial.view, true), initial.view.search)
    return writer.cancel
  }, [initial, writer, writeUrl])

  useEffect(() => {
    if (takenIn.current === fromUrl) return
    takenIn.current = fromUrl
    // One of ours: those written before it will not be seen now (renders are batched).
    const ours = written.current.indexOf(writeListViewState(fromUrl).toString())
    if (ours !== -1) {
      written.current.splice(0, ours + 1)
      return
    }
    written.current = []
    writer.cancel()
    setLocalView(fromUrl)
  }, [fromUrl, writer])

  const setView = useCallback(
    (next: ListViewState) => {
      setLocalView(next)
      if (next.search !== view.search) {
        writer.schedule(() => writeUrl(next, true), next.search)
        return
      }
      // A step that Back undoes: the search typed before it goes into the current entry first.
      writer.flush()
      writeUrl(next, false)
    },
    [view.search, writer, writeUrl],
  )

  return { view, setView }
}
