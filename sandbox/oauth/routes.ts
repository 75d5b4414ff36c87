import { Hono } from 'hono'
import { authorizeRoutes } from './authorize-routes.ts'
import type { OAuthDeps } from './oauth-deps.ts'
import { tokenRoutes } from './token-routes.ts'

/** The sandbox as Thumbtack's authorization server, mounted at /oauth2 like Thumbtack's. */
export function oauthRoutes(deps: OAuthDeps) {
  return new Hono().route('/', authorizeRoutes(deps)).route('/', tokenRoutes(deps))
}
