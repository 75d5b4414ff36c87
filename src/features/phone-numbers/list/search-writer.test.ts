import { createSearchWriter } from './search-writer'
import { readUnwrittenSearch } from './unwritten-search'

// jsdom has no requestIdleCallback: the writer falls back to a timer.
const idle = () => vi.advanceTimersByTime(1_000)

describe('the search writer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    window.history.replaceState({ key: 'list' }, '', '/businesses/1/numbers')
    window.sessionStorage.clear()
  })
  afterEach(() => vi.useRealTimers())

  it('writes once the browser is idle, only the last search typed', () => {
    const writer = createSearchWriter()
    const write = vi.fn<(typed: string) => void>()
    writer.schedule(() => write('a'), 'a')
    writer.schedule(() => write('ab'), 'ab')
    expect(write).not.toHaveBeenCalled()
    idle()
    expect(write).toHaveBeenCalledExactlyOnceWith('ab')
    idle()
    expect(write).toHaveBeenCalledOnce()
  })

  it.each([
    ['a press anywhere', () => document.body.dispatchEvent(new Event('pointerdown'))],
    ['focus leaving the field', () => document.body.dispatchEvent(new FocusEvent('focusout'))],
    ['the page going away', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
  ])('writes at once on %s', (_, happen) => {
    const writer = createSearchWriter()
    const write = vi.fn()
    writer.schedule(write, 'jane')
    happen()
    expect(write).toHaveBeenCalledOnce()
    idle()
    expect(write).toHaveBeenCalledOnce()
  })

  it('keeps what was typed for a reload of the same address, which loads it without the search', () => {
    const writer = createSearchWriter()
    writer.schedule(() => window.history.replaceState({ key: 'new' }, '', '?q=jane'), 'jane')
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))
    expect(window.location.search).toBe('?q=jane')
    // The reload comes back to the address as it was before the page hid.
    window.history.replaceState({ key: 'list' }, '', '/businesses/1/numbers')
    expect(readUnwrittenSearch()).toBe('jane')
  })

  it('keeps nothing for a page kept in the back-forward cache, which comes back as it was', () => {
    const writer = createSearchWriter()
    writer.schedule(vi.fn(), 'jane')
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))
    expect(readUnwrittenSearch()).toBeNull()
  })

  it('writes nothing over another history entry (back or forward meanwhile), nor once cancelled', () => {
    const writer = createSearchWriter()
    const write = vi.fn()
    writer.schedule(write, 'jane')
    window.history.replaceState({ key: 'another entry' }, '', '/businesses/1/numbers?sort=added')
    idle()
    writer.schedule(write, 'jane')
    writer.cancel()
    idle()
    document.body.dispatchEvent(new Event('pointerdown'))
    expect(write).not.toHaveBeenCalled()
  })
})
