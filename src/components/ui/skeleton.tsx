import { type ReactNode } from 'react'

import { cn } from '@/lib/cn'

/** A grey block standing for text or a control still to come; it pulses unless motion is reduced. */
export function SkeletonBlock({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'block h-4 rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800',
        className,
      )}
    />
  )
}

interface LoadingSkeletonProps {
  /** Said to assistive tech, e.g. "Loading numbers…"; the shapes themselves are hidden. */
  label: string
  /** The busy region's name, when it is a region (the page's "Numbers"). */
  regionLabel?: string
  className?: string
  children: ReactNode
}

/**
 * The shape of what is loading instead of a spinner, so nothing jumps when it arrives. The
 * region is marked busy; the status that says what is loading sits outside it, since a
 * screen reader waits for a busy region to finish before reading what changed inside it.
 */
export function LoadingSkeleton({ label, regionLabel, className, children }: LoadingSkeletonProps) {
  return (
    <div className={className}>
      <p role="status" className="sr-only">
        {label}
      </p>
      {regionLabel ? (
        <section aria-label={regionLabel} aria-busy="true">
          <div aria-hidden="true">{children}</div>
        </section>
      ) : (
        <div aria-busy="true">
          <div aria-hidden="true">{children}</div>
        </div>
      )}
    </div>
  )
}

/** Lines of a list still loading: history entries, connected businesses. */
export function SkeletonLines({ count = 5, label }: { count?: number; label: string }) {
  return (
    <LoadingSkeleton label={label}>
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="space-y-2 px-4 py-3">
            <SkeletonBlock className={index % 2 === 0 ? 'w-3/4' : 'w-2/3'} />
            <SkeletonBlock className="h-3 w-1/3" />
          </div>
        ))}
      </div>
    </LoadingSkeleton>
  )
}
