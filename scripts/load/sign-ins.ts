import { z } from 'zod'

import { NAMED_BUSINESSES } from '../../sandbox/personas'
import { signInThroughConsent } from '../../server/testing/consent-sign-in'

import { type Authorize, bearer, cookieSession } from './api'
import { type Target } from './workload'

/** Who works on what: several businesses, several clients on some of them. */
const ASSIGNMENTS = [
  { personaID: 'pat-rivera', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeElectric.id, areaCode: '503' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.metroHvac.id, areaCode: '617' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeSolar.id, areaCode: '718' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeElectric.id, areaCode: '503' },
  { personaID: 'pat-rivera', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.leeSolar.id, areaCode: '718' },
]

// Thumbtack has no support role, so through the gateway each business is worked on by
// its own pro: Sam's rows go to the owner, and Metro HVAC (no pro of its own) to Lee Solar.
const OWNER: Record<string, { personaID: string; business: string; areaCode: string }> = {
  [NAMED_BUSINESSES.metroHvac.id]: {
    personaID: 'morgan-lee',
    business: NAMED_BUSINESSES.leeSolar.id,
    areaCode: '718',
  },
}
const ownerOf = (business: string) =>
  business === NAMED_BUSINESSES.riveraPlumbing.id ? 'pat-rivera' : 'morgan-lee'

const personasSchema = z.object({
  personas: z.array(z.object({ id: z.string(), accessToken: z.string() })),
})

export interface Clients {
  targets: Target[]
  /** The credential that reads a business's whole list for the consistency check. */
  readerFor: (businessID: string) => string
  authorize: Authorize
}

/** Demo bearer tokens (DEV_TOKEN_SIGN_IN), or one consent sign-in per client. */
export async function signInClients(
  url: string,
  clients: number,
  throughGateway: boolean,
): Promise<Clients> {
  const rows = Array.from({ length: clients }, (_, i) => {
    const row = ASSIGNMENTS[i % ASSIGNMENTS.length] ?? ASSIGNMENTS[0]
    if (!row) throw new Error('no assignments')
    if (!throughGateway || row.personaID !== 'sam-ortiz') return row
    return OWNER[row.business] ?? { ...row, personaID: ownerOf(row.business) }
  })
  const toTarget = (row: (typeof rows)[number], token: string): Target => ({
    personaID: row.personaID,
    token,
    businessID: row.business,
    areaCode: row.areaCode,
  })
  if (throughGateway) {
    const targets: Target[] = []
    for (const row of rows) {
      targets.push(toTarget(row, (await signInThroughConsent(url, row.personaID)).cookie))
    }
    const readers = new Map<string, string>()
    for (const personaID of ['pat-rivera', 'morgan-lee']) {
      readers.set(personaID, (await signInThroughConsent(url, personaID)).cookie)
    }
    const readerFor = (businessID: string) => readers.get(ownerOf(businessID)) ?? ''
    return { targets, readerFor, authorize: cookieSession(new URL(url).origin) }
  }
  const personas = personasSchema.parse(
    await (await fetch(`${url}/sandbox/personas`)).json(),
  ).personas
  const tokenOf = (id: string) => personas.find((p) => p.id === id)?.accessToken ?? ''
  const support = tokenOf('sam-ortiz')
  return {
    targets: rows.map((row) => toTarget(row, tokenOf(row.personaID))),
    readerFor: () => support,
    authorize: bearer,
  }
}
