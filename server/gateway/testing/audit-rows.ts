import type { AuditEntry } from '../../audit/audit-entry'
import type { GatewayStore } from '../../store/gateway-store'

export const numbersPath = '/api/v4/businesses/1/associate-phone-numbers'

/** Rivera Plumbing's Office, as Thumbtack's list and write answers hold it. */
export const officeRecord = {
  phoneNumberID: '77',
  businessID: '1',
  phoneNumber: '+14155550100',
  name: 'Office',
  isDeleted: false,
}

/** A canned JSON answer's body and headers. */
export const jsonAnswer = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
})

/** The history rows of one request, oldest first. */
export async function rowsOf(store: GatewayStore, requestID: string | null): Promise<AuditEntry[]> {
  const { entries } = await store.audit.list({ limit: 50 })
  return entries.filter((e) => e.requestID === requestID).reverse()
}
