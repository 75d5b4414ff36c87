import { cn } from '@/lib/cn'

import { type Business } from '../api/session-schemas'
import { type BusinessSection } from '../businesses/business-options'
import { idKeyOf, readBusinessQuery } from '../businesses/business-query'

interface BusinessOptionListProps {
  listboxId: string
  sections: readonly BusinessSection[]
  active: Business | undefined
  currentID: string | undefined
  /** What is typed: a business found by its ID shows that ID, so the user sees why. */
  draft: string | null
  optionId: (business: Business) => string
  onChoose: (business: Business) => void
}

/**
 * The switcher's listbox: options, grouped under headings ("Recent", "All businesses") in
 * the manner of the ARIA practices' grouped listbox, the headings naming their groups.
 */
export function BusinessOptionList({
  listboxId,
  sections,
  active,
  currentID,
  draft,
  optionId,
  onChoose,
}: BusinessOptionListProps) {
  const idPart = readBusinessQuery(draft ?? '').id
  const showsID = (business: Business) =>
    idPart !== null && idPart.length >= 3 && idKeyOf(business.businessID).includes(idPart)
  const empty = sections.every((section) => section.businesses.length === 0)

  return (
    // The listbox itself scrolls: the hint below it stays in view.
    <div
      id={listboxId}
      role="listbox"
      aria-label="Businesses"
      hidden={empty}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain py-1"
    >
      {sections.map((section) => {
        const headingId = section.label ? `${listboxId}-${section.label.replace(/\W/g, '')}` : ''
        return (
          <ul
            key={section.label ?? 'matches'}
            role={section.label ? 'group' : 'presentation'}
            aria-labelledby={section.label ? headingId : undefined}
          >
            {section.label ? (
              <li
                role="presentation"
                id={headingId}
                className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase"
              >
                {section.label}
              </li>
            ) : null}
            {section.businesses.map((business) => (
              // Keys are handled by the input, which keeps focus (aria-activedescendant).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={business.businessID}
                id={optionId(business)}
                role="option"
                aria-selected={business === active}
                onClick={() => onChoose(business)}
                className={cn(
                  'flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 text-base break-words',
                  business === active &&
                    'bg-brand-100 text-slate-900 dark:bg-slate-700 dark:text-white',
                  business.businessID === currentID && 'font-semibold',
                )}
              >
                {business.name}
                {showsID(business) ? (
                  <span className="text-sm font-normal text-muted dark:text-slate-300">
                    {' '}
                    Business ID {business.businessID}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )
      })}
    </div>
  )
}
