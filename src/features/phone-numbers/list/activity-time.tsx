import { formatExactTime, formatRelativeTime } from '@/lib/time/relative-time'

/** "3 days ago" to the eye, the exact time on hover and to screen readers. */
export function ActivityTime({ iso, now }: { iso: string | null | undefined; now: Date }) {
  if (!iso) return <span className="text-muted">Never</span>
  const exact = formatExactTime(iso)
  return (
    <time dateTime={iso} title={exact}>
      <span aria-hidden="true">{formatRelativeTime(iso, now)}</span>
      <span className="sr-only">{exact}</span>
    </time>
  )
}
