import { type Locator, type Page } from '@playwright/test'

/** The History of a business, or one number's history dialog (`scope`). */
export function historyView(page: Page, scope: Locator | Page = page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: /^History/ }),
    changes: scope.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem'),
    who: scope.getByRole('combobox', { name: 'Who' }),
    what: scope.getByRole('combobox', { name: 'What' }),
    when: scope.getByRole('combobox', { name: 'When' }),
    exportCsv: scope.getByRole('button', { name: 'Export CSV' }),
    empty: scope.getByText('Nothing on record matches these filters.'),
  }
}

export const numberHistoryDialog = (page: Page, label: string) =>
  page.getByRole('dialog', { name: `History of ${label}` })
