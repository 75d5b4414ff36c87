import { historyActions, type HistoryAction } from './history-schemas'

/** The History filters, as the URL keeps them: `?who=staff&what=update&when=7d`. */
export interface HistoryFilters {
  /** '' (everyone), `pro`, `staff`, or one person: `staff:sam`. */
  who: string
  what: HistoryAction | ''
  when: HistoryWhen
  /** One number's history: its phoneNumberID. */
  number: string
}

export const historyWhens = ['', '24h', '7d', '30d'] as const
export type HistoryWhen = (typeof historyWhens)[number]

const WHEN_MS: Record<Exclude<HistoryWhen, ''>, number> = {
  '24h': 24 * 3600_000,
  '7d': 7 * 24 * 3600_000,
  '30d': 30 * 24 * 3600_000,
}

const whoShape = /^(pro|staff)(:[A-Za-z0-9._@|-]{1,200})?$/

const isAction = (v: string): v is HistoryAction =>
  (historyActions as readonly string[]).includes(v)
const isWhen = (v: string): v is HistoryWhen => (historyWhens as readonly string[]).includes(v)

/** Anything odd in the URL reads as "no filter", never as an error page. */
export function readHistoryFilters(params: URLSearchParams): HistoryFilters {
  const who = params.get('who') ?? ''
  const what = params.get('what') ?? ''
  const when = params.get('when') ?? ''
  const number = params.get('number') ?? ''
  return {
    who: whoShape.test(who) ? who : '',
    what: isAction(what) ? what : '',
    when: isWhen(when) ? when : '',
    number: /^\d{1,30}$/.test(number) ? number : '',
  }
}

/** The URL's search with one filter changed (an empty value removes it). */
export function withHistoryFilter(
  params: URLSearchParams,
  key: keyof HistoryFilters,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params)
  if (value === '') next.delete(key)
  else next.set(key, value)
  return next
}

/** What the gateway is asked for: `GET /auth/history?businessID=…&who=…&action=…&from=…`. */
export function historyQuery(
  scope: { businessID: string; phoneNumberID?: string | undefined },
  filters: HistoryFilters,
  now: number,
): URLSearchParams {
  const query = new URLSearchParams({ businessID: scope.businessID })
  const phoneNumberID = scope.phoneNumberID ?? (filters.number === '' ? undefined : filters.number)
  if (phoneNumberID !== undefined) query.set('phoneNumberID', phoneNumberID)
  if (filters.who !== '') query.set('who', filters.who)
  if (filters.what !== '') query.set('action', filters.what)
  if (filters.when !== '') query.set('from', new Date(now - WHEN_MS[filters.when]).toISOString())
  return query
}
