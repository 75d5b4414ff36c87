import { useParams } from 'react-router'

import { EditNumberDialog } from '@/features/phone-numbers/form/edit-number-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'

import { useDraftUserKey } from '../use-draft-user-key'
import { WriteRouteGuard } from '../write-route-guard'

/** `businesses/:businessID/numbers/:phoneNumberID/edit`: the edit form, over the list. */
export function EditNumberRoute() {
  const { businessID = '', phoneNumberID = '' } = useParams()
  const returnToList = useReturnToList()
  const { userKey } = useDraftUserKey()
  return (
    <WriteRouteGuard>
      {/* Keyed: moving straight from one number's edit route to another's starts afresh. */}
      <EditNumberDialog
        key={phoneNumberID}
        businessID={businessID}
        phoneNumberID={phoneNumberID}
        onClose={returnToList}
        draftUserKey={userKey}
      />
    </WriteRouteGuard>
  )
}
