import { BULK_PATH, pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'

test('bulk add refuses foreign numbers written in text, and sends nothing', async ({
  page,
  signedIn,
}) => {
  const { active } = signedIn
  const before = await active()
  const sent: string[] = []
  page.on('request', (request) => {
    if (BULK_PATH.test(request.url())) sent.push(request.url())
  })
  const bulk = await openBulkAdd(page)
  await pasteText(page, 'Old fax +44 20 7946 0958\nMexico +52 55 1234 5678')

  await expect(bulk.summary).toHaveText(
    '2 rows: 0 ready, 2 need fixing, 0 repeated in this paste, 0 already registered',
  )
  for (const line of [1, 2]) {
    await expect(bulk.status(line)).toHaveText('Needs fixing')
    await expect(bulk.numberField(line)).toHaveAccessibleDescription(
      'Only US numbers can be registered.',
    )
  }
  await expect(bulk.dialog).not.toContainText('(207) 946-0958')
  await expect(bulk.dialog).not.toContainText('(551) 234-5678')
  await expect(bulk.dialog.getByRole('button', { name: /^Add [1-9]/ })).toHaveCount(0)
  expect(sent).toEqual([])
  expect(await active()).toEqual(before)
})
