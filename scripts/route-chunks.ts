import { fileURLToPath } from 'node:url'

/** What rolldown tells a chunk-naming function about a module (a subset of its ModuleInfo). */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
}

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))
const page = (name: string) => source(`app/routes/${name}.tsx`)

/**
 * The chunks a signed-in page loads, besides the first visit's: the shell around every
 * signed-in page (with what two or more pages share), then the numbers list, the page most
 * visits land on. Left to itself the bundler cut them into some thirty small files, each a
 * request of its own; a phone on a slow network opens six connections at a time, so the
 * list waited for several round trips of code before it could ask for its data
 * (docs/decisions/0014).
 *
 * Neither group takes a module the first visit loads already, nor one the sign-in page
 * needs (that page must not download the shell). Everything loaded on demand (dialogs,
 * forms, bulk add, history) keeps the bundler's own chunks.
 */
const shell = source('app/app-layout.tsx')
const numbersList = page('business-numbers-page')
const signedInPages = [numbersList, page('home-page'), page('connections-page')]
signedInPages.push(page('business-history-page'))
const entry = source('main.tsx')
const notGrouped = [entry, page('sign-in-page')]

const sourceRoot = source('')
/**
 * Only the app's own modules, the list's virtualizer and the icons: a library module imported
 * but not used here (libphonenumber's metadata, behind a helper the list never calls) would
 * otherwise come with the group, and every list visit would download it.
 */
const groupable = (id: string) =>
  id.startsWith(sourceRoot) ||
  /node_modules[\\/](@tanstack[\\/](react-virtual|virtual-core)|lucide-react[\\/]dist[\\/]esm[\\/]icons)[\\/]/.test(
    id,
  )

function staticClosure(graph: ModuleGraph, root: string): Set<string> {
  const seen = new Set<string>()
  const stack = [root]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

export function assignGroups(graph: ModuleGraph): Map<string, string> {
  const closure = (root: string) => staticClosure(graph, root)
  const excluded = new Set(notGrouped.flatMap((root) => [...closure(root)]))
  const pagesUsing = new Map<string, number>()
  for (const pageRoot of signedInPages) {
    for (const id of closure(pageRoot)) pagesUsing.set(id, (pagesUsing.get(id) ?? 0) + 1)
  }
  const groupOf = new Map<string, string>()
  const join = (id: string, name: string) => {
    if (!groupOf.has(id) && !excluded.has(id) && groupable(id)) groupOf.set(id, name)
  }
  for (const id of closure(shell)) join(id, 'signed-in-shell')
  for (const [id, pages] of pagesUsing) if (pages > 1) join(id, 'signed-in-shell')
  for (const id of closure(numbersList)) join(id, 'numbers-list')
  return groupOf
}

/** For `build.rolldownOptions.output.codeSplitting`. */
export function routeChunks() {
  let groupOf: Map<string, string> | undefined
  return {
    groups: [
      {
        debugName: 'route chunks',
        name: (id: string, graph: ModuleGraph) => {
          groupOf ??= assignGroups(graph)
          return groupOf.get(id) ?? null
        },
        // The groups hold exactly the modules named above: a module the first visit loads
        // must stay where it is, or the first visit would download the groups too.
        includeDependenciesRecursively: false,
      },
      // What the first visit loads besides its entry, in one file rather than a few.
      { name: 'first-visit', tags: ['$initial' as const], test: (id: string) => id !== entry },
    ],
  }
}
