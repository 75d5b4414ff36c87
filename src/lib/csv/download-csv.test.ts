import { csvFileName } from './download-csv'

describe('csvFileName', () => {
  const day = new Date('2026-11-27T12:00:00Z')
  it.each([
    ['Rivera Plumbing', 'rivera-plumbing-numbers-2026-11-27.csv'],
    ['Lee Électric & Solar', 'lee-electric-solar-numbers-2026-11-27.csv'],
    ['../../etc/passwd', 'etc-passwd-numbers-2026-11-27.csv'],
    ['🔧🔧', 'business-numbers-2026-11-27.csv'],
  ])('%s → %s', (name, expected) => {
    expect(csvFileName(name, 'numbers', day)).toBe(expected)
  })

  it('names the rows needing attention after the business and the day', () => {
    const afternoon = new Date('2026-11-27T15:00:00Z')
    expect(csvFileName('Rivera Plumbing', 'needs-attention', afternoon)).toBe(
      'rivera-plumbing-needs-attention-2026-11-27.csv',
    )
    expect(csvFileName('Tomás & Zoë’s HVAC', 'needs-attention', afternoon)).toBe(
      'tomas-zoe-s-hvac-needs-attention-2026-11-27.csv',
    )
    expect(csvFileName('***', 'needs-attention', afternoon)).toBe(
      'business-needs-attention-2026-11-27.csv',
    )
  })
})
