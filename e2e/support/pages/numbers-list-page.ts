import { expect, type Page } from '@playwright/test'

/** A business's page: its list of numbers, the tools above it and the toasts below. */
export function numbersListPage(page: Page) {
  const rows = page.getByRole('list', { name: 'Phone numbers' }).getByRole('listitem')
  /** One toast, by its text; not the dialogs' own status lines. */
  const toast = (text: string) =>
    page.getByRole('status').getByRole('listitem').filter({ hasText: text })
  const removalToast = (name: string) => toast(`Deleted ${name}.`)
  const deleteButton = (name: string) => page.getByRole('button', { name: `Delete ${name}` })
  const heading = (businessName: string) =>
    page.getByRole('heading', { level: 1, name: businessName })
  return {
    heading,
    /**
     * Waits until the business's list has been read: the heading and toolbar are drawn
     * before the rows, so a spec that sets faults, marks the request log or acts on a row
     * waits for the busy skeleton to go (rows, the empty state or an error in its place).
     */
    async loaded(businessName: string) {
      await expect(heading(businessName)).toBeVisible()
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    },
    rows,
    rowOf: (text: string) => rows.filter({ hasText: text }),
    /** The names in the order the list shows them (only the rendered ones, for long lists). */
    shownNames: () => rows.locator('[data-field="name"]').allTextContents(),
    search: page.getByRole('searchbox', { name: 'Search numbers' }),
    sort: page.getByRole('combobox', { name: 'Sort by' }),
    /** A column title of the wide layout, whose `aria-sort` says whether it orders the list. */
    columnHeader: (name: string) => page.getByRole('columnheader', { name }),
    /** The button in a column title that sorts by it (again: the other way round). */
    sortBy: (name: string) =>
      page.getByRole('columnheader', { name }).getByRole('button', { name }),
    addLink: page.getByRole('link', { name: 'Add number' }),
    bulkAddLink: page.getByRole('link', { name: 'Bulk add' }),
    editLink: (name: string) => page.getByRole('link', { name: `Edit ${name}` }),
    deleteButton,
    toast,
    removalToast,
    /** The toast of a failed removal that names this number, whatever the reason. */
    removalFailure: (name: string) => toast(`Could not remove ${name}: `),
    /** The one toast of a kind of failure, e.g. "Could not remove 3 numbers: the server had a problem." */
    removalFailures: (message: string) => toast(message),
    /** Deletes a number and takes it back with the toast's Undo. */
    async deleteThenUndo(name: string) {
      await deleteButton(name).click()
      await removalToast(name).getByRole('button', { name: 'Undo' }).click()
    },
    /** Deletes a number and sends the removal at once, without waiting out the Undo window. */
    async deleteNow(name: string) {
      await deleteButton(name).click()
      await removalToast(name).getByRole('button', { name: 'Dismiss' }).click()
    },
  }
}

export type NumbersListPage = ReturnType<typeof numbersListPage>
