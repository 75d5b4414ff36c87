import { readFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

export interface SpaOptions {
  /**
   * Serve `*.map` files (SERVE_SOURCE_MAPS=1). Off by default: the maps hold the app's
   * full source, which a production server need not hand to anyone who asks.
   */
  serveSourceMaps?: boolean
}

/** A path that names a file (its last segment has an extension), not a page. */
const namesAFile = /\.[A-Za-z0-9]+$/

/** The built single-page app (`dist/`): its files, and index.html for every other path. */
export function spaRoutes(staticDir: string, options: SpaOptions = {}): Hono {
  const indexHtml = readFileSync(path.join(staticDir, 'index.html'), 'utf8')
  const app = new Hono()
  if (!options.serveSourceMaps) {
    app.use('*', async (c, next) => (c.req.path.endsWith('.map') ? c.notFound() : await next()))
  }
  app.use(
    '/assets/*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => {
        // File names carry a content hash: they never change.
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use('*', serveStatic({ root: staticDir }))
  // A missing asset or file is a 404, never the app page: a stale page asking for an old
  // chunk must fail as a script, not parse HTML as JavaScript.
  app.get('/assets/*', (c) => c.notFound())
  app.get('*', (c) => {
    if (namesAFile.test(c.req.path)) return c.notFound()
    // Every other path is a page of the single-page app, so deep links and reloads work.
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
  return app
}
