import { readFile } from 'node:fs/promises'

import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'

test('the exported CSV is pure E.164 and Bulk add reads it back as its numbers', async ({
  page,
  signedIn,
}, testInfo) => {
  const active = await signedIn.active()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  // The file as a person saves it, under its own name.
  const path = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(path)
  const csv = await readFile(path, 'utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  // A title line saying what the file holds, then the column titles, then the rows.
  expect(lines[0]).toMatch(/^"# Numbers Console export of Rivera Plumbing: all \d+ numbers, /)
  const rows = lines.slice(2)
  expect(rows.length).toBe(active.length)
  // The E.164 column holds E.164 itself: "+" and digits, no quote mark in front.
  for (const number of active) expect(csv).toMatch(new RegExp(`,\\${number.phoneNumber},`))
  expect(csv).not.toContain("'+")

  const bulk = await openBulkAdd(page)
  const choosing = page.waitForEvent('filechooser')
  await bulk.dialog.getByRole('button', { name: 'Choose file' }).click()
  await (await choosing).setFiles(path)
  await expect(bulk.headerCheckbox).toBeChecked()
  await expect(bulk.summary).toHaveText(
    `${active.length} rows: 0 ready, 0 need fixing, 0 repeated in this paste, ${active.length} already registered`,
  )
  // The header is a header, not a row whose number is "164".
  await expect(bulk.row(1)).toHaveCount(0)
  const preview = bulk.dialog.getByRole('region', { name: 'Preview' })
  await expect(preview).not.toContainText(/\b164\b/)
  for (const number of active) await expect(preview).toContainText(number.phoneNumber)
})
