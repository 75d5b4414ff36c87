import { gzipSync } from 'node:zlib'

import { type Plugin } from 'vite'

/**
 * The JavaScript a first visit downloads: the entry chunk that index.html loads and every
 * chunk it imports statically. Lazy routes and dialogs (dynamic imports) are not counted:
 * they load when used.
 */
export interface ChunkInfo {
  code: string
  isEntry: boolean
  imports: readonly string[]
}

export function firstVisitGzipBytes(chunks: ReadonlyMap<string, ChunkInfo>): {
  bytes: number
  files: string[]
} {
  const seen = new Set<string>()
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return
    const chunk = chunks.get(fileName)
    if (!chunk) return
    seen.add(fileName)
    chunk.imports.forEach(visit)
  }
  for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName)
  const files = [...seen]
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(chunks.get(file)?.code ?? '', { level: 9 }).length,
    0,
  )
  return { bytes, files }
}

export const firstVisitBudgetBytes = 130 * 1024

/** Prints the first visit's JavaScript on every build and fails the build over budget. */
export function firstVisitSizeBudget(budgetBytes = firstVisitBudgetBytes): Plugin {
  return {
    name: 'numbers-console:first-visit-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>()
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') {
          chunks.set(fileName, {
            code: output.code,
            isEntry: output.isEntry,
            imports: output.imports,
          })
        }
      }
      const { bytes, files } = firstVisitGzipBytes(chunks)
      const kib = (bytes / 1024).toFixed(1)
      const budget = (budgetBytes / 1024).toFixed(0)
      const line = `First-visit JavaScript: ${kib} KiB gzip (budget ${budget} KiB) in ${files.length} file(s)`
      if (bytes > budgetBytes) this.error(`${line}: over budget.`)
      console.log(line)
    },
  }
}
