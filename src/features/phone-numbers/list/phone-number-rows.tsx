import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { PhoneNumberRow } from './phone-number-row'

interface PhoneNumberRowsProps {
  numbers: readonly PhoneNumber[]
  now: Date
  onDelete: (number: PhoneNumber) => void
  readOnlyReasonID?: string | undefined
}

/**
 * Renders only the rows on screen (plus a few), scrolling with the page itself so that
 * phones keep their native scrolling and the browser's find and zoom behave. Heights are
 * measured, since a card on a phone is taller than a row on a desktop.
 */
export function PhoneNumberRows({
  numbers,
  now,
  onDelete,
  readOnlyReasonID,
}: PhoneNumberRowsProps) {
  const listRef = useRef<HTMLUListElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0)
  }, [])

  const virtualizer = useWindowVirtualizer({
    count: numbers.length,
    estimateSize: () => 64,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => numbers[index]?.phoneNumberID ?? index,
  })
  const items = virtualizer.getVirtualItems()

  return (
    <ul
      ref={listRef}
      aria-label="Phone numbers"
      className="relative rounded-lg border border-slate-200 sm:rounded-t-none sm:border-t-0 dark:border-slate-800"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const number = numbers[item.index]
        if (!number) return null
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={numbers.length}
            aria-posinset={item.index + 1}
            className="absolute inset-x-0 top-0 border-b border-slate-200 last:border-b-0 dark:border-slate-800"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <PhoneNumberRow
              number={number}
              now={now}
              onDelete={onDelete}
              readOnlyReasonID={readOnlyReasonID}
            />
          </li>
        )
      })}
    </ul>
  )
}
