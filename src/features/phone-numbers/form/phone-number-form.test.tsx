import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import userEvent from '@testing-library/user-event'

import { ApiError } from '@/lib/api/api-error'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { type PhoneNumber, type PhoneNumberInput } from '../api/phone-number-schemas'

import { PhoneNumberForm, type PhoneNumberFormHandle } from './phone-number-form'

interface SetupOptions {
  defaultValues?: { phoneNumber: string; name: string }
  findDuplicate?: (e164: string) => PhoneNumber | undefined
  submitting?: boolean
  error?: unknown
}

function setup(options: SetupOptions = {}) {
  const onSubmit = vi.fn<(values: PhoneNumberInput) => void>()
  const handle = createRef<PhoneNumberFormHandle>()
  render(
    <PhoneNumberForm
      defaultValues={options.defaultValues ?? { phoneNumber: '', name: '' }}
      findDuplicate={options.findDuplicate}
      submitting={options.submitting ?? false}
      error={options.error}
      onSubmit={onSubmit}
      onCancel={() => undefined}
      ref={handle}
    />,
  )
  return {
    user: userEvent.setup(),
    phone: screen.getByLabelText('Phone number'),
    name: screen.getByLabelText('Name'),
    save: screen.getByRole('button', { name: 'Save' }),
    onSubmit,
    isDirty: () => handle.current?.isDirty(),
  }
}

describe('PhoneNumberForm', () => {
  it('formats the number as it is typed, and Backspace after ")" is not stuck', async () => {
    const { user, phone } = setup()
    expect(phone).toHaveAttribute('inputmode', 'tel')
    expect(phone).toHaveAttribute('autocomplete', 'tel')
    await user.type(phone, '415')
    expect(phone).toHaveValue('(415)')
    await user.keyboard('{Backspace}')
    expect(phone).toHaveValue('41')
    await user.keyboard('55550123')
    expect(phone).toHaveValue('(415) 555-0123')
  })

  it('sends the E.164 number and the trimmed name', async () => {
    const { user, phone, name, save, onSubmit } = setup()
    await user.type(phone, '+1 415 555 0123')
    await user.type(name, '  Front desk  ')
    await user.click(save)
    expect(onSubmit).toHaveBeenCalledWith(
      { phoneNumber: '+14155550123', name: 'Front desk' },
      expect.anything(),
    )
  })

  it('says what is wrong with each field, tied to it, and focuses the first', async () => {
    const { user, phone, name, save, onSubmit } = setup()
    await user.type(phone, '+44 20 7946 0958')
    await user.click(save)
    expect(onSubmit).not.toHaveBeenCalled()
    expect(phone).toHaveAttribute('aria-invalid', 'true')
    expect(phone).toHaveAccessibleDescription(/Only US numbers can be registered\./)
    // The blank name is no error: it is optional, and the field says so.
    expect(name).not.toHaveAttribute('aria-invalid')
    expect(name).toHaveAccessibleDescription(
      /^The name is optional\. Left blank, the number itself becomes the name\./,
    )
    expect(phone).toHaveFocus()
  })

  it('sends the number as the list shows it as the name when the name is left blank', async () => {
    const { user, phone, save, onSubmit } = setup()
    await user.type(phone, '415 555 0123')
    await user.click(save)
    expect(onSubmit).toHaveBeenCalledWith(
      { phoneNumber: '+14155550123', name: '(415) 555-0123' },
      expect.anything(),
    )
  })

  it('refuses a number already registered before sending', async () => {
    const office = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })
    const { user, phone, name, save, onSubmit } = setup({
      findDuplicate: (e164) => (e164 === office.phoneNumber ? office : undefined),
    })
    await user.type(phone, '415.555.0142')
    await user.type(name, 'Desk')
    await user.click(save)
    expect(onSubmit).not.toHaveBeenCalled()
    expect(phone).toHaveAccessibleDescription(/already registered/)
  })

  it('reports when it has changes', async () => {
    const { user, name, isDirty } = setup({
      defaultValues: { phoneNumber: '(415) 555-0142', name: 'Office' },
    })
    expect(isDirty()).toBe(false)
    await user.type(name, ' line')
    expect(isDirty()).toBe(true)
    await user.keyboard('{Backspace>5/}')
    expect(isDirty()).toBe(false)
  })

  it('disables Save while sending, keeping its name', () => {
    const { save } = setup({ submitting: true })
    expect(save).toBeDisabled()
    expect(screen.getByRole('status')).toHaveTextContent('Saving…')
  })

  it('shows a failure with its trace ID', () => {
    setup({
      error: new ApiError({
        kind: 'http',
        status: 503,
        title: 'Something went wrong on our side.',
        traceID: 'feca66787a0a9ee8',
      }),
    })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong on our side.')
    expect(alert).toHaveTextContent('feca66787a0a9ee8')
  })
})
