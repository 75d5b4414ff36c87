import { QueryClient } from '@tanstack/react-query'

import { getToasts } from '@/components/ui/toast-store'
import { apiClient } from '@/lib/api/client'
import { ApiError } from '@/lib/api/api-error'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import {
  flushRemovals,
  scheduleRemoval,
  sendRemoval,
  undoRemoval,
  undoWindowMs,
} from './pending-removals'
import { getPendingRemovalIDs } from './pending-store'

const businessID = '5343987659230309812'

function setup() {
  const request = vi.spyOn(apiClient, 'request').mockResolvedValue(null)
  const queryClient = new QueryClient()
  const number = buildPhoneNumber()
  return { request, queryClient, number }
}

describe('pending removals', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('hides the number at once and sends one DELETE when the undo window ends', async () => {
    const { request, queryClient, number } = setup()
    scheduleRemoval(queryClient, businessID, number)
    expect(getPendingRemovalIDs().has(number.phoneNumberID)).toBe(true)
    expect(request).not.toHaveBeenCalled()
    expect(getToasts().at(-1)?.durationMs).toBe(undoWindowMs)

    getToasts().at(-1)?.onTimeout?.()
    await vi.runAllTimersAsync()
    expect(request).toHaveBeenCalledOnce()
    expect(request.mock.calls[0]?.[1]).toMatchObject({ method: 'DELETE' })
    expect(getPendingRemovalIDs().has(number.phoneNumberID)).toBe(false)
  })

  it('sends nothing after Undo', async () => {
    const { request, queryClient, number } = setup()
    scheduleRemoval(queryClient, businessID, number)
    undoRemoval(number.phoneNumberID)
    flushRemovals()
    await sendRemoval(number.phoneNumberID)
    expect(request).not.toHaveBeenCalled()
    expect(getPendingRemovalIDs().size).toBe(0)
  })

  it('never sends the same removal twice, however often it is flushed', async () => {
    const { request, queryClient, number } = setup()
    scheduleRemoval(queryClient, businessID, number)
    scheduleRemoval(queryClient, businessID, number)
    flushRemovals()
    flushRemovals()
    await sendRemoval(number.phoneNumberID)
    await vi.runAllTimersAsync()
    expect(request).toHaveBeenCalledOnce()
    expect(request.mock.calls[0]?.[1]).toMatchObject({ keepalive: true })
  })

  it('brings the row back with the reason when the server refuses', async () => {
    const { request, queryClient, number } = setup()
    request.mockRejectedValue(
      new ApiError({ kind: 'http', status: 503, title: 'The server had a problem.' }),
    )
    scheduleRemoval(queryClient, businessID, number)
    await sendRemoval(number.phoneNumberID)
    expect(getPendingRemovalIDs().has(number.phoneNumberID)).toBe(false)
    expect(getToasts().at(-1)).toMatchObject({
      tone: 'error',
      message: `Could not remove ${number.name}: the server had a problem.`,
      action: { label: 'Retry' },
    })
  })
})

describe('a removal whose answer was lost', () => {
  it('is taken as done when the list shows the number removed', async () => {
    const { request, queryClient, number } = setup()
    request.mockRejectedValueOnce(
      new ApiError({ kind: 'http', status: 503, title: 'The server had a problem.' }),
    )
    const fetchList = vi
      .spyOn(queryClient, 'query')
      .mockResolvedValue([{ ...number, isDeleted: true }])
    const shownBefore = getToasts().length
    scheduleRemoval(queryClient, businessID, number)
    await sendRemoval(number.phoneNumberID)
    expect(fetchList).toHaveBeenCalledOnce()
    // Toasts from earlier tests are still in the store: look only at the new ones.
    expect(
      getToasts()
        .slice(shownBefore)
        .some((toast) => toast.message.startsWith('Could not remove')),
    ).toBe(false)
    expect(request).toHaveBeenCalledOnce()
  })

  it('comes back with the reason when the list still holds it', async () => {
    const { request, queryClient, number } = setup()
    request.mockRejectedValueOnce(
      new ApiError({ kind: 'network', status: 0, title: 'Could not reach the server.' }),
    )
    vi.spyOn(queryClient, 'query').mockResolvedValue([number])
    scheduleRemoval(queryClient, businessID, number)
    await sendRemoval(number.phoneNumberID)
    expect(getToasts().at(-1)).toMatchObject({
      message: `Could not remove ${number.name}: the server could not be reached.`,
      detail: 'Check your connection, then retry.',
      action: { label: 'Retry' },
    })
  })
})
