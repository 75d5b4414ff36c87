import { ApiError } from '@/lib/api/api-error'

import { forgetWriteRefusals, noteRefusal, writesRefused } from './write-refusals'

const refusal = (status: number, type: string) =>
  new ApiError({ kind: 'http', status, title: 'No.', type })

afterEach(() => forgetWriteRefusals())

describe('write refusals', () => {
  it('turns view-only on the first write refused for a missing scope or a 403', () => {
    noteRefusal(refusal(401, 'https://api.thumbtack.com/problems/insufficient-scope'), 'DELETE')
    expect(writesRefused()).toBe(true)
    forgetWriteRefusals()
    noteRefusal(refusal(403, 'about:blank'), 'POST')
    expect(writesRefused()).toBe(true)
  })

  it('ignores reads, expired sign-ins, one unlinked business and CSRF refusals', () => {
    noteRefusal(refusal(401, 'https://api.thumbtack.com/problems/insufficient-scope'), 'GET')
    noteRefusal(refusal(401, 'urn:numbers-console:problem:session-ended'), 'POST')
    noteRefusal(refusal(403, 'https://sandbox/problems/forbidden-business'), 'PUT')
    noteRefusal(refusal(403, 'urn:numbers-console:problem:csrf-refused'), 'POST')
    expect(writesRefused()).toBe(false)
  })
})
