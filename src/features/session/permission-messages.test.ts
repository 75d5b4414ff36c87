import { ApiError } from '@/lib/api/api-error'

import { describePermissionError, permissionDenialOf } from './permission-messages'

const problems = 'https://api.thumbtack.com/problems/'

function httpError(status: number, kind?: string) {
  return new ApiError({
    kind: 'http',
    status,
    title: 'Refused.',
    type: kind ? problems + kind : undefined,
  })
}

describe('describePermissionError', () => {
  it('says a read-only sign-in may read but not change numbers', () => {
    const error = httpError(401, 'insufficient-scope')
    expect(describePermissionError(error, 'change numbers')).toBe(
      'This sign-in may read numbers but not change them.',
    )
    expect(describePermissionError(error, 'read numbers')).toBe(
      'This sign-in may not read numbers.',
    )
    expect(describePermissionError(error, 'list businesses')).toBe(
      'This sign-in may not list your businesses.',
    )
  })

  it('says the sign-in is not linked to a business it may not reach', () => {
    const error = httpError(403, 'forbidden-business')
    expect(describePermissionError(error, 'read numbers')).toBe(
      'This sign-in is not linked to this business.',
    )
    expect(permissionDenialOf(error)).toBe('not-linked')
  })

  it('names the action for any other 403', () => {
    expect(describePermissionError(httpError(403), 'read numbers')).toBe(
      'This sign-in may not read numbers for this business.',
    )
    expect(describePermissionError(httpError(403, 'blocked'), 'change numbers')).toBe(
      'This sign-in may not change numbers for this business.',
    )
  })

  it('leaves other errors alone', () => {
    expect(describePermissionError(httpError(401, 'token-expired'), 'read numbers')).toBeNull()
    expect(describePermissionError(httpError(401), 'read numbers')).toBeNull()
    expect(describePermissionError(httpError(404), 'read numbers')).toBeNull()
    expect(describePermissionError(httpError(500), 'change numbers')).toBeNull()
    expect(describePermissionError(new Error('boom'), 'read numbers')).toBeNull()
    expect(describePermissionError(undefined, 'read numbers')).toBeNull()
  })
})
