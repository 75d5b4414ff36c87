import { parseTimestamp } from '@/lib/time/parse-timestamp'
import { exactTimeOf, relativeTimeOf } from '@/lib/time/relative-time'

/** "3 days ago" to the eye, the exact time on hover and to screen readers. */
export function ActivityTime({ iso, now }: { iso: string | null | undefined; now: Date }) {
  if (!iso) return <span className="text-muted">Never</span>
  // Parsed once for both texts: a long list's first screen draws two of these per row.
  const then = parseTimestamp(iso)
  const exact = exactTimeOf(then)
  return (
    <time dateTime={iso} title={exact}>
      <span aria-hidden="true">{relativeTimeOf(then, now)}</span>
      <span className="sr-only">{exact}</span>
    </time>
  )
}
