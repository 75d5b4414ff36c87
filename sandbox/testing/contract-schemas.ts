import { z } from 'zod'

// Response shapes as the contract page states them, strict so an extra or missing field
// fails a test. Tests parse every body with these instead of trusting a cast.

const numericID = z.string().regex(/^\d{19}$/)
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** 1–100 characters as a person counts them (a family emoji is one), none of them huge. */
const storedName = z
  .string()
  .min(1)
  .refine((name) => {
    const characters = Array.from(graphemes.segment(name), (part) => part.segment)
    return characters.length <= 100 && characters.every((c) => Array.from(c).length <= 16)
  }, 'at most 100 characters of at most 16 code points each')

export const phoneNumberRecordSchema = z.strictObject({
  phoneNumberID: numericID,
  businessID: numericID,
  phoneNumber: z.string().regex(/^\+1[2-9]\d{2}[2-9]\d{6}$/),
  createdTime: rfc3339,
  updatedTime: rfc3339,
  lastActivityTime: rfc3339,
  isDeleted: z.boolean(),
  name: storedName,
})
export type PhoneNumberRecord = z.output<typeof phoneNumberRecordSchema>

export const phoneNumberListSchema = z.strictObject({
  phoneNumbers: z.array(phoneNumberRecordSchema),
})

export const businessesPageSchema = z.strictObject({
  data: z.array(
    z.strictObject({ businessID: numericID, name: z.string().min(1), imageURL: z.url() }),
  ),
  pagination: z.strictObject({
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int(),
  }),
})

export const userSchema = z.strictObject({
  userID: numericID,
  email: z.email(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
})

export const personasSchema = z.strictObject({
  personas: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      role: z.enum(['pro', 'support']),
      accessToken: z.string().min(16),
      businessIDs: z.array(numericID),
      scopes: z.array(z.string()),
    }),
  ),
})

export const faultsSchema = z.strictObject({
  latencyMs: z.number(),
  latencyJitterMs: z.number(),
  errorRate: z.number(),
  errorPhase: z.enum(['before', 'after']),
  rateLimitPerMinute: z.number(),
  expireTokens: z.boolean(),
})

export const problemSchema = z.strictObject({
  type: z.string().startsWith('https://api.thumbtack.com/problems/'),
  title: z.string().min(1),
  status: z.number().int(),
  detail: z.string().min(1),
  traceID: z.string().regex(/^[0-9a-f]{16}$/),
  errors: z.array(z.strictObject({ field: z.string(), message: z.string().min(1) })).optional(),
})
export type Problem = z.output<typeof problemSchema>

export const requestLogSchema = z.strictObject({
  requests: z.array(
    z.strictObject({
      seq: z.number().int().positive(),
      time: z.iso.datetime(),
      method: z.string(),
      path: z.string(),
      status: z.number().int(),
      personaID: z.string().nullable(),
      phoneNumbers: z.array(z.string()),
      durationMs: z.number().int().nonnegative(),
    }),
  ),
})
