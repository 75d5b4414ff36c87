import { type PhoneNumber } from '../api/phone-number-schemas'

/**
 * Which rows are ticked, by number ID, kept apart from the rows themselves: the virtualized
 * list draws only what is on screen, and a row scrolled away and back must still be ticked.
 * `anchor` is the row a shift-click counts its range from (the last one ticked alone).
 */
export interface RowSelection {
  ids: ReadonlySet<string>
  anchor: string | null
}

export const emptySelection: RowSelection = { ids: new Set(), anchor: null }

/** A removed number has nothing left to remove or register again in bulk: it is not ticked. */
export function isSelectable(number: PhoneNumber): boolean {
  return !number.isDeleted
}

/** Ticks or unticks one row, which becomes the anchor of the next range. */
export function toggleRow(selection: RowSelection, id: string, checked: boolean): RowSelection {
  const ids = new Set(selection.ids)
  if (checked) ids.add(id)
  else ids.delete(id)
  return { ids, anchor: id }
}

/**
 * Shift-click: every selectable row from the anchor to `id`, in the order shown, takes the
 * state `checked`, as in a file manager. With no anchor on screen it ticks `id` alone.
 */
export function selectRange(
  selection: RowSelection,
  rows: readonly PhoneNumber[],
  id: string,
  checked: boolean,
): RowSelection {
  const to = rows.findIndex((number) => number.phoneNumberID === id)
  const from = rows.findIndex((number) => number.phoneNumberID === selection.anchor)
  if (to === -1) return selection
  if (from === -1) return toggleRow(selection, id, checked)
  const ids = new Set(selection.ids)
  for (const number of rows.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (!isSelectable(number)) continue
    if (checked) ids.add(number.phoneNumberID)
    else ids.delete(number.phoneNumberID)
  }
  return { ids, anchor: selection.anchor }
}

/** Shift+arrow: `ids` (the row left and the row arrived at) join the selection. */
export function addRows(selection: RowSelection, ids: readonly string[]): RowSelection {
  return { ids: new Set([...selection.ids, ...ids]), anchor: selection.anchor }
}

/** "Select all N matching": every selectable row the search and filters show, not only those drawn. */
export function selectAllMatching(rows: readonly PhoneNumber[]): RowSelection {
  const ids = new Set<string>()
  for (const number of rows) if (isSelectable(number)) ids.add(number.phoneNumberID)
  return { ids, anchor: null }
}

/**
 * The selection within what the list shows: a row the search or a filter hides, or that was
 * removed meanwhile, leaves it, so that an action never reaches a number out of sight. The
 * same object comes back when nothing left, so that holding it causes no render.
 */
export function keepShown(selection: RowSelection, rows: readonly PhoneNumber[]): RowSelection {
  if (selection.ids.size === 0) return selection
  const ids = new Set<string>()
  for (const number of rows) {
    if (selection.ids.has(number.phoneNumberID) && isSelectable(number)) {
      ids.add(number.phoneNumberID)
    }
  }
  return ids.size === selection.ids.size ? selection : { ids, anchor: selection.anchor }
}

/** The selected numbers, in the order the list shows them (for export and removal). */
export function selectedRows(selection: RowSelection, rows: readonly PhoneNumber[]): PhoneNumber[] {
  if (selection.ids.size === 0) return []
  return rows.filter((number) => selection.ids.has(number.phoneNumberID))
}
