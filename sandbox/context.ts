import type { Faults } from './faults.ts'
import type { Persona } from './personas.ts'
import type { RequestLog } from './request-log.ts'
import type { Store } from './store/store.ts'

/** What the auth middleware learns about the caller, for the routes after it. */
export interface Caller {
  token: string
  persona: Persona
  /** What this token may do: the persona's scopes, or exactly what an OAuth grant gave. */
  scopes: readonly string[]
  /** A demo sign-in from /sandbox/personas, or a token from /oauth2/token. */
  via: 'persona' | 'oauth'
}

export interface SandboxEnv {
  Variables: { caller: Caller }
}

/** Passed to every router factory: no module-level state, so sandboxes never share any. */
export interface SandboxDeps {
  store: Store
  faults: Faults
  requestLog: RequestLog
  now: () => Date
  /** The configured public origin (`http://127.0.0.1:5173`), never the request's Host. */
  publicOrigin: () => string | undefined
}
