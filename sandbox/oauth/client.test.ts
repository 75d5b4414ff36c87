import { describe, expect, it } from 'vitest'
import { isRegisteredRedirect, registeredClient, SANDBOX_CLIENT_ID } from './client.ts'

describe('registered redirect URIs', () => {
  it('defaults to the sandbox client, accepting any loopback port for /auth/callback', () => {
    const client = registeredClient()
    expect(client.clientID).toBe(SANDBOX_CLIENT_ID)
    for (const uri of [
      'http://127.0.0.1:5173/auth/callback',
      'http://127.0.0.1:1/auth/callback',
      'http://localhost:61234/auth/callback',
      'http://127.0.0.1/auth/callback',
    ])
      expect(isRegisteredRedirect(client, uri), uri).toBe(true)
    for (const uri of [
      'http://127.0.0.2:5173/auth/callback',
      'http://[::1]:5173/auth/callback',
      'http://LOCALHOST:5173/auth/callback',
      'http://localhost.evil.example:5173/auth/callback',
      'http://127.0.0.1:5173/auth/callback#x',
      'http://127.0.0.1:5173/AUTH/callback',
      'not a url',
    ])
      expect(isRegisteredRedirect(client, uri), uri).toBe(false)
  })

  it('matches the app server’s own URIs exactly, and can turn the loopback rule off', () => {
    const client = registeredClient({
      redirectURIs: ['https://numbers.example/auth/callback'],
      allowLoopbackRedirects: false,
    })
    expect(isRegisteredRedirect(client, 'https://numbers.example/auth/callback')).toBe(true)
    expect(isRegisteredRedirect(client, 'https://numbers.example/auth/callback/')).toBe(false)
    expect(isRegisteredRedirect(client, 'https://numbers.example:443/auth/callback')).toBe(false)
    expect(isRegisteredRedirect(client, 'http://127.0.0.1:5173/auth/callback')).toBe(false)
  })
})
