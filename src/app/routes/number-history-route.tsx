import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { NumberHistoryDialog } from '@/features/history/components/number-history-dialog'
import { phoneNumberQueries } from '@/features/phone-numbers/api/phone-number-queries'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'
import { useBusiness } from '@/features/session/api/use-business'
import { labelOf } from '@/lib/phone/label-of'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/** `businesses/:businessID/numbers/:phoneNumberID/history`: one number's history, over the list. */
export function NumberHistoryRoute() {
  const { businessID = '', phoneNumberID = '' } = useParams()
  const returnToList = useReturnToList()
  const { business } = useBusiness(businessID)
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const number = numbers.data?.find((candidate) => candidate.phoneNumberID === phoneNumberID)
  const label = number ? labelOf(number) : 'this number'
  useDocumentTitle(business ? [`History of ${label}`, business.name] : [`History of ${label}`])
  return (
    <NumberHistoryDialog
      key={phoneNumberID}
      businessID={businessID}
      phoneNumberID={phoneNumberID}
      label={label}
      onClose={returnToList}
    />
  )
}
