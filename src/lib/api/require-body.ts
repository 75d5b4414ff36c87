import { ApiError } from './api-error'

/** A read must answer with a body; an empty 2xx is a broken contract, not "no data". */
export function requireBody<T>(value: T | null, what: string): T {
  if (value === null) {
    throw new ApiError({
      kind: 'contract',
      status: 200,
      title: "The server's answer was empty.",
      detail: `Expected ${what}.`,
    })
  }
  return value
}
