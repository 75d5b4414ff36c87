import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router'

import { ViewKeepingLink } from './view-keeping-link'

function Row() {
  const navigate = useNavigate()
  return (
    <ViewKeepingLink
      pathname="n-1/edit"
      navigate={navigate}
      aria-label="Edit Front desk"
      title="Edit"
      className=""
    >
      Edit
    </ViewKeepingLink>
  )
}

function listAt(address: string) {
  const router = createMemoryRouter(
    [
      { path: '/businesses/:businessID/numbers', element: <Row /> },
      { path: '/businesses/:businessID/numbers/:phoneNumberID/edit', element: <p>Edit page</p> },
    ],
    { initialEntries: [address] },
  )
  render(<RouterProvider router={router} />)
  return router
}

describe('a row’s link that keeps the view', () => {
  it('points below the list with the list’s search, sort and filters', () => {
    listAt('/businesses/b-1/numbers?q=tech&sort=added')
    expect(screen.getByRole('link', { name: 'Edit Front desk' })).toHaveAttribute(
      'href',
      '/businesses/b-1/numbers/n-1/edit?q=tech&sort=added',
    )
  })

  it('opens the page in the app on a plain click, keeping the view for the way back', async () => {
    const router = listAt('/businesses/b-1/numbers?q=tech')
    await userEvent.setup().click(screen.getByRole('link', { name: 'Edit Front desk' }))
    expect(await screen.findByText('Edit page')).toBeInTheDocument()
    expect(router.state.location).toMatchObject({
      pathname: '/businesses/b-1/numbers/n-1/edit',
      search: '?q=tech',
    })
  })

  it('leaves a modified click (a new tab) to the browser', () => {
    const router = listAt('/businesses/b-1/numbers')
    const link = screen.getByRole('link', { name: 'Edit Front desk' })
    // Seen after the app's handlers; then stopped, as jsdom cannot open another document.
    const leftToBrowser: boolean[] = []
    const record = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented)
      event.preventDefault()
    }
    document.addEventListener('click', record)
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) {
      fireEvent.click(link, { [modifier]: true })
    }
    fireEvent.click(link, { button: 1 })
    document.removeEventListener('click', record)
    expect(leftToBrowser).toEqual([true, true, true, true, true])
    expect(router.state.location.pathname).toBe('/businesses/b-1/numbers')
  })
})
