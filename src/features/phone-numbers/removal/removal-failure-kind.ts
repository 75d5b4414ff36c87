import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

/**
 * Why a removal failed, in the kinds a person acts on differently. Failures of one kind are
 * told together (removal-failure-toasts.ts); each kind says whether Retry may help. Deleting
 * is idempotent, so a retry can never remove anything twice: Retry is offered wherever
 * sending the same DELETE again could succeed, and withheld where it cannot.
 */
export type RemovalFailureKind =
  | 'server'
  | 'unreachable'
  | 'rate-limited'
  | 'signed-out'
  | 'not-allowed'
  | 'refused'
  | 'unexpected'

export function removalFailureKindOf(error: unknown): RemovalFailureKind {
  if (!isApiError(error)) return 'unexpected'
  // First: Thumbtack's missing-scope answer is a 401 too, and signing in again won't help.
  if (error.isForbidden) return 'not-allowed'
  if (error.status === 401) return 'signed-out'
  if (error.status === 429) return 'rate-limited'
  if (error.kind === 'network' || error.kind === 'timeout') return 'unreachable'
  if (error.status >= 500) return 'server'
  return 'refused'
}

interface KindWording {
  /** Ends "Could not remove 3 numbers: …", so lower-case and short. */
  reason: string
  retry: boolean
  /** What to do about it, when there is something to say. */
  advice?: (error: unknown) => string
}

const wordings: Record<RemovalFailureKind, KindWording> = {
  server: { reason: 'the server had a problem.', retry: true },
  unreachable: {
    reason: 'the server could not be reached.',
    retry: true,
    advice: () => 'Check your connection, then retry.',
  },
  'rate-limited': {
    reason: 'too many requests at once.',
    retry: true,
    advice: () => 'Wait a moment, then retry.',
  },
  'signed-out': {
    reason: 'your sign-in has expired.',
    retry: true,
    advice: () => 'Retry asks you to sign in again, then sends it.',
  },
  'not-allowed': {
    reason: 'not allowed for this sign-in.',
    retry: false,
    // The server's own sentence says what this sign-in may not do; retrying cannot change it.
    advice: (error) =>
      `${(isApiError(error) ? error.detail : undefined) ?? 'This sign-in may not change numbers for this business.'} Ask the business owner for access to change numbers.`,
  },
  refused: {
    reason: 'the server refused it.',
    retry: false,
    advice: (error) => (isApiError(error) ? describeError(error) : ''),
  },
  unexpected: { reason: 'something went wrong.', retry: true },
}

export interface FailedRemoval {
  phoneNumberID: string
  label: string
}

/** "A, B and C", or "A, B, C and 4 more" for a long list. */
function listOf(labels: readonly string[]): string {
  const shown = labels.length > 4 ? labels.slice(0, 3) : labels.slice(0, -1)
  const rest = labels.length > 4 ? `${labels.length - 3} more` : (labels.at(-1) ?? '')
  return shown.length > 0 ? `${shown.join(', ')} and ${rest}` : rest
}

/** The toast for `items`, all failed with `kind` (`error` is the latest of them). */
export function describeRemovalFailure(
  kind: RemovalFailureKind,
  error: unknown,
  items: readonly FailedRemoval[],
) {
  const wording = wordings[kind]
  const [only] = items
  const subject = items.length === 1 && only ? only.label : `${items.length} numbers`
  const back = items.length > 1 ? `Back in the list: ${listOf(items.map((i) => i.label))}.` : ''
  const detail = [back, wording.advice?.(error) ?? ''].filter(Boolean).join(' ')
  return {
    message: `Could not remove ${subject}: ${wording.reason}`,
    detail: detail || undefined,
    retry: wording.retry,
  }
}
