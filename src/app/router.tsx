import { createBrowserRouter, Navigate } from 'react-router'

import { AppLayout } from './app-layout'
import { RequireSignIn } from './require-sign-in'
import { BusinessNumbersPage } from './routes/business-numbers-page'
import { HomePage } from './routes/home-page'
import { NotFoundPage } from './routes/not-found-page'
import { SignInPage } from './routes/sign-in-page'

/**
 * A data router, for `useBlocker`: a form with unsaved changes can ask before the user
 * navigates away, including with the browser's back button.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSignIn />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'businesses', element: <Navigate to="/" replace /> },
          { path: 'businesses/:businessID/numbers', element: <BusinessNumbersPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
