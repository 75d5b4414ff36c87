/** "+14155552671" → "(415) 555-2671", as the list shows US numbers. */
export function national(e164: string): string {
  return e164.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')
}
