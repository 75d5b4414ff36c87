import { parseTimestamp, UNKNOWN_TIME } from './parse-timestamp'

// Formatters are built once: constructing an Intl formatter costs far more than using one, and
// these run for every row of a long list.
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'always' })
// Fixed locale and time zone so that every user, and every test machine, sees the same text.
const exactFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
})
// Newer ICU versions put a narrow no-break space before AM/PM; plain spaces keep the output
// identical across browsers and Node versions.
const NARROW_NO_BREAK_SPACE = /\u202f/g

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "just now", "5 minutes ago", "3 days ago", "2 months ago"; "in 2 hours" for future times. */
export function formatRelativeTime(iso: string | null | undefined, now: Date): string {
  return relativeTimeOf(parseTimestamp(iso), now)
}

/** `formatRelativeTime` of a timestamp already parsed (see `parseTimestamp`). */
export function relativeTimeOf(then: Date | undefined, now: Date): string {
  const nowTime = now.getTime()
  if (!then || Number.isNaN(nowTime)) return UNKNOWN_TIME
  const elapsed = nowTime - then.getTime()
  // Within a minute either way reads "just now": the server's and the browser's clocks
  // disagree by seconds, and "in 3 seconds" for something that just happened is noise.
  if (Math.abs(elapsed) < MINUTE) return 'just now'
  const [amount, unit] = largestUnit(Math.abs(elapsed))
  return relativeFormat.format(elapsed > 0 ? -amount : amount, unit)
}

/** "Mar 4, 2026, 3:28 PM UTC", for a tooltip or a detail view. */
export function formatExactTime(iso: string | null | undefined): string {
  return exactTimeOf(parseTimestamp(iso))
}

/** `formatExactTime` of a timestamp already parsed (see `parseTimestamp`). */
export function exactTimeOf(date: Date | undefined): string {
  return date ? exactFormat.format(date).replace(NARROW_NO_BREAK_SPACE, ' ') : UNKNOWN_TIME
}

// Whole units, rounded down: "ago" should not claim more time than has passed.
function largestUnit(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  if (ms < HOUR) return [Math.floor(ms / MINUTE), 'minute']
  if (ms < DAY) return [Math.floor(ms / HOUR), 'hour']
  const days = Math.floor(ms / DAY)
  if (days < 30) return [days, 'day']
  // Months and years by average length: close enough for "about how long ago".
  if (days < 365) return [Math.min(Math.floor(days / 30), 11), 'month']
  return [Math.floor(days / 365), 'year']
}
