import { createPortal } from 'react-dom'

/**
 * Tells a screen reader where the number just saved is in the list. Rendered from inside the
 * list but placed beside it (a portal), so the list holds nothing but its rows.
 */
export function SavedNumberMessage({ message }: { message: string }) {
  return createPortal(
    <p aria-live="polite" className="sr-only">
      {message}
    </p>,
    document.body,
  )
}
