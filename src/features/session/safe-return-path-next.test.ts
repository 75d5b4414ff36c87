import { safeReturnPath as safeNextPath } from './safe-return-path'

// The ?next= values that crashed sign-in (issue 13), through the one path check.

describe('safeNextPath', () => {
  it.each([
    ['/businesses/b1/numbers?sort=name', '/businesses/b1/numbers?sort=name'],
    ['/', '/'],
  ])('keeps a path on this app: %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected)
  })

  it.each([
    null,
    '',
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\\\\evil.example/x',
    '/\t/evil.example',
    '/\r\n/evil.example',
    '/\u0000',
    '/\u007f',
  ])('turns %j into /', (next) => {
    expect(safeNextPath(next)).toBe('/')
  })
})
