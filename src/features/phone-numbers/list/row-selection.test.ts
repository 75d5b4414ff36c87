import { buildPhoneNumber } from '@/testing/phone-number-factory'

import {
  addRows,
  emptySelection,
  keepShown,
  selectAllMatching,
  selectedRows,
  selectRange,
  toggleRow,
} from './row-selection'

const rows = [
  buildPhoneNumber({ name: 'A' }),
  buildPhoneNumber({ name: 'B' }),
  buildPhoneNumber({ name: 'C (removed)', isDeleted: true }),
  buildPhoneNumber({ name: 'D' }),
  buildPhoneNumber({ name: 'E' }),
]
const idOf = (index: number) => rows[index]?.phoneNumberID ?? ''
const names = (ids: ReadonlySet<string>) =>
  rows.filter((row) => ids.has(row.phoneNumberID)).map((row) => row.name)

describe('row selection', () => {
  it('a shift-click ticks every selectable row from the last one ticked, either way', () => {
    const one = toggleRow(emptySelection, idOf(0), true)
    expect(names(selectRange(one, rows, idOf(3), true).ids)).toEqual(['A', 'B', 'D'])
    const fromBelow = toggleRow(emptySelection, idOf(4), true)
    expect(names(selectRange(fromBelow, rows, idOf(1), true).ids)).toEqual(['B', 'D', 'E'])
  })

  it('a shift-click on a ticked row unticks the range', () => {
    const all = selectAllMatching(rows)
    const anchored = toggleRow(all, idOf(1), false)
    expect(names(selectRange(anchored, rows, idOf(4), false).ids)).toEqual(['A'])
  })

  it('a shift-click with nothing ticked yet ticks that row alone', () => {
    expect(names(selectRange(emptySelection, rows, idOf(3), true).ids)).toEqual(['D'])
  })

  it('select all matching takes every row of the view, not only those drawn, but no removed one', () => {
    const many = Array.from({ length: 2_500 }, () => buildPhoneNumber())
    expect(selectAllMatching(many).ids.size).toBe(2_500)
    expect(names(selectAllMatching(rows).ids)).toEqual(['A', 'B', 'D', 'E'])
  })

  it('shift+arrow adds the row left and the row arrived at', () => {
    const one = toggleRow(emptySelection, idOf(0), true)
    expect(names(addRows(one, [idOf(0), idOf(1)]).ids)).toEqual(['A', 'B'])
  })

  it('rows a new search hides leave the selection for good; nothing changes, same object', () => {
    const all = selectAllMatching(rows)
    const searched = keepShown(
      all,
      [rows[0], rows[4]].flatMap((row) => (row ? [row] : [])),
    )
    expect(names(searched.ids)).toEqual(['A', 'E'])
    expect(keepShown(searched, rows)).toBe(searched)
    // A row removed meanwhile (by someone else, or a refetch) is no longer ticked.
    const removedMeanwhile = rows.map((row) =>
      row.name === 'A' ? { ...row, isDeleted: true } : row,
    )
    expect(names(keepShown(searched, removedMeanwhile).ids)).toEqual(['E'])
  })

  it('hands the selected rows back in the order shown', () => {
    const picked = addRows(emptySelection, [idOf(4), idOf(0)])
    expect(selectedRows(picked, rows).map((row) => row.name)).toEqual(['A', 'E'])
  })
})
