import {
  type ComponentProps,
  type Ref,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react'

import { TextField } from '@/components/ui/text-field'
import { formatPhoneEdit } from '@/lib/phone/format-as-you-type'

interface PhoneNumberFieldProps extends Omit<
  ComponentProps<typeof TextField>,
  'value' | 'onChange' | 'ref'
> {
  value: string
  onChange: (value: string) => void
  ref?: Ref<HTMLInputElement>
  /** Takes focus when it appears, in a dialog that is already open or about to open. */
  focusOnMount?: boolean
}

/**
 * A phone number formatted as it is typed or pasted: "(415) 555-2671", or "+44 20 7946 0958"
 * once a "+" and a country code are typed. The caret stays where the person is typing, and
 * Backspace over a ")" or "-" deletes the digit before it instead of sticking (see
 * formatPhoneEdit). Anything the formatter cannot read is left as typed, for the validator
 * to explain.
 */
export function PhoneNumberField({
  value,
  onChange,
  ref,
  focusOnMount = false,
  ...props
}: PhoneNumberFieldProps) {
  const inputRef = useRef<HTMLInputElement | null>(null)
  const pendingCaret = useRef<number | null>(null)
  const setRefs = useCallback(
    (element: HTMLInputElement | null) => {
      inputRef.current = element
      if (typeof ref === 'function') ref(element)
      else if (ref) ref.current = element
    },
    [ref],
  )

  useEffect(() => {
    const input = inputRef.current
    if (!focusOnMount || !input) return
    // A <dialog> opening after this mounts focuses its [autofocus] descendant (React's own
    // autoFocus prop sets no attribute); one that is open already needs focus() instead.
    input.setAttribute('autofocus', '')
    input.focus()
  }, [focusOnMount])

  // React puts the caret at the end when it writes a new value; put it back where it belongs.
  useLayoutEffect(() => {
    const input = inputRef.current
    const caret = pendingCaret.current
    pendingCaret.current = null
    if (input && caret !== null && document.activeElement === input) {
      input.setSelectionRange(caret, caret)
    }
  })

  return (
    <TextField
      {...props}
      ref={setRefs}
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      value={value}
      onChange={(event) => {
        const input = event.currentTarget
        const inputType = 'inputType' in event.nativeEvent ? event.nativeEvent.inputType : ''
        const edit = formatPhoneEdit(value, input.value, {
          caret: input.selectionStart ?? undefined,
          deleteDirection: inputType === 'deleteContentForward' ? 'forward' : 'backward',
        })
        if (edit.value === value) {
          // No state change means no render: undo the browser's edit by hand, caret included.
          input.value = edit.value
          input.setSelectionRange(edit.caret, edit.caret)
          return
        }
        pendingCaret.current = edit.caret
        onChange(edit.value)
      }}
    />
  )
}
