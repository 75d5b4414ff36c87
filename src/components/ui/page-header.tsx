import { type ReactNode } from 'react'

import { cn } from '@/lib/cn'

interface PageHeaderProps {
  /** What the page is: "Phone numbers", "History". */
  title: string
  /**
   * Whose page it is, heard by screen readers as part of the heading ("History: Rivera
   * Plumbing") but not shown: the app's header shows the business already, once.
   */
  context?: string | undefined
  /** One line saying what the page is for. */
  description?: ReactNode
  /** How many things the page holds, beside the title ("2,500 numbers"); said when it changes. */
  count?: ReactNode
  /** The page's own actions (Export, Add), at the end of the title row. */
  actions?: ReactNode
  className?: string
}

/** The top of every page: a title with its count, a one-line description and the actions. */
export function PageHeader({
  title,
  context,
  description,
  count,
  actions,
  className,
}: PageHeaderProps) {
  return (
    <header className={cn('flex flex-wrap items-end justify-between gap-x-4 gap-y-2', className)}>
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">
            {title}
            {context ? <span className="sr-only">: {context}</span> : null}
          </h1>
          {count === undefined ? null : (
            <p aria-live="polite" className="text-sm text-muted tabular-nums">
              <span aria-hidden="true">· </span>
              <span>{count}</span>
            </p>
          )}
        </div>
        {/* A phone keeps its first screen for the list: the title says enough there. */}
        {description ? (
          <p className="mt-0.5 text-sm text-muted max-sm:sr-only">{description}</p>
        ) : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </header>
  )
}
