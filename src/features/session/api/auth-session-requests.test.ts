import { fetchAuthSession } from './auth-session-requests'

const signedIn = {
  signedIn: true,
  user: { userID: '7', firstName: 'Riley' },
  role: 'pro',
  scopes: ['supply::businesses/associate-phone-numbers.read'],
  canRead: true,
  canWrite: false,
  expiresAt: '2026-12-01T17:00:00.000Z',
  absoluteExpiresAt: '2026-12-08T09:00:00.000Z',
  devTokenSignIn: false,
}

function answer(status: number, body: unknown) {
  const fetch = vi.fn<typeof globalThis.fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status })),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const read = () => fetchAuthSession({ signal: new AbortController().signal })

describe('fetchAuthSession', () => {
  it('reads who is signed in and what they may do, sending the gateway’s header', async () => {
    const fetch = answer(200, signedIn)
    await expect(read()).resolves.toMatchObject({ signedIn: true, canWrite: false })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/auth/session')
    expect(new Headers(init?.headers).get('X-Requested-With')).toBe('numbers-console')
    expect(init?.credentials).toBe('same-origin')
  })

  it('offers the developer sign-ins only when the server says so', async () => {
    answer(200, { signedIn: false })
    await expect(read()).resolves.toEqual({
      signedIn: false,
      devTokenSignIn: false,
      staffSignIn: false,
    })
    answer(200, { signedIn: false, devTokenSignIn: true })
    await expect(read()).resolves.toEqual({
      signedIn: false,
      devTokenSignIn: true,
      staffSignIn: false,
    })
  })

  it('refuses an answer it does not understand instead of guessing', async () => {
    answer(200, { ...signedIn, canWrite: 'yes' })
    await expect(read()).rejects.toThrow('not understood')
    answer(500, {})
    await expect(read()).rejects.toThrow('answered 500')
  })
})
