import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'

import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { SkeletonLines } from '@/components/ui/skeleton'

import { phoneNumberQueries } from '../../api/phone-number-queries'
import { activeNumbersOf } from '../../api/settle-unclear-write'
import { findLinkTo } from '../../form/focus-targets'

import { BulkAddForm } from './bulk-add-form'

interface BulkAddDialogProps {
  businessID: string
  businessName: string
  /**
   * Who is signed in, stably across sign-ins (e.g. `user:<userID>`): drafts are kept per
   * business and user. null while it is being found out.
   */
  userKey: string | null
  /** Why the signed-in user could not be told, when it could not. */
  userError: unknown
  /** Goes back to the list. Closing keeps the draft, so it never asks first. */
  onClose: () => void
}

/** "Bulk add numbers": a dialog route over the list. */
export function BulkAddDialog(props: BulkAddDialogProps) {
  const { businessID, userKey } = props
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const registered = useMemo(() => numbers.data && activeNumbersOf(numbers.data), [numbers.data])
  const owner = useMemo(() => (userKey ? { businessID, userKey } : null), [businessID, userKey])

  // After the dialog's own clean-up has tried to give focus back to its opener: a deep link
  // or a reload had no opener, so focus goes to "Bulk add" instead of the page's start.
  useEffect(
    () => () => {
      window.setTimeout(() => {
        const active = document.activeElement
        if (active === null || active === document.body) findLinkTo('/numbers/bulk')?.focus()
      }, 0)
    },
    [],
  )

  let body
  if (numbers.isError) {
    body = (
      <ErrorState
        heading="Could not load the numbers."
        error={numbers.error}
        onRetry={() => void numbers.refetch()}
      />
    )
  } else if (props.userError) {
    body = <ErrorState heading="Could not tell who is signed in." error={props.userError} />
  } else if (owner && registered) {
    body = (
      <BulkAddForm
        // A new business or user is a new draft: nothing of the last one may carry over.
        key={`${owner.userKey}/${businessID}`}
        businessName={props.businessName}
        owner={owner}
        registered={registered}
        onViewNumbers={props.onClose}
      />
    )
  } else {
    body = <SkeletonLines count={3} label="Loading…" />
  }

  return (
    <Dialog
      open
      title="Bulk add numbers"
      description={`For ${props.businessName}. Paste a list or choose a file, check every row, then add the ready ones.`}
      onRequestClose={props.onClose}
      // A stable gutter: the scrollbar appearing must not narrow (and re-lay out) the content.
      className="[scrollbar-gutter:stable] overscroll-contain sm:w-[min(64rem,calc(100vw-2rem))]"
    >
      {body}
    </Dialog>
  )
}
