import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { phoneNumberQueries } from '@/features/phone-numbers/api/phone-number-queries'
import { EditNumberDialog } from '@/features/phone-numbers/form/edit-number-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'
import { useBusiness } from '@/features/session/api/use-business'
import { labelOf } from '@/lib/phone/label-of'
import { useDocumentTitle } from '@/lib/page/use-document-title'

import { useDraftUserKey } from '../use-draft-user-key'
import { WriteRouteGuard } from '../write-route-guard'

/** `businesses/:businessID/numbers/:phoneNumberID/edit`: the edit form, over the list. */
export function EditNumberRoute() {
  const { businessID = '', phoneNumberID = '' } = useParams()
  const returnToList = useReturnToList()
  const { userKey } = useDraftUserKey()
  const { business } = useBusiness(businessID)
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const number = numbers.data?.find((candidate) => candidate.phoneNumberID === phoneNumberID)
  const page = number ? `Edit ${labelOf(number)}` : 'Edit number'
  useDocumentTitle(business ? [page, business.name] : [page])
  return (
    <WriteRouteGuard>
      {/* Keyed: moving straight from one number's edit route to another's starts afresh. */}
      <EditNumberDialog
        key={phoneNumberID}
        businessID={businessID}
        businessName={business?.name}
        phoneNumberID={phoneNumberID}
        onClose={returnToList}
        draftUserKey={userKey}
      />
    </WriteRouteGuard>
  )
}
