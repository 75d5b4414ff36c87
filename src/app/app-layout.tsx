import { useQuery } from '@tanstack/react-query'
import { Phone } from 'lucide-react'
import { Link, Outlet, useMatch, useNavigate } from 'react-router'

import { sessionQueries } from '@/features/session/api/session-queries'
import { ActingForBanner } from '@/features/session/components/acting-for-banner'
import { BusinessSwitcher } from '@/features/session/components/business-switcher'
import { SignedInUser } from '@/features/session/components/signed-in-user'
import { ViewOnlyBadge } from '@/features/session/components/view-only-badge'
import { useActingFor } from '@/features/session/use-acting-for'
import { useSignInState } from '@/features/session/use-sign-in-state'
import { cn } from '@/lib/cn'
import { useHeightVariable } from '@/lib/page/use-height-variable'

import { AppNav } from './app-nav'
import { BusinessAccessGate } from './business-access-gate'
import { SignOutButton } from './sign-out-button'

/**
 * The shell of every signed-in page, in the manner of Stripe's dashboard: from 1024 px a
 * sidebar with the business, the pages and the person; below it one compact header (on a
 * phone: business, who one acts as, Sign out, then the pages), so that the first number
 * is on the first screen. The business's name is shown here once, not again on the page.
 */
export function AppLayout() {
  const navigate = useNavigate()
  const businesses = useQuery(sessionQueries.businesses())
  const businessID = useMatch('/businesses/:businessID/*')?.params.businessID
  const several = (businesses.data?.length ?? 0) > 1
  const state = useSignInState()
  // Staff and support agents get the switcher: its room is kept while the businesses load.
  const { business, actsForOthers, keepRoom: switcherComing } = useActingFor(businessID)
  // Who one acts for stays in view while the list scrolls; the list's sticky search sticks
  // just below it. Zero from 1024 px, where the header is a sidebar (use-height-variable).
  const heightRef = useHeightVariable('--acting-for-space')
  const [only] = businesses.data ?? []
  const pagesOf = businessID ?? (only && !several ? only.businessID : undefined)

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header
        ref={heightRef}
        className={cn(
          'z-30 flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-line bg-surface px-4 py-2',
          'lg:fixed lg:inset-y-0 lg:left-0 lg:w-64 lg:flex-col lg:flex-nowrap lg:items-stretch lg:gap-y-4 lg:overflow-y-auto lg:border-r lg:border-b-0 lg:bg-raised lg:p-4',
          actsForOthers && 'max-lg:sticky max-lg:top-0',
        )}
      >
        <Link
          to="/"
          aria-label="Numbers Console"
          className="inline-flex min-h-9 shrink-0 items-center gap-2 rounded-md font-semibold text-brand-700 dark:text-brand-100"
        >
          <span className="inline-flex size-7 items-center justify-center rounded-md bg-brand-600 text-white">
            <Phone aria-hidden="true" className="size-4" />
          </span>
          <span aria-hidden="true" className="max-md:hidden">
            Numbers Console
          </span>
        </Link>
        <div className="flex min-w-0 flex-1 flex-col gap-1 lg:flex-none">
          {several && businesses.data ? (
            <BusinessSwitcher
              businesses={businesses.data}
              currentID={businessID}
              onSelect={(chosen) => void navigate(`/businesses/${chosen.businessID}/numbers`)}
              className="w-full max-w-80 lg:flex-col lg:items-stretch lg:gap-1"
            />
          ) : switcherComing ? (
            <div aria-hidden="true" className="min-h-10 w-full max-w-80" />
          ) : null}
          {businessID ? <ActingForBanner businessID={businessID} nameShown={several} /> : null}
          {business && !several && !actsForOthers ? (
            <p className="truncate font-semibold">{business.name}</p>
          ) : null}
        </div>
        <SignOutButton className="lg:order-last lg:justify-start" />
        <div className="flex min-w-0 basis-full items-center gap-2 lg:flex-1 lg:flex-col lg:items-stretch">
          <AppNav
            businessID={pagesOf}
            connections={state.kind === 'session' && state.session.canDisconnect}
            className="mr-auto min-w-0 lg:mr-0"
          />
          <div className="flex min-w-0 items-center gap-2 lg:mt-auto lg:flex-col lg:items-start">
            <ViewOnlyBadge />
            {/* A phone's header keeps to the business, the pages and Sign out. */}
            <SignedInUser className="max-sm:hidden" />
          </div>
        </div>
      </header>
      {/* Room below the content for the toasts (--toast-space, set by the toaster), so
          that scrolled to the end, the last row is never under them. */}
      <div className="lg:pl-64">
        <main
          id="main"
          className="mx-auto max-w-6xl px-4 pt-4 pb-[max(1.5rem,var(--toast-space,0px))] sm:pt-6"
        >
          <BusinessAccessGate businessID={businessID}>
            <Outlet />
          </BusinessAccessGate>
        </main>
      </div>
    </div>
  )
}
