import { readFile } from 'node:fs/promises'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInOnBusiness } from './support/signed-in'

test('Export CSV downloads the current view, with formulas neutralised', async ({
  page,
  sandbox,
}) => {
  const pat = await sandbox.persona('Pat Rivera')
  const businessID = pat.businessIDs[0] ?? ''
  const created = await sandbox.api(
    'Pat Rivera',
    'POST',
    `/businesses/${businessID}/associate-phone-numbers`,
    {
      phoneNumber: '+14155550168',
      name: '=HYPERLINK("http://evil.example","click")',
    },
  )
  expect(created.status()).toBe(201)

  // Signed in only now, so that the list holds the number just added.
  const { active: activeNow } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
  const active = await activeNow()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^rivera-plumbing-numbers-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile(await download.path(), 'utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

  // The first line says what the file holds: here, the whole list.
  expect(lines[0]).toBe(
    `"# Numbers Console export of Rivera Plumbing: all ${active.length} numbers, ${download.suggestedFilename().slice(-14, -4)}"`,
  )
  expect(lines[1]).toBe('Name,Phone number (E.164),Phone number,Last activity,Added,Status')
  expect(lines).toHaveLength(active.length + 2)
  // A cell a spreadsheet would run starts with a quote mark instead.
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m)
  // An E.164 cell is only "+" and digits, which cannot run: it stays pure E.164.
  expect(csv).toContain(',+14155550168,')
  expect(csv).not.toContain("'+1")

  // A filtered view exports only what is shown.
  await numbersListPage(page).search.fill('HYPERLINK')
  const filtered = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const filteredDownload = await filtered
  expect(filteredDownload.suggestedFilename()).toMatch(
    /^rivera-plumbing-numbers-filtered-\d{4}-\d{2}-\d{2}\.csv$/,
  )
  const filteredCsv = await readFile(await filteredDownload.path(), 'utf8')
  const filteredLines = filteredCsv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
  expect(filteredLines).toHaveLength(3)
  expect(filteredLines[0]).toMatch(
    /^"# Numbers Console export of Rivera Plumbing: 1 number matching “HYPERLINK”, \d{4}-\d{2}-\d{2}"$/,
  )
})
