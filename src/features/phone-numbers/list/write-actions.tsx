import { Plus, Upload } from 'lucide-react'
import { Link, useLocation } from 'react-router'

import { Button, buttonVariants } from '@/components/ui/button'

export const readOnlyReasonID = 'numbers-read-only-reason'

/**
 * "Bulk add" and "Add number"; for a sign-in that may not change numbers, the same two
 * controls disabled, with the reason said once beside them (the rows point to it too).
 */
export function WriteActions({ readOnlyReason }: { readOnlyReason: string | undefined }) {
  const location = useLocation()
  if (readOnlyReason !== undefined) {
    return (
      <>
        <p id={readOnlyReasonID} className="w-full text-sm text-muted sm:order-last">
          {readOnlyReason}
        </p>
        <Button disabled aria-describedby={readOnlyReasonID}>
          <Upload aria-hidden="true" className="size-4" />
          Bulk add
        </Button>
        <Button variant="primary" disabled aria-describedby={readOnlyReasonID}>
          <Plus aria-hidden="true" className="size-4" />
          Add number
        </Button>
      </>
    )
  }
  return (
    <>
      <Link
        to={{ pathname: 'bulk', search: location.search }}
        relative="path"
        className={buttonVariants()}
      >
        <Upload aria-hidden="true" className="size-4" />
        Bulk add
      </Link>
      <Link
        to={{ pathname: 'new', search: location.search }}
        relative="path"
        className={buttonVariants({ variant: 'primary' })}
      >
        <Plus aria-hidden="true" className="size-4" />
        Add number
      </Link>
    </>
  )
}
