import { act, renderHook } from '@testing-library/react'

import { readDensity, useListDensity, writeDensity } from './list-density'

describe('the list density', () => {
  beforeEach(() => window.localStorage.clear())

  it('is comfortable until chosen otherwise, and ignores a value it did not write', () => {
    expect(readDensity()).toBe('comfortable')
    window.localStorage.setItem('numbers-console:list-density', 'tiny')
    expect(readDensity()).toBe('comfortable')
  })

  it('keeps the choice for the next visit and tells every reader at once', () => {
    const { result } = renderHook(() => useListDensity())
    act(() => writeDensity('compact'))
    expect(result.current).toBe('compact')
    expect(readDensity()).toBe('compact')
    act(() => writeDensity('comfortable'))
    expect(result.current).toBe('comfortable')
  })
})
