import { describeError } from './describe-error'

export interface FieldError {
  field: string
  message: string
}

/**
 * Why a request failed, in the terms the UI needs:
 * - `http`: the server answered with an error status (Problem Details when it can).
 * - `network`: no answer at all (offline, DNS, connection reset, CORS).
 * - `timeout`: no answer in time; the request may or may not have been applied.
 * - `contract`: the server answered 2xx with something we cannot read.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract'

export interface ApiErrorInit {
  kind: ApiErrorKind
  status: number
  title: string
  detail?: string | undefined
  type?: string | undefined
  traceID?: string | undefined
  fieldErrors?: FieldError[] | undefined
  retryAfterSeconds?: number | undefined
  cause?: unknown
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly kind: ApiErrorKind
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly type: string | undefined
  readonly traceID: string | undefined
  readonly fieldErrors: FieldError[]
  readonly retryAfterSeconds: number | undefined

  constructor(init: ApiErrorInit) {
    super(describeError(init), { cause: init.cause })
    this.kind = init.kind
    this.status = init.status
    this.title = init.title
    this.detail = init.detail
    this.type = init.type
    this.traceID = init.traceID
    this.fieldErrors = init.fieldErrors ?? []
    this.retryAfterSeconds = init.retryAfterSeconds
  }

  /** The token is missing, invalid or expired: signing in again fixes it. */
  get needsSignIn(): boolean {
    return this.status === 401 && !this.isMissingScope
  }

  /** Thumbtack answers 401 for a missing scope too; signing in again with the same grant won't help. */
  get isMissingScope(): boolean {
    return this.status === 401 && (this.type?.includes('insufficient-scope') ?? false)
  }

  get isForbidden(): boolean {
    return this.status === 403 || this.isMissingScope
  }

  /** The server may not have seen the request, or may have applied it: read before retrying a write. */
  get outcomeUnknown(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
