/**
 * The seven calls of the contract, and nothing else, reach Thumbtack. The upstream path is
 * rebuilt from the matched IDs (`^\d+$`), never copied from the browser's URL, so `..`,
 * encoded slashes, `@host` or doubled slashes cannot steer a request anywhere.
 */
export interface ContractCall {
  name: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  pattern: RegExp
  /** Query parameters passed on, each with the shape its value must have. */
  query?: Record<string, RegExp>
  hasBody: boolean
}

const id = '(\\d{1,30})'
const numbers = `^/businesses/${id}/associate-phone-numbers`

export const CONTRACT_CALLS: readonly ContractCall[] = [
  {
    name: 'businesses',
    method: 'GET',
    pattern: /^\/businesses$/,
    query: { limit: /^\d{1,4}$/, offset: /^\d{1,9}$/, cursor: /^[A-Za-z0-9_=-]{1,512}$/ },
    hasBody: false,
  },
  { name: 'self', method: 'GET', pattern: /^\/users\/self$/, hasBody: false },
  { name: 'list', method: 'GET', pattern: new RegExp(`${numbers}$`), hasBody: false },
  { name: 'register', method: 'POST', pattern: new RegExp(`${numbers}$`), hasBody: true },
  { name: 'update', method: 'PUT', pattern: new RegExp(`${numbers}/${id}$`), hasBody: true },
  { name: 'remove', method: 'DELETE', pattern: new RegExp(`${numbers}/${id}$`), hasBody: false },
  {
    name: 'bulk',
    method: 'POST',
    pattern: new RegExp(`^/businesses/${id}/associate-phone-numbers-bulk-create$`),
    hasBody: true,
  },
]

export type CallMatch =
  | { kind: 'allowed'; call: ContractCall; upstreamPath: string; query: URLSearchParams }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'bad-query'; detail: string }

/** `rawPath` is what follows `/api/v4`, exactly as received (still percent-encoded). */
export function matchContractCall(method: string, rawPath: string, search: string): CallMatch {
  const candidates = CONTRACT_CALLS.filter((c) => c.pattern.test(rawPath))
  if (candidates.length === 0) return { kind: 'not-found' }
  const call = candidates.find((c) => c.method === method)
  if (!call) {
    return { kind: 'method-not-allowed', allow: candidates.map((c) => c.method).join(', ') }
  }
  const given = new URLSearchParams(search)
  const query = new URLSearchParams()
  for (const [key, value] of given) {
    const shape = call.query?.[key]
    if (!shape?.test(value) || query.has(key)) {
      return {
        kind: 'bad-query',
        detail: `The query parameter "${key.slice(0, 40)}" is not accepted here.`,
      }
    }
    query.set(key, value)
  }
  // The path has matched an anchored pattern of fixed words and digits: safe to send as is.
  return { kind: 'allowed', call, upstreamPath: `v4${rawPath}`, query }
}
