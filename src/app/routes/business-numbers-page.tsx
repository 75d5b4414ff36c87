import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { sessionQueries } from '@/features/session/api/session-queries'
import { PhoneNumberList } from '@/features/phone-numbers/components/phone-number-list'

export function BusinessNumbersPage() {
  const { businessID = '' } = useParams()
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{business?.name ?? 'Phone numbers'}</h1>
      <PhoneNumberList businessID={businessID} />
    </div>
  )
}
