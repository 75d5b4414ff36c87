import { type Server } from 'node:http'
import { type Duplex } from 'node:stream'
import { baseSecurityHeaders, contentSecurityPolicy } from './security-headers.ts'

/**
 * A request Node cannot parse (a malformed request line, a bad header) never reaches Hono,
 * so Node would answer its bare 400 without the headers every other answer carries. This
 * writes that 400 with them, then closes: the connection's framing can no longer be trusted.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that hung up, or a socket already answered, needs no answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'
    const body = JSON.stringify({
      type: 'about:blank',
      title: tooLarge ? 'Request headers too large' : 'Bad request',
      status: tooLarge ? 431 : 400,
      detail: 'The request could not be read as HTTP.',
    })
    const headers = {
      'Content-Type': 'application/problem+json',
      'Content-Length': String(Buffer.byteLength(body)),
      'Content-Security-Policy': contentSecurityPolicy,
      ...baseSecurityHeaders,
      Connection: 'close',
    }
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
    socket.end([`HTTP/1.1 ${status}`, ...head, '', body].join('\r\n'))
  })
}
