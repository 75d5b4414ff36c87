import { useParams } from 'react-router'

import { AddNumberDialog } from '@/features/phone-numbers/form/add-number-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'

import { useDraftUserKey } from '../use-draft-user-key'
import { WriteRouteGuard } from '../write-route-guard'

/** `businesses/:businessID/numbers/new`: the add form, over the list. */
export function AddNumberRoute() {
  const { businessID = '' } = useParams()
  const returnToList = useReturnToList()
  const { userKey } = useDraftUserKey()
  return (
    <WriteRouteGuard>
      <AddNumberDialog businessID={businessID} onClose={returnToList} draftUserKey={userKey} />
    </WriteRouteGuard>
  )
}
