import { act, waitFor } from '@testing-library/react'

import { ApiError } from '@/lib/api/api-error'
import { type ApiClient } from '@/lib/api/api-client'
import { buildPhoneNumber } from '@/testing/phone-number-factory'
import {
  createTestQueryClient,
  renderHookWithQueryClient,
} from '@/testing/render-with-query-client'

import { phoneNumberQueries } from './phone-number-queries'
import { useCreatePhoneNumber } from './use-create-phone-number'
import { useUpdatePhoneNumber } from './use-update-phone-number'

const { request } = vi.hoisted(() => ({ request: vi.fn<ApiClient['request']>() }))
vi.mock('@/lib/api/client', () => ({ apiClient: { request } }))
beforeEach(() => {
  request.mockReset()
})

const businessID = '5343987659230309812'
const listKey = phoneNumberQueries.list(businessID).queryKey
const office = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })
const van = buildPhoneNumber({ phoneNumber: '+15105550123', name: 'Van 2' })

function setup() {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(listKey, [office, van])
  // The list refetch after each write: keep it pending, so only the write's effect is seen.
  return { queryClient }
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useUpdatePhoneNumber', () => {
  it('shows the edit at once and rolls only that row back when refused', async () => {
    const { queryClient } = setup()
    const put = deferred<unknown>()
    request.mockImplementation((_path, options) =>
      options.method === 'PUT' ? put.promise : new Promise(() => undefined),
    )
    const { result } = renderHookWithQueryClient(() => useUpdatePhoneNumber(businessID), {
      queryClient,
    })

    act(() => {
      result.current.mutate({
        phoneNumberID: office.phoneNumberID,
        phoneNumber: office.phoneNumber,
        name: 'Desk',
      })
    })
    await waitFor(() => expect(queryClient.getQueryData(listKey)?.[0]?.name).toBe('Desk'))
    // Meanwhile another row changes; the rollback must not undo that.
    queryClient.setQueryData(listKey, (numbers) =>
      numbers?.map((n) => (n.phoneNumberID === van.phoneNumberID ? { ...n, name: 'Van 3' } : n)),
    )
    put.reject(new ApiError({ kind: 'http', status: 500, title: 'Boom' }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(queryClient.getQueryData(listKey)?.map((n) => n.name)).toEqual(['Office line', 'Van 3'])
    expect(request.mock.calls.filter(([, options]) => options.method === 'PUT')).toHaveLength(1)
  })

  it('accepts a 200 without a body', async () => {
    const { queryClient } = setup()
    request.mockImplementation((_path, options) =>
      options.method === 'PUT' ? Promise.resolve(null) : new Promise(() => undefined),
    )
    const { result } = renderHookWithQueryClient(() => useUpdatePhoneNumber(businessID), {
      queryClient,
    })
    act(() => {
      result.current.mutate({
        phoneNumberID: office.phoneNumberID,
        phoneNumber: office.phoneNumber,
        name: 'Desk',
      })
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toBeNull()
  })
})

describe('useCreatePhoneNumber', () => {
  it('puts the created record in the list and refetches it', async () => {
    const { queryClient } = setup()
    const created = buildPhoneNumber({ phoneNumber: '+14155550123', name: 'Front desk' })
    request.mockImplementation((_path, options) =>
      options.method === 'POST' ? Promise.resolve(created) : new Promise(() => undefined),
    )
    const { result } = renderHookWithQueryClient(() => useCreatePhoneNumber(businessID), {
      queryClient,
    })
    act(() => {
      result.current.mutate({ phoneNumber: created.phoneNumber, name: created.name })
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(queryClient.getQueryData(listKey)).toEqual([office, van, created])
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true)
  })

  it('is never retried', async () => {
    const { queryClient } = setup()
    request.mockRejectedValue(new ApiError({ kind: 'network', status: 0, title: 'Offline' }))
    const { result } = renderHookWithQueryClient(() => useCreatePhoneNumber(businessID), {
      queryClient,
    })
    act(() => {
      result.current.mutate({ phoneNumber: '+14155550123', name: 'Front desk' })
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(request.mock.calls.filter(([, options]) => options.method === 'POST')).toHaveLength(1)
  })
})
