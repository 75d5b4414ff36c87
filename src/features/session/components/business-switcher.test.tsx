import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { createTestQueryClient, renderWithQueryClient } from '@/testing/render-with-query-client'

import { authSessionQueries } from '../api/auth-session-queries'
import { type SignedInSession } from '../api/auth-session-schema'
import { type Business } from '../api/session-schemas'
import { sessionQueries } from '../api/session-queries'
import { forgetRecentBusinessesCache, recentKeyFor } from '../businesses/recent-businesses'

import { BusinessSwitcher } from './business-switcher'

const businesses: Business[] = [
  { businessID: '1', name: 'Rivera Plumbing', imageURL: null },
  { businessID: '2', name: 'Metro HVAC Services', imageURL: null },
  { businessID: '3', name: 'Café Métropole', imageURL: null },
  { businessID: '4', name: 'Lee Solar', imageURL: null },
]

function setup(props: { businesses?: Business[]; currentID?: string } = {}) {
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

function activeOption(input: HTMLElement) {
  const id = input.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

beforeAll(() => {
  // jsdom does not lay out, so it has no scrollIntoView.
  Element.prototype.scrollIntoView = () => undefined
})

afterEach(() => {
  window.localStorage.clear()
  forgetRecentBusinessesCache()
})

describe('BusinessSwitcher', () => {
  it('shows the current business and starts closed', () => {
    const { input } = setup({ currentID: '4' })
    expect(input).toHaveValue('Lee Solar')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox', { hidden: true }).id)
  })

  it('narrows the list as you type, ignoring case and accents, and Enter picks the first match', async () => {
    const { user, input, onSelect } = setup({ currentID: '1' })
    await user.click(input)
    await user.keyboard('metro')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    const options = screen.getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual([
      'Metro HVAC Services',
      'Café Métropole',
    ])
    expect(activeOption(input)).toHaveTextContent('Metro HVAC Services')
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith(businesses[1])
    expect(input).toHaveAttribute('aria-expanded', 'false')
  })

  it('moves through the options with the arrow keys, wrapping around', async () => {
    const { user, input, onSelect } = setup()
    input.focus()
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(activeOption(input)).toHaveTextContent('Rivera Plumbing')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(activeOption(input)).toHaveTextContent('Café Métropole')
    await user.keyboard('{ArrowUp}')
    expect(activeOption(input)).toHaveTextContent('Metro HVAC Services')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(activeOption(input)).toHaveTextContent('Lee Solar')
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith(businesses[3])
  })

  it('opens on the current business', async () => {
    const { user, input } = setup({ currentID: '3' })
    input.focus()
    await user.keyboard('{ArrowDown}')
    expect(activeOption(input)).toHaveTextContent('Café Métropole')
  })

  it('closes with Escape, then clears the text with a second Escape', async () => {
    const { user, input, onSelect } = setup({ currentID: '1' })
    await user.click(input)
    await user.keyboard('lee')
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).not.toHaveAttribute('aria-activedescendant')
    expect(input).toHaveValue('lee')
    await user.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(onSelect).not.toHaveBeenCalled()
  })

  it('puts the current business back when focus leaves without a choice', async () => {
    const { user, input } = setup({ currentID: '1' })
    await user.click(input)
    await user.keyboard('solar')
    await user.tab()
    expect(input).toHaveValue('Rivera Plumbing')
    expect(input).toHaveAttribute('aria-expanded', 'false')
  })

  it('picks an option by click, keeping focus in the input', async () => {
    const { user, input, onSelect } = setup()
    await user.click(input)
    await user.click(screen.getByRole('option', { name: 'Lee Solar' }))
    expect(onSelect).toHaveBeenCalledWith(businesses[3])
    expect(input).toHaveFocus()
  })

  it('says when nothing matches, and Enter then does nothing', async () => {
    const { user, input, onSelect } = setup()
    await user.click(input)
    await user.keyboard('zzz{Enter}')
    expect(screen.getByText('No business matches “zzz”.')).toBeVisible()
    expect(onSelect).not.toHaveBeenCalled()
  })

  it('shows at most 50 matches and how many more there are', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      businessID: String(i),
      name: `Business ${i}`,
      imageURL: null,
    }))
    const { user, input } = setup({ businesses: many })
    await user.click(input)
    expect(screen.getAllByRole('option')).toHaveLength(50)
    expect(screen.getByText('250 more — keep typing')).toBeVisible()
    await user.keyboard('business 29')
    // "Business 29" and "Business 290"…"Business 299".
    expect(screen.getAllByRole('option')).toHaveLength(11)
    expect(screen.queryByText(/more — keep typing/)).toBeNull()
  })

  it('finds a business by its ID pasted whole or in part, with quotes, and shows the ID', async () => {
    const withIDs: Business[] = [
      { businessID: '5343987659230309812', name: 'Rivera Plumbing', imageURL: null },
      { businessID: 'bz7QK2LM9X', name: 'Kimchi Movers', imageURL: null },
    ]
    const { user, input, onSelect } = setup({ businesses: withIDs })
    await user.click(input)
    await user.paste(' "5343987659230309812" ')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Rivera Plumbing Business ID 5343987659230309812',
    ])
    await user.clear(input)
    await user.keyboard('qk2lm')
    expect(screen.getByRole('option')).toHaveTextContent('Kimchi Movers Business ID bz7QK2LM9X')
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith(withIDs[1])
  })

  it('lists the businesses this user opened last first, under "Recent"', async () => {
    window.localStorage.setItem(
      recentKeyFor('user:u-1'),
      JSON.stringify({ version: 1, businessIDs: ['3', 'gone', '2'] }),
    )
    const { user, input } = setup({ currentID: '4' })
    await user.click(input)
    const recent = screen.getByRole('group', { name: 'Recent' })
    // Lee Solar, on screen now, counts as opened: it joins the top.
    expect(
      within(recent)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Lee Solar', 'Café Métropole', 'Metro HVAC Services'])
    const others = screen.getByRole('group', { name: 'All businesses' })
    expect(
      within(others)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Rivera Plumbing'])
    await user.keyboard('{ArrowDown}')
    expect(activeOption(input)).toHaveTextContent('Café Métropole')
    // Typing searches everything, ungrouped.
    await user.keyboard('plumb')
    expect(screen.queryByRole('group')).toBeNull()
    expect(screen.getByRole('option')).toHaveTextContent('Rivera Plumbing')
  })

  it('remembers the business on screen for the next visit, for this user only', () => {
    setup({ currentID: '2' })
    expect(JSON.parse(window.localStorage.getItem(recentKeyFor('user:u-1')) ?? 'null')).toEqual({
      version: 1,
      businessIDs: ['2'],
    })
  })
})
