import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

/** Each row's Delete button carries its number's ID, for focus to find it. */
export const deleteButtonAttribute = 'data-delete-for'

/** Focus that nobody is using: fallen to the body, or still in the list or the toasts. */
function focusIsFree(list: HTMLElement | null): boolean {
  const active = document.activeElement
  if (active === null || active === document.body) return true
  return Boolean(list?.contains(active)) || active.closest('[role="status"]') !== null
}

/** Focus fallen to the body or sitting in a toast: nothing in the list holds it. */
function focusIsOutsideList(list: HTMLElement | null): boolean {
  const active = document.activeElement
  if (active === null || active === document.body) return true
  return !list?.contains(active) && active.closest('[role="status"]') !== null
}

/**
 * Keeps keyboard focus in the list when rows come and go. The Delete button pressed leaves
 * with its row, and the toast's Undo with its toast: either way focus would fall to <body>.
 * After a delete it goes to the next row (the previous one at the end, the list when none is
 * left); after an undo (or a failed removal) back to the row that returned; after a toast's
 * Retry, to the list.
 */
export function useRemovalFocus(
  /** The rows the list shows, in order (a function: they may not be sorted yet). */
  visibleRows: () => readonly PhoneNumber[],
  hiddenIDs: ReadonlySet<string>,
  onDelete: (number: PhoneNumber) => void,
) {
  const listRef = useRef<HTMLElement>(null)
  // The ID of the row whose Delete button takes focus next, '' for the list itself.
  const focusNext = useRef<string | null>(null)

  // Read when a Delete is pressed: the rows, drawn once, need not be drawn again on each
  // keystroke for a new callback that only differs in the list it would read.
  const rowsNow = useRef(visibleRows)
  useLayoutEffect(() => {
    rowsNow.current = visibleRows
  })
  const deleteAndMoveFocus = useCallback(
    (number: PhoneNumber) => {
      const deletable = rowsNow.current().filter((candidate) => !candidate.isDeleted)
      const index = deletable.findIndex((n) => n.phoneNumberID === number.phoneNumberID)
      const neighbour = deletable[index + 1] ?? deletable[index - 1]
      focusNext.current = neighbour?.phoneNumberID ?? ''
      onDelete(number)
    },
    [onDelete],
  )

  const hiddenBefore = useRef(hiddenIDs)
  useEffect(() => {
    const before = hiddenBefore.current
    hiddenBefore.current = hiddenIDs
    for (const id of before) {
      const back =
        !hiddenIDs.has(id) && visibleRows().some((n) => n.phoneNumberID === id && !n.isDeleted)
      if (back && focusIsFree(listRef.current)) focusNext.current = id
    }
    // Rows hidden from outside the list (a toast's Retry removing them again) take the
    // toast away with its focus: keep it in the list rather than let it fall to <body>.
    const hiddenFromOutside = [...hiddenIDs].some((id) => !before.has(id))
    if (hiddenFromOutside && focusNext.current === null && focusIsOutsideList(listRef.current)) {
      focusNext.current = ''
    }
  }, [hiddenIDs, visibleRows])

  useEffect(() => {
    const id = focusNext.current
    if (id === null) return
    const target =
      id === ''
        ? listRef.current
        : listRef.current?.querySelector(`[${deleteButtonAttribute}="${CSS.escape(id)}"]`)
    if (target instanceof HTMLElement) {
      focusNext.current = null
      target.focus()
    }
  })

  return { listRef, deleteAndMoveFocus }
}
