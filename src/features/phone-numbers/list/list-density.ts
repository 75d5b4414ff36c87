import { useSyncExternalStore } from 'react'
import { z } from 'zod'

/** How tall the rows of the wide table are: 49 px, or 37 px to see more at once. */
export const densitySchema = z.enum(['comfortable', 'compact'])
export type Density = z.infer<typeof densitySchema>

const storageKey = 'numbers-console:list-density'

/**
 * The virtualizer's first guess at a row's height, border included, before it measures one.
 * A phone's card is taller, and measured; the wide table's rows are exactly these.
 */
export const rowEstimate: Record<Density, number> = { comfortable: 49, compact: 37 }

const listeners = new Set<() => void>()
let remembered: Density | null = null

/** The stored choice, parsed: anything else (absent, edited by hand, blocked storage) is the default. */
export function readDensity(): Density {
  try {
    const parsed = densitySchema.safeParse(window.localStorage.getItem(storageKey))
    return parsed.success ? parsed.data : 'comfortable'
  } catch {
    return 'comfortable'
  }
}

export function writeDensity(density: Density): void {
  try {
    window.localStorage.setItem(storageKey, density)
  } catch {
    // Storage may be full or blocked: the choice then lasts until the page is left.
  }
  remembered = density
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function current(): Density {
  remembered ??= readDensity()
  return remembered
}

/** The list's density, shared by the toolbar's toggle and the rows, kept across visits. */
export function useListDensity(): Density {
  return useSyncExternalStore(subscribe, current, () => 'comfortable')
}
