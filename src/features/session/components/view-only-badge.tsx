import { Eye } from 'lucide-react'

import { useWriteAccess } from '../use-write-access'

/** Said once, at the top: this sign-in may look but not change anything. */
export function ViewOnlyBadge() {
  const { canWrite, reason } = useWriteAccess()
  if (canWrite) return null
  return (
    <p
      title={reason}
      className="inline-flex shrink-0 items-center gap-1 rounded-full border border-amber-400 bg-amber-50 px-2.5 py-0.5 text-sm font-semibold text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100"
    >
      <Eye aria-hidden="true" className="size-4" />
      View only<span className="sr-only">: {reason}</span>
    </p>
  )
}
