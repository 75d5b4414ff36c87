import type { Database } from 'better-sqlite3'
import { businessQueries } from './businesses.ts'
import { phoneNumberQueries } from './phone-numbers.ts'
import { oauthCodeQueries } from './oauth-codes.ts'
import { oauthTokenQueries } from './oauth-tokens.ts'
import { tokenQueries } from './tokens.ts'
import { seed, seedIsNeeded } from './seed.ts'

/** Everything routes may do to storage, prepared once over one Database handle. */
export function createStore(db: Database) {
  const phoneNumbers = phoneNumberQueries(db)
  return {
    businesses: businessQueries(db),
    phoneNumbers,
    tokens: tokenQueries(db),
    oauthCodes: oauthCodeQueries(db),
    oauthTokens: oauthTokenQueries(db),
    /** Back to the seed; statements stay valid because tables are emptied, not dropped. */
    reset: (metroHvacNumbers?: number, extraBusinesses?: number) => {
      seed(db, metroHvacNumbers, extraBusinesses)
      phoneNumbers.changedAll()
    },
    seedIfEmpty: () => {
      if (seedIsNeeded(db)) seed(db)
    },
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  }
}

export type Store = ReturnType<typeof createStore>
