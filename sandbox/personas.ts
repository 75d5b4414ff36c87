// Demo sign-ins. Each persona is a user with a role, scopes and (for pros) the
// businesses it is linked to. Support agents are linked to every business, worked out
// at request time so businesses added later are covered too.

import type { Role } from './contract/sandbox-controls.ts'
import type { User } from './contract/users.ts'

export const SCOPES = {
  list: 'supply::businesses.list',
  read: 'supply::businesses/associate-phone-numbers.read',
  write: 'supply::businesses/associate-phone-numbers.write',
} as const

export type Scope = (typeof SCOPES)[keyof typeof SCOPES]

const ALL_SCOPES: readonly Scope[] = [SCOPES.list, SCOPES.read, SCOPES.write]

/** The businesses personas are linked to by name; the rest of the seed is generated. */
export const NAMED_BUSINESSES = {
  riveraPlumbing: { id: '5343987659230309812', name: 'Rivera Plumbing' },
  leeElectric: { id: '5343987659230311447', name: 'Lee Electric' },
  leeSolar: { id: '5343987659230312093', name: 'Lee Solar' },
  metroHvac: { id: '5343987659230317730', name: 'Metro HVAC Services' },
} as const

export type NamedBusinessKey = keyof typeof NAMED_BUSINESSES

export interface Persona {
  id: string
  name: string
  role: Role
  scopes: readonly Scope[]
  /** Only for role "pro"; support reaches every business. */
  businesses: readonly NamedBusinessKey[]
  user: User
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'pat-rivera',
    name: 'Pat Rivera',
    role: 'pro',
    scopes: ALL_SCOPES,
    businesses: ['riveraPlumbing'],
    user: {
      userID: '6102938475610293847',
      email: 'pat@riveraplumbing.example',
      firstName: 'Pat',
      lastName: 'Rivera',
    },
  },
  {
    id: 'morgan-lee',
    name: 'Morgan Lee',
    role: 'pro',
    scopes: ALL_SCOPES,
    businesses: ['leeElectric', 'leeSolar'],
    user: {
      userID: '6102938475610295512',
      email: 'morgan@leeelectric.example',
      firstName: 'Morgan',
      lastName: 'Lee',
    },
  },
  {
    id: 'sam-ortiz',
    name: 'Sam Ortiz',
    role: 'support',
    scopes: ALL_SCOPES,
    businesses: [],
    user: {
      userID: '6102938475610297021',
      email: 'sam.ortiz@support.example',
      firstName: 'Sam',
      lastName: 'Ortiz',
    },
  },
  {
    id: 'riley-chen',
    name: 'Riley Chen',
    role: 'pro',
    // Read-only on purpose: exercises the missing-scope path.
    scopes: [SCOPES.list, SCOPES.read],
    businesses: ['riveraPlumbing'],
    user: {
      userID: '6102938475610298436',
      email: 'riley@riveraplumbing.example',
      firstName: 'Riley',
      lastName: 'Chen',
    },
  },
]

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.id === id)
}
