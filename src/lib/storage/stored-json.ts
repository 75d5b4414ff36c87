/**
 * Reading and writing the browser's storage, where every step can throw: privacy modes
 * refuse even to hand out `localStorage`, a full quota refuses a write, and what was kept
 * may have been edited by hand or written by an older version. Each helper turns those
 * into "nothing kept" or `false`; the caller's comment says what that costs the user.
 */

/** What reads a stored value: every zod schema, classic or mini, has this. */
interface StoredShape<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false }
}

export type StorageArea = 'localStorage' | 'sessionStorage'

/** The browser's storage of that name, or null where there is none or it is refused. */
export function browserStorage(area: StorageArea): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[area]
  } catch {
    return null
  }
}

/** The JSON kept under `key`, read by `shape`: null when absent, unreadable or of another shape. */
export function readStoredJSON<T>(
  storage: Pick<Storage, 'getItem'> | null,
  key: string,
  shape: StoredShape<T>,
): T | null {
  try {
    const raw = storage?.getItem(key)
    if (!raw) return null
    const parsed = shape.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Keeps `value` as JSON under `key`; false when storage is full, refused or absent. */
export function writeStoredJSON(
  storage: Pick<Storage, 'setItem'> | null,
  key: string,
  value: unknown,
): boolean {
  if (!storage) return false
  try {
    storage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

/** Forgets `key`; storage that cannot be reached cannot be holding it either. */
export function removeStored(storage: Pick<Storage, 'removeItem'> | null, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing to forget.
  }
}
