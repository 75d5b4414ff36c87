import { randomUUID } from 'node:crypto'

import type { Context } from 'hono'

import { matchContractCall, type CallMatch } from './allowlist'
import { gatewayProblem } from './problems'
import type { UpstreamRequest } from './upstream'

const MAX_BODY_BYTES = 1024 * 1024
const prefix = '/api/v4'

/** The path exactly as the browser sent it, percent-encoding and all (Hono's is decoded). */
function rawPathAndSearch(url: string): { path: string; search: string } {
  const start = url.indexOf('/', url.indexOf('://') + 3)
  const queryAt = url.indexOf('?', start)
  return queryAt === -1
    ? { path: url.slice(start), search: '' }
    : { path: url.slice(start, queryAt), search: url.slice(queryAt) }
}

async function readBody(c: Context): Promise<ArrayBuffer | 'too-large'> {
  if (Number(c.req.header('Content-Length') ?? 0) > MAX_BODY_BYTES) return 'too-large'
  const body = await c.req.arrayBuffer()
  return body.byteLength > MAX_BODY_BYTES ? 'too-large' : body
}

type Matched = Extract<CallMatch, { kind: 'allowed' }>

/** The contract call this request is, or the Problem that refuses it. */
export function matchOrRefuse(c: Context): Matched | Response {
  const { path, search } = rawPathAndSearch(c.req.url)
  const match = path.startsWith(`${prefix}/`)
    ? matchContractCall(c.req.method, path.slice(prefix.length), search)
    : ({ kind: 'not-found' } as const)
  if (match.kind === 'not-found') {
    return gatewayProblem(c, 'not-found', 'Numbers Console does not forward this path.')
  }
  if (match.kind === 'method-not-allowed') {
    const detail = `${c.req.method.slice(0, 10)} is not allowed here; use ${match.allow}.`
    return gatewayProblem(c, 'method-not-allowed', detail, { Allow: match.allow })
  }
  if (match.kind === 'bad-query') return gatewayProblem(c, 'invalid-request', match.detail)
  return match
}

/** The upstream request, built from scratch from the matched call and the body. */
export async function upstreamRequest(
  c: Context,
  match: Matched,
): Promise<UpstreamRequest | Response> {
  const body = match.call.hasBody ? await readBody(c) : undefined
  if (body === 'too-large') {
    return gatewayProblem(c, 'payload-too-large', 'The request body is over 1 MiB.')
  }
  return {
    call: match.call,
    upstreamPath: match.upstreamPath,
    query: match.query,
    body,
    contentType: c.req.header('Content-Type'),
    requestID: randomUUID(),
  }
}
