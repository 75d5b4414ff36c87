import { zodResolver } from '@hookform/resolvers/zod'
import { type ReactNode, type Ref, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import { Controller, useForm, type UseFormReturn } from 'react-hook-form'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { NAME_RULE_HINT } from '@/lib/rules/name-rule'

import { type PhoneNumber, type PhoneNumberInput } from '../api/phone-number-schemas'

import { type FormDraftOwner } from './form-draft'
import { FormErrorAlert } from './form-error-alert'
import { PhoneNumberField } from './phone-number-field'
import { phoneNumberFormSchema, type PhoneNumberFormValues } from './phone-number-form-schema'
import { useKeepFormDraftOnLeaving, useRestoredFormDraft } from './use-form-draft'

export type PhoneNumberFormApi = Pick<
  UseFormReturn<PhoneNumberFormValues, unknown, PhoneNumberInput>,
  'setError' | 'reset'
>

/** What the dialog around the form may ask of it. */
export interface PhoneNumberFormHandle {
  /** Whether what the fields hold now differs from what they opened with. */
  isDirty: () => boolean
  /** Submits as the Save button would: validation, then `onSubmit`. */
  submit: () => void
}

interface PhoneNumberFormProps {
  defaultValues: PhoneNumberFormValues
  /** Finds an active number already registered as the given E.164 (the edited one excluded). */
  findDuplicate?: ((e164: string) => PhoneNumber | undefined) | undefined
  /** The edited record's number: while the field still says it, it is kept, not judged again. */
  storedNumber?: string | undefined
  /** A save is on its way (or waiting for a new sign-in): Save is disabled, the text kept. */
  submitting: boolean
  /** A failure that belongs to no field; shown with its trace ID. */
  error?: unknown
  /** Called with valid values, already normalized: E.164 number, trimmed name. */
  onSubmit: (values: PhoneNumberInput, form: PhoneNumberFormApi) => void | Promise<void>
  onCancel: () => void
  ref?: Ref<PhoneNumberFormHandle>
  /** Shown above the buttons: the edit form's "changed by someone else" warning. */
  children?: ReactNode
  /** Whose form this is, to keep what was typed across a sign-in round trip. */
  draftOwner?: FormDraftOwner | undefined
}

/** The one form for adding and editing a number. */
export function PhoneNumberForm({
  defaultValues,
  findDuplicate,
  storedNumber,
  submitting,
  error,
  onSubmit,
  onCancel,
  ref,
  children,
  draftOwner,
}: PhoneNumberFormProps) {
  const schema = useMemo(
    () => phoneNumberFormSchema({ findDuplicate, storedNumber }),
    [findDuplicate, storedNumber],
  )
  const restored = useRestoredFormDraft(draftOwner)
  const form = useForm({
    resolver: zodResolver(schema),
    // Back from signing in again: the text as it was typed. Still measured against the
    // opening values, so the form counts as changed and the leave guard asks.
    defaultValues: restored ?? defaultValues,
    mode: 'onTouched',
    shouldFocusError: true,
  })
  const { errors } = form.formState
  useKeepFormDraftOnLeaving(draftOwner, () => form.getValues())
  const formRef = useRef<HTMLFormElement>(null)
  const errorRef = useRef<HTMLDivElement>(null)
  const saveRef = useRef<HTMLButtonElement>(null)

  useImperativeHandle(
    ref,
    () => ({
      // Read from the values, which change with each keystroke, not from formState, which
      // changes a render later.
      isDirty: () => {
        const values = form.getValues()
        return (
          values.phoneNumber !== defaultValues.phoneNumber || values.name !== defaultValues.name
        )
      },
      submit: () => formRef.current?.requestSubmit(),
    }),
    [form, defaultValues],
  )

  // Disabling Save drops the focus it had; once the answer is in, put focus somewhere useful
  // (unless something else, like a field with an error, has already taken it).
  useEffect(() => {
    if (submitting) return
    const active = document.activeElement
    if (active !== null && active !== document.body) return
    ;(errorRef.current ?? saveRef.current)?.focus()
  }, [submitting, error])

  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        if (submitting) {
          event.preventDefault()
          return
        }
        void form.handleSubmit((values) => onSubmit(values, form))(event)
      }}
    >
      {/* Both fields are controllers, so they register in reading order: a failed submit
          focuses the first invalid one from the top. */}
      <Controller
        control={form.control}
        name="phoneNumber"
        render={({ field }) => (
          <PhoneNumberField
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            label="Phone number"
            hint="A US number, e.g. (415) 555-2671."
            error={errors.phoneNumber?.message}
            readOnly={submitting}
            focusOnMount
          />
        )}
      />
      <Controller
        control={form.control}
        name="name"
        render={({ field }) => (
          <TextField
            {...field}
            label="Name"
            hint={`${NAME_RULE_HINT} E.g. “Office line” or “Van 2 – Luis”.`}
            error={errors.name?.message}
            autoComplete="off"
            readOnly={submitting}
          />
        )}
      />
      {error ? <FormErrorAlert ref={errorRef} error={error} /> : null}
      {children}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-end">
        <span role="status" className="text-sm text-muted sm:mr-auto">
          {submitting ? 'Saving…' : ''}
        </span>
        <Button onClick={onCancel}>Cancel</Button>
        <Button ref={saveRef} type="submit" variant="primary" disabled={submitting}>
          Save
        </Button>
      </div>
    </form>
  )
}
