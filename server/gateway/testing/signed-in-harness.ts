import type { GatewayStore } from '../../store/gateway-store'
import { openSqliteStore } from '../../store/sqlite-store'
import { startHarness, type Harness } from './gateway-harness'

/** A harness on a store the test can read, and a pro signed in through it. */
export async function startSignedIn(): Promise<{
  h: Harness
  store: GatewayStore
  cookie: string
}> {
  const store = openSqliteStore(':memory:')
  const h = await startHarness({ store })
  const { cookie } = await h.signIn()
  return { h, store, cookie }
}
