import { Navigate, useNavigate, useSearchParams } from 'react-router'

import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { PersonaSignIn } from '@/features/session/components/persona-sign-in'
import { StaffSignIn, ThumbtackSignIn } from '@/features/session/components/thumbtack-sign-in'
import { TokenSignIn } from '@/features/session/components/token-sign-in'
import { safeReturnPath } from '@/features/session/safe-return-path'
import { signInErrorMessage } from '@/features/session/sign-in-error'
import { useSignInState } from '@/features/session/use-sign-in-state'
import { useDocumentTitle } from '@/lib/page/use-document-title'

export function SignInPage() {
  const state = useSignInState()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const next = safeReturnPath(searchParams.get('next'))
  const failure = signInErrorMessage(searchParams.get('signInError'))
  const disconnected = searchParams.get('disconnected') === '1'
  useDocumentTitle(['Sign in'])

  if (state.kind === 'token' || state.kind === 'session') return <Navigate to={next} replace />

  const goOn = () => void navigate(next, { replace: true })
  return (
    <main className="mx-auto max-w-md space-y-8 px-4 py-10">
      <div className="space-y-2">
        <p className="font-semibold text-brand-700 dark:text-brand-100">Numbers Console</p>
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="text-muted">
          Manage the business phone numbers your customers reach through Thumbtack Numbers.
        </p>
      </div>
      {disconnected ? (
        <p
          role="status"
          className="rounded-lg border border-control bg-slate-50 p-4 dark:bg-slate-900"
        >
          Your businesses are disconnected: support staff can no longer act for them, and you are
          signed out. Signing in with Thumbtack again connects them again.
        </p>
      ) : null}
      {failure ? (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {failure}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <ThumbtackSignIn returnTo={next} />
        {state.kind === 'signed-out' && state.staffSignIn ? <StaffSignIn returnTo={next} /> : null}
      </div>
      {state.kind === 'loading' ? <Spinner label="Checking your sign-in…" /> : null}
      {state.kind === 'unreadable' ? (
        <ErrorState
          heading="Could not check your sign-in."
          error={state.error}
          message="The sign-in service did not answer. Try again in a moment."
          onRetry={state.retry}
        />
      ) : null}
      {state.kind === 'signed-out' && state.devTokenSignIn ? (
        <>
          <PersonaSignIn onSignedIn={goOn} />
          <TokenSignIn onSignedIn={goOn} />
        </>
      ) : null}
    </main>
  )
}
