import { useEffect } from 'react'
import { useRouteError } from 'react-router-dom'
import { Page } from '@/components/page/page'

/**
 * A page's code that could not be fetched: typically a tab opened before a deploy asking
 * for a chunk the new version no longer has, or a dropped connection. A reload fixes it.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '')
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  )
}

/**
 * Shown when rendering fails. A plain link (not the router's) so it works even when the
 * router itself is what broke. Saved sessions live in storage and are untouched. When the
 * page's code could not be loaded, it offers a reload, which keeps the answers in the address.
 */
export function RecoveryPage({ error }: { error?: unknown }) {
  // The page is live, even though the layout did not render.
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true'
  }, [])
  const reload = isChunkLoadError(error)
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <Page title={reload ? 'This page could not be loaded' : 'Sorry, something went wrong'}>
          {reload ? (
            <p className="govuk-body">
              Route Finder may have been updated since you opened this tab, or the connection
              dropped. Reload the page to carry on: your answers are in the page address, so
              reloading keeps them, and your saved sessions are still in this browser.
            </p>
          ) : (
            <p className="govuk-body">
              Route Finder hit a problem it could not recover from on this page. Your saved sessions
              are still in this browser.
            </p>
          )}
          <div className="govuk-button-group">
            {reload && (
              <button
                type="button"
                className="govuk-button"
                onClick={() => window.location.reload()}
              >
                Reload the page
              </button>
            )}
            <a className={reload ? 'govuk-link' : 'govuk-button'} href="/">
              Start again
            </a>
          </div>
        </Page>
      </main>
    </div>
  )
}

/** The router's error page: the same page, told what went wrong. */
export function RouteRecoveryPage() {
  return <RecoveryPage error={useRouteError()} />
}
