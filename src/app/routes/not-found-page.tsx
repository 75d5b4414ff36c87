import { Link } from 'react-router'

import { useDocumentTitle } from '@/lib/page/use-document-title'

export function NotFoundPage() {
  useDocumentTitle(['Page not found'])
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <Link to="/" className="text-brand-700 underline dark:text-brand-100">
          Go to your businesses
        </Link>
        .
      </p>
    </div>
  )
}
