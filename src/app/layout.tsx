import { formatDate } from '@machines/content/date'
import { ruleset } from '@machines/ruleset'
import { useEffect } from 'react'
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router-dom'
import { paths } from '@/config/paths'
import { FacilitatorToggle } from '@/features/facilitator/facilitator-toggle'
import { UpdateBanner } from '@/features/offline/update-banner'
import { StorageNotice } from '@/features/sessions/storage-notice'
import { compareSetQuery } from '@/lib/compare/compare-link'
import { loadFacilitator } from '@/lib/facilitator/facilitator-store'
import { useHydratedSearch } from '@/lib/navigation/use-hydrated'
import { loadDraft } from '@/lib/record-draft/record-draft'
import { loadSessions } from '@/lib/sessions/sessions-store'

/** Pages whose URL holds a session's answers: the map and compare links carry them along. */
const sessionPages = [paths.checkAnswers, paths.result, '/questions/']

export function Layout() {
  useEffect(() => {
    // Marks the page as live (hydrated or rendered): tests and tools wait for it.
    document.documentElement.dataset.appReady = 'true'
    loadSessions()
    loadDraft()
    loadFacilitator()
  }, [])
  return (
    <>
      {/* Each new page starts at its top, as a page load would; Back and Forward return
          to where the person was. */}
      <ScrollRestoration />
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container app-header__container">
          <Link to={paths.start} className="app-header__service">
            Route Finder
          </Link>
          <HeaderNav />
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <UpdateBanner />
          <StorageNotice />
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.privacy}>
                    Privacy
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.accessibility}>
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={paths.notCovered}>
                    What this tool does not cover yet
                  </Link>
                </li>
              </ul>
              <p className="app-footer__meta">
                Ruleset {ruleset.version}. Legal facts last checked {formatDate(ruleset.checked)}.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  )
}

/**
 * The header's menu. The map and compare links carry the session's answers, so the menu
 * follows the URL; keeping that here means a step through the questions re-renders the
 * menu and the page, not the whole layout.
 */
function HeaderNav() {
  const { pathname } = useLocation()
  const search = useHydratedSearch()
  const carries = sessionPages.some((p) => pathname.startsWith(p))
  const mapLink = carries ? `${paths.map}${search}` : paths.map
  const compareLink =
    carries && search ? `${paths.compare}${compareSetQuery([search.slice(1)])}` : paths.compare
  return (
    <nav aria-label="Menu">
      <ul className="app-header__nav">
        <li>
          <Link className="app-header__link" to={mapLink}>
            Decision map
          </Link>
        </li>
        <li>
          <Link className="app-header__link" to={compareLink}>
            Compare
          </Link>
        </li>
        <li>
          <FacilitatorToggle />
        </li>
        <li>
          <Link className="app-header__link" to={paths.sessions}>
            Your saved sessions
          </Link>
        </li>
        <li>
          <Link className="app-header__link" to={paths.open}>
            Open a saved file
          </Link>
        </li>
      </ul>
    </nav>
  )
}
