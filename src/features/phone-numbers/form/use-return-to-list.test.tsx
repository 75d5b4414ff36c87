import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'

import { useReturnToList } from './use-return-to-list'

function Dialog() {
  const returnToList = useReturnToList()
  // As the dialogs pass it on: a close button's handler, which is handed the click event.
  const close: () => void = returnToList
  return (
    <>
      <button type="button" onClick={() => returnToList({ phoneNumberID: 'n-1' })}>
        Saved
      </button>
      <button type="button" onClick={close}>
        Close
      </button>
    </>
  )
}

/** The add route reached by its address (a reload, a link): closing replaces it. */
function openedByAddress() {
  const router = createMemoryRouter(
    [
      {
        path: '/businesses/:businessID/numbers',
        element: <Outlet />,
        children: [{ path: 'new', element: <Dialog /> }],
      },
    ],
    { initialEntries: ['/businesses/b-1/numbers/new?sort=added'] },
  )
  render(<RouterProvider router={router} />)
  return { router, user: userEvent.setup() }
}

describe('useReturnToList', () => {
  it('after a save, names the number saved in the list’s router state', async () => {
    const { router, user } = openedByAddress()
    await user.click(screen.getByRole('button', { name: 'Saved' }))
    expect(router.state.location).toMatchObject({
      pathname: '/businesses/b-1/numbers',
      search: '?sort=added',
      state: { savedNumber: { phoneNumberID: 'n-1' } },
    })
  })

  it('leaves no state when handed something else, such as a close button’s click', async () => {
    const { router, user } = openedByAddress()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(router.state.location.pathname).toBe('/businesses/b-1/numbers')
    expect(router.state.location.state).toBeNull()
  })
})
