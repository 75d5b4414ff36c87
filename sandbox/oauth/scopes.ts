import { type Persona, SCOPES } from '../personas.ts'

// Every scope the authorization server knows, in the words the consent page shows.
// Names as Thumbtack's pages and public client code give them.

export const OFFLINE_ACCESS = 'offline_access'
export const USERS_READ = 'supply::users.read'

export const SCOPE_WORDS: Readonly<Record<string, string>> = {
  [SCOPES.list]: 'See the businesses you run on Thumbtack',
  [SCOPES.read]: 'See the phone numbers registered for your businesses',
  [SCOPES.write]: 'Add, change and remove those phone numbers',
  [USERS_READ]: 'See your name and email address',
  [OFFLINE_ACCESS]: 'Stay connected when you are away, until you disconnect it',
}

export const isKnownScope = (scope: string) => Object.hasOwn(SCOPE_WORDS, scope)

/** Space-separated, as RFC 6749 section 3.3 writes scopes; repeats collapse. */
export function parseScope(value: string): string[] {
  return [...new Set(value.split(' ').filter((part) => part !== ''))]
}

/**
 * What a person may grant: the API scopes of their persona (a read-only person has no
 * `.write`), plus reading their own profile and staying connected. A scope asked for
 * but not held is left out of the grant rather than refused, and the token response's
 * `scope` says what was granted.
 */
export function grantedScopes(persona: Persona, requested: readonly string[]): string[] {
  const held = new Set<string>([...persona.scopes, USERS_READ, OFFLINE_ACCESS])
  return requested.filter((scope) => held.has(scope))
}
