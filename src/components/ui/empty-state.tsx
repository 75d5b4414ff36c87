import { type ReactNode } from 'react'

interface EmptyStateProps {
  /** What is (not) here: "No numbers yet". */
  title: string
  /** What to do about it, in a sentence. */
  children?: ReactNode
  /** The buttons or links that do it; none for a sign-in that may not. */
  actions?: ReactNode
}

/** Says why a list is empty and what to do, with the action to do it right there. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <div className="mt-4 flex flex-col items-center gap-2 rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      <h2 className="text-base font-semibold">{title}</h2>
      {children ? (
        <div className="max-w-prose text-sm text-slate-600 dark:text-slate-300">{children}</div>
      ) : null}
      {actions ? <div className="mt-2 flex flex-wrap justify-center gap-2">{actions}</div> : null}
    </div>
  )
}
