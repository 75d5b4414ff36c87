import { ApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'
import { problemToApiError } from '@/lib/api/problem-details'
import { PHONE_PROBLEM_MESSAGES } from '@/lib/phone/phone-problem'

import { alreadyRegisteredMessage } from './find-duplicate'
import { saveFailureMessage } from './save-failure-message'

// What the sandbox (like Thumbtack) sends: its titles and details, word for word.
const expiredToken = problemToApiError(
  401,
  {
    title: 'Your access token has expired.',
    detail: 'This access token has expired. Sign in again to get a new one.',
  },
  null,
)
const injected5xx = problemToApiError(
  500,
  {
    title: 'Internal server error.',
    detail: 'The sandbox injected this failure (errorRate). Nothing was changed.',
  },
  null,
)
const forbidden = problemToApiError(
  403,
  { title: 'Forbidden.', detail: 'This sign-in may only read numbers.' },
  null,
)
const timeout = new ApiError({ kind: 'timeout', status: 0, title: 'The server took too long.' })
const network = new ApiError({ kind: 'network', status: 0, title: 'Could not reach the server.' })

const messages: [string, string][] = [
  ['describeError: expired token', describeError(expiredToken)],
  ['describeError: injected 5xx', describeError(injected5xx)],
  ['save: expired token', saveFailureMessage(expiredToken)],
  ['save: 5xx', saveFailureMessage(injected5xx)],
  ['save: timeout', saveFailureMessage(timeout)],
  ['save: no connection', saveFailureMessage(network)],
  ['save: forbidden', saveFailureMessage(forbidden)],
  ['save: not an API error', saveFailureMessage(new Error('boom'))],
  ['already registered', alreadyRegisteredMessage()],
  ...[400, 401, 403, 404, 409, 413, 429, 500, 418].map((status): [string, string] => [
    `fallback title ${String(status)}`,
    describeError(problemToApiError(status, {}, null)),
  ]),
  ...Object.entries(PHONE_PROBLEM_MESSAGES).map(([reason, text]): [string, string] => [
    `phone problem ${reason}`,
    text,
  ]),
]

const STOP_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'to', 'is', 'has', 'it'])
/** Three content words in a row that the message says twice: it is repeating itself. */
function repeatedPhrase(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
  const seen = new Set<string>()
  for (let at = 0; at + 3 <= words.length; at++) {
    const phrase = words.slice(at, at + 3).join(' ')
    if (seen.has(phrase)) return phrase
    seen.add(phrase)
  }
  return undefined
}

describe('every error message says once what happened and what to do', () => {
  it.each(messages)('%s: %j says nothing twice', (_label, text) => {
    expect(repeatedPhrase(text)).toBeUndefined()
    expect(text.match(/sign in again/gi)?.length ?? 0).toBeLessThanOrEqual(1)
  })

  it.each(messages)('%s: %j does not contradict itself', (_label, text) => {
    expect(/nothing was changed/i.test(text) && /may or may not/i.test(text)).toBe(false)
    expect(text).toMatch(/[.?]$/)
  })

  it('a failed save says what to do next', () => {
    expect(saveFailureMessage(expiredToken)).toMatch(/Sign in again, then save once more\.$/)
    expect(saveFailureMessage(injected5xx)).toMatch(/Saving again is safe/)
    expect(saveFailureMessage(timeout)).toMatch(/Saving again is safe/)
  })
})
