/** Thumbtack pages businesses; a support agent may reach hundreds, so ask for many at once. */
const businessPageSize = 1000

/** The session's paths, built in one place: the queries and the early requests ask the same. */
export const currentUserPath = '/v4/users/self'
export const businessesPath = `/v4/businesses?limit=${businessPageSize}`
