import { z } from 'zod'

/** `GET /sandbox/personas`: the sandbox's demo sign-ins. Not part of Thumbtack's API. */
export const personaSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['pro', 'support']).catch('pro'),
  accessToken: z.string().min(1),
  businessIDs: z.array(z.string()).catch([]),
})
export const personasResponseSchema = z.object({ personas: z.array(personaSchema) })
export type Persona = z.infer<typeof personaSchema>

/** `GET /v4/users/self`. Only the user ID is sure to be there; the rest is for display. */
export const currentUserSchema = z.object({
  userID: z.string(),
  email: z.string().nullish().catch(null),
  firstName: z.string().nullish().catch(null),
  lastName: z.string().nullish().catch(null),
})
export type CurrentUser = z.infer<typeof currentUserSchema>

export const businessSchema = z.object({
  businessID: z.string(),
  name: z.string(),
  imageURL: z.string().nullish().catch(null),
})
export type Business = z.infer<typeof businessSchema>

export const businessesResponseSchema = z.object({
  data: z.array(businessSchema),
  pagination: z
    .object({ limit: z.number().optional(), total: z.number().optional() })
    .partial()
    .optional()
    .catch(undefined),
})
