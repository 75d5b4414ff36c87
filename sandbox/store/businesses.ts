import type { Database } from 'better-sqlite3'
import type { Role } from '../contract/sandbox-controls.ts'

export interface BusinessRow {
  businessID: string
  name: string
}

export interface Viewer {
  personaID: string
  role: Role
}

// A support viewer sees every business, including ones added after the seed: the rule
// is evaluated in SQL at request time rather than stored as links.
const VISIBLE = `(@support = 1 OR EXISTS (SELECT 1 FROM persona_businesses pb
  WHERE pb.persona_id = @persona AND pb.business_id = b.id))`

interface ViewerParams {
  support: number
  persona: string
}

const params = (viewer: Viewer): ViewerParams => ({
  support: viewer.role === 'support' ? 1 : 0,
  persona: viewer.personaID,
})

export function businessQueries(db: Database) {
  const exists = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM businesses WHERE id = ?',
  )
  const visibleOne = db.prepare<[ViewerParams & { id: string }], { found: number }>(
    `SELECT 1 AS found FROM businesses b WHERE b.id = @id AND ${VISIBLE}`,
  )
  const page = db.prepare<[ViewerParams & { limit: number; offset: number }], BusinessRow>(
    `SELECT b.id AS businessID, b.name FROM businesses b WHERE ${VISIBLE}
     ORDER BY b.name, b.id LIMIT @limit OFFSET @offset`,
  )
  const count = db.prepare<[ViewerParams], { total: number }>(
    `SELECT COUNT(*) AS total FROM businesses b WHERE ${VISIBLE}`,
  )
  const ids = db.prepare<[ViewerParams], string>(
    `SELECT b.id FROM businesses b WHERE ${VISIBLE} ORDER BY b.name, b.id`,
  )
  ids.pluck()
  const name = db.prepare<[string], string>('SELECT name FROM businesses WHERE id = ?')
  name.pluck()

  return {
    exists: (id: string) => exists.get(id) !== undefined,
    isVisibleTo: (viewer: Viewer, id: string) =>
      visibleOne.get({ ...params(viewer), id }) !== undefined,
    page(viewer: Viewer, limit: number, offset: number) {
      const data = page.all({ ...params(viewer), limit, offset })
      return { data, total: count.get(params(viewer))?.total ?? 0 }
    },
    idsVisibleTo: (viewer: Viewer) => ids.all(params(viewer)),
    nameOf: (id: string) => name.get(id),
  }
}

export type BusinessQueries = ReturnType<typeof businessQueries>
