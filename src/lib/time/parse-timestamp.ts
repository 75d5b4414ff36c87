/** What both formatters show instead of throwing or printing "Invalid Date". */
export const UNKNOWN_TIME = 'Unknown time'

// RFC 3339, as the API documents ("2023-11-03T15:28:05Z"). Date.parse alone would also accept
// "March 4" or "2026-02-30" (which it silently turns into March 2), so the shape is checked first.
const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/
// Before the Unix epoch is treated as missing: a Go backend sends its zero time
// ("0001-01-01T00:00:00Z") for "never", which would otherwise read "2025 years ago".
const EARLIEST_YEAR = 1970

/** A Date for a well-formed RFC 3339 timestamp, or undefined for anything else. */
export function parseTimestamp(iso: string | null | undefined): Date | undefined {
  if (typeof iso !== 'string' || iso.length > 40) return undefined
  const match = RFC_3339.exec(iso)
  if (!match) return undefined
  const [, year = '', month = '', day = '', hour = '', minute = '', second = ''] = match
  const y = Number(year)
  const m = Number(month)
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const inRange =
    y >= EARLIEST_YEAR &&
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59
  if (!inRange) return undefined
  const time = Date.parse(iso.toUpperCase().replace(' ', 'T'))
  return Number.isNaN(time) ? undefined : new Date(time)
}
