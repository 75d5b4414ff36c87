import { groupedCount } from '@/lib/format/grouped-count'

import { InlinePrompt } from './inline-prompt'

/** "Stop adding?", asked when the user leaves mid-send; the draft keeps what is not sent. */
export function LeavePrompt({
  notSent,
  onStay,
  onLeave,
}: {
  notSent: number
  onStay: () => void
  onLeave: () => void
}) {
  const count = `${groupedCount(notSent)} ${notSent === 1 ? 'number is' : 'numbers are'}`
  return (
    <InlinePrompt
      heading="Stop adding?"
      keepLabel="Stay"
      goLabel="Leave"
      onKeep={onStay}
      onGo={onLeave}
    >
      {count} not sent yet. If you leave, sending stops once the requests on their way are answered;
      the rest stay in your draft, to add later from this or another tab.
    </InlinePrompt>
  )
}
