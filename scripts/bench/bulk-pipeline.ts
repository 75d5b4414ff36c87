import { fileURLToPath, pathToFileURL } from 'node:url'

import parsePhoneNumber from 'libphonenumber-js'
import { tsImport } from 'tsx/esm/api'

/**
 * The bulk paste preview's pipeline (parsePaste + checkRows, as the worker runs it) against
 * libphonenumber-js alone on the same number texts: what the pipeline costs beyond the phone
 * parsing it cannot avoid. Two baselines: parsePhoneInput, the app's libphonenumber-js call
 * that the pipeline runs once per line (the add form's rules and messages), and bare
 * parsePhoneNumber + isValid. Node, one thread; prints, asserts nothing.
 *
 * `npx tsx scripts/bench/bulk-pipeline.ts`, or `benchBulkPipeline()` from the bench runner.
 */
const SIZES = [1_000, 10_000, 100_000]
export const AIM = 1.3
// Area codes in service, so most generated numbers are valid, as in a real paste.
const AREA_CODES = [201, 212, 213, 305, 312, 404, 415, 503, 510, 617, 646, 702, 713, 718, 805, 917]

// What a JavaScript function is at runtime: it takes anything and may return anything.
type AnyFunction = (...args: unknown[]) => unknown

function hasFunction<Name extends string>(
  value: unknown,
  name: Name,
): value is Record<Name, AnyFunction> {
  return (
    typeof value === 'object' &&
    value !== null &&
    name in value &&
    typeof Reflect.get(value, name) === 'function'
  )
}

// tsx types the module it loads as `any`; here it is `unknown`, to be checked before use.
const importUnknown: (
  specifier: string,
  options: Parameters<typeof tsImport>[1],
) => Promise<unknown> = tsImport

/**
 * The app's modules import each other through the `@/` alias, which only the app's
 * tsconfig knows; this script is checked and run under the Node one. So they are loaded
 * through tsx with the app's tsconfig, and their shape checked at that boundary.
 */
async function loadAppModule(path: string): Promise<unknown> {
  return importUnknown(path, {
    parentURL: import.meta.url,
    tsconfig: fileURLToPath(new URL('../../tsconfig.app.json', import.meta.url)),
  })
}

async function loadPipeline() {
  const pipeline = await loadAppModule(
    '../../src/features/phone-numbers/bulk/parse/parse-and-check.ts',
  )
  const phone = await loadAppModule('../../src/lib/phone/parse-phone-input.ts')
  if (!hasFunction(pipeline, 'parseAndCheck') || !hasFunction(phone, 'parsePhoneInput')) {
    throw new Error('The bulk pipeline modules do not export what the bench needs.')
  }
  return { parseAndCheck: pipeline.parseAndCheck, parsePhoneInput: phone.parsePhoneInput }
}

function rowCountOf(result: unknown): number {
  const hasRows = typeof result === 'object' && result !== null && 'rows' in result
  return hasRows && Array.isArray(result.rows) ? result.rows.length : -1
}

/** Mixed lines in every common shape, with the number text of each, deterministic. */
export function generatePaste(count: number): { text: string; numbers: string[] } {
  const lines: string[] = []
  const numbers: string[] = []
  for (let i = 0; i < count; i++) {
    const area = AREA_CODES[i % AREA_CODES.length] ?? 415
    const exchange = 200 + (Math.floor(i / AREA_CODES.length) % 800)
    const subscriber = String(Math.floor(i / (AREA_CODES.length * 800)) % 10_000).padStart(4, '0')
    const formats = [
      `(${area}) ${exchange}-${subscriber}`,
      `${area}-${exchange}-${subscriber}`,
      `${area}.${exchange}.${subscriber}`,
      `+1 ${area} ${exchange} ${subscriber}`,
      `${area}${exchange}${subscriber}`,
    ]
    // One in fifty is a typo (a digit short), as pastes from people have.
    const number =
      i % 50 === 7 ? `${area}-${exchange}-${subscriber.slice(1)}` : (formats[i % 5] ?? '')
    const name = `Technician ${i + 1}`
    const shapes = [
      `${name}, ${number}`,
      `${number}, ${name}`,
      number,
      `${name} ${number}`,
      `${number} - Van ${i % 40}`,
      `"${name}, Jr.",${number}`,
    ]
    lines.push(shapes[i % shapes.length] ?? number)
    numbers.push(number)
    if (i % 500 === 499) lines.push('')
  }
  return { text: lines.join('\n'), numbers }
}

// CPU time of this process, not wall time: on a shared machine other processes would
// otherwise decide the ratio. (It includes V8's helper threads, such as the collector's.)
function time(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

export interface BulkFigures {
  size: number
  /** Medians, CPU milliseconds. */
  pipeline: number
  parsePhoneInput: number
  libphonenumber: number
  runs: number
}

export async function measureBulkPipeline(): Promise<BulkFigures[]> {
  const { parseAndCheck, parsePhoneInput } = await loadPipeline()
  const registered = new Set(['+12122000000', '+14152000000'])
  const baselines = {
    parsePhoneInput: (numbers: readonly string[]) => {
      for (const number of numbers) parsePhoneInput(number)
    },
    libphonenumber: (numbers: readonly string[]) => {
      for (const number of numbers) parsePhoneNumber(number, 'US')?.isValid()
    },
  }
  // Warm everything up, so that neither side is timed while V8 is still optimizing it: the
  // pipeline's many small functions need more runs than a single loop to reach full speed.
  const warm = generatePaste(10_000)
  for (let i = 0; i < 8; i++) {
    parseAndCheck(warm.text, { registered })
    baselines.parsePhoneInput(warm.numbers)
    baselines.libphonenumber(warm.numbers)
  }
  const figures: BulkFigures[] = []
  for (const size of SIZES) {
    const { text, numbers } = generatePaste(size)
    const runs = size >= 100_000 ? 5 : size >= 10_000 ? 7 : 21
    const pipeline: number[] = []
    const input: number[] = []
    const bare: number[] = []
    let rowCount = 0
    for (let run = 0; run < runs; run++) {
      pipeline.push(time(() => (rowCount = rowCountOf(parseAndCheck(text, { registered })))))
      input.push(time(() => baselines.parsePhoneInput(numbers)))
      bare.push(time(() => baselines.libphonenumber(numbers)))
    }
    if (rowCount !== size) throw new Error(`Expected ${size} rows, got ${rowCount}`)
    figures.push({
      size,
      pipeline: median(pipeline),
      parsePhoneInput: median(input),
      libphonenumber: median(bare),
      runs,
    })
  }
  return figures
}

export async function benchBulkPipeline(): Promise<string[]> {
  const lines = [
    '',
    'Bulk paste preview: parsePaste + checkRows vs libphonenumber-js alone on the same numbers (Node, CPU time)',
    '  B = parsePhoneNumber + isValid (the floor the aim is set against);',
    '  A = parsePhoneInput (the call the pipeline makes once per line: the rest of the ratio to it is the per-line work around it)',
    '',
  ]
  for (const {
    size,
    pipeline: p,
    parsePhoneInput: a,
    libphonenumber: b,
  } of await measureBulkPipeline()) {
    lines.push(
      `${size.toLocaleString('en-US').padStart(8)} lines  pipeline ${ms(p)}  A ${ms(a)}  B ${ms(b)}` +
        `  ratio ${(p / b).toFixed(2)}× B (aim <= ${AIM}×), ${(p / a).toFixed(2)}× A`,
    )
  }
  return lines
}

const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0).padStart(6)} ms`

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchBulkPipeline()) console.log(line)
}
