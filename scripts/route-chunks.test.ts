import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { assignGroups, type ModuleGraph } from './route-chunks'

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))
const lib = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url))

const ids = {
  main: src('main.tsx'),
  layout: src('app/app-layout.tsx'),
  list: src('app/routes/business-numbers-page.tsx'),
  home: src('app/routes/home-page.tsx'),
  signIn: src('app/routes/sign-in-page.tsx'),
  apiClient: src('lib/api/client.ts'),
  switcher: src('features/session/components/business-switcher.tsx'),
  rows: src('features/phone-numbers/list/phone-number-rows.tsx'),
  pageHeader: src('components/ui/page-header.tsx'),
  personas: src('features/session/api/session-queries.ts'),
  virtualizer: lib('@tanstack/virtual-core/dist/esm/index.js'),
  metadata: lib('libphonenumber-js/metadata.min.json.js'),
  fullZod: lib('zod/v4/classic/schemas.js'),
  reactQuery: lib('@tanstack/react-query/build/modern/index.js'),
  mutations: lib('@tanstack/react-query/build/modern/useMutation.js'),
}

function graphOf(imports: Record<string, string[]>): ModuleGraph {
  return { getModuleInfo: (id) => ({ importedIds: imports[id] ?? [] }) }
}

describe('assignGroups', () => {
  const groupOf = assignGroups(
    graphOf({
      [ids.main]: [ids.apiClient, ids.reactQuery],
      [ids.reactQuery]: [ids.mutations],
      [ids.layout]: [ids.switcher, ids.apiClient, ids.personas, ids.mutations],
      [ids.list]: [ids.rows, ids.pageHeader, ids.virtualizer, ids.metadata],
      [ids.home]: [ids.pageHeader],
      [ids.signIn]: [ids.personas],
      [ids.personas]: [ids.fullZod],
    }),
  )

  it('puts the shell and the list each in one chunk', () => {
    expect(groupOf.get(ids.switcher)).toBe('signed-in-shell')
    expect(groupOf.get(ids.rows)).toBe('numbers-list')
    expect(groupOf.get(ids.virtualizer)).toBe('numbers-list')
  })

  it('puts what two signed-in pages share in the shell, so the home page never loads the list', () => {
    expect(groupOf.get(ids.pageHeader)).toBe('signed-in-shell')
  })

  it('leaves out what the first visit loads, and libraries it cannot see used', () => {
    expect(groupOf.has(ids.apiClient)).toBe(false)
    expect(groupOf.has(ids.metadata)).toBe(false)
  })

  it('puts what the sign-in page shares with the signed-in pages in one chunk, never the shell', () => {
    expect(groupOf.get(ids.personas)).toBe('session-common')
    expect(groupOf.get(ids.fullZod)).toBe('session-common')
  })

  it('groups a library the first visit imports but never runs, and only such a one', () => {
    expect(groupOf.get(ids.mutations)).toBe('signed-in-shell')
    expect(groupOf.has(ids.reactQuery)).toBe(false)
  })
})
