import { z } from 'zod'
import { numericIDSchema } from './fields.ts'

/** GET /api/v4/users/self. */
export const userSchema = z.strictObject({
  userID: numericIDSchema,
  email: z.email(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
})
export type User = z.output<typeof userSchema>
