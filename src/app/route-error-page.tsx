import { Button } from '@/components/ui/button'

/**
 * Shown in place of any page that fails: its code could not be loaded (a new deploy
 * replaced it, the network dropped) or it threw. The user gets plain words and a way on,
 * never the router's default page with a stack trace. Kept in the first bundle, since it
 * must show when a page's own code is what failed to load.
 */
export function RouteErrorPage() {
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <div
        role="alert"
        className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <h1 className="text-xl font-semibold">This page could not be shown.</h1>
        <p className="text-sm">
          Something went wrong while opening it. Reloading usually helps; your numbers are safe on
          the server.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
          {/* A full page load, not the router: the router is what failed. */}
          <a href="/" className="text-sm underline">
            Go to your numbers
          </a>
        </div>
      </div>
    </main>
  )
}
