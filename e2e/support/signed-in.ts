import { type Page } from '@playwright/test'

import { numbersListPage } from './pages/numbers-list-page'
import { signInAs } from './pages/sign-in-page'
import { type SandboxControl, type StoredNumber } from './sandbox-control'

/**
 * Signs `personaName` in and waits on the page of their first business. What it returns
 * reads that business's numbers straight from the sandbox, as the server holds them.
 */
export async function signInOnBusiness(page: Page, sandbox: SandboxControl, personaName: string) {
  await signInAs(page, personaName)
  const { accessToken, businessIDs } = await sandbox.persona(personaName)
  const businessID = businessIDs[0] ?? ''
  const business = (await sandbox.businesses(personaName)).find(
    (candidate) => candidate.businessID === businessID,
  )
  if (!business) throw new Error(`${personaName} cannot reach business ${businessID}`)
  await numbersListPage(page).loaded(business.name)

  const stored = () => sandbox.numbersOf(personaName, businessID)
  const active = async () => (await stored()).filter((number) => !number.isDeleted)
  const byID = async (phoneNumberID: string): Promise<StoredNumber | undefined> =>
    (await stored()).find((number) => number.phoneNumberID === phoneNumberID)
  return {
    personaName,
    businessID,
    businessName: business.name,
    accessToken,
    stored,
    active,
    byID,
    /** The business's first active number, as the seed lists them. */
    async firstActive(): Promise<StoredNumber> {
      const [first] = await active()
      if (!first) throw new Error(`${business.name} has no active number`)
      return first
    },
    /** The stored number with this E.164 value; the seed is expected to have it. */
    async withNumber(phoneNumber: string): Promise<StoredNumber> {
      const found = (await stored()).find((number) => number.phoneNumber === phoneNumber)
      if (!found) throw new Error(`${business.name} has no number ${phoneNumber}`)
      return found
    },
    async isDeleted(phoneNumberID: string) {
      return (await byID(phoneNumberID))?.isDeleted
    },
  }
}

export type SignedInBusiness = Awaited<ReturnType<typeof signInOnBusiness>>
