import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, Outlet, useMatch, useNavigate } from 'react-router'

import { Button } from '@/components/ui/button'
import { sendWaitingRemovals } from '@/features/phone-numbers/removal/pending-removals'
import { sessionQueries } from '@/features/session/api/session-queries'
import { useActsForOthersByRole } from '@/features/session/acts-for-others'
import { ActingForBanner } from '@/features/session/components/acting-for-banner'
import { BusinessSwitcher } from '@/features/session/components/business-switcher'
import { SignedInUser } from '@/features/session/components/signed-in-user'
import { signOutEverywhere } from '@/features/session/sign-out'
import { ViewOnlyBadge } from '@/features/session/components/view-only-badge'
import { useSignInState } from '@/features/session/use-sign-in-state'

import { BusinessAccessGate } from './business-access-gate'

export function AppLayout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const businesses = useQuery(sessionQueries.businesses())
  const businessID = useMatch('/businesses/:businessID/*')?.params.businessID
  const several = (businesses.data?.length ?? 0) > 1
  const [signingOut, setSigningOut] = useState(false)
  const state = useSignInState()
  // Staff and support agents get the switcher: its room is kept while the businesses load.
  const byRole = useActsForOthersByRole()
  const switcherComing = businesses.isPending && byRole

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
          <Link to="/" className="mr-auto font-semibold text-brand-700 dark:text-brand-100">
            Numbers Console
          </Link>
          {several && businesses.data ? (
            <BusinessSwitcher
              businesses={businesses.data}
              currentID={businessID}
              onSelect={(business) => void navigate(`/businesses/${business.businessID}/numbers`)}
              className="order-last w-full sm:order-none sm:w-80"
            />
          ) : switcherComing ? (
            <div aria-hidden="true" className="order-last min-h-10 w-full sm:order-none sm:w-80" />
          ) : null}
          {state.kind === 'session' && state.session.canDisconnect ? (
            <Link
              to="/connections"
              className="text-sm text-brand-700 underline dark:text-brand-100"
            >
              Connected businesses
            </Link>
          ) : null}
          <ViewOnlyBadge />
          <SignedInUser />
          <Button
            size="sm"
            variant="ghost"
            disabled={signingOut}
            onClick={() => {
              // A removal still in its undo window is sent first: signing out must never
              // drop it. Signed out, RequireSignIn takes the user to the sign-in page.
              setSigningOut(true)
              void signOutEverywhere(queryClient, sendWaitingRemovals).finally(() =>
                setSigningOut(false),
              )
            }}
          >
            {signingOut ? 'Signing out…' : 'Sign out'}
          </Button>
        </div>
      </header>
      {businessID ? <ActingForBanner businessID={businessID} /> : null}
      {/* Room below the content for the toasts (--toast-space, set by the toaster), so
          that scrolled to the end, the last row is never under them. */}
      <main
        id="main"
        className="mx-auto max-w-6xl px-4 pt-6 pb-[max(1.5rem,var(--toast-space,0px))]"
      >
        <BusinessAccessGate businessID={businessID}>
          <Outlet />
        </BusinessAccessGate>
      </main>
    </div>
  )
}
