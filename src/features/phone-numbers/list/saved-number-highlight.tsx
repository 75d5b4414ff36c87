import { type Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useLocation, useNavigate } from 'react-router'

import { groupedCount } from '@/lib/format/grouped-count'
import { labelOf } from '@/lib/phone/label-of'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { indexOfSaved, savedNumberStateSchema } from './saved-number-state'

/** As long as the highlight's fade (index.css, `saved-highlight`). */
export const highlightMs = 2500

interface Highlight {
  from: string
  index: number
  id: string
  message: string
}

interface Options {
  numbers: readonly PhoneNumber[]
  /** The virtualizer has the whole list: only then can it scroll to any row. */
  complete: boolean
  virtualizer: Pick<Virtualizer<Window, Element>, 'scrollToIndex'>
}

/**
 * After a save, the number saved is scrolled to and highlighted for a moment, however far
 * down a long list it is, and a screen reader hears where it is. The add and edit routes say
 * which number in the router state; it is used once (then cleared, so Back or a reload does
 * not highlight it again), as soon as the rows shown include the record.
 */
export function useSavedNumberHighlight({ numbers, complete, virtualizer }: Options) {
  const location = useLocation()
  const navigate = useNavigate()
  const parsed = savedNumberStateSchema.safeParse(location.state)
  const saved = parsed.success ? parsed.data.savedNumber : null
  const index = saved && complete ? indexOfSaved(numbers, saved) : -1
  const number = numbers[index]
  // Which location's state it came from: each save highlights once.
  const [highlight, setHighlight] = useState<Highlight | null>(null)
  if (number && highlight?.from !== location.key) {
    setHighlight({
      from: location.key,
      index,
      id: number.phoneNumberID,
      message: `${labelOf(number)} is highlighted in the list: number ${groupedCount(index + 1)} of ${groupedCount(numbers.length)}.`,
    })
  }

  // Still in the router state: scroll there, then clear it.
  const pending = highlight?.from === location.key && saved !== null ? highlight : null
  useEffect(() => {
    if (!pending) return
    virtualizer.scrollToIndex(pending.index, { align: 'center' })
    const { pathname, search, hash } = location
    void navigate({ pathname, search, hash }, { replace: true, state: null })
  }, [pending, virtualizer, location, navigate])

  useEffect(() => {
    if (!highlight) return
    const timer = window.setTimeout(() => setHighlight(null), highlightMs)
    return () => window.clearTimeout(timer)
  }, [highlight])

  return { highlightedID: highlight?.id ?? null, message: highlight?.message ?? '' }
}

/**
 * Tells a screen reader where the number just saved is in the list. Rendered from inside the
 * list but placed beside it (a portal), so the list holds nothing but its rows.
 */
export function SavedNumberMessage({ message }: { message: string }) {
  return createPortal(
    <p aria-live="polite" className="sr-only">
      {message}
    </p>,
    document.body,
  )
}
