import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'

import { type CheckedRow } from '../parse/checked-row'

import { NameRuleHint } from './name-rule-hint'
import { PreviewRow } from './preview-row'

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
 * Every row read, in a scrollable region of the dialog, rendering only the rows in view: a
 * paste of 10,000 lines costs no more to show than one of 20. Heights are measured, since a
 * row with a message, or on a phone, is taller.
 */
export function BulkPreview({ rows, busy, disabled, onEdit, onRemove }: BulkPreviewProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer re-renders this component itself as it scrolls; nothing here memoizes
  // what it returns, which is what the React Compiler warns about.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => rows[index]?.line ?? index,
  })

  return (
    <>
      <NameRuleHint />
      <div
        ref={scrollRef}
        role="region"
        aria-label="Preview"
        aria-busy={busy}
        // Scrollable by keyboard even when no row has a field to tab to.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
        tabIndex={0}
        inert={busy}
        className="max-h-[min(28rem,50dvh)] min-h-24 overflow-auto overscroll-contain rounded-lg border border-line"
      >
        {rows.length === 0 ? (
          <p className="p-4 text-sm text-muted">
            The rows you paste show here, each with what was read and whether it is ready.
          </p>
        ) : (
          // The region stays outside the fieldset: it must stay scrollable by keyboard.
          <fieldset disabled={disabled} className="m-0 min-w-0 border-0 p-0">
            <ul
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
                    style={{ transform: `translateY(${item.start}px)` }}
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
