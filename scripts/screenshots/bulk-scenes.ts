import { expect, type Page } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'

import { numberLines } from '../../e2e/support/bulk-add'
import { openBulkAdd } from '../../e2e/support/pages/bulk-dialog'
import { signInOnBusiness } from '../../e2e/support/signed-in'
import { type SandboxControl } from '../../e2e/support/sandbox-control'

import { type Scene, shown } from './scene'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
// Long enough to take the shots while the first chunk is on its way, short enough to wait out.
const HELD_BACK_MS = 5_000

/** Bulk add with a paste previewed: five new numbers, one that needs fixing, one repeated. */
async function previewed(page: Page, sandbox: SandboxControl) {
  await signInOnBusiness(page, sandbox, 'Pat Rivera')
  const bulk = await openBulkAdd(page)
  const lines = numberLines(5, { exchange: 870 })
  const text = ['Name, Phone', ...lines, 'Sam Wu, 415-555-01', lines[0] ?? ''].join('\n')
  await bulk.paste.fill(text)
  await shown(bulk.addButton.filter({ hasText: 'Add 5 numbers' }))
  return bulk
}

/** The Bulk add dialog empty, previewed, from a workbook, sending, finished and partly added. */
export const bulkScenes: Scene[] = [
  {
    name: 'bulk-empty',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      await openBulkAdd(page)
    },
  },
  {
    name: 'bulk-previewed',
    show: async ({ page, sandbox }) => {
      await previewed(page, sandbox)
    },
  },
  {
    name: 'bulk-workbook',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      const bulk = await openBulkAdd(page)
      const crew = numberLines(4, { exchange: 880 }).map((line) => line.split(', '))
      const workbook = await writeXlsxFile([
        { sheet: 'Crew', data: [['Technician', 'Mobile'], ...crew] },
        { sheet: 'Office', data: [['Front desk', '(312) 881-0001']] },
      ]).toBuffer()
      const choosing = page.waitForEvent('filechooser')
      await bulk.dialog.getByRole('button', { name: 'Choose file' }).click()
      await (await choosing).setFiles({ name: 'crew.xlsx', mimeType: XLSX, buffer: workbook })
      await shown(bulk.dialog.getByRole('combobox', { name: 'Sheet of “crew.xlsx”' }))
      await shown(bulk.addButton.filter({ hasText: 'Add 4 numbers' }))
    },
  },
  {
    name: 'bulk-sending',
    show: async ({ page, sandbox }) => {
      const bulk = await previewed(page, sandbox)
      // Every answer held back: the run stays on its progress while the shot is taken.
      await sandbox.setFaults({ latencyMs: HELD_BACK_MS })
      await bulk.addButton.click()
      await shown(bulk.progress)
    },
    settle: async ({ page, sandbox }) => {
      // No more held back (the list read after the run included); the chunk on its way lands.
      await sandbox.setFaults({ latencyMs: 0 })
      await expect(page.getByText(/Added 5 numbers/).first()).toBeVisible({
        timeout: HELD_BACK_MS * 4,
      })
    },
  },
  {
    name: 'bulk-finished',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      const bulk = await openBulkAdd(page)
      await bulk.paste.fill(numberLines(5, { exchange: 871 }).join('\n'))
      await shown(bulk.addButton.filter({ hasText: 'Add 5 numbers' }))
      await bulk.addButton.click()
      await shown(bulk.dialog.getByRole('button', { name: 'View numbers' }))
    },
  },
  {
    name: 'bulk-added-some',
    show: async ({ page, sandbox }) => {
      // Added, with a row left to fix: the outcome above the rows, not the finished state.
      const bulk = await previewed(page, sandbox)
      await bulk.addButton.click()
      await shown(bulk.dialog.getByText(/Added 5 numbers/))
    },
  },
]
