import { parseIsoTime } from './iso-time'

/** Date.parse's answer and ours, side by side, so a failure shows the text. */
const both = (text: string) => ({ text, ours: parseIsoTime(text), dateParse: Date.parse(text) })

describe('parseIsoTime', () => {
  it('reads the times servers write exactly as Date.parse does', () => {
    // A deterministic spread over four centuries, with and without milliseconds.
    let seed = 7
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    for (let run = 0; run < 2_000; run++) {
      const time = Math.floor(random() * 16_000_000_000_000) - 2_000_000_000_000
      const iso = new Date(time).toISOString()
      for (const text of [iso, iso.replace(/\.\d{3}Z$/, 'Z')]) {
        const { ours, dateParse } = both(text)
        expect(ours, text).toBe(dateParse)
      }
    }
  })

  it('hands anything unusual to Date.parse, so it answers the same for those too', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-29T10:00:00Z',
      '2024-02-29T10:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-00-10T10:00:00Z',
      '2026-01-10T24:00:00Z',
      '2026-01-10T23:60:00Z',
      '2026-01-10T23:59:60Z',
      '2026-01-10t10:00:00z',
      '2026-01-10T10:00:00+02:00',
      '2026-01-10 10:00:00Z',
      '2026-01-10T10:00:00.5Z',
      '2026-01-10T10:00:00.12345Z',
      '0050-06-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '2026-0a-10T10:00:00Z',
      '2026-01-10T1-:00:00Z',
      '+02026-01-10T10:00:00Z',
    ]) {
      const { ours, dateParse } = both(text)
      expect(Object.is(ours, dateParse), `${text}: ${ours} vs ${dateParse}`).toBe(true)
    }
  })
})
