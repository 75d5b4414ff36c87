import { useId } from 'react'

import type { HistoryEntry } from '../model/history-schemas'
import type { HistoryFilters } from '../model/history-filters'

const whatOptions = [
  ['', 'Everything'],
  ['create', 'Added'],
  ['update', 'Changed'],
  ['delete', 'Removed'],
  ['bulk-create', 'Bulk added'],
  ['sign-in', 'Signed in'],
  ['sign-out', 'Signed out'],
  ['connect', 'Connected'],
  ['disconnect', 'Disconnected'],
] as const

const whenOptions = [
  ['', 'Any time'],
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
] as const

const selectClass =
  'min-h-10 rounded-md border border-control bg-white px-2 text-sm dark:bg-slate-900'

/** Everyone, pros, staff, and each person the rows name (the chosen one kept). */
function whoOptions(entries: readonly HistoryEntry[], chosen: string): [string, string][] {
  const people = new Map<string, string>()
  for (const { actor } of entries) {
    people.set(`${actor.kind}:${actor.id}`, `${actor.name} (${actor.role})`)
  }
  if (chosen.includes(':') && !people.has(chosen)) people.set(chosen, chosen.split(':')[1] ?? '')
  return [['', 'Everyone'], ['pro', 'Pros'], ['staff', 'Staff'], ...people.entries()]
}

interface Props {
  filters: HistoryFilters
  entries: readonly HistoryEntry[]
  onChange: (key: 'who' | 'what' | 'when', value: string) => void
}

/** Who, what and when: three labelled selects, each change kept in the URL. */
export function HistoryFiltersForm({ filters, entries, onChange }: Props) {
  const id = useId()
  const field = (
    key: 'who' | 'what' | 'when',
    label: string,
    options: readonly (readonly [string, string])[],
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${key}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        value={filters[key]}
        onChange={(event) => onChange(key, event.target.value)}
        className={selectClass}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <div role="group" aria-label="Filter the history" className="flex flex-wrap gap-4">
      {field('who', 'Who', whoOptions(entries, filters.who))}
      {field('what', 'What', whatOptions)}
      {field('when', 'When', whenOptions)}
    </div>
  )
}
