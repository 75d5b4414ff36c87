import { phoneNumbersPath } from '@/features/phone-numbers/api/phone-number-paths'
import { businessesPath, currentUserPath } from '@/features/session/api/session-paths'
import { sendEarly } from '@/lib/api/early-responses'
import { getCredentials } from '@/lib/auth/credentials-store'

const numbersPage = /^\/businesses\/([^/]+)\/numbers(?:\/|$)/
/** The one page outside the signed-in shell. */
const signInPage = /^\/sign-in(?:\/|$)/

/**
 * What a signed-in page reads first, asked for before its code has even downloaded: the
 * shell's user and businesses, and on a business's numbers (or a dialog over them) the list.
 * Left to the components, these waited for the page's code, its first render and then a
 * round trip each. The client takes these answers instead of asking again
 * (early-responses.ts), so the requests, their checks and their errors are the usual ones.
 */
export function sendEarlyRequests(pathname: string): void {
  const credentials = getCredentials()
  // A cookie session is known only once /auth/session answers; a token is known now.
  if (!credentials || signInPage.test(pathname)) return
  const paths = [currentUserPath, businessesPath]
  const businessID = decoded(numbersPage.exec(pathname)?.[1])
  if (businessID !== undefined) paths.unshift(phoneNumbersPath(businessID))
  for (const path of paths) sendEarly(`${credentials.apiBaseUrl}${path}`, credentials.accessToken)
}

/** A path segment as the router reads it; undefined for one that does not decode. */
function decoded(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

if (typeof window !== 'undefined') sendEarlyRequests(window.location.pathname)
