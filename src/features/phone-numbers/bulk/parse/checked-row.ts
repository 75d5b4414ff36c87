import { type PhoneProblem } from '@/lib/phone/phone-problem'

import { type PastedRow, type PhoneCheck } from './pasted-row'

export interface CheckContext {
  /** The business's active numbers in E.164: a row with one of them is skipped. */
  registered: ReadonlySet<string>
}

export interface RowProblem {
  /** null: the row as a whole (Thumbtack refused it without naming a field, or it was not sent). */
  field: 'phoneNumber' | 'name' | null
  /** parsePhoneInput's reason, 'name' for the name rule, 'server' when Thumbtack refused the row. */
  reason: PhoneProblem | 'name' | 'server'
  message: string
}

interface RowBase extends PastedRow {
  /** The name to send: the trimmed name text, or the number's national format when empty. */
  name: string
  nameDefaulted: boolean
  /** Thumbtack's refusal when the row was last sent; edits (updateRow) drop it. */
  serverProblem?: RowProblem | undefined
  phone: PhoneCheck
}

interface Valid {
  e164: string
  national: string
}

export type CheckedRow = RowBase &
  (
    | ({ status: 'ready' } & Valid)
    | ({
        status: 'repeated'
        /** The earlier line with the same number. */ repeatsLine: number
      } & Valid)
    | ({ status: 'already-registered' } & Valid)
    | {
        status: 'needs-fixing'
        problems: RowProblem[]
        e164: string | null
        national: string | null
      }
  )

export type RowStatus = CheckedRow['status']
export type ReadyRow = Extract<CheckedRow, { status: 'ready' }>
