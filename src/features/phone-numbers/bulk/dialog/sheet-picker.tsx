import { useId } from 'react'

import { nativeSelectClass } from '@/components/ui/native-select'

import { type ChosenWorkbook } from './use-file-drop'

interface SheetPickerProps {
  workbook: ChosenWorkbook | null
  /** The paste's text: once it is not the chosen sheet's (typed over, another paste), no picker. */
  text: string
  onChoose: (index: number) => void
}

/** Which sheet of a workbook with several is read; the first until another is chosen. */
export function SheetPicker({ workbook, text, onChoose }: SheetPickerProps) {
  const id = useId()
  if (!workbook || workbook.sheets.length < 2) return null
  const chosen = workbook.sheets[workbook.chosen]?.read
  if (chosen?.ok && chosen.text !== text) return null
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Sheet of “{workbook.fileName}”
      </label>
      <select
        id={id}
        value={workbook.chosen}
        onChange={(event) => onChoose(Number(event.target.value))}
        className={nativeSelectClass}
      >
        {workbook.sheets.map((sheet, index) => (
          <option key={sheet.name} value={index}>
            {sheet.name}
          </option>
        ))}
      </select>
    </div>
  )
}
