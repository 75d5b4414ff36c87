import { isIPv6 } from 'node:net'
import { networkInterfaces } from 'node:os'
import type { Context, MiddlewareHandler } from 'hono'
import { problem } from './problem.ts'

// DNS rebinding: a page on evil.example points its own name at 127.0.0.1 and becomes
// "same origin" with this server, so the browser lets it read everything. Its requests
// still say `Host: evil.example`: only the names of this computer (and the ones the
// operator configured) are answered. An IP address as the Host is never a rebinding.

/** This computer's own names; any port. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const

/** `[::1]` for an IPv6 address, lower case for every name, so comparisons are exact. */
export function normalHostName(name: string): string {
  const lower = name.toLowerCase()
  return isIPv6(lower) ? `[${lower}]` : lower
}

/** The host name of a Host header (no port), or undefined when it is not one. */
export function hostNameOf(header: string): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header)
  return match?.[1] === undefined ? undefined : normalHostName(match[1])
}

/** The addresses other machines reach a server bound to 0.0.0.0 or :: by. */
export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info === undefined ? [] : [normalHostName(info.address)]))
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]'])

/**
 * The names a server listening on `host` answers besides loopback: the host itself, or,
 * for a wildcard, every address of this machine.
 */
export function hostsForListenAddress(host: string): string[] {
  return WILDCARDS.has(host) ? interfaceAddresses() : [normalHostName(host)]
}

/** The Host the client asked for: the header, or the URL's when there is none (in process). */
export const requestedHost = (c: Context): string => c.req.header('host') ?? new URL(c.req.url).host

/** Answers only requests for this computer's names or `allowed`; others get a 403 Problem. */
export function trustedHostsOnly(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set<string>([...LOOPBACK_HOSTS, ...allowed.map(normalHostName)])
  return async (c, next) => {
    const host = requestedHost(c)
    const name = hostNameOf(host)
    if (name !== undefined && names.has(name)) {
      await next()
      return
    }
    const shown = JSON.stringify(host.length > 60 ? `${host.slice(0, 57)}…` : host)
    const detail = `This server answers requests for 127.0.0.1, localhost or [::1] (and the host names it is configured with), not for ${shown}. Another site may have pointed its name at this computer.`
    return problem(c, 'unknown-host', detail)
  }
}
