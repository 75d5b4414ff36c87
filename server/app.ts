import { Hono } from 'hono'
import { securityHeaders } from './security-headers.ts'
import { type SpaOptions, spaRoutes } from './spa.ts'

/**
 * What answers `/api/` and `/sandbox/`. Today always the Thumbtack emulator (`sandbox/`);
 * the sign-in gateway will be the other kind, a proxy to Thumbtack (docs/decisions/0008).
 */
export interface Upstream {
  app: Hono
  close: () => void
}

/**
 * The app server's routes: security headers on every answer, the upstream, then the
 * built app. Without `staticDir` (Vite serves the pages in `npm run dev`) only the
 * upstream, under the dev policy that lets Vite's inline scripts run.
 */
export function composeApp({
  upstream,
  staticDir,
  spa = {},
}: {
  upstream: Upstream
  staticDir?: string
  spa?: SpaOptions
}) {
  const app = new Hono().use('*', securityHeaders({ dev: staticDir === undefined }))
  app.route('/', upstream.app)
  if (staticDir !== undefined) app.route('/', spaRoutes(staticDir, spa))
  return app
}
