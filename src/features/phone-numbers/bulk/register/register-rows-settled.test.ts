import { fakeBulkServer, readyRowsFor } from '../../../../testing/fake-bulk-server'
import { type SettledRows } from './register-outcome'
import { registerRows } from './register-rows'

const businessID = '5343987659230309812'
type Row = ReturnType<typeof readyRowsFor>[number]

/** Runs the engine and keeps every row-by-row report it made, in order. */
async function runCollecting(server: ReturnType<typeof fakeBulkServer>, rows: Row[]) {
  const steps: SettledRows<Row>[] = []
  const counted: number[] = []
  const outcome = await registerRows({
    businessID,
    rows,
    client: server.client,
    fetchActiveNumbers: server.fetchActiveNumbers,
    sleep: () => Promise.resolve(),
    chunkSize: 4,
    onSettled: (step) => steps.push(step),
    onProgress: (progress) => counted.push(progress.added),
  })
  return { outcome, steps, counted }
}

const linesOf = (rows: readonly { line: number }[]) =>
  rows.map((row) => row.line).sort((a, b) => a - b)

describe('registerRows, row by row', () => {
  it('tells which rows each request added, as it goes', async () => {
    const server = fakeBulkServer()
    const { outcome, steps, counted } = await runCollecting(server, readyRowsFor(10))
    expect(steps.map((step) => step.added.length)).toEqual([4, 4, 2])
    expect(linesOf(steps.flatMap((step) => step.added))).toEqual(
      linesOf(outcome.added.map(({ row }) => row)),
    )
    expect(counted.at(-1)).toBe(10)
  })

  it('tells the refused rows with their message, and the rows found registered, apart', async () => {
    const rows = readyRowsFor(8)
    const errors = [{ field: 'phoneNumbers[1].name', message: 'Too long.' }]
    const server = fakeBulkServer({
      registered: [rows[6]?.e164 ?? ''],
      faults: [{ status: 400, body: { errors } }],
    })
    const { outcome, steps } = await runCollecting(server, rows)
    const refused = steps.flatMap((step) => step.needsAttention)
    expect(refused.map(({ row, message, field }) => ({ line: row.line, message, field }))).toEqual([
      { line: 2, message: 'Too long.', field: 'name' },
    ])
    expect(linesOf(steps.flatMap((step) => step.alreadyRegistered))).toEqual([7])
    expect(linesOf(steps.flatMap((step) => step.added))).toEqual([1, 3, 4, 5, 6, 8])
    expect(linesOf(outcome.added.map(({ row }) => row))).toEqual([1, 3, 4, 5, 6, 8])
  })
})
