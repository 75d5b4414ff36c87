import { useEffect } from 'react'

import { setActingAs } from '@/lib/auth/acting-as'
import { cn } from '@/lib/cn'

import { useActingFor } from '../use-acting-for'

interface ActingForBannerProps {
  businessID: string
  /**
   * The business switcher beside this shows the business's name already: the name is then
   * said to screen readers only, so that the header shows it once.
   */
  nameShown: boolean
  className?: string
}

/**
 * Whose numbers are being changed, for anyone who may act for more than their own business
 * ("Acting for Rivera Plumbing as Sam Ortiz", repeated in every dialog), in the app's header.
 */
export function ActingForBanner({ businessID, nameShown, className }: ActingForBannerProps) {
  const { business, staff, actor, actsForOthers, keepRoom } = useActingFor(businessID)
  const staffLine =
    staff && business ? `Acting for ${business.name} as ${staff.name ?? 'staff'}` : null

  useEffect(() => {
    setActingAs(staffLine)
    return () => setActingAs(null)
  }, [staffLine])

  const boxClass = cn(
    'min-w-0 rounded-md border-l-4 border-brand-500 bg-brand-50 px-2 py-1 text-sm text-slate-900 dark:bg-slate-800 dark:text-slate-100',
    className,
  )
  // Room for the banner while the business's name is on its way, for whoever will see it:
  // appearing later, it would push the page down (a layout shift a reader sees).
  if (keepRoom) {
    return (
      <div aria-hidden="true" className={boxClass}>
        <p>&nbsp;</p>
      </div>
    )
  }
  if (!actsForOthers || !business) return null
  return (
    <section aria-label="Acting for" className={boxClass}>
      <p className="break-words">
        {nameShown ? (
          // Heard: the whole sentence; shown: "Acting as Sam Ortiz", under the switcher that
          // names the business (the word "Acting" is drawn by CSS, silent: index.css).
          <span className="sr-only">
            Acting for {business.name}
            {actor ? ' ' : ''}
          </span>
        ) : (
          <>
            Acting for <strong className="font-semibold">{business.name}</strong>
            {actor ? ' ' : ''}
          </>
        )}
        {actor ? (
          <span className={nameShown ? 'acting-as' : undefined}>
            as <strong className="font-semibold">{staff ? (staff.name ?? 'staff') : actor}</strong>
            {staff?.role === 'viewer' ? ' (viewer)' : ''}
          </span>
        ) : null}
      </p>
    </section>
  )
}
