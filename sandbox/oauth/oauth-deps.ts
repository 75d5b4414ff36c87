import type { SandboxDeps } from '../context.ts'
import type { RegisteredClient } from './client.ts'

/** The sandbox's dependencies plus what only the authorization server needs. */
export interface OAuthDeps extends SandboxDeps {
  client: RegisteredClient
  /** The sandbox's injected random(), for the token endpoint's faults. */
  random: () => number
}
