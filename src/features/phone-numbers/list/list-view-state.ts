import { z } from 'zod'

/**
 * What the list shows — search, sort, removed numbers, filters — lives in the query string, so a
 * view can be bookmarked or shared and the back button steps through it.
 */
export const sortKeys = ['name', 'number', 'activity', 'added'] as const
export type SortKey = (typeof sortKeys)[number]
export type SortDirection = 'asc' | 'desc'
/** When a number was added: any time, within the last 7, 30 or 90 days, or before that. */
export const addedRanges = ['any', '7d', '30d', '90d', 'older'] as const
export type AddedRange = (typeof addedRanges)[number]

export interface ListViewState {
  search: string
  sort: SortKey
  direction: SortDirection
  showRemoved: boolean
  /** Only numbers with no activity for 90 days or more. */
  inactive: boolean
  added: AddedRange
}

/** Names and numbers read naturally A→Z; times most recent first. */
export const defaultDirection: Record<SortKey, SortDirection> = {
  name: 'asc',
  number: 'asc',
  activity: 'desc',
  added: 'desc',
}

const paramsSchema = z.object({
  q: z.string().catch(''),
  sort: z.enum(sortKeys).catch('name'),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  removed: z.literal('1').optional().catch(undefined),
  inactive: z.literal('1').optional().catch(undefined),
  added: z.enum(addedRanges).catch('any'),
})

export function readListViewState(params: URLSearchParams): ListViewState {
  const parsed = paramsSchema.parse({
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? 'name',
    dir: params.get('dir') ?? undefined,
    removed: params.get('removed') ?? undefined,
    inactive: params.get('inactive') ?? undefined,
    added: params.get('added') ?? 'any',
  })
  return {
    search: parsed.q,
    sort: parsed.sort,
    direction: parsed.dir ?? defaultDirection[parsed.sort],
    showRemoved: parsed.removed === '1',
    inactive: parsed.inactive === '1',
    added: parsed.added,
  }
}

/** Only what differs from the defaults goes in the URL, to keep links short. */
export function writeListViewState(state: ListViewState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.search) params.set('q', state.search)
  if (state.sort !== 'name') params.set('sort', state.sort)
  if (state.direction !== defaultDirection[state.sort]) params.set('dir', state.direction)
  if (state.showRemoved) params.set('removed', '1')
  if (state.inactive) params.set('inactive', '1')
  if (state.added !== 'any') params.set('added', state.added)
  return params
}
