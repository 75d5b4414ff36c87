import { QueryClient, QueryObserver } from '@tanstack/react-query'

import { apiClient } from '@/lib/api/client'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { phoneNumberQueries } from '../api/phone-number-queries'

import { deleteAndSettle } from './delete-and-settle'

const businessID = '5343987659230309812'

/** A list read whose answer the test hands over when it likes, as a slow network would. */
function deferredList() {
  let answer: (body: unknown) => void = () => undefined
  const promise = new Promise<unknown>((resolve) => {
    answer = resolve
  })
  return { promise, answer }
}

describe('deleteAndSettle', () => {
  it('is not undone by the first read of the list, which left before the DELETE landed', async () => {
    const number = buildPhoneNumber()
    const reads: ReturnType<typeof deferredList>[] = []
    vi.spyOn(apiClient, 'request').mockImplementation((_path, options) => {
      if (options.method === 'DELETE') return Promise.resolve(null)
      const read = deferredList()
      reads.push(read)
      // Aborted reads fail as fetch would, so a cancelled read never lands.
      options.signal?.addEventListener('abort', () => read.answer(undefined))
      return read.promise.then((body) => {
        if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError')
        return body
      })
    })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const list = phoneNumberQueries.list(businessID)
    // The list page mounts: its first read leaves, with no data in the cache yet.
    const unsubscribe = new QueryObserver(queryClient, list).subscribe(() => undefined)
    expect(reads).toHaveLength(1)

    await deleteAndSettle(queryClient, businessID, number.phoneNumberID)
    // The first read answers late, with the number still active as the server held it then.
    reads[0]?.answer({ phoneNumbers: [number] })
    await vi.waitFor(() => expect(reads.length).toBeGreaterThan(1))
    reads.at(-1)?.answer({ phoneNumbers: [{ ...number, isDeleted: true }] })

    await vi.waitFor(() =>
      expect(queryClient.getQueryState(list.queryKey)?.fetchStatus).toBe('idle'),
    )
    expect(queryClient.getQueryData(list.queryKey)?.[0]?.isDeleted).toBe(true)
    unsubscribe()
  })
})
