const DIGIT = /\p{Nd}/gu
const LINE_BREAKS = /[\t\r\n]+/g
const INVISIBLE_ENDS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu
const WRAPPING: Record<string, string> = { '"': '"', '“': '”', "'": "'", '(': ')', '[': ']' }
// Our own CSV export writes "+1…" as "'+1…" so spreadsheets do not run it: read it back.
const CSV_FORMULA_GUARD = /^'(?=[+=@-])/

/** ASCII and other Unicode digits, counted without allocating for the usual ASCII text. */
export function countDigits(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 127) return text.match(DIGIT)?.length ?? 0
    if (code >= 48 && code <= 57) count++
  }
  return count
}

/** A cell taken as the number: trimmed, with our CSV export's formula guard undone. */
export function cleanNumberText(text: string): string {
  return text.trim().replace(CSV_FORMULA_GUARD, '')
}

/** A cell taken as the name: line breaks and tabs from a spreadsheet cell become spaces. */
export function cleanNameText(text: string): string {
  let name = text.replace(LINE_BREAKS, ' ').trim()
  // Invisible marks (right-to-left marks, zero-width spaces) at either end come with text
  // copied from web pages and chat apps; inside a name they may matter, so they stay there.
  if (name.charCodeAt(0) > 127 || name.charCodeAt(name.length - 1) > 127) {
    name = name.replace(INVISIBLE_ENDS, '')
  }
  const closing = WRAPPING[name.charAt(0)]
  if (name.length >= 2 && closing !== undefined && name.endsWith(closing)) {
    return name.slice(1, -1).trim()
  }
  return name
}
