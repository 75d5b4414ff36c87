/** The largest file read: far above any honest list of numbers (100,000 lines is about 3 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export const ACCEPTED_FILES = '.csv,.tsv,.txt,text/csv,text/plain'

const ACCEPTED_EXTENSION = /\.(?:csv|tsv|txt)$/i
const ACCEPTED_TYPES = new Set([
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  // Windows reports .csv as Excel's type when Excel is installed.
  'application/vnd.ms-excel',
])

export type FileCheck = { ok: true } | { ok: false; message: string }

/** Whether a chosen or dropped file can be read as a paste, and why not in the user's words. */
export function checkPastedFile(file: Pick<File, 'name' | 'size' | 'type'>): FileCheck {
  const name = `“${file.name}”`
  const textual = ACCEPTED_EXTENSION.test(file.name) || ACCEPTED_TYPES.has(file.type)
  if (!textual) {
    return { ok: false, message: `${name} is not a CSV, TSV or text file. Choose one of those.` }
  }
  if (file.size > MAX_FILE_BYTES) {
    // Rounded up: a file just over the limit must not read as "5.0 MB".
    const megabytes = (Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1)
    return {
      ok: false,
      message: `${name} is ${megabytes} MB, over the 5 MB limit. Split it, or paste part of it.`,
    }
  }
  if (file.size === 0) return { ok: false, message: `${name} is empty.` }
  return { ok: true }
}

/** The file's text, or why it cannot be read. */
export async function readPastedFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const check = checkPastedFile(file)
  if (!check.ok) return check
  try {
    // Line ends as a text area keeps them (it turns \r\n into \n), so that the draft's line
    // numbers and the text on screen always agree.
    return { ok: true, text: (await file.text()).replace(/\r\n?/g, '\n') }
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try choosing it again.` }
  }
}
