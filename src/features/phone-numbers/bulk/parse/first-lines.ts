/**
 * The first line of each number in a paste, for telling a repeat from the first. A Map keyed
 * by E.164 strings cost checkRows about a tenth of libphonenumber's own time at 100,000 rows
 * (a large table of fresh strings, rebuilt as it grows, between many scavenges); here a +1
 * number is its 10 national digits as one integer, exact below 2^53, in a table of typed
 * arrays sized once for the rows, so a lookup allocates nothing. Two numbers share a key only
 * when they are the same number. Anything not shaped +1 and 10 digits (no checked row is, but
 * nothing here depends on that), and any number beyond the table's half, falls back to a Map.
 */
export interface FirstLines {
  get(e164: string): number | undefined
  set(e164: string, line: number): void
}

const EMPTY = 0
// Fibonacci hashing: the high bits of the product spread keys that differ in any digit.
const GOLDEN = 0x9e3779b1
const MIX = 0x85ebca6b
const TWO_TO_32 = 4_294_967_296
// 4 Mi slots (48 MiB): numbers beyond the 2 Mi that fill half of them go to the Map.
const MAX_BITS = 22

/** A table for `count` numbers, sized so that it is at most half full and probes stay short. */
export function createFirstLines(count: number): FirstLines {
  let bits = 4
  while (1 << bits < count * 2 && bits < MAX_BITS) bits++
  const mask = (1 << bits) - 1
  const limit = 1 << (bits - 1)
  const shift = 32 - bits
  const keys = new Float64Array(mask + 1)
  const lines = new Int32Array(mask + 1)
  const others = new Map<string, number>()
  let filled = 0

  /** The slot holding `key`, or the empty slot where it would go. */
  function slotOf(key: number): number {
    const mixed = (key >>> 0) ^ Math.imul(Math.floor(key / TWO_TO_32), MIX)
    let slot = Math.imul(mixed, GOLDEN) >>> shift
    while (keys[slot] !== EMPTY && keys[slot] !== key) slot = (slot + 1) & mask
    return slot
  }

  return {
    get(e164) {
      const key = nanpKey(e164)
      if (key === EMPTY) return others.get(e164)
      const slot = slotOf(key)
      if (keys[slot] === key) return lines[slot]
      return others.size === 0 ? undefined : others.get(e164)
    },
    set(e164, line) {
      const key = nanpKey(e164)
      const slot = key === EMPTY ? -1 : slotOf(key)
      // Kept at most half full, so that slotOf always finds an empty slot and ends.
      if (slot === -1 || (keys[slot] === EMPTY && filled >= limit)) {
        others.set(e164, line)
        return
      }
      if (keys[slot] === EMPTY) filled++
      keys[slot] = key
      lines[slot] = line
    },
  }
}

/** "+1" and 10 ASCII digits as the integer of those digits; 0 (EMPTY) for anything else. */
function nanpKey(e164: string): number {
  if (e164.length !== 12 || e164.charCodeAt(0) !== 43 || e164.charCodeAt(1) !== 49) return EMPTY
  let key = 0
  for (let i = 2; i < 12; i++) {
    const digit = e164.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return EMPTY
    key = key * 10 + digit
  }
  return key
}
