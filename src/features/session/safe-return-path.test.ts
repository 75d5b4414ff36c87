import { safeReturnPath } from './safe-return-path'

describe('safeReturnPath', () => {
  it.each([
    ['/businesses/1/numbers/new?search=415', '/businesses/1/numbers/new?search=415'],
    ['/businesses/1/numbers#top', '/businesses/1/numbers#top'],
    ['/', '/'],
  ])('keeps a path of this app: %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected)
  })

  it.each([
    null,
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'businesses/1',
    '/sign-in?next=/x',
    '/auth/login?returnTo=/x',
    `/${'a'.repeat(2048)}`,
  ])('sends anything else home: %s', (raw) => {
    expect(safeReturnPath(raw)).toBe('/')
  })
})
