import { Check } from 'lucide-react'
import { useState } from 'react'

import { cn } from '@/lib/cn'

import { copyIcon } from './static-icons'
import { showToast } from './toast-store'
import { touchTarget } from './touch-target'

interface CopyButtonProps {
  /** What goes on the clipboard. */
  text: string
  /** The button's accessible name: what is copied, e.g. "Copy business ID 5343…". */
  label: string
  /** The toast (a live region) once it is copied, e.g. "Copied business ID 5343…". */
  copiedMessage: string
  /** Only the icon (its name is the label and the tooltip), where a row has no room for a word. */
  iconOnly?: boolean
  className?: string
}

/** Copies a value to the clipboard, says "Copied" on itself and in a toast, or why it could not. */
export function CopyButton({ text, label, copiedMessage, iconOnly, className }: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      aria-label={label}
      title={iconOnly ? 'Copy' : undefined}
      className={cn(
        'inline-flex items-center justify-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800',
        touchTarget,
        className,
      )}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => {
            setCopied(true)
            window.setTimeout(() => setCopied(false), 1500)
            showToast({ tone: 'success', message: copiedMessage, durationMs: 2500 })
          },
          () => showToast({ tone: 'error', message: 'Could not copy: the browser refused.' }),
        )
      }}
    >
      {copied ? (
        <Check
          aria-hidden="true"
          className="size-4 shrink-0 text-emerald-700 dark:text-emerald-400"
        />
      ) : (
        copyIcon
      )}
      {iconOnly ? null : copied ? 'Copied' : 'Copy'}
    </button>
  )
}
