import { useRef } from 'react'

import { Button } from '@/components/ui/button'
import { groupedCount } from '@/lib/format/grouped-count'

import { useFocusOnMount } from './use-focus-on-mount'

interface PastedTextSummaryProps {
  labelId: string
  describedBy: string
  lineCount: number
  charCount: number
  onShowText: () => void
}

/**
 * A very long paste, said in a sentence rather than shown: a text area holding 10,000 lines
 * is tens of thousands of nodes for the browser to build and lay out, a task of hundreds of
 * milliseconds on a phone. Its rows are in the preview, to fix in place; the text is a click
 * away.
 */
export function PastedTextSummary(props: PastedTextSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  useFocusOnMount(ref)
  const size = groupedCount(Math.max(1, Math.round(props.charCount / 1024)))
  return (
    <div
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={props.labelId}
      aria-describedby={props.describedBy}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-dashed border-slate-400 p-3 text-sm dark:border-slate-500"
    >
      <p className="mr-auto">
        <span className="font-semibold">
          {groupedCount(props.lineCount)} lines pasted ({size} KB).
        </span>{' '}
        Too many to show as text here: fix rows in the preview below.
      </p>
      <Button size="sm" onClick={props.onShowText}>
        Edit as text
      </Button>
    </div>
  )
}
