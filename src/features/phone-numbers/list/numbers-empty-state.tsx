import { Link, useLocation } from 'react-router'

import { Button, buttonVariants } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'

import { type EmptyList } from './empty-list'

interface NumbersEmptyStateProps {
  empty: EmptyList
  /** Why this sign-in may not add numbers; set, the empty list offers no write action. */
  readOnlyReason: string | undefined
  onClearSearch: () => void
  onClearFilters: () => void
}

/** The list with nothing to show: why, and the one or two things to do about it. */
export function NumbersEmptyState({
  empty,
  readOnlyReason,
  onClearSearch,
  onClearFilters,
}: NumbersEmptyStateProps) {
  const location = useLocation()
  if (empty.kind === 'no-match-search') {
    return (
      <EmptyState
        title={`No numbers match “${empty.search}”.`}
        actions={
          <>
            <Button onClick={onClearSearch}>Clear search</Button>
            {empty.alsoFiltered ? <Button onClick={onClearFilters}>Clear filters</Button> : null}
          </>
        }
      >
        Search looks in names, and in numbers from 3 digits, in any format.
      </EmptyState>
    )
  }
  if (empty.kind === 'no-match-filters') {
    return (
      <EmptyState
        title="No numbers match these filters."
        actions={<Button onClick={onClearFilters}>Clear filters</Button>}
      >
        Clear them to see every number of this business.
      </EmptyState>
    )
  }
  if (readOnlyReason !== undefined) {
    return (
      <EmptyState title="No numbers yet">
        <p>Numbers added to this business show here.</p>
        <p className="mt-1">{readOnlyReason}</p>
      </EmptyState>
    )
  }
  return (
    <EmptyState
      title="No numbers yet"
      actions={
        <>
          <Link
            to={{ pathname: 'new', search: location.search }}
            relative="path"
            className={buttonVariants({ variant: 'primary' })}
          >
            Add a number
          </Link>
          <Link
            to={{ pathname: 'bulk', search: location.search }}
            relative="path"
            className={buttonVariants()}
          >
            Paste a list
          </Link>
        </>
      }
    >
      Add the number customers call and text this business on, or paste a whole list from a
      spreadsheet.
    </EmptyState>
  )
}
