/** mulberry32: tiny, fast and good enough to make the seed identical on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() needs a non-empty list')
  return item
}

/** A 19-digit numeric string, the shape of Thumbtack's IDs. */
export function numericID(random: () => number): string {
  let id = String(randomInt(random, 1, 9))
  for (let i = 0; i < 18; i++) id += String(randomInt(random, 0, 9))
  return id
}
