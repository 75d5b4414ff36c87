/** The resource's paths, built in one place: every request names a number the same way. */
export function phoneNumbersPath(businessID: string): string {
  return `/v4/businesses/${encodeURIComponent(businessID)}/associate-phone-numbers`
}

export function phoneNumberPath(businessID: string, phoneNumberID: string): string {
  return `${phoneNumbersPath(businessID)}/${encodeURIComponent(phoneNumberID)}`
}

export function bulkCreatePath(businessID: string): string {
  return `${phoneNumbersPath(businessID)}-bulk-create`
}
