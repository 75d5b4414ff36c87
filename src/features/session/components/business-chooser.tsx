import { useMemo } from 'react'
import { Link } from 'react-router'

import { BusinessID } from '@/components/ui/business-id'
import { cn } from '@/lib/cn'
import { groupedCount } from '@/lib/format/grouped-count'

import { type Business } from '../api/session-schemas'
import { businessOptions } from '../businesses/business-options'
import { indexBusinesses, maxShownMatches } from '../businesses/match-businesses'
import { useRecentBusinesses } from '../businesses/use-recent-businesses'

/**
 * The businesses as links to their numbers: the ones opened last first, then the others, at
 * most a screenful. It has no search box of its own: the page has one finder, the Business
 * switcher, which finds any of them by name or business ID. Support (`byID`) sees each ID,
 * with a Copy button.
 */
export function BusinessChooser({
  businesses,
  byID = false,
}: {
  businesses: readonly Business[]
  byID?: boolean
}) {
  const { recentIDs } = useRecentBusinesses()
  const index = useMemo(() => indexBusinesses(businesses), [businesses])
  const { sections, more } = useMemo(
    () => businessOptions(index, '', recentIDs, maxShownMatches),
    [index, recentIDs],
  )
  const count = groupedCount(businesses.length)

  return (
    <div className="space-y-4">
      {businesses.length > 1 ? (
        <p className="text-slate-700 dark:text-slate-300">
          {count} businesses. Find one by name or business ID in the Business box, or pick one
          below.
        </p>
      ) : null}
      {sections.map((section) => (
        <section key={section.label ?? 'all'} aria-label={section.label ?? 'Businesses'}>
          {section.label ? (
            <h2 className="mb-2 text-sm font-semibold text-slate-600 dark:text-slate-400">
              {section.label}
            </h2>
          ) : null}
          <ul className="grid gap-2 sm:grid-cols-2">
            {section.businesses.map((business) => (
              <li
                key={business.businessID}
                className="rounded-lg border border-slate-200 hover:border-brand-500 dark:border-slate-800"
              >
                <Link
                  to={`/businesses/${business.businessID}/numbers`}
                  className={cn('block px-4 pt-3 font-medium', byID ? 'pb-1' : 'pb-3')}
                >
                  {business.name}
                </Link>
                {/* Beside the link, not in it: a button inside a link is no button at all. */}
                {byID ? (
                  <BusinessID businessID={business.businessID} className="px-4 pb-2" />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {more > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {groupedCount(more)} more: type a name or business ID in the Business box to find them.
        </p>
      ) : null}
    </div>
  )
}
