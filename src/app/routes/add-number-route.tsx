import { useParams } from 'react-router'

import { AddNumberDialog } from '@/features/phone-numbers/form/add-number-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'

/** `businesses/:businessID/numbers/new`: the add form, over the list. */
export function AddNumberRoute() {
  const { businessID = '' } = useParams()
  const returnToList = useReturnToList()
  return <AddNumberDialog businessID={businessID} onClose={returnToList} />
}
