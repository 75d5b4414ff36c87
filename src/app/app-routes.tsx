import { Navigate, Route, Routes } from 'react-router'

import { AppLayout } from './app-layout'
import { RequireSignIn } from './require-sign-in'
import { BusinessNumbersPage } from './routes/business-numbers-page'
import { HomePage } from './routes/home-page'
import { NotFoundPage } from './routes/not-found-page'
import { SignInPage } from './routes/sign-in-page'

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="businesses" element={<Navigate to="/" replace />} />
          <Route path="businesses/:businessID/numbers" element={<BusinessNumbersPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  )
}
