import { describe, expect, it } from 'vitest'

import type { SessionRecord } from '../store/gateway-store'
import { actorFromSession } from './audit-actor'

const base: SessionRecord = {
  idHash: 'a'.repeat(64),
  subjectKind: 'pro',
  subjectID: '4001',
  profile: '{}',
  role: 'pro',
  grantID: 'g1',
  createdAt: 0,
  lastSeenAt: 0,
  idleExpiresAt: 1,
  absoluteExpiresAt: 1,
}

describe('the actor a history row names', () => {
  it.each([
    ['a pro, by first and last name', { firstName: 'Pat', lastName: 'Rivera' }, 'Pat Rivera'],
    ['staff, by the ID token name', { name: 'Sam Ortiz' }, 'Sam Ortiz'],
    ['staff, by given and family name', { given_name: 'Sam', family_name: 'Ortiz' }, 'Sam Ortiz'],
    ['someone with only an email', { email: 'pat@example.com' }, 'pat@example.com'],
    ['someone with no name at all, by ID', {}, '4001'],
  ])('%s', (_, profile, name) => {
    const actor = actorFromSession({ ...base, profile: JSON.stringify(profile) })
    expect(actor).toEqual({ kind: 'pro', id: '4001', name, role: 'pro' })
  })

  it('a profile that is not JSON still names the subject', () => {
    expect(actorFromSession({ ...base, profile: 'not json', role: 'support' })).toMatchObject({
      name: '4001',
      role: 'support',
    })
  })
})
