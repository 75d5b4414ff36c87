// The one OAuth client the sandbox's authorization server knows: the app's gateway.
// Thumbtack registers a partner's client ID, secret and redirect URIs by hand; the
// sandbox takes them from createSandbox({ oauthClient }) with defaults that work on a
// fresh clone.

export interface OAuthClientOptions {
  clientID?: string
  /** Shown on the consent page: "<name> is asking to". */
  clientName?: string
  clientSecret?: string
  /** Registered exactly as given: the redirect_uri must equal one of them, byte for byte. */
  redirectURIs?: readonly string[]
  /**
   * Also accept http://127.0.0.1:<any port>/auth/callback and
   * http://localhost:<any port>/auth/callback. On by default because tests and
   * `PORT=0` start the app server on a port nobody knows when the sandbox is created;
   * RFC 8252 section 7.3 lets a server ignore the port of a loopback redirect for the
   * same reason. Thumbtack itself compares redirect URIs exactly.
   */
  allowLoopbackRedirects?: boolean
}

export interface RegisteredClient {
  clientID: string
  clientName: string
  clientSecret: string
  redirectURIs: readonly string[]
  allowLoopbackRedirects: boolean
}

export const SANDBOX_CLIENT_ID = 'numbers-console-sandbox'
/** Public on purpose: it guards only the sandbox, which hands out demo sign-ins anyway. */
export const SANDBOX_CLIENT_SECRET = 'sandbox-client-secret-not-for-production'
export const LOOPBACK_CALLBACK_PATH = '/auth/callback'

export function registeredClient(options: OAuthClientOptions = {}): RegisteredClient {
  return {
    clientID: options.clientID ?? SANDBOX_CLIENT_ID,
    clientName: options.clientName ?? 'Numbers Console',
    clientSecret: options.clientSecret ?? SANDBOX_CLIENT_SECRET,
    redirectURIs: options.redirectURIs ?? [],
    allowLoopbackRedirects: options.allowLoopbackRedirects ?? true,
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost'])

/** A loopback callback written the one canonical way (no userinfo, query, fragment, 0-padding). */
export function isLoopbackCallback(uri: string, callbackPath = LOOPBACK_CALLBACK_PATH): boolean {
  if (!URL.canParse(uri)) return false
  const url = new URL(uri)
  return (
    url.href === uri &&
    url.protocol === 'http:' &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === callbackPath &&
    url.search === '' &&
    url.hash === ''
  )
}

export function isRegisteredRedirect(client: RegisteredClient, uri: string): boolean {
  if (client.redirectURIs.includes(uri)) return true
  return client.allowLoopbackRedirects && isLoopbackCallback(uri)
}
