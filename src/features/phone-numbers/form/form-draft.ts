import { z } from 'zod'

import {
  browserStorage,
  readStoredJSON,
  removeStored,
  writeStoredJSON,
} from '@/lib/storage/stored-json'

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

export function keepFormDraft(owner: FormDraftOwner, draft: FormDraft): void {
  // Storage full or off: the round trip loses the text, as a reload would have.
  writeStoredJSON(
    browserStorage('sessionStorage'),
    formDraftKey(owner),
    formDraftSchema.parse(draft),
  )
}

/** The kept draft, removed from storage as it is read; null when there is none (or junk). */
export function takeFormDraft(owner: FormDraftOwner): FormDraft | null {
  const storage = browserStorage('sessionStorage')
  const draft = readStoredJSON(storage, formDraftKey(owner), formDraftSchema)
  removeStored(storage, formDraftKey(owner))
  return draft
}
