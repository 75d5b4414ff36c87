import { ApiError } from '@/lib/api/api-error'

import { phoneFieldErrorFrom } from './server-errors'

function httpError(status: number, fieldErrors: { field: string; message: string }[] = []) {
  return new ApiError({ kind: 'http', status, title: 'Refused', fieldErrors, traceID: 'abc' })
}

describe('phoneFieldErrorFrom', () => {
  it('calls a 409 "already registered"', () => {
    expect(phoneFieldErrorFrom(httpError(409))).toMatch(/already registered/)
  })

  it('keeps the server’s words when they already say so', () => {
    const message = '+14155550142 is already registered to this business.'
    expect(phoneFieldErrorFrom(httpError(400, [{ field: 'phoneNumber', message }]))).toBe(message)
  })

  it('treats any 400 naming the number alike, keeping the server’s reason', () => {
    const error = httpError(400, [{ field: 'phoneNumber', message: 'Duplicate value.' }])
    expect(phoneFieldErrorFrom(error)).toMatch(/Duplicate value\..*already registered/)
  })

  it('leaves other errors to the form’s alert', () => {
    expect(phoneFieldErrorFrom(httpError(400, [{ field: 'name', message: 'Too long' }]))).toBe(
      undefined,
    )
    expect(phoneFieldErrorFrom(httpError(500))).toBeUndefined()
    expect(phoneFieldErrorFrom(new Error('boom'))).toBeUndefined()
  })
})
