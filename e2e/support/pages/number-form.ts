import { expect, type Locator, type Page } from '@playwright/test'

/** The add and the edit dialog: one form, two titles. */
export function numberForm(dialog: Locator) {
  return {
    dialog,
    phone: dialog.getByRole('textbox', { name: 'Phone number' }),
    name: dialog.getByRole('textbox', { name: 'Name' }),
    save: dialog.getByRole('button', { name: 'Save' }),
    cancel: dialog.getByRole('button', { name: 'Cancel' }),
    failed: dialog.getByRole('alert').filter({ hasText: 'Could not save the number.' }),
    changedMeanwhile: dialog
      .getByRole('alert')
      .filter({ hasText: 'This number was changed by someone else since you opened it.' }),
    discardPrompt: dialog.getByRole('alertdialog', { name: 'Discard changes?' }),
  }
}

export type NumberForm = ReturnType<typeof numberForm>

export const addForm = (page: Page) => numberForm(page.getByRole('dialog', { name: 'Add number' }))

export const editForm = (page: Page, name: string) =>
  numberForm(page.getByRole('dialog', { name: `Edit ${name}` }))

/** Opens the add form from the list with its "Add number" link. */
export async function openAddForm(page: Page): Promise<NumberForm> {
  await page.getByRole('link', { name: 'Add number' }).click()
  const form = addForm(page)
  await expect(form.dialog).toBeVisible()
  return form
}

/** Opens a number's edit form from its row's "Edit" link. */
export async function openEditForm(page: Page, name: string): Promise<NumberForm> {
  await page.getByRole('link', { name: `Edit ${name}` }).click()
  const form = editForm(page, name)
  await expect(form.dialog).toBeVisible()
  return form
}
