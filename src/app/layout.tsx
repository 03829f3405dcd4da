import { formatDate } from '@machines/content/date'
import { ruleset } from '@machines/ruleset'
import { useEffect, useState } from 'react'
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router-dom'
import { feedbackLink } from '@/config/feedback'
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
        <PhaseBanner />
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
  // On a phone the links fold behind "Menu" (CSS shows the button below the tablet width);
  // each new page starts with them folded.
  const [open, setOpen] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: folds the menu when the page changes
  useEffect(() => setOpen(false), [pathname])
  const carries = sessionPages.some((p) => pathname.startsWith(p))
  const mapLink = carries ? `${paths.map}${search}` : paths.map
  const compareLink =
    carries && search ? `${paths.compare}${compareSetQuery([search.slice(1)])}` : paths.compare
  return (
    <nav aria-label="Menu" className="app-header__menu">
      {/* Without a script the button could not open the menu: this style shows the links
          (and hides the button) instead. */}
      <noscript>
        <link rel="stylesheet" href="/menu-without-script.css" />
      </noscript>
      <button
        type="button"
        className="app-header__menu-button"
        aria-controls="app-header-nav"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Menu
      </button>
      <ul id="app-header-nav" className={`app-header__nav${open ? ' app-header__nav--open' : ''}`}>
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

/**
 * The GOV.UK phase banner: the service is in beta. The feedback link opens the person's own
 * email program, to the address set when the app was built; without one there is no link.
 */
function PhaseBanner() {
  return (
    <div className="app-phase-banner">
      <p>
        <strong className="app-phase-banner__tag">Beta</strong>
        <span>
          This is a new service.
          {feedbackLink && (
            <>
              {' '}
              <a className="govuk-link" href={feedbackLink}>
                Email us your feedback
              </a>{' '}
              to help us improve it.
            </>
          )}
        </span>
      </p>
    </div>
  )
}
