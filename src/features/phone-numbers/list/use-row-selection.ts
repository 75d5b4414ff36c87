import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import {
  addRows,
  emptySelection,
  isSelectable,
  keepShown,
  type RowSelection,
  selectAllMatching,
  selectedRows,
  selectRange,
  toggleRow,
} from './row-selection'

/**
 * The list's ticked rows, for one business: another business starts with none. What the
 * search and filters hide leaves the selection for good (see keepShown), so clearing a
 * search never brings back a tick the user could not see being kept.
 */
export function useRowSelection(
  businessID: string,
  /** Everything the list shows, in order (a function: it may not be sorted yet). */
  rows: () => readonly PhoneNumber[],
  /** How many rows the list shows, and whether removed ones (never ticked) may be among them. */
  { total, showRemoved }: { total: number; showRemoved: boolean },
) {
  const [held, setHeld] = useState({ businessID, selection: emptySelection })
  const current = held.businessID === businessID ? held.selection : emptySelection
  // Nothing ticked has nothing to keep: the rows (which may mean sorting a list just loaded,
  // before its first paint) are not asked for.
  const shown = useMemo(
    () => (current.ids.size === 0 ? current : keepShown(current, rows())),
    [current, rows],
  )
  // Adjusted while rendering, as React advises for state that follows other state.
  if (shown !== held.selection || held.businessID !== businessID) {
    setHeld({ businessID, selection: shown })
  }

  const update = useCallback(
    (change: (selection: RowSelection) => RowSelection) =>
      setHeld((before) => ({ businessID, selection: change(before.selection) })),
    [businessID],
  )
  // Read on a shift-click: each row's checkbox keeps one callback while the search changes.
  const rowsNow = useRef(rows)
  useLayoutEffect(() => {
    rowsNow.current = rows
  })
  const toggle = useCallback(
    (number: PhoneNumber, checked: boolean, range: boolean) =>
      update((selection) =>
        range
          ? selectRange(selection, rowsNow.current(), number.phoneNumberID, checked)
          : toggleRow(selection, number.phoneNumberID, checked),
      ),
    [update],
  )
  const add = useCallback(
    (ids: readonly string[]) => update((selection) => addRows(selection, ids)),
    [update],
  )
  const selectAll = useCallback(() => update(() => selectAllMatching(rows())), [update, rows])
  const clear = useCallback(() => update(() => emptySelection), [update])
  // Without removed rows every row shown can be ticked: no need to sort a list just loaded.
  const selectable = useMemo(
    () => (showRemoved ? rows().filter(isSelectable).length : total),
    [showRemoved, rows, total],
  )
  const selected = useCallback(() => selectedRows(shown, rows()), [shown, rows])

  return { ids: shown.ids, selectable, toggle, add, selectAll, clear, selected }
}
