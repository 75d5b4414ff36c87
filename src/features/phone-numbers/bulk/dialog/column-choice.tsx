import { useId } from 'react'

import { Button } from '@/components/ui/button'
import { nativeSelectClass } from '@/components/ui/native-select'

import { type BulkDraft } from '../parse/bulk-draft'
import { type Columns } from '../parse/parse-paste'

interface ColumnChoiceProps {
  /** What the last reading found: its header, the columns it used, how many there were. */
  header: string[] | null
  columns: Columns
  columnCount: number
  /** The user's choice: 'auto' until they pick a column. */
  chosen: BulkDraft['columns']
  onColumns: (columns: BulkDraft['columns']) => void
  onHeader: (header: boolean) => void
}

const selectClass = nativeSelectClass

function columnLabel(index: number, header: readonly string[] | null): string {
  const heading = header?.[index]
  return heading ? `Column ${index + 1} (${heading})` : `Column ${index + 1}`
}

/** Whether the first line is a header, and which column holds the number and which the name. */
export function ColumnChoice(props: ColumnChoiceProps) {
  const { header, columns, columnCount, chosen, onColumns } = props
  const id = useId()
  const headerHintId = `${id}-header`
  const indexes = Array.from({ length: columnCount }, (_, index) => index)

  function chooseNumber(value: string) {
    if (value === 'auto') {
      onColumns('auto')
      return
    }
    const number = Number(value)
    // Picking the name's column for the number swaps the two.
    const name = columns.name === number ? columns.number : columns.name
    onColumns({ number, name })
  }

  function chooseName(value: string) {
    const name = value === 'none' ? null : Number(value)
    const number = columns.number === name ? (columns.name ?? (name === 0 ? 1 : 0)) : columns.number
    onColumns({ number, name })
  }

  return (
    <div className="grid grid-cols-2 items-end gap-x-3 gap-y-2 sm:flex sm:flex-wrap sm:gap-x-4">
      <div className="col-span-2 flex min-h-10 flex-col justify-center">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={header !== null}
            aria-describedby={header ? headerHintId : undefined}
            onChange={(event) => props.onHeader(event.target.checked)}
          />
          First line is a header
        </label>
        {header ? (
          <span id={headerHintId} className="text-xs text-muted">
            Read as: {header.join(', ')}
          </span>
        ) : null}
      </div>
      {columnCount >= 2 ? (
        <>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-number`} className="text-sm font-medium">
              Number is in column
            </label>
            <select
              id={`${id}-number`}
              className={selectClass}
              value={chosen === 'auto' ? 'auto' : String(chosen.number)}
              onChange={(event) => chooseNumber(event.target.value)}
            >
              <option value="auto">{header ? 'As the header says' : 'Found on each line'}</option>
              {indexes.map((index) => (
                <option key={index} value={index}>
                  {columnLabel(index, header)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-name`} className="text-sm font-medium">
              Name is in column
            </label>
            <select
              id={`${id}-name`}
              className={selectClass}
              value={columns.name === null ? 'none' : String(columns.name)}
              onChange={(event) => chooseName(event.target.value)}
            >
              {indexes.map((index) => (
                <option key={index} value={index}>
                  {columnLabel(index, header)}
                </option>
              ))}
              <option value="none">No name column</option>
            </select>
          </div>
          <Button
            className="col-span-2 justify-self-start"
            disabled={columns.name === null}
            onClick={() => {
              if (columns.name !== null) onColumns({ number: columns.name, name: columns.number })
            }}
          >
            Swap columns
          </Button>
        </>
      ) : null}
    </div>
  )
}
