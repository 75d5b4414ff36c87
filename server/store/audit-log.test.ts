import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { auditEntry, PAT, SAM } from '../audit/testing/audit-entries'
import { storeAdapters, type OpenedStore } from './testing/store-adapters'

const t0 = 1_700_000_000_000

describe.each(storeAdapters)('the $name audit log', ({ open }) => {
  let opened: OpenedStore
  beforeEach(async () => {
    opened = await open()
  })
  afterEach(async () => {
    await opened.dispose()
  })

  it('keeps every field of a row, newest first, and a second instance reads the same', async () => {
    const attempt = auditEntry({ at: t0 })
    const outcome = auditEntry({
      at: t0 + 5,
      phase: 'outcome',
      requestID: attempt.requestID,
      upstreamStatus: 200,
      traceID: 'feca66787a0a9ee8',
      result: 'done',
    })
    const bulk = auditEntry({
      at: t0 + 9,
      action: 'bulk-create',
      phoneNumberID: null,
      phoneNumber: null,
      before: null,
      after: { phoneNumbers: [{ phoneNumber: '+14155550101', name: 'Van' }] },
      actor: SAM,
    })
    for (const e of [attempt, outcome, bulk]) await opened.store.audit.append(e)
    const other = await opened.openAnother()
    const page = await other.audit.list({ limit: 10 })
    expect(page.entries).toEqual([bulk, outcome, attempt])
    expect(page.nextCursor).toBeNull()
  })

  it('narrows by business, allowed businesses, number, who, what and when', async () => {
    const rows = [
      auditEntry({ at: t0, businessID: '1001', phoneNumberID: '2001' }),
      auditEntry({ at: t0 + 10, businessID: '1001', phoneNumberID: '2002', actor: SAM }),
      auditEntry({ at: t0 + 20, businessID: '1002', action: 'delete' }),
      auditEntry({ at: t0 + 30, businessID: null, phoneNumberID: null, action: 'sign-in' }),
    ]
    for (const e of rows) await opened.store.audit.append(e)
    const ids = async (filter: Parameters<typeof opened.store.audit.list>[0]) =>
      (await opened.store.audit.list(filter)).entries.map((e) => e.at - t0)
    expect(await ids({ limit: 10, businessID: '1001' })).toEqual([10, 0])
    expect(await ids({ limit: 10, businessIDs: ['1002'] })).toEqual([20])
    expect(await ids({ limit: 10, businessIDs: [] })).toEqual([])
    expect(await ids({ limit: 10, phoneNumberID: '2002' })).toEqual([10])
    expect(await ids({ limit: 10, actorKind: 'staff' })).toEqual([10])
    expect(await ids({ limit: 10, actorKind: 'pro', actorID: PAT.id })).toEqual([30, 20, 0])
    expect(await ids({ limit: 10, action: 'delete' })).toEqual([20])
    expect(await ids({ limit: 10, from: t0 + 10, to: t0 + 30 })).toEqual([20, 10])
  })

  it('pages with a cursor: every row once, then no next page', async () => {
    for (let i = 0; i < 5; i += 1) await opened.store.audit.append(auditEntry({ at: t0 + i }))
    const seen: number[] = []
    let cursor: string | undefined
    for (let pages = 0; pages < 5; pages += 1) {
      const page = await opened.store.audit.list({ limit: 2, ...(cursor ? { cursor } : {}) })
      seen.push(...page.entries.map((e) => e.at - t0))
      if (page.nextCursor === null) break
      cursor = page.nextCursor
    }
    expect(seen).toEqual([4, 3, 2, 1, 0])
  })

  it('refuses a cursor it never gave out and an entry that does not fit the shape', async () => {
    await expect(opened.store.audit.list({ limit: 2, cursor: "1' OR 1=1" })).rejects.toThrow(
      /cursor/,
    )
    const bad = { ...auditEntry(), phase: 'edited' } as unknown as ReturnType<typeof auditEntry>
    await expect(opened.store.audit.append(bad)).rejects.toThrow()
    expect(await opened.rawRows('gateway_audit_log')).toHaveLength(0)
  })

  it('the database itself refuses to change or remove a row', async () => {
    await opened.store.audit.append(auditEntry({ at: t0 }))
    await expect(
      opened.rawRun("UPDATE gateway_audit_log SET actor_name = 'Someone else'"),
    ).rejects.toThrow(/append-only/)
    await expect(opened.rawRun('DELETE FROM gateway_audit_log')).rejects.toThrow(/append-only/)
    const [row] = await opened.rawRows('gateway_audit_log')
    expect(row).toMatchObject({ actor_name: 'Pat Rivera' })
  })
})
