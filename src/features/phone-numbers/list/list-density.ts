import { useSyncExternalStore } from 'react'
import { z } from 'zod'

import { useWideScreen } from '@/lib/page/wide-screen'

/** How tall the rows of the wide table are: 49 px, or 37 px to see more at once. */
export const densitySchema = z.enum(['comfortable', 'compact'])
export type Density = z.infer<typeof densitySchema>

const storageKey = 'numbers-console:list-density'

/**
 * The virtualizer's first guess at a row's height, border included, before it measures one.
 * The wide table's rows are exactly these.
 */
export const rowEstimate: Record<Density, number> = { comfortable: 49, compact: 37 }
/**
 * A phone's card (below 640 px), whatever the density: 193 px unless a long name wraps.
 * Guessed right, measuring the cards moves none: with the table's 49 px every card on the
 * first screen resized the list, each a notice to the virtualizer, in the task that draws it
 * (Lighthouse's phone counted it as most of the page's blocking time).
 */
const cardEstimate = 193

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

/** The first guess at a row's height on this screen: a table row, or a phone's card. */
export function useRowEstimate(): number {
  const density = useListDensity()
  const wide = useWideScreen()
  return wide ? rowEstimate[density] : cardEstimate
}
