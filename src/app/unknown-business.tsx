import { useDocumentTitle } from '@/lib/page/use-document-title'

import { BusinessRefusal } from './business-refusal'

/**
 * A business the server does not know (404): trying again cannot help, and from outside
 * "does not exist" and "not yours" look the same, so it says both and leads back.
 */
export function UnknownBusiness() {
  useDocumentTitle(['Business not found'])
  return (
    <BusinessRefusal heading="Business not found">
      <p className="font-semibold">This business does not exist, or it is not one of yours.</p>
      <p className="text-sm">Check the address, or choose one of your businesses.</p>
    </BusinessRefusal>
  )
}
