import { Hono } from 'hono'
import { compress } from 'hono/compress'
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
 * The app server's routes: security headers on every answer, compression for a client that
 * accepts it (a list of thousands of numbers is hundreds of kilobytes of JSON, about a tenth
 * of that gzipped: on a phone's slow connection the difference is seconds before the first
 * rows), the upstream, then the built app. Without `staticDir` (Vite serves the pages in `npm run dev`) only the
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
  const app = new Hono()
    .use('*', securityHeaders({ dev: staticDir === undefined }))
    .use('*', compress())
  app.route('/', upstream.app)
  if (staticDir !== undefined) app.route('/', spaRoutes(staticDir, spa))
  return app
}
