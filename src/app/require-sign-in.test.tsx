import { screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'

import { authSessionQueries } from '@/features/session/api/auth-session-queries'
import { type AuthSession } from '@/features/session/api/auth-session-schema'
import { markSignedOut, type SignOutReason } from '@/features/session/sign-out-intent'
import { createTestQueryClient, renderWithQueryClient } from '@/testing/render-with-query-client'

import { RequireSignIn } from './require-sign-in'

/** A signed-out tab on `/connections`, after the given sign-out (or none). */
async function guardAfter(reason: SignOutReason | null) {
  markSignedOut(reason)
  const queryClient = createTestQueryClient()
  const signedOut: AuthSession = { signedIn: false, devTokenSignIn: false, staffSignIn: true }
  queryClient.setQueryData(authSessionQueries.session().queryKey, signedOut)
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <h1>Sign in</h1> },
      { element: <RequireSignIn />, children: [{ path: '/connections', element: <p>Page</p> }] },
    ],
    { initialEntries: ['/connections'] },
  )
  renderWithQueryClient(<RouterProvider router={router} />, { queryClient })
  await screen.findByRole('heading', { name: 'Sign in' })
  return `${router.state.location.pathname}${router.state.location.search}`
}

afterEach(() => markSignedOut(null))

describe('the sign-in guard, signed out', () => {
  it('after a disconnect, sends to the sign-in page that says the businesses are disconnected', async () => {
    expect(await guardAfter('disconnected')).toBe('/sign-in?disconnected=1')
  })

  it('after the user’s own Sign out, sends to a plain sign-in page', async () => {
    expect(await guardAfter('signed-out')).toBe('/sign-in')
  })

  it('with no sign-out in this tab, comes back to the page the visitor asked for', async () => {
    expect(await guardAfter(null)).toBe('/sign-in?next=%2Fconnections')
  })
})
