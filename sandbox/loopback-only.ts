import { BlockList, isIPv6 } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { problem } from './problem.ts'

// The sandbox's controls reset data, inject faults and hand out tokens: on a server
// reachable from a network (HOST=0.0.0.0), only this computer may use them unless the
// operator says otherwise. The API under /api/ is not affected.

/** The caller's IP address, or undefined when it cannot be known. */
export type ClientAddress = (c: Context) => string | undefined

/**
 * The peer address of the Node socket behind the request. `app.request()` (in-process
 * tests) has no socket: the answer is then undefined, which counts as not loopback.
 */
export const socketAddress: ClientAddress = (c) => {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}

const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')
// BlockList matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 rule.

/** 127.0.0.0/8, ::1 and ::ffff:127.x.x.x; anything else, "unknown" included, is not. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined || address === '') return false
  try {
    return loopback.check(address, isIPv6(address) ? 'ipv6' : 'ipv4')
  } catch {
    // Not an IP address at all.
    return false
  }
}

export const REMOTE_ADMIN_ENV = 'SANDBOX_ALLOW_REMOTE_ADMIN'

/** Lets loopback clients through; others get a 403 Problem that says how to allow them. */
export function loopbackOnly(options: {
  allowRemote: boolean
  clientAddress: ClientAddress
}): MiddlewareHandler {
  return async (c, next) => {
    if (options.allowRemote || isLoopbackAddress(options.clientAddress(c))) {
      await next()
      return
    }
    const detail = `The sandbox's controls (/sandbox/personas, reset, faults, requests) answer only this computer (a loopback address such as 127.0.0.1). Start the server with ${REMOTE_ADMIN_ENV}=1 to let other machines use them.`
    return problem(c, 'loopback-only', detail)
  }
}
