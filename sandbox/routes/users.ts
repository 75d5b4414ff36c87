import { Hono } from 'hono'
import type { SandboxEnv } from '../context.ts'
import { methodNotAllowed } from '../problem.ts'

// Mounted at /api/v4/users. Any valid token may ask who it belongs to; no scope needed.
export function userRoutes() {
  return new Hono<SandboxEnv>()
    .get('/self', (c) => c.json(c.var.caller.persona.user, 200))
    .all('/self', methodNotAllowed('GET'))
}
