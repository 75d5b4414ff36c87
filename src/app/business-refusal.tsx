import { type ReactNode } from 'react'
import { Link } from 'react-router'

/** A business page the user cannot have: what happened, in a box, and the way back. */
export function BusinessRefusal({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{heading}</h1>
      <div
        role="alert"
        className="space-y-1 rounded-lg border border-control bg-slate-50 p-4 dark:bg-slate-900"
      >
        {children}
      </div>
      <p>
        <Link to="/" className="text-brand-700 underline dark:text-brand-100">
          Go to your businesses
        </Link>
      </p>
    </div>
  )
}
