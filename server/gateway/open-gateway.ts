import { STAFF_IDP_PATH } from '../../sandbox/staff-idp/staff-people.ts'
import type { GatewayStore } from '../store/gateway-store'
import { openPostgresStore } from '../store/postgres-store'
import { openSqliteStore } from '../store/sqlite-store'
import { createGateway, type Gateway } from './create-gateway'
import type { GatewaySettings } from './gateway-settings'

/**
 * From settings to a running gateway: the store they name, Thumbtack's endpoints (or, in
 * sandbox mode, the sandbox on the app's own origin, known only once the server listens).
 */
export async function openGateway(
  settings: GatewaySettings,
  {
    sandboxOrigin,
    sandboxFetch,
    devTokenSignIn = false,
  }: {
    sandboxOrigin: string
    /** Calls the embedded sandbox's API in process (its origin's /api/ is the gateway). */
    sandboxFetch?: typeof fetch
    devTokenSignIn?: boolean
  },
): Promise<Gateway> {
  const store: GatewayStore =
    settings.database.kind === 'postgres'
      ? await openPostgresStore({ connectionString: settings.database.url })
      : openSqliteStore(settings.database.file)
  const authBase = settings.thumbtack?.authBase ?? sandboxOrigin
  const apiBase = settings.thumbtack?.apiBase ?? `${sandboxOrigin}/api/`
  return createGateway({
    ...(settings.publicOrigin === undefined ? {} : { publicOrigin: settings.publicOrigin }),
    authorizationServer: {
      issuer: authBase,
      authorizationEndpoint: `${authBase}/oauth2/auth`,
      tokenEndpoint: `${authBase}/oauth2/token`,
      // Thumbtack documents no revocation endpoint; this is its server software's path.
      revocationEndpoint: `${authBase}/oauth2/revoke`,
    },
    client: settings.client,
    apiBase,
    sessionKeys: settings.sessionKeys,
    sessionIdleSeconds: settings.sessionIdleSeconds,
    sessionAbsoluteSeconds: settings.sessionAbsoluteSeconds,
    store,
    devTokenSignIn,
    ...(settings.staff
      ? {
          staff: {
            ...settings.staff,
            issuer: settings.staff.issuer ?? `${sandboxOrigin}${STAFF_IDP_PATH}`,
          },
        }
      : {}),
    ...(settings.thumbtack === undefined && sandboxFetch ? { fetch: sandboxFetch } : {}),
  })
}
