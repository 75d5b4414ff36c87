import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog } from './support/pages/sign-in-page'
import { type SandboxControl } from './support/sandbox-control'

// A removal still in its Undo window is sent as the user leaves. When that last-moment
// DELETE fails (a 5xx, an expired token), nothing on the dying page can tell the user: the
// removal must survive the page and be finished, and told, on the next visit.

/** Waits until the sandbox has answered a DELETE of `phoneNumberID` with a status `failed` picks. */
async function deleteAnswered(
  sandbox: SandboxControl,
  phoneNumberID: string,
  failed: (status: number) => boolean,
) {
  await expect
    .poll(async () =>
      (await sandbox.requests()).some(
        (r) => r.method === 'DELETE' && r.path.endsWith(`/${phoneNumberID}`) && failed(r.status),
      ),
    )
    .toBe(true)
}

test.describe('a removal waiting when the page is left', () => {
  test('meets a 5xx as the page goes, and is finished and told on the next visit', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const target = await signedIn.firstActive()
    const url = page.url()
    await numbersListPage(page).deleteButton(target.name).click()
    await sandbox.setFaults({ errorRate: 1 })
    await page.goto('about:blank')
    await deleteAnswered(sandbox, target.phoneNumberID, (status) => status >= 500)
    await sandbox.setFaults({ errorRate: 0 })
    expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)

    await page.goto(url)
    await expect(
      page.getByText(`Removed ${target.name}, which was waiting when you left.`),
    ).toBeVisible()
    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
    await expect(numbersListPage(page).rowOf(target.name)).toHaveCount(0)
    // Done: a further visit has nothing left to finish.
    await page.reload()
    await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
    await expect(page.getByText(/which was waiting when you left/)).toHaveCount(0)
  })

  test('meets an expired token as the page goes, and is finished once signed in again', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const target = await signedIn.firstActive()
    const url = page.url()
    await numbersListPage(page).deleteButton(target.name).click()
    await sandbox.setFaults({ expireTokens: true })
    await page.goto('about:blank')
    await deleteAnswered(sandbox, target.phoneNumberID, (status) => status === 401)
    expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)

    await page.goto(url)
    const { dialog, asPersona } = signInAgainDialog(page)
    await expect(dialog).toBeVisible()
    await asPersona(signedIn.personaName).click()
    await expect(
      page.getByText(`Removed ${target.name}, which was waiting when you left.`),
    ).toBeVisible()
    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
  })
})
