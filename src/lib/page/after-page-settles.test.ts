import { afterPageSettles } from './after-page-settles'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('afterPageSettles', () => {
  it('waits for the page to settle after its load, not just for the first idle moment', () => {
    const task = vi.fn()
    afterPageSettles(task)
    vi.advanceTimersByTime(2_900)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    // jsdom has no requestIdleCallback: the next turn stands in for it.
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('never runs a task cancelled first', () => {
    const task = vi.fn()
    const cancel = afterPageSettles(task)
    vi.advanceTimersByTime(1_000)
    cancel()
    vi.advanceTimersByTime(10_000)
    expect(task).not.toHaveBeenCalled()
  })
})
