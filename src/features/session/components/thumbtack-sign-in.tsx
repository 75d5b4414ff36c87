import { buttonVariants } from '@/components/ui/button'

import { loginUrl, staffLoginUrl } from '../api/auth-session-requests'

/**
 * A plain link, so the browser itself goes to the gateway and on to Thumbtack: the round
 * trip is full navigations, and no token ever passes through this page.
 */
export function ThumbtackSignIn({ returnTo }: { returnTo: string }) {
  return (
    <a href={loginUrl(returnTo)} className={buttonVariants({ variant: 'primary' })}>
      Sign in with Thumbtack
    </a>
  )
}

/** For the partner's own support staff: their company's sign-in, not Thumbtack's. */
export function StaffSignIn({ returnTo }: { returnTo: string }) {
  return (
    <a href={staffLoginUrl(returnTo)} className={buttonVariants({ variant: 'secondary' })}>
      Sign in as staff
    </a>
  )
}
