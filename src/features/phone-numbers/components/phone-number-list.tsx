import { useQuery } from '@tanstack/react-query'

import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { formatNational } from '@/lib/phone/format-national'

import { phoneNumberQueries } from '../api/phone-number-queries'

export function PhoneNumberList({ businessID }: { businessID: string }) {
  const numbers = useQuery(phoneNumberQueries.list(businessID))

  if (numbers.isPending) return <Spinner label="Loading numbers…" />
  if (numbers.isError) {
    return (
      <ErrorState
        heading="Could not load the numbers."
        error={numbers.error}
        onRetry={() => void numbers.refetch()}
      />
    )
  }

  const active = numbers.data.filter((number) => !number.isDeleted)
  return (
    <section aria-label="Phone numbers" className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {active.length} {active.length === 1 ? 'number' : 'numbers'}
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {active.map((number) => (
          <li key={number.phoneNumberID} className="flex justify-between gap-4 px-4 py-3">
            <span className="font-medium">{number.name}</span>
            <span className="font-mono tabular-nums">{formatNational(number.phoneNumber)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
