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
 * needs (that page must not download the shell). What the sign-in page shares with the
 * signed-in pages (the API client, the session's schemas, zod's full API) is a third chunk,
 * session-common, which both load: the list's page loads three files, not ten
 * (docs/decisions/0019). Everything loaded on demand (dialogs, forms, bulk add, history)
 * keeps the bundler's own chunks.
 */
const shell = source('app/app-layout.tsx')
const numbersList = page('business-numbers-page')
const signedInPages = [numbersList, page('home-page'), page('connections-page')]
signedInPages.push(page('business-history-page'))
const entry = source('main.tsx')
const signIn = page('sign-in-page')
const notGrouped = [entry, signIn]

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
  ) ||
  smallLibrary.test(id)
/**
 * The few library modules a signed-in page runs at once besides the first visit's: zod's full
 * API (the schemas the pages share with the sign-in page), TanStack's mutations, lucide's icon
 * maker and one libphonenumber helper. Each was a file of its own, 0.1 to 12 KiB, and each a
 * request among the six a phone sends at a time.
 */
const smallLibrary =
  /node_modules[\\/](zod[\\/]v4[\\/]|@tanstack[\\/](react-query|query-core)[\\/]|lucide-react[\\/]dist[\\/]esm[\\/](createLucideIcon|defaultAttributes|Icon|context|shared[\\/])|libphonenumber-js[\\/]es6[\\/]helpers[\\/]parseDigits)/

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

/**
 * Library modules the first visit imports but never runs (its bundle leaves them out: zod's
 * JSON Schema and compiler, TanStack's mutations), which the signed-in pages do run: they
 * may join a group, or they would be three more files of their own. Were one of them run by
 * the first visit after all, the first visit would load the group and its size budget fail.
 */
const leftOutOfFirstVisit =
  /node_modules[\\/](zod[\\/]v4[\\/](core[\\/](json-schema-processors|to-json-schema|compile|memoizer)|locales[\\/]en)\.js|@tanstack[\\/](react-query[\\/]build[\\/]modern[\\/]useMutation|query-core[\\/]build[\\/]modern[\\/]mutationObserver)\.js)$/

export function assignGroups(graph: ModuleGraph): Map<string, string> {
  const closure = (root: string) => staticClosure(graph, root)
  const firstVisit = new Set([...closure(entry)].filter((id) => !leftOutOfFirstVisit.test(id)))
  const excluded = new Set(notGrouped.flatMap((root) => [...closure(root)]))
  for (const id of excluded)
    if (leftOutOfFirstVisit.test(id) && !closure(signIn).has(id)) excluded.delete(id)
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
  // What the sign-in page shares with the signed-in pages (the API client, the session's
  // schemas and zod): one file both load, rather than one per module.
  const signedIn = new Set([shell, ...signedInPages].flatMap((root) => [...closure(root)]))
  for (const id of closure(signIn)) {
    if (signedIn.has(id) && !firstVisit.has(id) && !groupOf.has(id) && groupable(id)) {
      groupOf.set(id, 'session-common')
    }
  }
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
