import { createHash, timingSafeEqual } from 'node:crypto'
import type { RegisteredClient } from './client.ts'

// HTTP Basic client authentication (client_secret_basic, RFC 6749 section 2.3.1): the ID
// and secret are form-urlencoded, joined by ':', then base64'd. The only method the
// sandbox accepts, as Thumbtack's public integrations use it.

const BASIC = /^Basic +([A-Za-z0-9+/]+=*) *$/i

export type ClientAuth = { ok: true } | { ok: false; description: string }

/** application/x-www-form-urlencoded decoding: '+' is a space. Undefined if malformed. */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '))
  } catch {
    return undefined
  }
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Compares digests, so neither the length nor the content of the secret leaks by timing. */
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

export function authenticateClient(
  client: RegisteredClient,
  header: string | undefined,
  form: URLSearchParams,
): ClientAuth {
  if (form.has('client_secret'))
    return {
      ok: false,
      description:
        'Authenticate with HTTP Basic (client_secret_basic), not a client_secret in the body.',
    }
  const match = BASIC.exec(header ?? '')
  if (!match?.[1])
    return { ok: false, description: 'Send the client ID and secret as HTTP Basic authentication.' }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const id = colon < 0 ? undefined : formDecode(decoded.slice(0, colon))
  const secret = colon < 0 ? undefined : formDecode(decoded.slice(colon + 1))
  const bodyID = form.get('client_id')
  const known =
    id === client.clientID &&
    secret !== undefined &&
    sameSecret(secret, client.clientSecret) &&
    (bodyID === null || bodyID === id)
  return known ? { ok: true } : { ok: false, description: 'Client authentication failed.' }
}
