import { type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'

/**
 * A link to one of the number's pages that keeps the list's view (search, sort, filters)
 * for the way back. It reads the URL itself, so that a keystroke in the search (which
 * changes the URL) updates these links, not every row around them.
 */
export function ViewKeepingLink({
  pathname,
  ...props
}: {
  pathname: string
  'aria-label': string
  title: string
  className: string
  children: ReactNode
}) {
  const { search } = useLocation()
  return <Link to={{ pathname, search }} relative="path" {...props} />
}
