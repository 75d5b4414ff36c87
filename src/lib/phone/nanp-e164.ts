/**
 * The server's rule, copied verbatim from the API contract: `+1`, then 10 digits whose area
 * code and exchange start with 2–9. Any +1 (NANP) number that matches is accepted, Canadian and
 * Caribbean ones included, because that is what the server accepts.
 */
export const NANP_E164_PATTERN = /^\+1[2-9]\d{2}[2-9]\d{6}$/

export function isNanpE164(value: string): boolean {
  return NANP_E164_PATTERN.test(value)
}
