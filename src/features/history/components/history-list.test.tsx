import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { historyEntry } from '@/testing/history-entry-factory'
import { renderWithQueryClient } from '@/testing/render-with-query-client'

import { HistoryList } from './history-list'

const filters = { who: '', what: '', when: '', number: '' } as const
const scope = { businessID: '1' }

function answer(status: number, body: unknown) {
  const fetch = vi.fn<typeof globalThis.fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status })),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const rename = historyEntry({ at: Date.now() - 5 * 60_000 })

describe('the history list', () => {
  it('says loading, then each change with its relative time', async () => {
    const fetch = answer(200, {
      entries: [
        { ...rename, id: 'b', phase: 'outcome', upstreamStatus: 200, result: 'done' },
        rename,
      ],
      nextCursor: null,
    })
    renderWithQueryClient(<HistoryList scope={scope} filters={filters} filtered={false} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the history…')
    // Lines shaped like the entries stand in, in a region marked busy, hidden from screen readers.
    expect(document.querySelector('[aria-busy="true"] [aria-hidden="true"]')).not.toBeNull()
    const item = await screen.findByRole('listitem')
    expect(item).toHaveTextContent(
      'Sam Ortiz (support) for Rivera Plumbing renamed Office → Front desk, 5 minutes ago',
    )
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/auth/history?businessID=1')
    expect(new Headers(init?.headers).get('X-Requested-With')).toBe('numbers-console')
  })

  it('says when nothing is on record, and when nothing matches the filters', async () => {
    answer(200, { entries: [], nextCursor: null })
    const { unmount } = renderWithQueryClient(
      <HistoryList scope={scope} filters={filters} filtered={false} />,
    )
    expect(await screen.findByText('Nothing is on record yet.')).toBeInTheDocument()
    expect(document.querySelector('[aria-busy="true"]')).toBeNull()
    unmount()
    renderWithQueryClient(<HistoryList scope={scope} filters={filters} filtered />)
    expect(await screen.findByText('Nothing on record matches these filters.')).toBeInTheDocument()
  })

  it('shows the gateway’s refusal with a way to try again', async () => {
    answer(404, {
      type: 'urn:numbers-console:problem:not-found',
      title: 'Not found.',
      detail: 'This business is not one of yours, so its history is not shown.',
    })
    renderWithQueryClient(<HistoryList scope={scope} filters={filters} filtered={false} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the history.')
    expect(alert).toHaveTextContent('This business is not one of yours')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
