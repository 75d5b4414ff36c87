import { cn } from '@/lib/cn'

import { CopyButton } from './copy-button'

/**
 * "Business ID 5343987659230309812" with a Copy button: support reads IDs out, pastes them
 * into tickets and looks businesses up by them, so wherever one is shown it can be copied.
 */
export function BusinessID({ businessID, className }: { businessID: string; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex flex-wrap items-center gap-x-1 text-sm text-slate-600 dark:text-slate-400',
        className,
      )}
    >
      <span>
        Business ID <span className="font-mono break-all">{businessID}</span>
      </span>
      <CopyButton
        text={businessID}
        label={`Copy business ID ${businessID}`}
        copiedMessage={`Copied business ID ${businessID}`}
      />
    </span>
  )
}
