import { useParams } from 'react-router'

import { AddNumberDialog } from '@/features/phone-numbers/form/add-number-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'
import { useBusiness } from '@/features/session/api/use-business'
import { useDocumentTitle } from '@/lib/page/use-document-title'

import { useDraftUserKey } from '../use-draft-user-key'
import { WriteRouteGuard } from '../write-route-guard'

/** `businesses/:businessID/numbers/new`: the add form, over the list. */
export function AddNumberRoute() {
  const { businessID = '' } = useParams()
  const returnToList = useReturnToList()
  const { userKey } = useDraftUserKey()
  const { business } = useBusiness(businessID)
  useDocumentTitle(business ? ['Add number', business.name] : ['Add number'])
  return (
    <WriteRouteGuard>
      <AddNumberDialog
        businessID={businessID}
        businessName={business?.name}
        onClose={returnToList}
        draftUserKey={userKey}
      />
    </WriteRouteGuard>
  )
}
