import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { setCredentials } from '@/lib/auth/credentials-store'
import { settleSignIn } from '@/lib/auth/sign-in-prompt'

import { sessionQueries } from '../api/session-queries'
import { credentialsForPersona } from '../sign-in-as'

/** Fetches the persona's current token from the sandbox and carries on with it. */
export function RenewPersonaSignIn({ personaID, name }: { personaID: string; name: string }) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')

  async function renew() {
    setState('busy')
    // Afresh, not from the cache: the tokens cached at sign-in are the ones that expired.
    const personas = await queryClient
      .query({ ...sessionQueries.personas(), staleTime: 0 })
      .catch(() => [])
    const persona = personas.find((candidate) => candidate.id === personaID)
    if (!persona) {
      setState('failed')
      return
    }
    // Not signIn(): that would clear the cache, and with it the page under this dialog.
    setCredentials(credentialsForPersona(persona))
    settleSignIn(true)
  }

  return (
    <div className="space-y-2">
      <Button variant="primary" disabled={state === 'busy'} onClick={() => void renew()}>
        {state === 'busy' ? 'Signing in…' : `Sign in again as ${name}`}
      </Button>
      {state === 'failed' ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The sandbox did not hand out a new sign-in for {name}. Try again, or sign out.
        </p>
      ) : null}
    </div>
  )
}
