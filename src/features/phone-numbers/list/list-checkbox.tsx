import { type ReactNode } from 'react'

import { touchTarget } from '@/components/ui/touch-target'

interface ListCheckboxProps {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
}

/** A toolbar switch ("Show removed", a filter): the whole label is what one clicks or taps. */
export function ListCheckbox({ checked, onChange, children }: ListCheckboxProps) {
  return (
    <label className={`flex min-h-10 items-center gap-2 text-sm font-medium ${touchTarget}`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4"
      />
      {children}
    </label>
  )
}
