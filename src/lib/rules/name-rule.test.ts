import { nameOrNumber, nameProblem } from './name-rule'

describe('the one name rule (decision 0010)', () => {
  it.each([
    ['', '(415) 555-2671'],
    ['   ', '(415) 555-2671'],
    ['  Front desk ', 'Front desk'],
  ])('%j is sent as %j', (typed, sent) => {
    expect(nameOrNumber(typed, '(415) 555-2671')).toBe(sent)
  })

  it('always gives the server a name its own rule accepts', () => {
    expect(nameProblem(nameOrNumber('', '(415) 555-2671'))).toBeUndefined()
  })
})
