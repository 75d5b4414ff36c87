import { expect, test } from './support/fixtures'
import { openAddForm } from './support/pages/number-form'

test('typing a number is never made harder to read than what was typed', async ({
  page,
  signedIn: _,
}) => {
  const form = await openAddForm(page)
  const cases: [typed: string, shown: string][] = [
    ['1-800-FLOWERS', '1-800-FLOWERS'],
    ['0044 20 7946 0958', '0044 20 7946 0958'],
    ['415 555 2671 x12', '(415) 555-2671 x12'],
    ['+1 (628) 555-0134', '+1 (628) 555-0134'],
  ]
  for (const [typed, shown] of cases) {
    await form.phone.clear()
    await form.phone.pressSequentially(typed)
    await expect(form.phone).toHaveValue(shown)
  }
})
