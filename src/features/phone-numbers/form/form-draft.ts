import { z } from 'zod'

/**
 * What was typed into an open add or edit form, kept in sessionStorage across the sign-in
 * round trip (see lib/auth/leave-for-sign-in). One per user, business and form, like the
 * bulk drafts, and read once: the form that comes back takes it and the key is gone.
 */
const formDraftSchema = z.object({ phoneNumber: z.string(), name: z.string() })
export type FormDraft = z.infer<typeof formDraftSchema>

export interface FormDraftOwner {
  businessID: string
  /** Stable across sign-ins of one person (their user ID), never a token. */
  userKey: string
  /** `new`, or the edited number's ID. */
  form: string
}

export const formDraftKey = ({ businessID, userKey, form }: FormDraftOwner) =>
  `numbers-console.form-draft.${encodeURIComponent(userKey)}.${businessID}.${encodeURIComponent(form)}`

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

export function keepFormDraft(owner: FormDraftOwner, draft: FormDraft): void {
  try {
    storage()?.setItem(formDraftKey(owner), JSON.stringify(formDraftSchema.parse(draft)))
  } catch {
    // Storage full or off: the round trip loses the text, as a reload would have.
  }
}

/** The kept draft, removed from storage as it is read; null when there is none (or junk). */
export function takeFormDraft(owner: FormDraftOwner): FormDraft | null {
  const store = storage()
  try {
    const raw = store?.getItem(formDraftKey(owner))
    if (!raw) return null
    store?.removeItem(formDraftKey(owner))
    const parsed = formDraftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
