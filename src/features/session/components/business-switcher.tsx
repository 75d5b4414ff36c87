import { useEffect, useId } from 'react'

import { cn } from '@/lib/cn'
import { groupedCount } from '@/lib/format/grouped-count'

import { type Business } from '../api/session-schemas'

import { useRecentBusinesses } from '../businesses/use-recent-businesses'

import { BusinessOptionList } from './business-option-list'
import { useBusinessCombobox } from './use-business-combobox'

interface BusinessSwitcherProps {
  businesses: readonly Business[]
  /** The business on screen now, if any. */
  currentID?: string | undefined
  onSelect: (business: Business) => void
  className?: string
}

/**
 * Finds a business by name or business ID among thousands: an editable combobox whose list narrows as the
 * user types (ARIA 1.2 "list autocomplete with automatic selection": the first match is
 * active, so typing a few letters and Enter is enough). Focus stays in the input; the
 * active option is conveyed with aria-activedescendant. Tapping the input opens the list.
 * With nothing typed, the businesses opened last come first, under "Recent".
 */
export function BusinessSwitcher({
  businesses,
  currentID,
  onSelect,
  className,
}: BusinessSwitcherProps) {
  const inputId = useId()
  const listboxId = useId()
  const { recentIDs, remember } = useRecentBusinesses()
  const combobox = useBusinessCombobox({ businesses, currentID, onSelect, recentIDs, listboxId })
  const openedID = combobox.current?.businessID
  // The business on screen is the one the user opened, however they got there.
  useEffect(() => {
    if (openedID !== undefined) remember(openedID)
  }, [openedID, remember])
  const { draft, open, active, activeId, shown, more, optionId } = combobox

  return (
    <div className={cn('relative flex items-center gap-2', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Business
      </label>
      <div className="relative min-w-0 flex-1">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          value={draft ?? combobox.current?.name ?? ''}
          placeholder="Find a business by name or ID"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="go"
          onChange={(event) => combobox.onType(event.target.value)}
          onKeyDown={combobox.onKeyDown}
          onClick={(event) => {
            // Typing then replaces the name shown (selecting on focus alone is undone by the
            // mouse-up that follows a click).
            if (combobox.openOnClick()) event.currentTarget.select()
          }}
          onFocus={(event) => event.currentTarget.select()}
          onBlur={combobox.close}
          className="min-h-10 w-full truncate rounded-md border border-control bg-white pr-8 pl-3 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-xs text-muted"
        >
          ▼
        </span>
        <div
          role="presentation"
          hidden={!open}
          // Keeps focus (and the typed text) in the input while an option is clicked or tapped.
          onMouseDown={(event) => event.preventDefault()}
          className="absolute inset-x-0 top-full z-40 mt-1 flex max-h-[min(60vh,24rem)] flex-col rounded-md border border-line bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {/* Closed, the options are not drawn: a support agent reaches hundreds of
              businesses, and drawing fifty hidden options held up the page's first rows. */}
          <BusinessOptionList
            listboxId={listboxId}
            sections={open ? combobox.sections : []}
            active={active}
            currentID={currentID}
            draft={draft}
            optionId={optionId}
            onChoose={combobox.choose}
          />
          {open && shown.length === 0 ? (
            <p className="px-3 py-2 text-sm text-muted">No business matches “{draft}”.</p>
          ) : null}
          {open && more > 0 ? (
            <p className="border-t border-line px-3 py-2 text-sm text-muted dark:border-slate-700">
              {groupedCount(more)} more — keep typing
            </p>
          ) : null}
        </div>
      </div>
      <p aria-live="polite" className="sr-only">
        {open ? matchCountText(shown.length + more) : ''}
      </p>
    </div>
  )
}

function matchCountText(count: number): string {
  if (count === 0) return 'No businesses match.'
  return `${groupedCount(count)} ${count === 1 ? 'business matches' : 'businesses match'}.`
}
