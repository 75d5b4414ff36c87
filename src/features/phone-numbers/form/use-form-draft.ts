import { useEffect, useState } from 'react'

import { onLeavingForSignIn } from '@/lib/auth/leave-for-sign-in'

import {
  type FormDraft,
  type FormDraftOwner,
  formDraftKey,
  keepFormDraft,
  takeFormDraft,
} from './form-draft'

/**
 * What was typed before the page left to sign in again, as the form's starting values.
 * Read as the form opens; taken out of storage in an effect, so a double render in
 * development reads the same draft twice instead of losing it.
 */
export function useRestoredFormDraft(owner: FormDraftOwner | undefined): FormDraft | null {
  const key = owner ? formDraftKey(owner) : undefined
  const [restored] = useState(() => (owner ? peekFormDraft(owner) : null))
  useEffect(() => {
    if (owner) takeFormDraft(owner)
    // The owner is identified by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return restored
}

/** Keeps the form's values (`read` them at that moment) when the page leaves to sign in again. */
export function useKeepFormDraftOnLeaving(
  owner: FormDraftOwner | undefined,
  read: () => FormDraft,
): void {
  const key = owner ? formDraftKey(owner) : undefined
  useEffect(() => {
    if (!owner) return undefined
    return onLeavingForSignIn(() => keepFormDraft(owner, read()))
    // As above; `read` reads the live form whenever it is called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
}

function peekFormDraft(owner: FormDraftOwner): FormDraft | null {
  const draft = takeFormDraft(owner)
  if (draft) keepFormDraft(owner, draft)
  return draft
}
