import { test as base } from 'vitest'

import { STAFF_PEOPLE } from '../../../sandbox/staff-idp/staff-people.ts'
import type { GatewayStore } from '../../store/gateway-store'
import { openSqliteStore } from '../../store/sqlite-store'
import { startHarness, type Harness, type SignedIn } from './gateway-harness'
import { staffOptions, staffSignIn, startStaffIdp, type StaffIdp } from './staff-harness'

/** The sandbox's two staff people: Sam Ortiz (support) and Jordan Park (viewer). */
export const [SAM, JORDAN] = STAFF_PEOPLE as [(typeof STAFF_PEOPLE)[0], (typeof STAFF_PEOPLE)[0]]

/** A gateway with the sandbox's staff provider configured, on a store of its own. */
export interface StaffGateway {
  idp: StaffIdp
  store: GatewayStore
  h: Harness
  /** A staff member's whole sign-in through the provider's page. */
  signInAsStaff: (subject: string, options?: Parameters<typeof staffSignIn>[2]) => Promise<SignedIn>
}

/** `test` with a fresh staff-enabled gateway per test, closed after it. */
export const test = base.extend<{ staffGateway: StaffGateway }>({
  // eslint-disable-next-line no-empty-pattern -- Vitest needs the destructuring to see no dependencies
  staffGateway: async ({}, use) => {
    const idp = await startStaffIdp()
    const store = openSqliteStore(':memory:')
    const h = await startHarness({ store, extra: staffOptions(idp) })
    try {
      await use({
        idp,
        store,
        h,
        signInAsStaff: (subject, options) => staffSignIn(h.gateway, subject, options),
      })
    } finally {
      await h.close()
      await idp.close()
    }
  },
})
