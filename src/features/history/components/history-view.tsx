import { Link, useSearchParams } from 'react-router'

import { buttonVariants } from '@/components/ui/button'

import {
  type HistoryFilters,
  historyQuery,
  readHistoryFilters,
  withHistoryFilter,
} from '../model/history-filters'
import { ExportHistoryButton } from './export-history-button'
import { HistoryFiltersForm } from './history-filters-form'
import { HistoryList } from './history-list'

const FILTER_KEYS = [
  'who',
  'what',
  'when',
  'number',
] as const satisfies readonly (keyof HistoryFilters)[]

/** A business's History: filters kept in the URL, the list, and the CSV export. */
export function HistoryView({
  businessID,
  businessName,
}: {
  businessID: string
  businessName: string
}) {
  const [params, setParams] = useSearchParams()
  const filters = readHistoryFilters(params)
  const filtered = Object.values(filters).some((v) => v !== '')
  const scope = { businessID }
  return (
    <HistoryList
      scope={scope}
      filters={filters}
      filtered={filtered}
      onClearFilters={() => {
        const cleared = FILTER_KEYS.reduce((next, key) => withHistoryFilter(next, key, ''), params)
        setParams(cleared, { replace: true })
      }}
      emptyAction={
        <Link to={`/businesses/${businessID}/numbers`} className={buttonVariants()}>
          Go to the numbers
        </Link>
      }
    >
      {(entries) => (
        <div className="flex flex-wrap items-end justify-between gap-4">
          {filters.number === '' ? null : (
            <p className="w-full text-sm">
              {/* The row's own name is not known here: the rows say it. */}
              Showing one number’s history.{' '}
              <button
                type="button"
                className="font-medium text-brand-700 underline dark:text-brand-300"
                onClick={() =>
                  setParams(withHistoryFilter(params, 'number', ''), { replace: true })
                }
              >
                Show every number
              </button>
            </p>
          )}
          <HistoryFiltersForm
            filters={filters}
            entries={entries}
            onChange={(key, value) =>
              setParams(withHistoryFilter(params, key, value), { replace: true })
            }
          />
          <ExportHistoryButton
            query={() => historyQuery(scope, filters, Date.now())}
            businessName={businessName}
            disabled={entries.length === 0}
          />
        </div>
      )}
    </HistoryList>
  )
}
