import { QueryClient } from '@tanstack/react-query'

import { getToasts } from '@/components/ui/toast-store'
import { ApiError } from '@/lib/api/api-error'
import { setCredentials } from '@/lib/auth/credentials-store'
import { apiClient } from '@/lib/api/client'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { phoneNumberQueries } from '../api/phone-number-queries'

import { rememberedRemovals, rememberRemovals } from './durable-removals'
import { scheduleRemovals, sendRemoval, undoLatestRemoval } from './pending-removals'
import { getPendingRemovalIDs } from './pending-store'
import { resumeRemovals } from './resume-removals'
import { removalConcurrency } from './send-removals'

const businessID = '5343987659230309812'
const serverError = () =>
  new ApiError({ kind: 'http', status: 503, title: 'The server had a problem.' })

function setup(count: number) {
  const numbers = Array.from({ length: count }, () => buildPhoneNumber())
  const queryClient = new QueryClient()
  queryClient.setQueryData(phoneNumberQueries.list(businessID).queryKey, numbers)
  return { numbers, queryClient }
}

const newToasts = (before: number) => getToasts().slice(before)

describe('Remove selected', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is one toast with one Undo, and Undo (or Ctrl+Z) brings every row back', () => {
    const request = vi.spyOn(apiClient, 'request').mockResolvedValue(null)
    const { numbers, queryClient } = setup(60)
    const before = getToasts().length
    scheduleRemovals(queryClient, businessID, numbers)
    expect(numbers.every((n) => getPendingRemovalIDs().has(n.phoneNumberID))).toBe(true)
    const shown = newToasts(before)
    expect(shown).toHaveLength(1)
    expect(shown[0]?.message).toBe('Deleted 60 numbers. Press Ctrl+Z to undo.')

    expect(undoLatestRemoval()).toBe(true)
    expect(getPendingRemovalIDs().size).toBe(0)
    expect(newToasts(before).at(-1)?.message).toBe('Restored 60 numbers.')
    expect(request).not.toHaveBeenCalled()
  })

  it(`sends no more than ${removalConcurrency} DELETEs at a time, each number once`, async () => {
    let inFlight = 0
    let most = 0
    const sent: string[] = []
    vi.spyOn(apiClient, 'request').mockImplementation(async (path, init) => {
      if (init.method !== 'DELETE') return null
      sent.push(path)
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 1))
      inFlight--
      return null
    })
    const { numbers, queryClient } = setup(2_000)
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    scheduleRemovals(queryClient, businessID, numbers)
    const [first] = numbers
    await sendRemoval(first?.phoneNumberID ?? '')
    await sendRemoval(first?.phoneNumberID ?? '')

    expect(most).toBe(removalConcurrency)
    expect(sent).toHaveLength(2_000)
    expect(new Set(sent).size).toBe(2_000)
    expect(getPendingRemovalIDs().size).toBe(0)
    const cached = queryClient.getQueryData(phoneNumberQueries.list(businessID).queryKey)
    expect(cached?.every((number) => number.isDeleted)).toBe(true)
    // The list is read afresh once for the whole selection, not once per number.
    expect(invalidate).toHaveBeenCalledOnce()
  })

  it('brings back only the rows that definitely failed, in one toast whose Retry sends them', async () => {
    const { numbers, queryClient } = setup(12)
    const failing = new Set(numbers.slice(0, 3).map((n) => n.phoneNumberID))
    const unclearButLanded = numbers[5]?.phoneNumberID ?? ''
    const request = vi.spyOn(apiClient, 'request').mockImplementation((path, init) => {
      const id = path.split('/').at(-1) ?? ''
      if (init.method === 'DELETE' && (failing.has(id) || id === unclearButLanded)) {
        return Promise.reject(serverError())
      }
      return Promise.resolve(null)
    })
    // The list read after an unclear answer shows that one removed.
    vi.spyOn(queryClient, 'query').mockResolvedValue(
      numbers.map((n) => ({ ...n, isDeleted: !failing.has(n.phoneNumberID) })),
    )
    const before = getToasts().length
    scheduleRemovals(queryClient, businessID, numbers)
    await sendRemoval(numbers[0]?.phoneNumberID ?? '')

    const failure = newToasts(before).filter((toast) => toast.tone === 'error')
    expect(failure).toHaveLength(1)
    expect(failure[0]?.message).toBe('Could not remove 3 numbers: the server had a problem.')
    expect(getPendingRemovalIDs().size).toBe(0)

    request.mockClear()
    request.mockResolvedValue(null)
    failure[0]?.action?.onClick()
    await vi.waitFor(() => expect(getPendingRemovalIDs().size).toBe(0))
    const retried = request.mock.calls.filter(([, init]) => init.method === 'DELETE')
    expect(retried.map(([path]) => path.split('/').at(-1)).sort()).toEqual([...failing].sort())
  })
})

describe('a Remove selected cut short by leaving the page', () => {
  beforeEach(() => {
    setCredentials({
      accessToken: 'token',
      apiBaseUrl: '/api/v4',
      label: 'Pat Rivera',
      source: 'sandbox',
      personaID: 'pat-rivera',
    })
  })
  afterEach(() => {
    setCredentials(null)
    vi.restoreAllMocks()
  })

  it('is finished on the next visit, chunked, with one toast for them all', async () => {
    const request = vi.spyOn(apiClient, 'request').mockResolvedValue(null)
    const { numbers, queryClient } = setup(40)
    rememberRemovals(
      businessID,
      numbers.map((n) => ({ phoneNumberID: n.phoneNumberID, label: n.name })),
    )
    const before = getToasts().length
    resumeRemovals(queryClient, businessID)
    expect(getPendingRemovalIDs().size).toBe(40)
    await vi.waitFor(() => expect(getPendingRemovalIDs().size).toBe(0))
    expect(request.mock.calls.filter(([, init]) => init.method === 'DELETE')).toHaveLength(40)
    expect(newToasts(before).map((toast) => toast.message)).toEqual([
      'Removed 40 numbers, which were waiting when you left.',
    ])
    expect(rememberedRemovals(businessID)).toEqual([])
  })
})
