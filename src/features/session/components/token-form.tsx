import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/text-field'
import { createApiClient } from '@/lib/api/api-client'
import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'
import { env } from '@/config/env'

import { watchConnectBlock } from './connect-block-watch'
import { currentUserSchema, type CurrentUser } from '../api/session-schemas'

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
export type TokenFormValues = z.output<typeof tokenFormSchema>

interface TokenFormProps {
  defaultApiBaseUrl?: string
  /**
   * Runs once the token has been checked against `users/self`. Return a message to refuse
   * it (shown on the token field), or nothing to accept it.
   */
  onVerified: (values: TokenFormValues, user: CurrentUser) => string | undefined
}

/** API base URL and access token, checked before anything switches to them. */
export function TokenForm({ defaultApiBaseUrl = env.apiBaseUrl, onVerified }: TokenFormProps) {
  const form = useForm<TokenFormInput, unknown, TokenFormValues>({
    resolver: zodResolver(tokenFormSchema),
    defaultValues: { apiBaseUrl: defaultApiBaseUrl, accessToken: '' },
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async (values) => {
    // Check the token before switching to it, so a typo is reported here, on the form.
    const probe = createApiClient({ getCredentials: () => values, timeoutMs: env.requestTimeoutMs })
    let user: CurrentUser | null
    const connect = watchConnectBlock(values.apiBaseUrl)
    try {
      user = await probe.request('/v4/users/self', { schema: currentUserSchema })
    } catch (error) {
      if (isApiError(error) && error.kind === 'network' && (await connect.wasBlocked())) {
        const origin = new URL(values.apiBaseUrl, window.location.href).origin
        form.setError('accessToken', {
          message: `This deployment does not allow the API address ${origin}. Use an API address it allows, such as its default.`,
        })
        return
      }
      const message = isApiError(error)
        ? error.status === 401
          ? 'That token was refused. It may have expired or lack the scopes this app needs.'
          : describeError(error)
        : 'Could not check the token.'
      form.setError('accessToken', { message })
      return
    } finally {
      connect.stop()
    }
    const refusal = user ? onVerified(values, user) : 'The server did not say whose token this is.'
    if (refusal) form.setError('accessToken', { message: refusal })
  })

  return (
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
  )
}
