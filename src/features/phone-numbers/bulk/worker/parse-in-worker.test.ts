import { parseAndCheck } from '../parse/parse-and-check'
import { parseInWorker, type WorkerLike } from './parse-in-worker'
import { answerParseRequest, REPLY_BATCH, readParseReply } from './parse-worker-protocol'

const registered = new Set(['+14155550000'])
const paste = ['Name,Phone', 'Jane,4155552671', 'Desk,4155550000', 'Bob,555'].join('\n')

/** Runs the real worker code, with a real structured clone, a macrotask away. */
function fakeWorker(answer: (data: unknown) => unknown[] = answerParseRequest) {
  const worker: WorkerLike & { terminated: boolean; posted: unknown[] } = {
    terminated: false,
    posted: [],
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const data = structuredClone(message)
      this.posted.push(data)
      setTimeout(() => {
        for (const reply of answer(data)) {
          if (this.terminated) return
          this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }))
        }
      }, 0)
    },
    terminate() {
      this.terminated = true
    },
  }
  return worker
}

describe('parseInWorker', () => {
  it('parses a small paste on the main thread', async () => {
    const createWorker = vi.fn(() => fakeWorker())
    const result = await parseInWorker(paste, { registered }, { createWorker })
    expect(createWorker).not.toHaveBeenCalled()
    expect(result).toEqual(parseAndCheck(paste, { registered }))
  })

  it('parses on the main thread where there are no workers (as in jsdom)', async () => {
    expect(typeof Worker).toBe('undefined')
    const result = await parseInWorker(paste, { registered }, { workerFromLines: 1 })
    expect(result.rows).toHaveLength(3)
  })

  it('sends a large paste to a worker and gets the same preview back', async () => {
    const worker = fakeWorker()
    const result = await parseInWorker(
      paste,
      { registered, fixes: { edits: [], removedLines: [4] } },
      { workerFromLines: 3, createWorker: () => worker },
    )
    expect(result).toEqual(
      parseAndCheck(paste, { registered, fixes: { edits: [], removedLines: [4] } }),
    )
    expect(worker.terminated).toBe(true)
    expect(worker.posted).toEqual([
      {
        text: paste,
        columns: undefined,
        header: undefined,
        registered: ['+14155550000'],
        fixes: { edits: [], removedLines: [4] },
      },
    ])
  })

  it('receives rows in batches', async () => {
    const count = 2 * REPLY_BATCH + 100
    const text = Array.from({ length: count }, (_, i) => `Tech ${i}, 415 555 ${1000 + i}`).join(
      '\n',
    )
    const replies = answerParseRequest({ text, registered: [] })
    expect(
      replies.map((reply) => (reply.kind === 'rows' ? reply.rows.length : reply.kind)),
    ).toEqual([REPLY_BATCH, REPLY_BATCH, 100, 'done'])
    const result = await parseInWorker(
      text,
      { registered: new Set() },
      { createWorker: () => fakeWorker() },
    )
    expect(result.rows).toHaveLength(count)
  })

  it('falls back to the main thread when the worker answers nonsense', async () => {
    const worker = fakeWorker(() => [{ kind: 'rows', rows: [{ line: 'one' }] }])
    const result = await parseInWorker(
      paste,
      { registered },
      { workerFromLines: 1, createWorker: () => worker },
    )
    expect(result).toEqual(parseAndCheck(paste, { registered }))
    expect(worker.terminated).toBe(true)
  })

  it('falls back to the main thread when the worker fails to start', async () => {
    const worker = fakeWorker()
    worker.postMessage = () => {
      setTimeout(() => worker.onerror?.(new ErrorEvent('error', { message: 'Failed to load' })), 0)
    }
    const result = await parseInWorker(
      paste,
      { registered },
      { workerFromLines: 1, createWorker: () => worker },
    )
    expect(result.rows).toHaveLength(3)
  })

  it('stops the worker and rejects when aborted', async () => {
    const worker = fakeWorker()
    const controller = new AbortController()
    const promise = parseInWorker(
      paste,
      { registered },
      { workerFromLines: 1, createWorker: () => worker, signal: controller.signal },
    )
    controller.abort()
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' })
    expect(worker.terminated).toBe(true)
  })
})

describe('the parse worker’s messages', () => {
  it('answers a malformed request with an error, not a crash', () => {
    expect(answerParseRequest({ text: 42 })).toEqual([
      { kind: 'error', message: 'The paste could not be read.' },
    ])
    expect(answerParseRequest(null)).toHaveLength(1)
  })

  it('reads only replies of a known shape', () => {
    expect(
      readParseReply({
        kind: 'done',
        header: null,
        delimiter: ',',
        columns: { number: 0, name: null },
        columnCount: 1,
      }),
    ).toMatchObject({ kind: 'done' })
    expect(readParseReply({ kind: 'rows', rows: [{ status: 'ready' }] })).toBeNull()
    expect(readParseReply('done')).toBeNull()
  })
})
