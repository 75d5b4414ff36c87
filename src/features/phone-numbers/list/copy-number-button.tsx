import { Check, Copy } from 'lucide-react'
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
      title="Copy"
      className={`inline-flex size-7 items-center justify-center rounded-md text-muted hover:bg-brand-50 hover:text-brand-700 dark:hover:bg-slate-800 dark:hover:text-brand-100 ${touchTarget}`}
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
      {copied ? (
        <Check aria-hidden="true" className="size-4 text-emerald-700 dark:text-emerald-400" />
      ) : (
        <Copy aria-hidden="true" className="size-4" />
      )}
    </button>
  )
}
