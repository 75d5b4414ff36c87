import { attentionFileName } from './attention-file-name'

describe('attentionFileName', () => {
  it('names the file after the business and the day', () => {
    const day = new Date('2026-11-27T15:00:00Z')
    expect(attentionFileName('Rivera Plumbing', day)).toBe(
      'rivera-plumbing-needs-attention-2026-11-27.csv',
    )
    expect(attentionFileName('Tomás & Zoë’s HVAC', day)).toBe(
      'tomas-zoe-s-hvac-needs-attention-2026-11-27.csv',
    )
    expect(attentionFileName('***', day)).toBe('business-needs-attention-2026-11-27.csv')
  })
})
