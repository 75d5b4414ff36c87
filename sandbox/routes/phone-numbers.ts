import { Hono, type Context } from 'hono'
import { requireBusiness, requireScope } from '../auth.ts'
import { readJsonBody } from '../body.ts'
import type { SandboxDeps, SandboxEnv } from '../context.ts'
import { SCOPES } from '../personas.ts'
import { methodNotAllowed, problem, shownID } from '../problem.ts'
import { numberInputSchema } from '../schemas.ts'
import { toRfc3339 } from '../store/time.ts'

// Mounted at /api/v4/businesses. Path params are digits only: anything else never
// matches a route and falls through to the 404 Problem.
const LIST = '/:businessID{[0-9]+}/associate-phone-numbers'
const ONE = `${LIST}/:phoneNumberID{[0-9]+}`

export function alreadyRegistered(c: Context, phoneNumber: string, field = 'phoneNumber') {
  const message = `${phoneNumber} is already registered to this business.`
  return problem(c, 'already-registered', message, { errors: [{ field, message }] })
}

export function phoneNumberRoutes(deps: SandboxDeps) {
  const { store, now } = deps
  const read = [requireScope(SCOPES.read), requireBusiness(deps)] as const
  const write = [requireScope(SCOPES.write), requireBusiness(deps)] as const
  const numberNotFound = (c: Context, id: string, which = 'active ') =>
    problem(c, 'not-found', `This business has no ${which}phone number ${shownID(id)}.`)

  return new Hono<SandboxEnv>()
    .get(LIST, ...read, async (c) => {
      // Built once per change and off the event loop's critical path (store/list-bodies.ts).
      const body = await store.phoneNumbers.listBody(c.req.param('businessID'))
      return c.body(body, 200, { 'Content-Type': 'application/json' })
    })
    .post(LIST, ...write, async (c) => {
      const body = await readJsonBody(c, numberInputSchema)
      if (!body.ok) return body.response
      const result = store.phoneNumbers.create(
        c.req.param('businessID'),
        body.data,
        toRfc3339(now()),
      )
      if (result.ok) return c.json(result.record, 201)
      if (result.reason === 'duplicate') return alreadyRegistered(c, result.phoneNumber)
      return problem(c, 'not-found', 'The new phone number could not be read back.')
    })
    .all(LIST, methodNotAllowed('GET, POST'))
    .put(ONE, ...write, async (c) => {
      const body = await readJsonBody(c, numberInputSchema)
      if (!body.ok) return body.response
      const { businessID, phoneNumberID } = c.req.param()
      const result = store.phoneNumbers.update(
        businessID,
        phoneNumberID,
        body.data,
        toRfc3339(now()),
      )
      if (result.ok) return c.json(result.record, 200)
      if (result.reason === 'duplicate') return alreadyRegistered(c, result.phoneNumber)
      return numberNotFound(c, phoneNumberID)
    })
    .delete(ONE, ...write, (c) => {
      const { businessID, phoneNumberID } = c.req.param()
      const outcome = store.phoneNumbers.remove(businessID, phoneNumberID, toRfc3339(now()))
      if (outcome === 'not-found') return numberNotFound(c, phoneNumberID, '')
      return c.body(null, 204)
    })
    .all(ONE, methodNotAllowed('PUT, DELETE'))
}
