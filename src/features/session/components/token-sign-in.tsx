import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { z } from 'zod'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { env } from '@/config/env'
import { createApiClient } from '@/lib/api/api-client'
import { isApiError } from '@/lib/api/api-error'

import { currentUserSchema } from '../api/session-schemas'
import { signIn } from '../sign-in-as'

const tokenFormSchema = z.object({
  apiBaseUrl: z
    .string()
    .trim()
    .min(1, 'Enter the API base URL.')
    .refine((value) => value.startsWith('/') || /^https?:\/\//.test(value), {
      error: 'Enter a URL such as https://staging-api.thumbtack.com/api',
    })
    .transform((value) => value.replace(/\/+$/, '')),
  accessToken: z.string().trim().min(1, 'Enter an access token.'),
})
type TokenFormInput = z.input<typeof tokenFormSchema>
type TokenFormOutput = z.output<typeof tokenFormSchema>

/** Signs in to Thumbtack staging or production with a token obtained elsewhere. */
export function TokenSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const queryClient = useQueryClient()
  const form = useForm<TokenFormInput, unknown, TokenFormOutput>({
    resolver: zodResolver(tokenFormSchema),
    defaultValues: { apiBaseUrl: env.apiBaseUrl, accessToken: '' },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    // Check the token before switching to it, so a typo is reported here, on the form.
    const probe = createApiClient({ getCredentials: () => values, timeoutMs: env.requestTimeoutMs })
    try {
      await probe.request('/v4/users/self', { schema: currentUserSchema })
    } catch (error) {
      const message = isApiError(error)
        ? error.status === 401
          ? 'That token was refused. It may have expired or lack the scopes this app needs.'
          : `${error.title}${error.detail ? ` ${error.detail}` : ''}`
        : 'Could not check the token.'
      form.setError('accessToken', { message })
      return
    }
    signIn(queryClient, { ...values, label: 'Access token', source: 'token' })
    onSignedIn()
  })

  return (
    <section aria-labelledby="token-sign-in" className="space-y-3">
      <h2 id="token-sign-in" className="text-lg font-semibold">
        Use an access token
      </h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-3">
        <TextField
          label="API base URL"
          autoComplete="url"
          inputMode="url"
          hint="Thumbtack staging: https://staging-api.thumbtack.com/api"
          error={errors.apiBaseUrl?.message}
          {...form.register('apiBaseUrl')}
        />
        <TextField
          label="Access token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          error={errors.accessToken?.message}
          {...form.register('accessToken')}
        />
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? 'Checking…' : 'Sign in with token'}
        </Button>
      </form>
    </section>
  )
}
