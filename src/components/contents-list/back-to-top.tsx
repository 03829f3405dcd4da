import { jumpOnClick } from './jump'

/** The page's h1 is where a reader starts, so "Back to top" moves focus there. */
const pageHeading = () => document.querySelector<HTMLElement>('#main-content h1')

/** A "Back to top" link, after a section of a long page. Not printed. */
export function BackToTop() {
  return (
    <p className="govuk-body-s app-back-to-top app-no-print">
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link (it works without script); the click also moves focus to the h1 */}
      <a className="govuk-link" href="#main-content" onClick={jumpOnClick(pageHeading)}>
        Back to top
      </a>
    </p>
  )
}
