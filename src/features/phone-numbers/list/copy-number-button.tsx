import { useState } from 'react'

import { showToast } from '@/components/ui/toast-store'
import { touchTarget } from '@/components/ui/touch-target'

/** Copies the E.164 form, the one other tools (FSM, dialers) accept without fuss. */
export function CopyNumberButton({ e164, name }: { e164: string; name: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      aria-label={`Copy ${e164} (${name})`}
      className={`inline-flex items-center justify-center rounded-md px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800 ${touchTarget}`}
      onClick={() => {
        navigator.clipboard.writeText(e164).then(
          () => {
            setCopied(true)
            window.setTimeout(() => setCopied(false), 1500)
            showToast({ tone: 'success', message: `Copied ${e164}`, durationMs: 2500 })
          },
          () => showToast({ tone: 'error', message: 'Could not copy: the browser refused.' }),
        )
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  )
}
