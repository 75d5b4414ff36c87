import { type MouseEvent, type ReactNode } from 'react'
import { createPath, type NavigateFunction, resolvePath, useLocation } from 'react-router'

// What Link leaves to the browser: another button, a modifier (new tab or window).
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey

/**
 * A link to one of the number's pages that keeps the list's view (search, sort, filters)
 * for the way back. It reads the URL itself, so that a keystroke in the search (which
 * changes the URL) updates these links, not every row around them. It does what Link with
 * `relative="path"` does, with the list's one `navigate`: a row has two of these, and a
 * Link per link (a dozen hooks and an effect each) was much of a screenful's first render.
 */
export function ViewKeepingLink({
  pathname,
  navigate,
  children,
  ...props
}: {
  pathname: string
  navigate: NavigateFunction
  'aria-label': string
  title: string
  className: string
  children: ReactNode
}) {
  const location = useLocation()
  const to = resolvePath({ pathname, search: location.search }, location.pathname)
  return (
    <a
      href={createPath(to)}
      onClick={(event) => {
        if (!isPlainClick(event)) return
        event.preventDefault()
        void navigate(to)
      }}
      {...props}
    >
      {children}
    </a>
  )
}
