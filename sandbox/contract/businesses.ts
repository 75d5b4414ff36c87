import { z } from 'zod'
import { numericIDSchema } from './fields.ts'

export const businessSchema = z.strictObject({
  businessID: numericIDSchema,
  name: z.string().min(1),
  imageURL: z.url(),
})

/** GET /api/v4/businesses. offset and total are the sandbox's own (docs/decisions/0003). */
export const businessesPageSchema = z.strictObject({
  data: z.array(businessSchema),
  pagination: z.strictObject({
    limit: z.number().int(),
    offset: z.number().int(),
    total: z.number().int(),
  }),
})
export type BusinessesPage = z.output<typeof businessesPageSchema>
