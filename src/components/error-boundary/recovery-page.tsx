import { useEffect } from 'react'
import { Page } from '@/components/page/page'

/**
 * Shown when rendering fails. A plain link (not the router's) so it works even when the
 * router itself is what broke. Saved sessions live in storage and are untouched.
 */
export function RecoveryPage() {
  // The page is live, even though the layout did not render.
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true'
  }, [])
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <Page title="Sorry, something went wrong">
          <p className="govuk-body">
            Route Finder hit a problem it could not recover from on this page. Your saved sessions
            are still in this browser.
          </p>
          <p className="govuk-body">
            <a className="govuk-button" href="/">
              Start again
            </a>
          </p>
        </Page>
      </main>
    </div>
  )
}
