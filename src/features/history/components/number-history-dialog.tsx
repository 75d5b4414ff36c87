import { Link } from 'react-router'

import { Dialog } from '@/components/ui/dialog'

import { HistoryList } from './history-list'

const noFilters = { who: '', what: '', when: '', number: '' } as const

/** One number's history over the list, with a way to the business's History for more. */
export function NumberHistoryDialog({
  businessID,
  phoneNumberID,
  label,
  onClose,
}: {
  businessID: string
  phoneNumberID: string
  label: string
  onClose: () => void
}) {
  return (
    <Dialog
      open
      title={`History of ${label}`}
      onRequestClose={onClose}
      className="w-[min(40rem,calc(100vw-2rem))]"
    >
      <div className="max-h-[60dvh] space-y-3 overflow-auto">
        <HistoryList scope={{ businessID, phoneNumberID }} filters={noFilters} filtered={false} />
      </div>
      <p className="mt-4 text-sm">
        <Link
          to={`/businesses/${businessID}/history?number=${phoneNumberID}`}
          className="font-medium text-brand-700 underline dark:text-brand-300"
        >
          Filter and export this number’s history
        </Link>
      </p>
    </Dialog>
  )
}
