import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useNavigate } from 'react-router'

import { Button } from '@/components/ui/button'
import { signOut } from '@/features/session/sign-in-as'
import { SignedInUser } from '@/features/session/components/signed-in-user'

export function AppLayout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link to="/" className="mr-auto font-semibold text-brand-700 dark:text-brand-100">
            Numbers Console
          </Link>
          <SignedInUser />
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              signOut(queryClient)
              void navigate('/sign-in')
            }}
          >
            Sign out
          </Button>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  )
}
