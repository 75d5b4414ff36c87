import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'

import { BusinessID } from '@/components/ui/business-id'
import { Button, buttonVariants } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { SkeletonLines } from '@/components/ui/skeleton'

import {
  disconnect,
  fetchConnections,
  type Connection,
  type Disconnected,
} from './connections-requests'
import { DisconnectDialog } from './disconnect-dialog'

const connectionsKey = ['connections'] as const

const since = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The pro's connected businesses and since when, each with Disconnect (and all at once):
 * what lets the partner's support staff act for them through this pro's sign-in.
 */
export function ConnectedBusinesses({ onSignedOut }: { onSignedOut: (d: Disconnected) => void }) {
  const queryClient = useQueryClient()
  const connections = useQuery({ queryKey: connectionsKey, queryFn: fetchConnections })
  const [target, setTarget] = useState<Connection | 'all' | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const mutation = useMutation({
    mutationFn: (t: Connection | 'all') => disconnect(t === 'all' ? undefined : t.businessID),
    onSuccess: (result) => {
      setTarget(null)
      if (result.signedOut) {
        onSignedOut(result)
        return
      }
      setDone(`Disconnected ${result.disconnected.map((c) => c.businessName).join(', ')}.`)
      void queryClient.invalidateQueries({ queryKey: connectionsKey })
    },
  })

  if (connections.isPending) {
    return <SkeletonLines count={3} label="Loading your connected businesses…" />
  }
  if (connections.isError) {
    return (
      <ErrorState
        heading="Could not load your connected businesses."
        error={connections.error}
        message={connections.error.message}
        onRetry={() => void connections.refetch()}
      />
    )
  }
  const list = connections.data
  const endsSignIn = target === 'all' || list.length === 1
  return (
    <div className="space-y-4">
      <p className="text-muted">
        Support staff can act for a connected business through your Thumbtack sign-in, even after
        you sign out. Disconnect to take that away.
      </p>
      {done ? (
        <p role="status" className="font-semibold">
          {done}
        </p>
      ) : null}
      {list.length === 0 ? (
        <EmptyState
          title="No business is connected."
          actions={
            <Link to="/" className={buttonVariants()}>
              Go to your businesses
            </Link>
          }
        >
          Signing in with Thumbtack connects each of your businesses, so that support staff can help
          with its numbers. Disconnected, they cannot; signing in again reconnects.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line">
          {list.map((c) => (
            <li key={c.businessID} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="mr-auto">
                <p className="font-semibold">{c.businessName}</p>
                <p className="text-sm text-muted">Connected since {since(c.connectedAt)}</p>
                <BusinessID businessID={c.businessID} />
              </div>
              <Button
                variant="danger"
                size="sm"
                aria-label={`Disconnect ${c.businessName}`}
                onClick={() => {
                  mutation.reset()
                  setTarget(c)
                }}
              >
                Disconnect
              </Button>
            </li>
          ))}
        </ul>
      )}
      {list.length > 1 ? (
        <Button variant="danger" onClick={() => setTarget('all')}>
          Disconnect all
        </Button>
      ) : null}
      <DisconnectDialog
        target={target}
        endsSignIn={endsSignIn}
        busy={mutation.isPending}
        error={mutation.error?.message ?? null}
        onConfirm={() => {
          if (target !== null) mutation.mutate(target)
        }}
        onCancel={() => setTarget(null)}
      />
    </div>
  )
}
