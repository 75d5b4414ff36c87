import { messageIcon } from '@/components/ui/static-icons'
import { touchTarget } from '@/components/ui/touch-target'
import { formatNational } from '@/lib/phone/format-national'

// Only a number of E.164's shape becomes a link: a dialer must never get anything else.
const E164 = /^\+[1-9]\d{6,14}$/

const linkClass = `hidden items-center justify-center rounded-md px-1.5 font-medium text-brand-700 underline pointer-coarse:inline-flex dark:text-brand-100 ${touchTarget}`

/**
 * The number as text for a mouse; where the pointer is a finger, a `tel:` link on the
 * number itself, so a tap calls it. Shown or hidden by CSS alone: no script per row.
 */
export function DialableNumber({ e164, label }: { e164: string; label: string }) {
  const text = formatNational(e164)
  if (!E164.test(e164)) return <span className="font-mono tabular-nums">{text}</span>
  return (
    <>
      <span className="font-mono tabular-nums pointer-coarse:hidden">{text}</span>
      <a
        href={`tel:${e164}`}
        aria-label={`Call ${text} (${label})`}
        className={`${linkClass} font-mono tabular-nums`}
      >
        {text}
      </a>
    </>
  )
}

/** A `sms:` link beside the number, for a finger only (a desktop rarely sends texts). */
export function TextNumberLink({ e164, label }: { e164: string; label: string }) {
  if (!E164.test(e164)) return null
  return (
    <a href={`sms:${e164}`} aria-label={`Text ${label}`} className={`${linkClass} gap-1 text-sm`}>
      {messageIcon}
      Text
    </a>
  )
}
