import { QueryClient } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getCredentials, setCredentials } from '@/lib/auth/credentials-store'
import { isSignInRequested, requestSignIn, settleSignIn } from '@/lib/auth/sign-in-prompt'
import { renderWithQueryClient } from '@/testing/render-with-query-client'

import { SignInAgainDialog } from './sign-in-again-dialog'

const persona = {
  id: 'pat-rivera',
  name: 'Pat Rivera',
  role: 'pro',
  accessToken: 'fresh-token',
  businessIDs: ['1'],
}

beforeAll(() => {
  // jsdom has no modal dialogs; opening one is enough here.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false
  }
})

afterEach(() => {
  act(() => {
    if (isSignInRequested()) settleSignIn(false)
    setCredentials(null)
  })
})

function setup() {
  setCredentials({
    accessToken: 'expired-token',
    apiBaseUrl: '/api',
    label: 'Pat Rivera',
    source: 'sandbox',
    personaID: 'pat-rivera',
    role: 'pro',
  })
  const queryClient = new QueryClient()
  queryClient.setQueryData(['page', 'data'], 'what was on screen')
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(Response.json({ personas: [persona] }))),
  )
  // The app's defaults, retries included: the dialog must not disturb what is on screen.
  renderWithQueryClient(<SignInAgainDialog />, { queryClient })
  return { queryClient, user: userEvent.setup() }
}

describe('SignInAgainDialog', () => {
  it('stays hidden until a request is refused', () => {
    setup()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('asks once for several refused requests, and lets them go on with the new token', async () => {
    const { queryClient, user } = setup()
    let first!: Promise<boolean>
    let second!: Promise<boolean>
    act(() => {
      first = requestSignIn()
      second = requestSignIn()
    })
    expect(screen.getAllByRole('dialog', { name: 'Sign in again' })).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Sign in again as Pat Rivera' }))
    await expect(first).resolves.toBe(true)
    await expect(second).resolves.toBe(true)
    expect(getCredentials()).toMatchObject({ accessToken: 'fresh-token', personaID: 'pat-rivera' })
    // The cache, and so the page, are untouched.
    expect(queryClient.getQueryData(['page', 'data'])).toBe('what was on screen')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('signs out and lets the refused request fail', async () => {
    const { queryClient, user } = setup()
    let pending!: Promise<boolean>
    act(() => {
      pending = requestSignIn()
    })
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await expect(pending).resolves.toBe(false)
    expect(getCredentials()).toBeNull()
    expect(window.sessionStorage.length).toBe(0)
    expect(queryClient.getQueryData(['page', 'data'])).toBeUndefined()
  })

  it('does not wait for ever when nobody is signed in', async () => {
    setup()
    act(() => setCredentials(null))
    let pending!: Promise<boolean>
    act(() => {
      pending = requestSignIn()
    })
    await act(() => expect(pending).resolves.toBe(false))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
