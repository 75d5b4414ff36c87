import { type ReactElement, type ReactNode } from 'react'

/**
 * Icons as plain elements built once, for the places a long list repeats them: a lucide
 * component merges its props and joins its class names on every mount, and a screenful of
 * rows mounts some fifty icons. The drawing is lucide's own (v1.81.0, ISC licence): the
 * attributes its icons carry and its paths, so nothing on screen changes.
 */
function staticIcon(className: string, shapes: ReactNode): ReactElement {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      {shapes}
    </svg>
  )
}

/** lucide's History (rotate-ccw-clock). */
export const historyIcon = staticIcon(
  'size-4 shrink-0',
  <>
    <path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" />
    <path d="M3 3v5h5" />
    <path d="M12 7v5l4 2" />
  </>,
)

/** lucide's Pencil. */
export const pencilIcon = staticIcon(
  'size-4 shrink-0',
  <>
    <path d="M21.174 6.812a1 1 0 0 0-3.986-3.987L3.842 16.174a2 2 0 0 0-.5.83l-1.321 4.352a.5.5 0 0 0 .623.622l4.353-1.32a2 2 0 0 0 .83-.497z" />
    <path d="m15 5 4 4" />
  </>,
)

/** lucide's Trash2 (trash). */
export const trashIcon = staticIcon(
  'size-4 shrink-0',
  <>
    <path d="M10 11v6" />
    <path d="M14 11v6" />
    <path d="M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6" />
    <path d="M3 6h18" />
    <path d="M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2" />
  </>,
)

/** lucide's Copy. */
export const copyIcon = staticIcon(
  'size-4 shrink-0',
  <>
    <rect width="14" height="14" x="8" y="8" rx="2" ry="2" />
    <path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2" />
  </>,
)

/** lucide's MessageSquare. */
export const messageIcon = staticIcon(
  'size-4',
  <path d="M22 17a2 2 0 0 1-2 2H6.828a2 2 0 0 0-1.414.586l-2.202 2.202A.71.71 0 0 1 2 21.286V5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2z" />,
)
