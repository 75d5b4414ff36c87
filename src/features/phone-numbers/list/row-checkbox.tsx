import { touchTarget } from '@/components/ui/touch-target'
import { type KeyboardEvent } from 'react'

import { formatNational } from '@/lib/phone/format-national'

import { type PhoneNumber } from '../api/phone-number-schemas'

/** Each row's checkbox carries its number's ID, for Shift+arrow to move focus to it. */
export const selectBoxAttribute = 'data-select-for'

export type ExtendDirection = 1 | -1

interface RowCheckboxProps {
  number: PhoneNumber
  checked: boolean
  /** `range`: shift held, so every row from the last one ticked takes the same state. */
  onToggle: (number: PhoneNumber, checked: boolean, range: boolean) => void
  onExtend: (number: PhoneNumber, direction: ExtendDirection) => void
}

/** "Select Front desk, (555) 555-0100": the name alone may be shared by several numbers. */
export function selectLabel(number: PhoneNumber): string {
  const national = formatNational(number.phoneNumber)
  return `Select ${number.name ? `${number.name}, ${national}` : national}`
}

/**
 * A row's tick, in a 44 × 44 px box whose whole area takes the click. Space toggles it (the
 * browser's own); Shift+↓ and Shift+↑ extend the selection to the next row and go there.
 */
export function RowCheckbox({ number, checked, onToggle, onExtend }: RowCheckboxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    onExtend(number, event.key === 'ArrowDown' ? 1 : -1)
  }
  return (
    <label
      className={`flex size-9 cursor-pointer items-center justify-center rounded-md hover:bg-slate-100 dark:hover:bg-slate-800 ${touchTarget}`}
    >
      <input
        type="checkbox"
        checked={checked}
        aria-label={selectLabel(number)}
        {...{ [selectBoxAttribute]: number.phoneNumberID }}
        className="size-4 cursor-pointer"
        onKeyDown={onKeyDown}
        onChange={(event) => {
          const { nativeEvent } = event
          onToggle(
            number,
            event.target.checked,
            nativeEvent instanceof MouseEvent && nativeEvent.shiftKey,
          )
        }}
      />
    </label>
  )
}
