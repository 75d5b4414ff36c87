import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { useListDensity, useRowEstimate } from './list-density'
import { PhoneNumberRow } from './phone-number-row'
import { useOverscan } from './use-overscan'
import { type ExtendDirection, selectBoxAttribute } from './row-checkbox'
import { isSelectable } from './row-selection'
import { SavedNumberMessage, useSavedNumberHighlight } from './saved-number-highlight'

interface PhoneNumberRowsProps {
  /** The rows the list shows; while `complete` is false, only its first screen. */
  numbers: readonly PhoneNumber[]
  /** How many rows the list shows in all. */
  total: number
  /**
   * False for the first screen of a list just loaded, drawn before the rest is sorted:
   * those rows are laid out one under the other, and the virtualizer takes over once the
   * whole list is there (keeping the same elements, so nothing on screen moves).
   */
  complete: boolean
  now: Date
  onDelete: (number: PhoneNumber) => void
  readOnlyReasonID?: string | undefined
  selectedIDs: ReadonlySet<string>
  onToggle: (number: PhoneNumber, checked: boolean, range: boolean) => void
  /** Shift+arrow: the row left and the row arrived at join the selection. */
  onSelectRows: (ids: readonly string[]) => void
}

/**
 * Renders only the rows on screen (plus a few), scrolling with the page itself so that
 * phones keep their native scrolling and the browser's find and zoom behave. Heights are
 * measured, since a card on a phone is taller than a row on a desktop.
 */
export const PhoneNumberRows = memo(function PhoneNumberRows({
  numbers,
  total,
  complete,
  now,
  onDelete,
  readOnlyReasonID,
  selectedIDs,
  onToggle,
  onSelectRows,
}: PhoneNumberRowsProps) {
  const listRef = useRef<HTMLUListElement>(null)
  const navigate = useNavigate()
  const [scrollMargin, setScrollMargin] = useState(0)
  const density = useListDensity()
  const estimate = useRowEstimate()

  useLayoutEffect(() => {
    if (complete) setScrollMargin(listRef.current?.offsetTop ?? 0)
  }, [complete])

  // Both kept from render to render: a new getItemKey has the virtualizer lay out every row
  // of the list again (10,000 of them), even when nothing about them changed.
  const estimateSize = useCallback(() => estimate, [estimate])
  const getItemKey = useCallback(
    (index: number) => numbers[index]?.phoneNumberID ?? index,
    [numbers],
  )
  const virtualizer = useWindowVirtualizer({
    enabled: complete,
    count: complete ? numbers.length : 0,
    estimateSize,
    overscan: useOverscan(numbers, complete, listRef, { estimate, scrollMargin }),
    scrollMargin,
    getItemKey,
  })
  // The row whose checkbox takes focus once it is drawn (Shift+arrow may scroll to it first).
  const focusNext = useRef<string | null>(null)
  useEffect(() => {
    const id = focusNext.current
    if (id === null) return
    const box = listRef.current?.querySelector(`[${selectBoxAttribute}="${CSS.escape(id)}"]`)
    if (box instanceof HTMLElement) {
      focusNext.current = null
      box.focus()
    }
  })
  // Read on Shift+arrow: the rows keep one callback while a keystroke changes the list.
  const listNow = useRef({ numbers, complete })
  useLayoutEffect(() => {
    listNow.current = { numbers, complete }
  })
  const onExtend = useCallback(
    (number: PhoneNumber, direction: ExtendDirection) => {
      const { numbers, complete } = listNow.current
      let index = numbers.indexOf(number)
      let target: PhoneNumber | undefined
      do {
        index += direction
        target = numbers[index]
      } while (target && !isSelectable(target))
      if (!target) return
      focusNext.current = target.phoneNumberID
      if (complete) virtualizer.scrollToIndex(index)
      onSelectRows([number.phoneNumberID, target.phoneNumberID])
    },
    [virtualizer, onSelectRows],
  )
  // Every height measured so far is of the other density (or width): measure again from the new guess
  // (only on a change: on the first render there is nothing measured to forget).
  const measuredFor = useRef(estimate)
  useEffect(() => {
    if (measuredFor.current === estimate) return
    measuredFor.current = estimate
    virtualizer.measure()
  }, [virtualizer, estimate])

  const items = complete
    ? virtualizer.getVirtualItems()
    : numbers.map((number, index) => ({ key: number.phoneNumberID, index, start: 0 }))
  const saved = useSavedNumberHighlight({ numbers, complete, virtualizer })

  return (
    <ul
      ref={listRef}
      aria-label="Phone numbers"
      // The rows' padding follows it (group-data-[density=compact]/rows: in phone-number-row).
      data-density={density}
      className="group/rows relative rounded-lg border border-line sm:rounded-t-none sm:border-t-0"
      // The first screen's list is as tall as the whole one will be, near enough, so that the
      // page can already be scrolled as far.
      style={{ height: complete ? virtualizer.getTotalSize() : total * estimate }}
    >
      {items.map((item) => {
        const number = numbers[item.index]
        if (!number) return null
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={complete ? virtualizer.measureElement : undefined}
            aria-setsize={total}
            aria-posinset={item.index + 1}
            data-just-saved={number.phoneNumberID === saved.highlightedID || undefined}
            className={
              complete
                ? 'absolute inset-x-0 top-0 border-b border-line last:border-b-0'
                : 'border-b border-line'
            }
            style={
              complete
                ? { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }
                : undefined
            }
          >
            <PhoneNumberRow
              number={number}
              now={now}
              onDelete={onDelete}
              readOnlyReasonID={readOnlyReasonID}
              selected={selectedIDs.has(number.phoneNumberID)}
              onToggle={onToggle}
              onExtend={onExtend}
              navigate={navigate}
            />
          </li>
        )
      })}
      <SavedNumberMessage message={saved.message} />
    </ul>
  )
})
