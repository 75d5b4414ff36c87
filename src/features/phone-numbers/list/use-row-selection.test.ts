import { act, renderHook } from '@testing-library/react'

import { type PhoneNumber } from '../api/phone-number-schemas'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { useRowSelection } from './use-row-selection'

const metro = [buildPhoneNumber({ name: 'A' }), buildPhoneNumber({ name: 'B' })]
const rivera = [buildPhoneNumber({ name: 'C' })]

function render(businessID: string, rows: readonly PhoneNumber[]) {
  return renderHook(
    ({ id, shown }: { id: string; shown: () => readonly PhoneNumber[] }) =>
      useRowSelection(id, shown, { total: shown().length, showRemoved: false }),
    { initialProps: { id: businessID, shown: () => rows } },
  )
}

describe('useRowSelection', () => {
  it('clears on a business switch, and stays clear on the way back', () => {
    const shown = () => metro
    const hook = render('metro', metro)
    act(() => hook.result.current.selectAll())
    expect(hook.result.current.ids.size).toBe(2)

    hook.rerender({ id: 'rivera', shown: () => rivera })
    expect(hook.result.current.ids.size).toBe(0)
    hook.rerender({ id: 'metro', shown })
    expect(hook.result.current.ids.size).toBe(0)
  })

  it('drops the rows a search hides, and does not bring them back when it is cleared', () => {
    const hook = render('metro', metro)
    act(() => hook.result.current.selectAll())
    const onlyA = metro.slice(0, 1)
    hook.rerender({ id: 'metro', shown: () => onlyA })
    expect(hook.result.current.ids.size).toBe(1)
    hook.rerender({ id: 'metro', shown: () => metro })
    expect(hook.result.current.selected().map((number) => number.name)).toEqual(['A'])
  })

  it('a shift-toggle selects the range from the last row ticked', () => {
    const rows = [...metro, ...rivera]
    const hook = render('metro', rows)
    const [first, , last] = rows
    if (!first || !last) throw new Error('three rows expected')
    act(() => hook.result.current.toggle(first, true, false))
    act(() => hook.result.current.toggle(last, true, true))
    expect(hook.result.current.ids.size).toBe(3)
    expect(hook.result.current.selectable).toBe(3)
  })

  it('does not ask for the rows while nothing is ticked: a list just loaded is not sorted for it', () => {
    const rows = vi.fn(() => metro)
    const hook = renderHook(() => useRowSelection('metro', rows, { total: 2, showRemoved: false }))
    expect(hook.result.current.ids.size).toBe(0)
    expect(hook.result.current.selectable).toBe(2)
    expect(rows).not.toHaveBeenCalled()
  })
})
