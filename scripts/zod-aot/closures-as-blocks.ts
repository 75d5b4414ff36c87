/**
 * zod's compiler reads each optional field in a closure called on the spot
 * (`let v6 = (() => { …; return v7 })()`), so a 10,000-record list makes 30,000 closures
 * before the first rows, which took several times as long as the rest of the parser (and
 * fed the garbage collector). Each becomes a labelled block that does the same: a `return`
 * from the closure is an assignment and a `break` out of its block. Only closures with no
 * function inside are rewritten; anything else zod may write is refused, not guessed at.
 */
const CALLED_ON_THE_SPOT =
  /^( *)let (v\d+) = \(\(\) => \{\n([\s\S]*?)\n\1 {2}return (v\d+);\n\1\}\)\(\);$/gm
const RETURN = /\breturn\b([^;]*);/g

export function closuresAsBlocks(code: string): string {
  const rewritten = code.replace(
    CALLED_ON_THE_SPOT,
    (_closure, indent: string, name: string, body: string, result: string) => {
      if (/=>|\bfunction\b/.test(body)) {
        throw new Error(`A closure inside ${name}'s closure: the list parser needs a new rewrite.`)
      }
      const label = `read_${name}`
      const block = body.replace(RETURN, (_return, value: string) => {
        return `{ ${name} =${value}; break ${label}; }`
      })
      return `${indent}let ${name};\n${indent}${label}: {\n${block}\n${indent}  ${name} = ${result};\n${indent}}`
    },
  )
  if (rewritten.includes('=> {')) {
    throw new Error('The list parser still makes a closure: zod writes a new shape of code.')
  }
  return rewritten
}
