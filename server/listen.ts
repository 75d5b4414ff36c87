import { createServer, type RequestListener, type Server } from 'node:http'
import { tidyUnreadBodies } from './http/unread-body.ts'
import { answerUnparsableRequests } from './client-error.ts'

export interface RunningServer {
  url: string
  server: Server
  /** Stops listening, drops open connections, then runs the `onClose` given to listen(). */
  close: () => Promise<void>
}

/** Listens on `host:port` (port 0: one the OS picks) and says where, as a URL. */
export async function listen(
  handler: RequestListener,
  { port, host }: { port: number; host: string },
  onClose: () => void = () => undefined,
): Promise<RunningServer> {
  const server = createServer(handler)
  // Before the first request can arrive: an unread body must not reset the next request.
  tidyUnreadBodies(server)
  // Node's own 400s (a request it cannot parse) carry the security headers too.
  answerUnparsableRequests(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('The server has no TCP address.')
  const hostForUrl = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${hostForUrl}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        // Idle keep-alive sockets (a browser tab) would otherwise hold close() open for seconds.
        server.closeAllConnections()
        server.close(() => {
          onClose()
          resolve()
        })
      }),
  }
}

/** Closes the server on Ctrl-C or `kill`, then exits. */
export function closeOnSignals(running: RunningServer, what: string): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: closing ${what}`)
      void running.close().then(() => process.exit(0))
    })
  }
}
