import { createSqlAuditLog } from '../audit/sql-audit-log'
import {
  grantColumns,
  grantFromRow,
  grantValues,
  questionMarks,
  sessionColumns,
  sessionFromRow,
  sessionValues,
} from './columns'
import { connectionQueries, grantUnused } from './connection-store'
import type { GatewayStore } from './gateway-store'

export interface Statement {
  sql: string
  params: unknown[]
}

/**
 * What an adapter provides: SQL written with `?` placeholders in the subset both databases
 * speak. `batch` runs its statements in one transaction and returns each one's row count.
 */
export interface SqlRunner {
  all(statement: Statement): Promise<Record<string, unknown>[]>
  batch(statements: Statement[]): Promise<number[]>
  close(): Promise<void>
}

function sql(text: string, ...params: unknown[]): Statement {
  return { sql: text, params }
}

/** The one implementation of GatewayStore; the adapters differ only in their SqlRunner. */
export function createSqlStore(db: SqlRunner): GatewayStore {
  const one = async (statement: Statement) => (await db.batch([statement]))[0] ?? 0
  let closing: Promise<void> | undefined
  return {
    async createSession(session, grant) {
      const statements: Statement[] = []
      if (grant) {
        statements.push({
          sql: `INSERT INTO gateway_grants (${grantColumns}) VALUES (${questionMarks(9)})`,
          params: grantValues(grant),
        })
      }
      statements.push({
        sql: `INSERT INTO gateway_sessions (${sessionColumns}) VALUES (${questionMarks(10)})`,
        params: sessionValues(session),
      })
      await db.batch(statements)
    },
    async findSession(idHash) {
      const [row] = await db.all(
        sql(`SELECT ${sessionColumns} FROM gateway_sessions WHERE id_hash = ?`, idHash),
      )
      return row ? sessionFromRow(row) : undefined
    },
    async touchSession(idHash, lastSeenAt, idleExpiresAt) {
      await one(
        sql(
          'UPDATE gateway_sessions SET last_seen_at = ?, idle_expires_at = ? WHERE id_hash = ?',
          lastSeenAt,
          idleExpiresAt,
          idHash,
        ),
      )
    },
    async deleteSession(idHash) {
      const [row] = await db.all(
        sql('SELECT grant_id FROM gateway_sessions WHERE id_hash = ?', idHash),
      )
      const grantID = typeof row?.grant_id === 'string' ? row.grant_id : null
      await db.batch([
        sql('DELETE FROM gateway_sessions WHERE id_hash = ?', idHash),
        // A grant a connection uses stays: signing out is not disconnecting.
        sql(
          `DELETE FROM gateway_grants WHERE id = ? AND ${grantUnused('gateway_grants')}`,
          grantID,
        ),
      ])
    },
    async deleteGrant(id) {
      await db.batch([
        sql('DELETE FROM gateway_sessions WHERE grant_id = ?', id),
        sql('DELETE FROM gateway_connections WHERE grant_id = ?', id),
        sql('DELETE FROM gateway_grants WHERE id = ?', id),
        sql('DELETE FROM gateway_refresh_locks WHERE grant_id = ?', id),
      ])
    },
    async findGrant(id) {
      const [row] = await db.all(sql(`SELECT ${grantColumns} FROM gateway_grants WHERE id = ?`, id))
      return row ? grantFromRow(row) : undefined
    },
    async updateGrantTokens(id, expectedVersion, u) {
      const changed = await one(
        sql(
          `UPDATE gateway_grants SET access_token = ?, refresh_token = ?, access_expires_at = ?,
             scopes = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?`,
          u.accessToken,
          u.refreshToken,
          u.accessExpiresAt,
          u.scopes,
          u.updatedAt,
          expectedVersion + 1,
          id,
          expectedVersion,
        ),
      )
      return changed === 1
    },
    async acquireRefreshLock(grantID, holder, now, ttlMs) {
      // One statement, atomic in both databases: insert, or take over a lapsed lock.
      const changed = await one(
        sql(
          `INSERT INTO gateway_refresh_locks (grant_id, holder, expires_at) VALUES (?, ?, ?)
           ON CONFLICT (grant_id) DO UPDATE SET holder = excluded.holder,
             expires_at = excluded.expires_at
           WHERE gateway_refresh_locks.expires_at <= ?`,
          grantID,
          holder,
          now + ttlMs,
          now,
        ),
      )
      return changed === 1
    },
    async releaseRefreshLock(grantID, holder) {
      await one(
        sql('DELETE FROM gateway_refresh_locks WHERE grant_id = ? AND holder = ?', grantID, holder),
      )
    },
    async deleteExpiredSessions(now) {
      // A grant outlives its sessions only while a connection acts through it.
      const [sessions = 0] = await db.batch([
        sql(
          'DELETE FROM gateway_sessions WHERE idle_expires_at <= ? OR absolute_expires_at <= ?',
          now,
          now,
        ),
        sql(`DELETE FROM gateway_grants WHERE ${grantUnused('gateway_grants')}`),
      ])
      return sessions
    },
    ...connectionQueries(db),
    audit: createSqlAuditLog(db),
    // Idempotent: the gateway and whoever opened the store may both close it.
    close: () => (closing ??= db.close()),
  }
}
