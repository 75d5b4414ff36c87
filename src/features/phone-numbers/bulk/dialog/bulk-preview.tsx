import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'

import { isWideScreen } from '@/lib/page/wide-screen'

import { type CheckedRow } from '../parse/checked-row'

import { NameRuleHint } from './name-rule-hint'
import { PreviewColumns } from './preview-columns'
import { PreviewRow } from './preview-row'
import { useScrollParentMargin } from './use-scroll-parent-margin'

interface BulkPreviewProps {
  rows: readonly CheckedRow[]
  /** A new reading is on its way: the rows shown are about to change. */
  busy: boolean
  /** Rows are being sent: they can be scrolled through, not changed. */
  disabled: boolean
  onEdit: (line: number, change: { numberText?: string; nameText?: string }) => void
  onRemove: (line: number) => void
}

/**
 * Every row read, rendering only the rows in view: a paste of 10,000 lines costs no more to
 * show than one of 20. The dialog is the one thing that scrolls (decision 0016): a list
 * scrolling inside a scrolling dialog traps the wheel and the finger in one or the other.
 * Heights are measured, since a row with a message, or on a phone, is taller.
 */
export function BulkPreview({ rows, busy, disabled, onEdit, onRemove }: BulkPreviewProps) {
  const listRef = useRef<HTMLUListElement>(null)
  const { margin, scroller } = useScrollParentMargin(listRef, rows.length > 0)
  // A row is one line from 640 px, a card of four below it. Asked once a render, not once a
  // row: the virtualizer estimates all 10,000 rows of a long paste at once.
  const rowEstimate = isWideScreen() ? 56 : 250
  // The virtualizer re-renders this component itself as it scrolls; nothing here memoizes
  // what it returns, which is what the React Compiler warns about.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: scroller,
    estimateSize: () => rowEstimate,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.line ?? index,
  })

  return (
    <>
      <NameRuleHint />
      <div
        role="region"
        aria-label="Preview"
        aria-busy={busy}
        inert={busy}
        className="min-h-24 rounded-lg border border-line"
      >
        {rows.length === 0 ? (
          <p className="p-4 text-sm text-muted">
            The rows you paste show here, each with what was read and whether it is ready.
          </p>
        ) : (
          // The region stays outside the fieldset, which disables only the fields in it.
          <fieldset disabled={disabled} className="m-0 min-w-0 border-0 p-0">
            <PreviewColumns />
            <ul
              ref={listRef}
              aria-label="Rows read"
              className="relative"
              style={{ height: virtualizer.getTotalSize() }}
            >
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]
                if (!row) return null
                return (
                  <li
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    data-line={row.line}
                    aria-setsize={rows.length}
                    aria-posinset={item.index + 1}
                    className="absolute inset-x-0 top-0 border-b border-line last:border-b-0"
                    style={{ transform: `translateY(${item.start - margin}px)` }}
                  >
                    <PreviewRow row={row} onEdit={onEdit} onRemove={onRemove} />
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )}
      </div>
    </>
  )
}
