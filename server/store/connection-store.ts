import { grantColumns, grantFromRow, questionMarks } from './columns'
import {
  connectionRecordSchema,
  staffRoleSchema,
  type ConnectionRecord,
  type GatewayStore,
} from './gateway-store'
import type { SqlRunner, Statement } from './sql-store'

const connectionColumns = 'business_id, business_name, user_id, grant_id, connected_at, renewed_at'

function connectionFromRow(row: Record<string, unknown>): ConnectionRecord {
  return connectionRecordSchema.parse({
    businessID: row.business_id,
    businessName: row.business_name,
    userID: row.user_id,
    grantID: row.grant_id,
    connectedAt: row.connected_at,
    renewedAt: row.renewed_at,
  })
}

/** A grant nothing uses: no session signed in with it, no connection acting through it. */
export const grantUnused = (alias: string) => `NOT EXISTS
  (SELECT 1 FROM gateway_sessions WHERE grant_id = ${alias}.id) AND NOT EXISTS
  (SELECT 1 FROM gateway_connections WHERE grant_id = ${alias}.id)`

type ConnectionMethods = Pick<
  GatewayStore,
  | 'replaceConnections'
  | 'listConnections'
  | 'connectionsFor'
  | 'deleteConnections'
  | 'unusedGrants'
  | 'findStaffRole'
  | 'putStaffRole'
>

/** The connection and staff-table half of the SQL store (issue 10). */
export function connectionQueries(db: SqlRunner): ConnectionMethods {
  const select = async (where: string, ...params: unknown[]) =>
    (
      await db.all({
        sql: `SELECT ${connectionColumns} FROM gateway_connections ${where}`,
        params,
      })
    ).map(connectionFromRow)
  return {
    async replaceConnections(userID, connections) {
      const ids = connections.map((c) => c.businessID)
      const statements: Statement[] = [
        {
          sql:
            ids.length === 0
              ? 'DELETE FROM gateway_connections WHERE user_id = ?'
              : `DELETE FROM gateway_connections WHERE user_id = ?
                   AND business_id NOT IN (${questionMarks(ids.length)})`,
          params: [userID, ...ids],
        },
        ...connections.map((c) => ({
          sql: `INSERT INTO gateway_connections (${connectionColumns}) VALUES (${questionMarks(6)})
            ON CONFLICT (business_id, user_id) DO UPDATE SET
              business_name = excluded.business_name, grant_id = excluded.grant_id,
              renewed_at = excluded.renewed_at`,
          params: [c.businessID, c.businessName, userID, c.grantID, c.connectedAt, c.renewedAt],
        })),
      ]
      await db.batch(statements)
    },
    listConnections: (userID) =>
      userID === undefined
        ? select('ORDER BY business_name, business_id')
        : select('WHERE user_id = ? ORDER BY business_name, business_id', userID),
    connectionsFor: (businessID) =>
      select('WHERE business_id = ? ORDER BY renewed_at DESC, user_id', businessID),
    async deleteConnections(userID, businessID) {
      const where =
        businessID === undefined ? 'WHERE user_id = ?' : 'WHERE user_id = ? AND business_id = ?'
      const params = businessID === undefined ? [userID] : [userID, businessID]
      const gone = await select(where, ...params)
      await db.batch([{ sql: `DELETE FROM gateway_connections ${where}`, params }])
      return gone
    },
    async unusedGrants(userID) {
      const rows = await db.all({
        sql: `SELECT ${grantColumns} FROM gateway_grants g
                WHERE g.user_id = ? AND ${grantUnused('g')}`,
        params: [userID],
      })
      return rows.map(grantFromRow)
    },
    async findStaffRole(subject) {
      const [row] = await db.all({
        sql: 'SELECT role FROM gateway_staff WHERE subject = ?',
        params: [subject],
      })
      const role = staffRoleSchema.safeParse(row?.role)
      return role.success ? role.data : undefined
    },
    async putStaffRole(subject, role) {
      await db.batch([
        {
          sql: `INSERT INTO gateway_staff (subject, role) VALUES (?, ?)
                  ON CONFLICT (subject) DO UPDATE SET role = excluded.role`,
          params: [subject, role],
        },
      ])
    },
  }
}
