import { Link, useParams } from 'react-router'

import { HistoryView } from '@/features/history/components/history-view'
import { useBusiness } from '@/features/session/api/use-business'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/** `businesses/:businessID/history`: who changed what for this business. */
export function BusinessHistoryPage() {
  const { businessID = '' } = useParams()
  const { business } = useBusiness(businessID)
  useDocumentTitle(business ? ['History', business.name] : ['History'])
  return (
    <div className="space-y-4">
      <p>
        <Link
          to={`/businesses/${businessID}/numbers`}
          className="text-sm font-medium text-brand-700 underline dark:text-brand-300"
        >
          Back to the numbers
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        History{business ? <span className="font-normal">: {business.name}</span> : null}
      </h1>
      <HistoryView businessID={businessID} businessName={business?.name ?? 'business'} />
    </div>
  )
}
