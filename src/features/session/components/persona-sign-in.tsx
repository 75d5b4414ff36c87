import { useQuery, useQueryClient } from '@tanstack/react-query'

import { Spinner } from '@/components/ui/spinner'

import { sessionQueries } from '../api/session-queries'
import { type Persona } from '../api/session-schemas'
import { credentialsForPersona, signIn } from '../sign-in-as'

function describe(persona: Persona): string {
  if (persona.role === 'support') return 'Support agent · every business'
  const count = persona.businessIDs.length
  return `Pro · ${count} ${count === 1 ? 'business' : 'businesses'}`
}

/** The sandbox's demo sign-ins; absent when the app runs against Thumbtack itself. */
export function PersonaSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const queryClient = useQueryClient()
  const personas = useQuery(sessionQueries.personas())

  async function signInAs(persona: Persona) {
    // The token listed when the page opened may have expired since: ask for the current one.
    const fresh = await queryClient
      .query({ ...sessionQueries.personas(), staleTime: 0 })
      .then((list) => list.find((candidate) => candidate.id === persona.id))
      .catch(() => undefined)
    signIn(queryClient, credentialsForPersona(fresh ?? persona))
    onSignedIn()
  }

  if (personas.isPending) return <Spinner label="Loading demo sign-ins…" />
  if (!personas.data?.length) return null

  return (
    <section aria-labelledby="demo-sign-ins" className="space-y-3">
      <h2 id="demo-sign-ins" className="text-lg font-semibold">
        Sandbox demo sign-ins
      </h2>
      <ul className="grid gap-2">
        {personas.data.map((persona) => (
          <li key={persona.id}>
            <button
              type="button"
              className="flex w-full flex-col items-start rounded-lg border border-control bg-white px-4 py-3 text-left hover:border-brand-500 hover:bg-brand-50 dark:bg-slate-900 dark:hover:bg-slate-800"
              onClick={() => void signInAs(persona)}
            >
              <span className="font-medium">Sign in as {persona.name}</span>
              <span className="text-sm text-muted">{describe(persona)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
