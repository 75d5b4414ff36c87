import { act, renderHook } from '@testing-library/react'

import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { useFilterCounts } from './use-filter-counts'

const now = Date.parse('2026-06-01T00:00:00Z')
const idle = { lastActivityTime: '2025-01-01T00:00:00Z', createdTime: '2024-01-01T00:00:00Z' }
const busy = { lastActivityTime: '2026-05-31T00:00:00Z', createdTime: '2026-05-30T00:00:00Z' }
const metro = [
  buildPhoneNumber({ name: 'Van 1', ...idle }),
  buildPhoneNumber({ name: 'Van 2', ...busy }),
  buildPhoneNumber({ name: 'Office', ...busy }),
]
const rivera = [buildPhoneNumber({ name: 'Rivera', ...idle })]
const noFilters = { inactive: false, added: 'any' } as const

function render(numbers: readonly PhoneNumber[], shown: readonly PhoneNumber[] | undefined) {
  return renderHook(
    (props: { numbers: readonly PhoneNumber[]; shown: readonly PhoneNumber[] | undefined }) =>
      useFilterCounts(props.numbers, props.shown, noFilters, now),
    { initialProps: { numbers, shown } },
  )
}

describe('useFilterCounts', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('counts a list at once, and a search of it a task after its rows', () => {
    const hook = render(metro, undefined)
    expect(hook.result.current).toBeUndefined()
    hook.rerender({ numbers: metro, shown: metro })
    expect(hook.result.current?.inactive).toBe(1)
    expect(hook.result.current?.added['7d']).toBe(2)
    act(() => {
      vi.runAllTimers()
    })

    // "Van": the counts of the list before it stand for one task, then its own.
    hook.rerender({ numbers: metro, shown: metro.slice(0, 2) })
    expect(hook.result.current?.added['7d']).toBe(2)
    act(() => {
      vi.runAllTimers()
    })
    expect(hook.result.current?.added['7d']).toBe(1)
    expect(hook.result.current?.added.any).toBe(2)
  })

  it('never shows another list’s counts', () => {
    const hook = render(metro, metro)
    act(() => {
      vi.runAllTimers()
    })
    hook.rerender({ numbers: rivera, shown: rivera })
    expect(hook.result.current?.added.any).toBe(1)
    expect(hook.result.current?.inactive).toBe(1)
  })
})
