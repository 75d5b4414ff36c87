import { forgetEarlyRequests } from '@/lib/api/early-responses'
import { setCredentials } from '@/lib/auth/credentials-store'

import { sendEarlyRequests } from './early-requests'

const token = {
  accessToken: 'token-1',
  apiBaseUrl: '/api',
  label: 'Sam Ortiz',
  source: 'sandbox',
} as const

function urlsSentFor(pathname: string): string[] {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(Response.json({})))
  vi.stubGlobal('fetch', fetch)
  sendEarlyRequests(pathname)
  return fetch.mock.calls.map(([url]) =>
    typeof url === 'string' ? url : url instanceof URL ? url.href : url.url,
  )
}

afterEach(() => {
  setCredentials(null)
  forgetEarlyRequests()
  vi.unstubAllGlobals()
})

describe('sendEarlyRequests', () => {
  it("asks for a business's numbers, the user and the businesses on its numbers pages", () => {
    setCredentials(token)
    const list = '/api/v4/businesses/b%201/associate-phone-numbers'
    const shell = ['/api/v4/users/self', '/api/v4/businesses?limit=1000']
    expect(urlsSentFor('/businesses/b%201/numbers')).toEqual([list, ...shell])
    expect(urlsSentFor('/businesses/b%201/numbers/new')).toEqual([list, ...shell])
    expect(urlsSentFor('/businesses/b%201/history')).toEqual(shell)
    expect(urlsSentFor('/')).toEqual(shell)
  })

  it('asks for nothing on the sign-in page, without a token, or for a path that does not decode', () => {
    expect(urlsSentFor('/businesses/1/numbers')).toEqual([])
    setCredentials(token)
    expect(urlsSentFor('/sign-in')).toEqual([])
    expect(urlsSentFor('/businesses/%E0/numbers')).toEqual([
      '/api/v4/users/self',
      '/api/v4/businesses?limit=1000',
    ])
  })
})
