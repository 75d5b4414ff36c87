import { type CheckedRow } from '../parse/checked-row'
import { type CheckedPaste, parseAndCheck, type PasteCheckOptions } from '../parse/parse-and-check'
import { assemble, type ParseRequest, readParseReply } from './parse-worker-protocol'

/** The part of a Worker used here; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export interface ParseInWorkerOptions {
  signal?: AbortSignal | undefined
  /** Pastes with at least this many lines go to a worker (default WORKER_FROM_LINES). */
  workerFromLines?: number
  /** Defaults to the bundled parse worker; null forces the main thread. */
  createWorker?: (() => WorkerLike) | null
}

// 1,000 lines take about 60 ms on the main thread of a desktop (Chromium, first run), so a
// phone several times slower still stays under 200 ms; above that the worker's start-up cost
// (about 50 ms, off the main thread) is worth paying. Measured in Chromium, 10,000 lines
// took 220–270 ms in the worker with no main-thread task over 50 ms.
export const WORKER_FROM_LINES = 1_000

function defaultWorker(): (() => WorkerLike) | null {
  if (typeof Worker === 'undefined') return null
  // Written out in full so Vite sees it and bundles the worker as its own module.
  return () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
}

/**
 * parseAndCheck, off the main thread when the paste is large: 10,000 lines take a few hundred
 * milliseconds to check, which would freeze the page. Small pastes, and browsers or tests
 * without workers, run it here. A worker that fails to start falls back to the main thread
 * rather than leave the preview empty. Rejects with the signal's reason when aborted.
 */
export function parseInWorker(
  text: string,
  options: PasteCheckOptions,
  { signal, workerFromLines = WORKER_FROM_LINES, createWorker }: ParseInWorkerOptions = {},
): Promise<CheckedPaste> {
  const create = createWorker === undefined ? defaultWorker() : createWorker
  if (!create || !hasLines(text, workerFromLines)) {
    return Promise.resolve().then(() => parseAndCheck(text, options))
  }
  return new Promise<CheckedPaste>((resolve, reject) => {
    const worker = create()
    const rows: CheckedRow[] = []
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    const onAbort = () => {
      const reason: unknown = signal?.reason
      finish(() => {
        reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'))
      })
    }
    const fallBack = () => {
      finish(() => {
        resolve(parseAndCheck(text, options))
      })
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.onerror = fallBack
    worker.onmessage = (event) => {
      const reply = readParseReply(event.data)
      if (reply?.kind === 'rows') rows.push(...reply.rows)
      else if (reply?.kind === 'done') finish(() => resolve(assemble(rows, reply)))
      else fallBack()
    }
    const request: ParseRequest = {
      text,
      columns: options.columns,
      header: options.header,
      registered: [...options.registered],
      // Only the fixes: a whole draft passed as `fixes` would send its text a second time.
      fixes: options.fixes && {
        edits: options.fixes.edits,
        removedLines: options.fixes.removedLines,
      },
    }
    worker.postMessage(request)
  })
}

/** Whether `text` has at least `count` lines, without splitting a large paste to find out. */
function hasLines(text: string, count: number): boolean {
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1 && lines < count; at = text.indexOf('\n', at + 1)) {
    lines++
  }
  return lines >= count
}
