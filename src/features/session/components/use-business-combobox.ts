import { type KeyboardEvent, useEffect, useMemo, useState } from 'react'

import { type Business } from '../api/session-schemas'
import { businessOptions } from '../businesses/business-options'
import { indexBusinesses } from '../businesses/match-businesses'

interface Options {
  businesses: readonly Business[]
  currentID: string | undefined
  onSelect: (business: Business) => void
  /** Opened last, most recent first: listed at the top while nothing is typed. */
  recentIDs: readonly string[]
  /** Option IDs are built from it, for aria-activedescendant. */
  listboxId: string
}

/**
 * The business combobox's state and keys, after the ARIA 1.2 "list autocomplete with
 * automatic selection" pattern: typing filters and makes the first match active, the arrow
 * keys move (wrapping), Enter picks, Escape closes and then clears, leaving puts the
 * current business's name back.
 */
export function useBusinessCombobox({
  businesses,
  currentID,
  onSelect,
  recentIDs,
  listboxId,
}: Options) {
  const index = useMemo(() => indexBusinesses(businesses), [businesses])
  const current = businesses.find((business) => business.businessID === currentID)
  // null while not editing: the input then shows the current business.
  const [draft, setDraft] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const { sections, shown, more } = useMemo(
    () => businessOptions(index, draft ?? '', recentIDs),
    [index, draft, recentIDs],
  )
  const active = open ? shown[activeIndex] : undefined
  const optionId = (business: Business) => `${listboxId}-${business.businessID}`
  const activeId = active ? optionId(active) : undefined

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  function openList(at?: number) {
    setOpen(true)
    const currentAt = shown.findIndex((business) => business.businessID === currentID)
    setActiveIndex(at ?? Math.max(currentAt, 0))
  }

  function close() {
    setOpen(false)
    setDraft(null)
  }

  function choose(business: Business) {
    close()
    if (business.businessID !== currentID) onSelect(business)
  }

  function move(by: 1 | -1) {
    if (shown.length === 0) return
    setActiveIndex((at) =>
      at < 0 ? (by === 1 ? 0 : shown.length - 1) : (at + by + shown.length) % shown.length,
    )
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (event.altKey) {
        if (event.key === 'ArrowDown') openList()
        else setOpen(false)
      } else if (!open) {
        openList(event.key === 'ArrowUp' ? shown.length - 1 : undefined)
      } else {
        move(event.key === 'ArrowDown' ? 1 : -1)
      }
    } else if (event.key === 'Enter' && open) {
      event.preventDefault()
      if (active) choose(active)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (open) setOpen(false)
      else setDraft('')
    }
  }

  return {
    current,
    draft,
    open,
    active,
    activeId,
    sections,
    shown,
    more,
    optionId,
    choose,
    close,
    onKeyDown,
    onType(text: string) {
      setDraft(text)
      setOpen(true)
      setActiveIndex(0)
    },
    /** A click or tap on the input opens the list; says whether it did. */
    openOnClick(): boolean {
      if (open) return false
      openList()
      return true
    },
  }
}
