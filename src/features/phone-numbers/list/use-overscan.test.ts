import { act, renderHook } from '@testing-library/react'

import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { OVERSCAN, useOverscan } from './use-overscan'

const make = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => buildPhoneNumber({ name: `${prefix} ${index}` }))
const all = make(200, 'Tech')
const rowHeight = { estimate: 49, scrollMargin: 0 }

function render(list: HTMLElement) {
  const listRef = { current: list }
  return renderHook(
    ({ numbers, complete }: { numbers: readonly PhoneNumber[]; complete: boolean }) =>
      useOverscan(numbers, complete, listRef, rowHeight),
    { initialProps: { numbers: all, complete: true } },
  )
}

describe('useOverscan', () => {
  let list: HTMLElement
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    list = document.body.appendChild(document.createElement('ul'))
    list.appendChild(document.createElement('button'))
  })
  afterEach(() => {
    list.remove()
    vi.useRealTimers()
  })
  const paint = () =>
    act(() => {
      vi.advanceTimersToNextFrame()
      vi.runOnlyPendingTimers()
    })

  it('draws the rows on screen of a list changed under a keystroke first, the rest after the paint', () => {
    const hook = render(list)
    expect(hook.result.current).toBe(OVERSCAN)
    hook.rerender({ numbers: make(50, 'Van'), complete: true })
    expect(hook.result.current).toBe(1)
    paint()
    expect(hook.result.current).toBe(OVERSCAN)
  })

  it('keeps drawing them all when the rows on screen stay the same', () => {
    const hook = render(list)
    // "tech" after "tec": the same rows, in a list of its own.
    hook.rerender({ numbers: [...all], complete: true })
    expect(hook.result.current).toBe(OVERSCAN)
  })

  it('keeps drawing them all while focus is in the list, so no row holding it leaves', () => {
    const hook = render(list)
    act(() => list.querySelector('button')?.focus())
    hook.rerender({ numbers: make(50, 'Van'), complete: true })
    expect(hook.result.current).toBe(OVERSCAN)
  })
})
