import { memo, useId } from 'react'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'

import { type CheckedRow, type RowProblem } from '../parse/checked-row'

import { NAME_RULE_HINT_ID } from './name-rule-hint'
import { ROW_GRID } from './preview-columns'

interface PreviewRowProps {
  row: CheckedRow
  onEdit: (line: number, change: { numberText?: string; nameText?: string }) => void
  onRemove: (line: number) => void
}

const statusStyles = {
  ready: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  'needs-fixing': 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  repeated: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
  'already-registered': 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const

export function statusLabel(row: CheckedRow): string {
  switch (row.status) {
    case 'ready':
      return 'Ready'
    case 'needs-fixing':
      return 'Needs fixing'
    case 'repeated':
      return `Repeats line ${row.repeatsLine}`
    case 'already-registered':
      return 'Already registered (skipped)'
  }
}

const NO_PROBLEMS: RowProblem[] = []

const inputClass =
  'min-h-10 w-full min-w-0 rounded-md border border-control bg-white px-2 text-base text-slate-900 sm:text-sm dark:bg-slate-900 dark:text-slate-100 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600'

/**
 * One row of the preview: what was read, what it became, its status, and the number and name
 * to fix in place. A problem is tied to the field it is about, for screen readers.
 */
export const PreviewRow = memo(function PreviewRow({ row, onEdit, onRemove }: PreviewRowProps) {
  const id = useId()
  const { line } = row
  const problems = row.status === 'needs-fixing' ? row.problems : NO_PROBLEMS
  const numberProblems = problems.filter((problem) => problem.field === 'phoneNumber')
  const nameProblems = problems.filter((problem) => problem.field === 'name')
  const rowProblems = problems.filter((problem) => problem.field === null)
  const ids = {
    formats: `${id}-formats`,
    name: `${id}-name-shown`,
    numberProblem: `${id}-number-problem`,
    nameProblem: `${id}-name-problem`,
    rowProblem: `${id}-row-problem`,
    status: `${id}-status`,
  }
  const describe = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ') || undefined

  return (
    <div className={cn(ROW_GRID, 'gap-2 px-3 py-3 sm:py-2')}>
      <div className="flex min-w-0 items-baseline gap-2 text-sm sm:min-h-10 sm:flex-col sm:items-start sm:justify-center sm:gap-0">
        <span className="shrink-0 font-semibold">Line {line}</span>
        <span className="sr-only"> read as </span>
        <code
          title={row.raw}
          className="min-w-0 truncate font-mono text-xs text-muted sm:max-w-full"
        >
          {row.raw}
        </code>
      </div>
      <div className="flex min-w-0 flex-col gap-1 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-2">
        <label htmlFor={`${id}-number`} className="text-xs font-medium sm:sr-only">
          Number<span className="sr-only"> on line {line}</span>
        </label>
        <input
          id={`${id}-number`}
          className={cn(inputClass, 'lg:w-40 lg:flex-none')}
          value={row.numberText}
          inputMode="tel"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={numberProblems.length > 0 || undefined}
          aria-describedby={describe(
            numberProblems.length > 0 && ids.numberProblem,
            row.e164 !== null && ids.formats,
          )}
          onChange={(event) => onEdit(line, { numberText: event.target.value })}
        />
        {row.e164 !== null ? (
          <span id={ids.formats} className="text-xs text-muted lg:min-w-0 lg:flex-1">
            <span className="font-mono">{row.e164}</span> · {row.national}
          </span>
        ) : null}
        <Problems id={ids.numberProblem} problems={numberProblems} />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={`${id}-name`} className="text-xs font-medium sm:sr-only">
          Name<span className="sr-only"> on line {line}</span>
        </label>
        <input
          id={`${id}-name`}
          className={inputClass}
          value={row.nameText}
          placeholder={row.nameDefaulted ? row.name : undefined}
          autoComplete="off"
          aria-invalid={nameProblems.length > 0 || undefined}
          aria-describedby={describe(
            nameProblems.length > 0 && ids.nameProblem,
            row.nameDefaulted && row.name !== '' && ids.name,
            NAME_RULE_HINT_ID,
          )}
          onChange={(event) => onEdit(line, { nameText: event.target.value })}
        />
        {row.nameDefaulted && row.name !== '' ? (
          <span id={ids.name} className="text-xs text-muted">
            Named {row.name} <span className="font-semibold">(defaulted)</span>
          </span>
        ) : null}
        <Problems id={ids.nameProblem} problems={nameProblems} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 sm:min-h-10 sm:max-w-56 sm:justify-end">
        <span
          id={ids.status}
          data-status={row.status}
          className={cn(
            'rounded px-2 py-0.5 text-sm font-medium whitespace-nowrap',
            statusStyles[row.status],
          )}
        >
          {statusLabel(row)}
        </span>
        <Problems id={ids.rowProblem} problems={rowProblems} />
        <Button size="sm" variant="ghost" onClick={() => onRemove(line)}>
          Remove<span className="sr-only"> line {line}</span>
        </Button>
      </div>
    </div>
  )
})

function Problems({ id, problems }: { id: string; problems: readonly RowProblem[] }) {
  if (problems.length === 0) return null
  return (
    <span id={id} className="text-sm text-red-700 dark:text-red-400">
      {problems.map((problem) => problem.message).join(' ')}
    </span>
  )
}
