import { useQueryClient } from '@tanstack/react-query'
import { LogOut } from 'lucide-react'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { sendWaitingRemovals } from '@/features/phone-numbers/removal/pending-removals'
import { signOutEverywhere } from '@/features/session/sign-out'
import { cn } from '@/lib/cn'

/** Sign out: an icon on a narrow header, with its words in the sidebar of a wide screen. */
export function SignOutButton({ className }: { className?: string }) {
  const queryClient = useQueryClient()
  const [signingOut, setSigningOut] = useState(false)
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={signingOut}
      title="Sign out"
      className={cn('max-lg:min-w-10', className)}
      onClick={() => {
        // A removal still in its undo window is sent first: signing out must never drop
        // it. Signed out, RequireSignIn takes the user to the sign-in page.
        setSigningOut(true)
        void signOutEverywhere(queryClient, sendWaitingRemovals).finally(() => setSigningOut(false))
      }}
    >
      <LogOut aria-hidden="true" className="size-4" />
      <span className="max-lg:sr-only">{signingOut ? 'Signing out…' : 'Sign out'}</span>
    </Button>
  )
}
