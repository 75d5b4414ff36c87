import { readFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** The built single-page app (`dist/`): its files, and index.html for every other path. */
export function spaRoutes(staticDir: string): Hono {
  const indexHtml = readFileSync(path.join(staticDir, 'index.html'), 'utf8')
  const app = new Hono()
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
  // Every other path is a page of the single-page app, so deep links and reloads work.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
  return app
}
