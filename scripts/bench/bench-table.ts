/** One line of the bench's table: a timing, the floor it is compared with, and the aims. */
export interface BenchRow {
  label: string
  value: string
  floor?: string
  ratio?: string
  aim: string
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
export const times = (value: number) => `${value.toFixed(2)}×`

const columns = [
  ['What', 'label'],
  ['Median', 'value'],
  ['Floor', 'floor'],
  ['Ratio', 'ratio'],
  ['Aim', 'aim'],
] as const

/** A plain-text table, columns as wide as their widest cell; numbers right-aligned. */
export function formatTable(rows: readonly BenchRow[]): string[] {
  const cells = [
    columns.map(([heading]) => heading),
    ...rows.map((row) => columns.map(([, key]) => row[key] ?? '')),
  ]
  const widths = columns.map((_, index) =>
    Math.max(...cells.map((line) => (line[index] ?? '').length)),
  )
  const render = (line: readonly string[]) =>
    line
      .map((cell, index) =>
        index === 0 || index === line.length - 1
          ? cell.padEnd(widths[index] ?? 0)
          : cell.padStart(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd()
  const [heading, ...body] = cells
  return [
    render(heading ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(render),
  ]
}
