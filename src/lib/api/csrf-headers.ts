/**
 * The header the sign-in gateway asks of every `/api/` and state-changing `/auth/` call:
 * another origin cannot send it without a CORS preflight, which the gateway never approves.
 * Its own module: the first visit's route guard sends it without loading the API client.
 */
export const CSRF_HEADERS = { 'X-Requested-With': 'numbers-console' } as const
