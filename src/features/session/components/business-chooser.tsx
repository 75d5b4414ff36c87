import { useMemo, useState } from 'react'
import { Link } from 'react-router'

import { type Business } from '../api/session-schemas'
import { indexBusinesses, matchBusinesses } from '../businesses/match-businesses'

/** Past this many, the list gets a search box. */
const searchableFrom = 8

/**
 * Every business as a link to its numbers, with a search box when there are many. Staff
 * (`byID`) always get the box, find by name or business ID, and see each ID.
 */
export function BusinessChooser({
  businesses,
  byID = false,
}: {
  businesses: readonly Business[]
  byID?: boolean
}) {
  const [query, setQuery] = useState('')
  const index = useMemo(() => indexBusinesses(businesses), [businesses])
  const { shown } = useMemo(
    () => matchBusinesses(index, query, Number.POSITIVE_INFINITY),
    [index, query],
  )

  return (
    <div className="space-y-3">
      {byID || businesses.length >= searchableFrom ? (
        <div className="flex max-w-md flex-col gap-1">
          <label htmlFor="business-chooser-search" className="text-sm font-medium">
            {byID ? 'Find a business by name or business ID' : 'Find a business by name'}
          </label>
          <input
            id="business-chooser-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
            {query.trim() === ''
              ? `${businesses.length.toLocaleString('en-US')} businesses`
              : `${shown.length.toLocaleString('en-US')} of ${businesses.length.toLocaleString('en-US')} businesses`}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p>No business matches “{query}”.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {shown.map((business) => (
            <li key={business.businessID}>
              <Link
                to={`/businesses/${business.businessID}/numbers`}
                className="block rounded-lg border border-slate-200 px-4 py-3 hover:border-brand-500 dark:border-slate-800"
              >
                {business.name}
                {byID ? (
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    Business ID {business.businessID}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
