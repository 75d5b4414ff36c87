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

const { request } = vi.hoisted(() => ({ request: vi.fn<ApiClient['request']>() }))
vi.mock('@/lib/api/client', () => ({ apiClient: { request } }))
beforeEach(() => {
  request.mockReset()
})

const businessID = '5343987659230309812'
const listKey = phoneNumberQueries.list(businessID).queryKey
const office = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })
const input = { phoneNumber: '+14155550123', name: 'Front desk' }
const landed = buildPhoneNumber(input)

const unavailable = () => new ApiError({ kind: 'http', status: 503, title: 'Unavailable' })
const duplicate = () => new ApiError({ kind: 'http', status: 409, title: 'Already registered' })

function setup() {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(listKey, [office])
  const { result } = renderHookWithQueryClient(() => useCreatePhoneNumber(businessID), {
    queryClient,
  })
  return { queryClient, result }
}

/** Answers POSTs with `post` in turn and list reads with `list` in turn; an ApiError fails. */
function serve(post: unknown[], list: unknown[]) {
  request.mockImplementation((_path, options) => {
    const queue = options.method === 'POST' ? post : list
    if (queue.length === 0) return new Promise(() => undefined)
    const next = queue.shift()
    return next instanceof ApiError ? Promise.reject(next) : Promise.resolve(next)
  })
}

const posts = () => request.mock.calls.filter(([, options]) => options.method === 'POST')
const reads = () => request.mock.calls.filter(([, options]) => options.method === undefined)

describe('useCreatePhoneNumber after an answer is lost', () => {
  it('counts a create as done when the list shows it landed, sending it once', async () => {
    serve([unavailable()], [{ phoneNumbers: [office, landed] }])
    const { result, queryClient } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual(landed)
    expect(posts()).toHaveLength(1)
    expect(queryClient.getQueryData(listKey)).toContainEqual(landed)
  })

  it('reports the failure when the list does not show it (or shows another name)', async () => {
    const otherName = buildPhoneNumber({ ...input, name: 'Someone else' })
    serve([unavailable()], [{ phoneNumbers: [office, otherName] }])
    const { result } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 503 })
    expect(posts()).toHaveLength(1)
  })

  it('reports the failure when the list cannot be read either', async () => {
    serve([unavailable()], [unavailable()])
    const { result } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 503 })
  })

  it('recognises its own earlier create when the retry is refused as a duplicate', async () => {
    serve([unavailable(), duplicate()], [unavailable(), { phoneNumbers: [office, landed] }])
    const { result } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual(landed)
    expect(posts()).toHaveLength(2)
  })

  it('leaves a duplicate with no earlier unclear attempt alone, without reading', async () => {
    serve([duplicate()], [{ phoneNumbers: [office, landed] }])
    const { result } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 409 })
    expect(reads()).toHaveLength(0)
  })

  it('leaves a refused create (400) alone, without reading', async () => {
    serve([new ApiError({ kind: 'http', status: 400, title: 'Bad', fieldErrors: [] })], [])
    const { result } = setup()
    act(() => {
      result.current.mutate(input)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(reads()).toHaveLength(0)
  })
})
