import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { createTestQueryClient, renderWithQueryClient } from '@/testing/render-with-query-client'

import { authSessionQueries } from '../api/auth-session-queries'
import { type SignedInSession } from '../api/auth-session-schema'
import { type Business } from '../api/session-schemas'
import { sessionQueries } from '../api/session-queries'
import { forgetRecentBusinessesCache } from '../businesses/recent-businesses'

import { BusinessSwitcher } from './business-switcher'

// What the switcher's tests share: a few businesses, a signed-in user and the rendering.

export const businesses: Business[] = [
  { businessID: '1', name: 'Rivera Plumbing', imageURL: null },
  { businessID: '2', name: 'Metro HVAC Services', imageURL: null },
  { businessID: '3', name: 'Café Métropole', imageURL: null },
  { businessID: '4', name: 'Lee Solar', imageURL: null },
]

/** Renders the switcher for user u-1; returns the input, userEvent and the onSelect spy. */
export function setup(props: { businesses?: Business[]; currentID?: string } = {}) {
  const onSelect = vi.fn<(business: Business) => void>()
  renderWithQueryClient(
    <BusinessSwitcher
      businesses={props.businesses ?? businesses}
      currentID={props.currentID}
      onSelect={onSelect}
    />,
    { queryClient: signedInClient() },
  )
  const input = screen.getByRole('combobox', { name: 'Business' })
  return { user: userEvent.setup(), input, onSelect }
}

/** Signed in as user u-1 (a cookie session), whose recent businesses are kept apart. */
function signedInClient() {
  const queryClient = createTestQueryClient()
  const session: SignedInSession = {
    signedIn: true,
    devTokenSignIn: false,
    kind: 'pro',
    user: { userID: 'u-1' },
    role: 'pro',
    scopes: [],
    canRead: true,
    canWrite: true,
    canDisconnect: false,
    expiresAt: '2026-12-01T12:00:00Z',
    absoluteExpiresAt: '2026-12-01T20:00:00Z',
  }
  queryClient.setQueryData(authSessionQueries.session().queryKey, session)
  queryClient.setQueryData(sessionQueries.currentUser().queryKey, { userID: 'u-1' })
  return queryClient
}

export function activeOption(input: HTMLElement) {
  const id = input.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

/** jsdom does not lay out (no scrollIntoView); each test starts with nothing recent. */
export function prepareSwitcherTests() {
  beforeAll(() => {
    Element.prototype.scrollIntoView = () => undefined
  })
  afterEach(() => {
    window.localStorage.clear()
    forgetRecentBusinessesCache()
  })
}
