import { Navigate, useNavigate, useSearchParams } from 'react-router'

import { PersonaSignIn } from '@/features/session/components/persona-sign-in'
import { TokenSignIn } from '@/features/session/components/token-sign-in'
import { useCredentials } from '@/features/session/use-credentials'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/** Only a path on this app is a safe place to return to after signing in. */
function safeNextPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function SignInPage() {
  const credentials = useCredentials()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const next = safeNextPath(searchParams.get('next'))
  useDocumentTitle(['Sign in'])

  if (credentials) return <Navigate to={next} replace />

  const goOn = () => void navigate(next, { replace: true })
  return (
    <main className="mx-auto max-w-md space-y-8 px-4 py-10">
      <div className="space-y-2">
        <p className="font-semibold text-brand-700 dark:text-brand-100">Numbers Console</p>
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="text-slate-600 dark:text-slate-400">
          Manage the business phone numbers your customers reach through Thumbtack Numbers.
        </p>
      </div>
      <PersonaSignIn onSignedIn={goOn} />
      <TokenSignIn onSignedIn={goOn} />
    </main>
  )
}
