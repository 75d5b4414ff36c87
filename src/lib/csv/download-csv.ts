/**
 * `rivera-plumbing-numbers-2026-11-27.csv`: the business, what the file holds and the day,
 * safe on every file system (accents dropped, anything else but letters and digits a dash).
 */
export function csvFileName(businessName: string, contents: string, today: Date): string {
  const slug =
    businessName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'business'
  return `${slug}-${contents}-${today.toISOString().slice(0, 10)}.csv`
}

/** Saves `csv` as a download named `fileName`. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // Give the browser a moment to start the download before the URL is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
