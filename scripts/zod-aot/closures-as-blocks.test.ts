import { describe, expect, it } from 'vitest'

import { closuresAsBlocks } from './closures-as-blocks.ts'

// A field read as zod's compiler writes it: optional, nullable, a string when present.
const zodRead = `const v5 = input["createdTime"];
let v6 = (() => {
  let v7;
  if (v5 !== undefined) {
    let v8 = null;
    if (v5 !== null) {
      if (typeof v5 !== "string") return INVALID;
      v8 = v5;
    }
    v7 = v8;
  }
  return v7;
})();
return v6;`

function run(code: string, input: Record<string, unknown>) {
  const INVALID = Symbol('INVALID')
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs code as z.compile does, in Node
  const fn = new Function('INVALID', 'input', code) as (invalid: symbol, input: unknown) => unknown
  const result = fn(INVALID, input)
  return result === INVALID ? 'INVALID' : result
}

describe('closures written as blocks', () => {
  it('read every value as the closures did, with no closure left', () => {
    const blocks = closuresAsBlocks(zodRead)
    expect(blocks).not.toContain('=>')
    for (const createdTime of [undefined, null, '2026-01-01T00:00:00Z', 0, false, {}]) {
      expect(run(blocks, { createdTime })).toStrictEqual(run(zodRead, { createdTime }))
    }
    expect(run(blocks, {})).toStrictEqual(run(zodRead, {}))
  })

  it('refuse a closure inside another rather than guess', () => {
    const nested = zodRead.replace(
      'let v8 = null;',
      'let v8 = (() => {\n      return null;\n    })();',
    )
    expect(() => closuresAsBlocks(nested)).toThrow(/closure inside v6/)
  })
})
