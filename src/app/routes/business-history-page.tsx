import { useParams } from 'react-router'

import { PageHeader } from '@/components/ui/page-header'
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
      {/* The pages' links (Numbers, History) are in the app's header. */}
      <PageHeader
        title="History"
        context={business?.name}
        description="Who added, renamed or removed which number, and when, newest first."
      />
      <HistoryView businessID={businessID} businessName={business?.name ?? 'business'} />
    </div>
  )
}
