/** RFC 3339 UTC without fractional seconds, as Thumbtack writes times: 2023-11-03T15:28:05Z. */
export function toRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
