import { createBrowserRouter, Navigate } from 'react-router'

import { PageLoading } from './page-loading'
import { RequireSignIn } from './require-sign-in'
import { RouteErrorPage } from './route-error-page'

/**
 * A data router, for `useBlocker`: a form with unsaved changes can ask before the user
 * navigates away, including with the browser's back button.
 *
 * Every page is loaded on demand: the first visit downloads only React, the router and
 * this shell (see the size budget in vite.config.ts), then the page it lands on.
 */
export const router = createBrowserRouter([
  {
    // Any route's error (a page that cannot load or throws) bubbles up to here.
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: '/sign-in',
        HydrateFallback: PageLoading,
        lazy: async () => ({ Component: (await import('./routes/sign-in-page')).SignInPage }),
      },
      {
        element: <RequireSignIn />,
        children: [
          {
            HydrateFallback: PageLoading,
            lazy: async () => ({ Component: (await import('./app-layout')).AppLayout }),
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('./routes/home-page')).HomePage }),
              },
              { path: 'businesses', element: <Navigate to="/" replace /> },
              {
                path: 'connections',
                lazy: async () => ({
                  Component: (await import('./routes/connections-page')).ConnectionsPage,
                }),
              },
              {
                path: 'businesses/:businessID/numbers',
                lazy: async () => ({
                  Component: (await import('./routes/business-numbers-page')).BusinessNumbersPage,
                }),
                children: [
                  {
                    path: 'new',
                    lazy: async () => ({
                      Component: (await import('./routes/add-number-route')).AddNumberRoute,
                    }),
                  },
                  {
                    path: 'bulk',
                    lazy: async () => ({
                      Component: (await import('./routes/bulk-add-route')).BulkAddRoute,
                    }),
                  },
                  {
                    path: ':phoneNumberID/edit',
                    lazy: async () => ({
                      Component: (await import('./routes/edit-number-route')).EditNumberRoute,
                    }),
                  },
                  {
                    path: ':phoneNumberID/history',
                    lazy: async () => ({
                      Component: (await import('./routes/number-history-route')).NumberHistoryRoute,
                    }),
                  },
                ],
              },
              {
                path: 'businesses/:businessID/history',
                lazy: async () => ({
                  Component: (await import('./routes/business-history-page')).BusinessHistoryPage,
                }),
              },
              {
                path: '*',
                lazy: async () => ({
                  Component: (await import('./routes/not-found-page')).NotFoundPage,
                }),
              },
            ],
          },
        ],
      },
    ],
  },
])
