import { Hono } from 'hono'
import { requireBusiness, requireScope } from '../auth.ts'
import { readJsonBody } from '../body.ts'
import type { SandboxDeps, SandboxEnv } from '../context.ts'
import { SCOPES } from '../personas.ts'
import type { FieldError } from '../contract/problem.ts'
import { methodNotAllowed, validationProblem } from '../problem.ts'
import {
  bulkEnvelopeSchema,
  numberInputSchema,
  toFieldErrors,
  type NumberInput,
} from '../schemas.ts'
import { toRfc3339 } from '../store/time.ts'
import { alreadyRegistered } from './phone-numbers.ts'

// Mounted at /api/v4/businesses beside phone-numbers.ts.
const BULK = '/:businessID{[0-9]+}/associate-phone-numbers-bulk-create'

/**
 * Checks every item and names each bad one, so a client can fix them all in one go:
 * field rules first, then repeats within the request, then numbers already active.
 */
function checkItems(
  items: readonly unknown[],
  activeAmong: (numbers: string[]) => Set<string>,
): { ok: true; items: NumberInput[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const valid: NumberInput[] = []
  const firstIndex = new Map<string, number>()
  items.forEach((item, index) => {
    const result = numberInputSchema.safeParse(item)
    if (!result.success) {
      errors.push(...toFieldErrors(result.error, ['phoneNumbers', index]))
      return
    }
    const earlier = firstIndex.get(result.data.phoneNumber)
    if (earlier !== undefined) {
      const message = `Repeats phoneNumbers[${earlier}]; send each number once.`
      errors.push({ field: `phoneNumbers[${index}].phoneNumber`, message })
      return
    }
    firstIndex.set(result.data.phoneNumber, index)
    valid.push(result.data)
  })
  const active = activeAmong([...firstIndex.keys()])
  for (const [phoneNumber, index] of firstIndex) {
    if (!active.has(phoneNumber)) continue
    const message = `${phoneNumber} is already registered to this business.`
    errors.push({ field: `phoneNumbers[${index}].phoneNumber`, message })
  }
  if (errors.length > 0) {
    const at = (field: string) => Number(/^phoneNumbers\[(\d+)\]/.exec(field)?.[1] ?? -1)
    return { ok: false, errors: errors.sort((a, b) => at(a.field) - at(b.field)) }
  }
  return { ok: true, items: valid }
}

export function phoneNumberBulkRoutes(deps: SandboxDeps) {
  const { store, now } = deps
  return new Hono<SandboxEnv>()
    .post(BULK, requireScope(SCOPES.write), requireBusiness(deps), async (c) => {
      const body = await readJsonBody(c, bulkEnvelopeSchema)
      if (!body.ok) return body.response
      const businessID = c.req.param('businessID')
      const checked = checkItems(body.data.phoneNumbers, (numbers) =>
        store.phoneNumbers.activeAmong(businessID, numbers),
      )
      if (!checked.ok) return validationProblem(c, checked.errors)
      // One transaction: if anything still fails (a racing writer), nothing is stored.
      const result = store.phoneNumbers.createMany(businessID, checked.items, toRfc3339(now()))
      if (result.ok) return c.json({ phoneNumbers: result.records }, 201)
      if (result.reason === 'duplicate') return alreadyRegistered(c, result.phoneNumber)
      return validationProblem(c, [{ field: 'phoneNumbers', message: 'Nothing was stored.' }])
    })
    .all(BULK, methodNotAllowed('POST'))
}
