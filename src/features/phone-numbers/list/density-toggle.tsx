import { Rows3, Rows4 } from 'lucide-react'

import { cn } from '@/lib/cn'

import { type Density, useListDensity, writeDensity } from './list-density'

const choices = [
  { value: 'comfortable', label: 'Comfortable', Icon: Rows3 },
  { value: 'compact', label: 'Compact', Icon: Rows4 },
] as const satisfies readonly { value: Density; label: string; Icon: unknown }[]

/**
 * Comfortable or compact rows, for the wide table (a phone's cards have one size). Radio
 * buttons under the hood: arrow keys move between them, and the choice is announced.
 */
export function DensityToggle({ className }: { className?: string }) {
  const density = useListDensity()
  return (
    <fieldset className={cn('flex flex-col gap-1', className)}>
      <legend className="sr-only">Rows</legend>
      <div className="flex rounded-md border border-control bg-surface p-0.5">
        {choices.map(({ value, label, Icon }) => (
          <label
            key={value}
            className="relative inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded px-2.5 text-sm text-muted has-checked:bg-slate-100 has-checked:font-medium has-checked:text-slate-900 has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--focus-ring) dark:has-checked:bg-slate-800 dark:has-checked:text-slate-100"
          >
            <input
              type="radio"
              name="list-density"
              value={value}
              checked={density === value}
              onChange={() => writeDensity(value)}
              // Over the whole label, unseen: the label's look shows its state and focus.
              className="absolute inset-0 cursor-pointer opacity-0"
            />
            <Icon aria-hidden="true" className="size-4" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
