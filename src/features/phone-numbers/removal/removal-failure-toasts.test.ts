import { QueryClient } from '@tanstack/react-query'

import { expireToast, getToasts, type Toast } from '@/components/ui/toast-store'
import { ApiError } from '@/lib/api/api-error'
import { apiClient } from '@/lib/api/client'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { phoneNumberQueries } from '../api/phone-number-queries'

import { scheduleRemoval, sendRemoval, undoRemoval } from './pending-removals'
import { getPendingRemovalIDs } from './pending-store'
import { describeRemovalFailure, removalFailureKindOf } from './removal-failure-kind'

const businessID = '5343987659230309812'
const serverError = () => new ApiError({ kind: 'http', status: 503, title: 'Unavailable.' })
const missingScope = () =>
  new ApiError({
    kind: 'http',
    status: 401,
    title: 'Your access token lacks a required scope.',
    detail: 'This sign-in may read numbers but not change them.',
    type: 'https://sandbox.example/problems/insufficient-scope',
  })

function setup(count: number) {
  const request = vi.spyOn(apiClient, 'request')
  const queryClient = new QueryClient()
  // The list read that settles a lost answer finds each number still active.
  const numbers = Array.from({ length: count }, () => buildPhoneNumber())
  vi.spyOn(queryClient, 'query').mockResolvedValue(numbers)
  return { request, queryClient, numbers }
}

const deletesSent = (request: ReturnType<typeof setup>['request']) =>
  request.mock.calls
    .filter(([, options]) => options.method === 'DELETE')
    .map(([path]) => path.split('/').at(-1))

const failureToasts = () => getToasts().filter((toast) => toast.message.startsWith('Could not'))

/** Deletes each number and lets its undo window end, as the toast's timeout would. */
async function removeAll(queryClient: QueryClient, numbers: ReturnType<typeof buildPhoneNumber>[]) {
  for (const number of numbers) scheduleRemoval(queryClient, businessID, number)
  await Promise.all(numbers.map((number) => sendRemoval(number.phoneNumberID)))
}

function pressRetry(toast: Toast | undefined) {
  expect(toast?.action?.label).toBe('Retry')
  toast?.action?.onClick()
}

describe('failed removals, told once per kind', () => {
  afterEach(() => {
    // Each test starts with no failure toast (and so no group) left from the one before.
    for (const toast of failureToasts()) expireToast(toast.id)
    vi.restoreAllMocks()
  })

  it('three removals refused by the server make one toast, with Retry', async () => {
    const { request, queryClient, numbers } = setup(3)
    request.mockRejectedValue(serverError())
    await removeAll(queryClient, numbers)
    const [a, b, c] = numbers.map((number) => number.name)
    expect(failureToasts()).toHaveLength(1)
    expect(failureToasts()[0]).toMatchObject({
      tone: 'error',
      message: 'Could not remove 3 numbers: the server had a problem.',
      detail: `Back in the list: ${a ?? ''}, ${b ?? ''} and ${c ?? ''}.`,
      action: { label: 'Retry' },
    })
  })

  it('Retry sends exactly the failed removals, each once, however often it is pressed', async () => {
    const { request, queryClient, numbers } = setup(3)
    request.mockRejectedValue(serverError())
    await removeAll(queryClient, numbers)
    const toast = failureToasts()[0]
    request.mockClear()
    request.mockResolvedValue(null)

    pressRetry(toast)
    pressRetry(toast)
    expect(numbers.every((number) => getPendingRemovalIDs().has(number.phoneNumberID))).toBe(true)
    await vi.waitFor(() => expect(getPendingRemovalIDs().size).toBe(0))
    expect(deletesSent(request).sort()).toEqual(numbers.map((n) => n.phoneNumberID).sort())
    expect(failureToasts().map((t) => t.message)).toEqual([])
  })

  it('never retries a number deleted again and then undone', async () => {
    const { request, queryClient, numbers } = setup(3)
    const [again, ...others] = numbers
    if (!again) throw new Error('three numbers')
    request.mockRejectedValue(serverError())
    await removeAll(queryClient, numbers)
    scheduleRemoval(queryClient, businessID, again)
    undoRemoval(again.phoneNumberID)
    expect(failureToasts()).toHaveLength(1)
    expect(failureToasts()[0]?.message).toBe(
      'Could not remove 2 numbers: the server had a problem.',
    )
    request.mockClear()
    request.mockResolvedValue(null)

    pressRetry(failureToasts()[0])
    await vi.waitFor(() => expect(getPendingRemovalIDs().size).toBe(0))
    expect(deletesSent(request).sort()).toEqual(others.map((n) => n.phoneNumberID).sort())
  })

  it('a permission refusal has its own toast: what to do, and no Retry', async () => {
    const { request, queryClient, numbers } = setup(3)
    const [refused] = numbers
    if (!refused) throw new Error('three numbers')
    request.mockImplementation((path) =>
      Promise.reject(path.endsWith(refused.phoneNumberID) ? missingScope() : serverError()),
    )
    await removeAll(queryClient, numbers)
    expect(
      failureToasts()
        .map((toast) => toast.message)
        .sort(),
    ).toEqual([
      'Could not remove 2 numbers: the server had a problem.',
      `Could not remove ${refused.name}: not allowed for this sign-in.`,
    ])
    const notAllowed = failureToasts().find((toast) => toast.message.includes(refused.name))
    expect(notAllowed?.action).toBeUndefined()
    expect(notAllowed?.detail).toBe(
      'This sign-in may read numbers but not change them. Ask the business owner for access to change numbers.',
    )
  })

  it('a 404 means already removed: no failure, and the row stays gone', async () => {
    const { request, queryClient, numbers } = setup(1)
    const [number] = numbers
    if (!number) throw new Error('one number')
    const listKey = phoneNumberQueries.list(businessID).queryKey
    queryClient.setQueryData(listKey, numbers)
    request.mockRejectedValue(new ApiError({ kind: 'http', status: 404, title: 'Not found.' }))
    await removeAll(queryClient, numbers)
    expect(failureToasts()).toHaveLength(0)
    expect(queryClient.getQueryData(listKey)?.[0]?.isDeleted).toBe(true)
    expect(deletesSent(request)).toEqual([number.phoneNumberID])
  })
})

describe('the kinds of failure', () => {
  it.each<[string, unknown, ReturnType<typeof removalFailureKindOf>]>([
    ['a 503', serverError(), 'server'],
    ['a 500', new ApiError({ kind: 'http', status: 500, title: 'Oops.' }), 'server'],
    ['no answer', new ApiError({ kind: 'network', status: 0, title: 'x' }), 'unreachable'],
    ['too slow', new ApiError({ kind: 'timeout', status: 0, title: 'x' }), 'unreachable'],
    ['a 429', new ApiError({ kind: 'http', status: 429, title: 'x' }), 'rate-limited'],
    ['an expired sign-in', new ApiError({ kind: 'http', status: 401, title: 'x' }), 'signed-out'],
    ['a missing scope', missingScope(), 'not-allowed'],
    ['a 403', new ApiError({ kind: 'http', status: 403, title: 'x' }), 'not-allowed'],
    ['a 400', new ApiError({ kind: 'http', status: 400, title: 'x' }), 'refused'],
    ['a bug', new TypeError('x is undefined'), 'unexpected'],
  ])('%s', (_label, error, kind) => {
    expect(removalFailureKindOf(error)).toBe(kind)
  })

  it('offers Retry only where sending again could help', () => {
    const retries = (['server', 'unreachable', 'rate-limited', 'signed-out'] as const).map(
      (kind) => describeRemovalFailure(kind, null, [{ phoneNumberID: '1', label: 'A' }]).retry,
    )
    expect(retries).toEqual([true, true, true, true])
    const refused = new ApiError({ kind: 'http', status: 409, title: 'Conflict.', detail: 'Held.' })
    expect(
      describeRemovalFailure('refused', refused, [{ phoneNumberID: '1', label: 'A' }]),
    ).toEqual({
      message: 'Could not remove A: the server refused it.',
      detail: 'Conflict. Held.',
      retry: false,
    })
  })

  it('names at most three of a long list', () => {
    const items = ['A', 'B', 'C', 'D', 'E'].map((label, i) => ({ phoneNumberID: `${i}`, label }))
    expect(describeRemovalFailure('server', null, items).detail).toBe(
      'Back in the list: A, B, C and 2 more.',
    )
  })
})
