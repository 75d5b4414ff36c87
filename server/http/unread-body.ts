import type { IncomingMessage, Server } from 'node:http'
import type { Socket } from 'node:net'

// A handler may answer without reading the body: a 413 from the Content-Length alone, a
// 405, a DELETE that ignores one. The bytes still arrive, and they must go somewhere:
// - Hono's adapter wraps the request in a web stream that pauses it once nobody reads, and
//   then gives up after 500 ms by closing the socket it had just promised to keep alive:
//   the next request on it failed with ECONNRESET.
// - Closing a socket with unread bytes sends a reset, which can wipe out the answer still
//   in flight: an oversized POST often saw a reset instead of its 413.
// So: a body of a size known to be small enough is read to the end and thrown away, and
// the connection stays open; any other (too big, or of unknown length) gets
// `Connection: close`, and the socket goes on reading after the answer until the client
// hangs up, so the answer arrives whole.

/** The most a connection reads and throws away to stay open. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024
/** How long it waits for a client to finish sending (or hang up) before closing. */
export const DRAIN_MAX_MS = 5_000

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0
}

function drainable(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length'] ?? Number.NaN)
  return req.headers['transfer-encoding'] === undefined && length <= DRAIN_MAX_BYTES
}

/** Reads the rest of the body and drops it; closes the socket past the limits. */
function discardRest(req: IncomingMessage): void {
  // The web stream's own listener pauses the request whenever its queue is full.
  req.removeAllListeners('data')
  let received = 0
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MAX_MS)
  timer.unref()
  req.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received > DRAIN_MAX_BYTES) req.socket.destroy()
  })
  req.once('close', () => clearTimeout(timer))
  req.resume()
}

/** Once the answer is written, half-close and keep reading, rather than reset. */
function lingerOnClose(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end()
    const timer = setTimeout(() => this.destroy(), DRAIN_MAX_MS)
    timer.unref()
    this.once('close', () => clearTimeout(timer))
  }
}

/**
 * Makes `server` deal with the request bodies its handler leaves unread. Call it before
 * any request arrives; the handler should not drain bodies itself (Hono's adapter:
 * `autoCleanupIncoming: false`).
 */
export function tidyUnreadBodies(server: Server): void {
  server.prependListener('request', (req, res) => {
    if (!hasBody(req)) return
    if (!drainable(req)) {
      res.shouldKeepAlive = false
      lingerOnClose(req.socket)
    }
    res.once('finish', () => {
      if (!req.complete) discardRest(req)
    })
  })
}
