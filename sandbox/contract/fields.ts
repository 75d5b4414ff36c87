import { z } from 'zod'

// Field shapes the contract page states for every resource.

/** A US number in E.164 form: "+1", an area code and an exchange not starting 0 or 1. */
export const US_E164 = /^\+1[2-9]\d{2}[2-9]\d{6}$/

/** Thumbtack's IDs: 19 decimal digits, sent as strings. */
export const numericIDSchema = z.string().regex(/^\d{19}$/)

/** RFC 3339 in UTC, to the second: 2026-11-02T09:30:00Z. */
export const rfc3339Schema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
