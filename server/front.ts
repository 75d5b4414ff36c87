import { Hono } from 'hono'
import type { createSandbox } from '../sandbox/app.ts'
import { problem } from '../sandbox/problem.ts'
import type { Upstream } from './app.ts'
import type { Gateway } from './gateway/create-gateway.ts'

type Sandbox = ReturnType<typeof createSandbox>

/**
 * What answers before the built app: the gateway (`/auth/*`, every `/api/*`), then, when
 * the sandbox is embedded, its authorization server (`/oauth2/*`) and its controls
 * (`/sandbox/*`). The sandbox's own `/api/*` is never reached from the browser: the
 * gateway calls it in process (`inProcessFetch`).
 */
export function frontRoutes({
  gateway,
  sandbox,
  devTokenSignIn,
}: {
  gateway: Gateway
  sandbox: Sandbox | undefined
  devTokenSignIn: boolean
}): Upstream {
  const app = new Hono()
  // The demo sign-ins hand out bearer tokens: only for the developer option.
  if (sandbox && !devTokenSignIn) {
    app.all('/sandbox/personas', (c) =>
      problem(
        c,
        'not-found',
        'Demo sign-ins are off; sign in with Thumbtack (DEV_TOKEN_SIGN_IN=1 turns them on).',
      ),
    )
  }
  app.route('/', gateway.app)
  if (sandbox) app.route('/', sandbox.app)
  return { app, close: () => sandbox?.close() }
}

/**
 * `fetch` for the embedded sandbox's API, in process: over HTTP its origin's `/api/` is the
 * gateway itself. The request's signal (the upstream timeout) still ends the wait.
 */
export function inProcessFetch(app: Hono): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    const { signal } = request
    return await new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => {
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
      })
      Promise.resolve(app.fetch(request)).then(resolve, reject)
    })
  }
}
