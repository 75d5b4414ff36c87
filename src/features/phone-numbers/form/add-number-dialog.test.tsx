import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Link, Outlet, RouterProvider, useParams } from 'react-router'

import { getToasts } from '@/components/ui/toast-store'
import { ApiError } from '@/lib/api/api-error'
import { type ApiClient } from '@/lib/api/api-client'
import { buildPhoneNumber } from '@/testing/phone-number-factory'
import { createTestQueryClient, renderWithQueryClient } from '@/testing/render-with-query-client'

import { phoneNumberQueries } from '../api/phone-number-queries'

import { AddNumberDialog } from './add-number-dialog'
import { useReturnToList } from './use-return-to-list'

const { request } = vi.hoisted(() => ({ request: vi.fn<ApiClient['request']>() }))
vi.mock('@/lib/api/client', () => ({ apiClient: { request } }))
beforeEach(() => {
  request.mockReset()
})

const businessID = '5343987659230309812'
const office = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })

function AddRoute() {
  const returnToList = useReturnToList()
  return (
    <AddNumberDialog
      businessID={useParams().businessID ?? ''}
      businessName="Rivera Plumbing"
      onClose={returnToList}
    />
  )
}

function setup() {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(phoneNumberQueries.list(businessID).queryKey, [office])
  const router = createMemoryRouter(
    [
      {
        path: '/businesses/:businessID/numbers',
        element: (
          <>
            <h1>List</h1>
            <Link to={{ pathname: 'new', search: '?sort=added' }} relative="path">
              Add number
            </Link>
            <Outlet />
          </>
        ),
        children: [{ path: 'new', element: <AddRoute /> }],
      },
    ],
    { initialEntries: [`/businesses/${businessID}/numbers?sort=added`] },
  )
  renderWithQueryClient(<RouterProvider router={router} />, { queryClient })
  return { user: userEvent.setup(), router, queryClient }
}

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('link', { name: 'Add number' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add number' })
  return {
    dialog,
    phone: within(dialog).getByLabelText('Phone number'),
    name: within(dialog).getByLabelText('Name'),
  }
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false
  }
})

describe('AddNumberDialog', () => {
  it('adds the number, says so, and goes back to the list with its query string', async () => {
    const { user, router, queryClient } = setup()
    const created = buildPhoneNumber({ phoneNumber: '+14155550123', name: 'Front desk' })
    request.mockImplementation((_path, options) =>
      Promise.resolve(options.method === 'POST' ? created : { phoneNumbers: [office, created] }),
    )
    const { phone, name } = await openForm(user)
    await user.type(phone, '4155550123')
    await user.type(name, 'Front desk')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(request).toHaveBeenCalledWith(
      `/v4/businesses/${businessID}/associate-phone-numbers`,
      expect.objectContaining({
        method: 'POST',
        body: { phoneNumber: '+14155550123', name: 'Front desk' },
      }),
    )
    expect(router.state.location.search).toBe('?sort=added')
    expect(router.state.location.pathname).toBe(`/businesses/${businessID}/numbers`)
    expect(getToasts().map((toast) => toast.message)).toContain('Added Front desk.')
    expect(queryClient.getQueryData(phoneNumberQueries.list(businessID).queryKey)).toContainEqual(
      created,
    )
  })

  it('shows a 409 as "already registered" on the number, keeping what was typed', async () => {
    const { user } = setup()
    request.mockRejectedValue(new ApiError({ kind: 'http', status: 409, title: 'Conflict' }))
    const { phone, name } = await openForm(user)
    await user.type(phone, '4155550123')
    await user.type(name, 'Front desk')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(phone).toHaveAccessibleDescription(/already registered/))
    expect(phone).toHaveValue('(415) 555-0123')
    expect(name).toHaveValue('Front desk')
  })

  it('asks before Escape throws changes away; "Keep editing" keeps them', async () => {
    const { user } = setup()
    const { phone } = await openForm(user)
    await user.type(phone, '415')
    await user.keyboard('{Escape}')
    const prompt = screen.getByRole('alertdialog', { name: 'Discard changes?' })
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(phone).toHaveValue('(415)')
    expect(phone).toHaveFocus()
  })

  it('holds the back button with the same prompt; "Discard" lets it go', async () => {
    const { user, router } = setup()
    const { phone } = await openForm(user)
    await user.type(phone, '415')
    // Blur first, as clicking the browser's back button would, so the field's validation has run.
    await user.tab()
    await act(() => router.navigate(-1))
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard changes?' })
    expect(router.state.location.pathname).toMatch(/\/new$/)
    await user.click(within(prompt).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe(`/businesses/${businessID}/numbers`)
  })

  it('closes at once when nothing was typed', async () => {
    const { user, router } = setup()
    await openForm(user)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.search).toBe('?sort=added')
  })
})
