import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'

import { showToast } from '@/components/ui/toast-store'
import { Toaster } from '@/components/ui/toaster'
import { isApiError } from '@/lib/api/api-error'
import { createQueryClient } from '@/lib/query-client'

import { router } from './router'
import { SignInAgainHost } from './sign-in-again-host'

function reportBackgroundError(error: unknown) {
  const reason = isApiError(error) ? error.title : 'Something went wrong.'
  showToast({ tone: 'error', message: `Could not refresh: ${reason}` })
}

export function App() {
  const [queryClient] = useState(() => createQueryClient(reportBackgroundError))
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
      <SignInAgainHost />
    </QueryClientProvider>
  )
}
