import { describe, expect, it } from 'vitest'

import { firstVisitGzipBytes, type ChunkInfo } from './first-visit-size'

const code = (size: number) => 'x'.repeat(size)

describe('firstVisitGzipBytes', () => {
  it('counts the entry and what it imports statically, not lazy chunks', () => {
    const chunks = new Map<string, ChunkInfo>([
      ['index.js', { code: code(100), isEntry: true, imports: ['react.js'] }],
      ['react.js', { code: code(100), isEntry: false, imports: ['shared.js'] }],
      ['shared.js', { code: code(100), isEntry: false, imports: ['react.js'] }],
      ['bulk-dialog.js', { code: code(100_000), isEntry: false, imports: ['shared.js'] }],
    ])
    const { files, bytes } = firstVisitGzipBytes(chunks)
    expect(files.sort()).toEqual(['index.js', 'react.js', 'shared.js'])
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThan(200)
  })
})
