import { Building2, History, Phone } from 'lucide-react'
import { type ComponentType } from 'react'
import { NavLink } from 'react-router'

import { touchTarget } from '@/components/ui/touch-target'
import { cn } from '@/lib/cn'

interface AppNavProps {
  /** The business whose pages are linked; none on pages of no business (and more than one). */
  businessID: string | undefined
  /** A pro may see and end the connections of their businesses. */
  connections: boolean
  className?: string
}

interface Page {
  to: string
  label: string
  /** Shown instead of the label on a phone, where the pages share one row. */
  short?: string
  Icon: ComponentType<{ className?: string; 'aria-hidden'?: 'true' }>
}

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    'inline-flex min-h-9 items-center gap-2 rounded-md px-2.5 text-sm font-medium whitespace-nowrap',
    touchTarget,
    isActive
      ? 'bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white'
      : 'text-muted hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-800 dark:hover:text-slate-100',
  )

/**
 * The pages: Numbers and History of the business on screen, Connected businesses for a pro.
 * The page on screen is marked with `aria-current` (NavLink does it), and looks it.
 */
export function AppNav({ businessID, connections, className }: AppNavProps) {
  const pages: Page[] = [
    ...(businessID
      ? [
          { to: `/businesses/${businessID}/numbers`, label: 'Numbers', Icon: Phone },
          { to: `/businesses/${businessID}/history`, label: 'History', Icon: History },
        ]
      : []),
    ...(connections
      ? [
          {
            to: '/connections',
            label: 'Connected businesses',
            short: 'Connections',
            Icon: Building2,
          },
        ]
      : []),
  ]
  if (pages.length === 0) return null
  return (
    <nav aria-label="Pages" className={className}>
      <ul className="flex gap-1 lg:flex-col">
        {pages.map(({ to, label, short, Icon }) => (
          <li key={to}>
            <NavLink to={to} className={linkClass}>
              <Icon aria-hidden="true" className="size-4 shrink-0" />
              {short ? (
                <>
                  <span aria-hidden="true" className="sm:hidden">
                    {short}
                  </span>
                  <span className="max-sm:sr-only">{label}</span>
                </>
              ) : (
                label
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
