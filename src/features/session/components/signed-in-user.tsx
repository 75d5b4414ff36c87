import { useQuery } from '@tanstack/react-query'
import { CircleUserRound } from 'lucide-react'

import { cn } from '@/lib/cn'

import { sessionQueries } from '../api/session-queries'
import { useCredentials } from '../use-credentials'

/** Who is signed in, from `users/self`, falling back to the sign-in's label while it loads. */
export function SignedInUser({ className }: { className?: string }) {
  const credentials = useCredentials()
  const user = useQuery(sessionQueries.currentUser())
  const fullName = [user.data?.firstName, user.data?.lastName].filter(Boolean).join(' ')
  const shown = [fullName, user.data?.email, credentials?.label].find(Boolean) ?? 'Signed in'
  return (
    <p className={cn('flex min-w-0 items-center gap-2 text-sm text-muted', className)}>
      <CircleUserRound aria-hidden="true" className="size-4 shrink-0" />
      <span className="sr-only">Signed in as </span>
      <span className="truncate font-medium text-slate-900 dark:text-slate-100">{shown}</span>
    </p>
  )
}
