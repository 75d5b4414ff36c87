import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { BusinessID } from './business-id'
import { Toaster } from './toaster'

describe('BusinessID', () => {
  it('shows the ID and copies it with a labelled button, saying so in a toast', async () => {
    const user = userEvent.setup()
    render(
      <>
        <BusinessID businessID="5343987659230309812" />
        <Toaster />
      </>,
    )
    expect(screen.getByText('5343987659230309812')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Copy business ID 5343987659230309812' }))
    expect(await navigator.clipboard.readText()).toBe('5343987659230309812')
    expect(
      screen.getByRole('button', { name: 'Copy business ID 5343987659230309812' }),
    ).toHaveTextContent('Copied')
    expect(await screen.findByText('Copied business ID 5343987659230309812')).toBeVisible()
  })
})
