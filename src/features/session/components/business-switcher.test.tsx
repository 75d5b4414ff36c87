import { screen } from '@testing-library/react'

import { activeOption, businesses, prepareSwitcherTests, setup } from './business-switcher-harness'

prepareSwitcherTests()

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
})
