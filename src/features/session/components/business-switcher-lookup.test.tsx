import { screen, within } from '@testing-library/react'

import { type Business } from '../api/session-schemas'
import { recentKeyFor } from '../businesses/recent-businesses'

import { activeOption, prepareSwitcherTests, setup } from './business-switcher-harness'

prepareSwitcherTests()

describe('BusinessSwitcher, for support', () => {
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
