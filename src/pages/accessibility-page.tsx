import { Page } from '@/components/page/page'

export function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title="Accessibility statement">
          <p className="govuk-body">
            We want as many people as possible to be able to use Route Finder. You should be able
            to:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>use it with a keyboard alone</li>
            <li>zoom up to 400% without text spilling off the screen</li>
            <li>use it with a screen reader</li>
            <li>print the decision record without losing any content</li>
          </ul>
          <h2 className="govuk-heading-m">How accessible it is</h2>
          <p className="govuk-body">
            Route Finder aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level
            AA. Its question pages follow the patterns of the GOV.UK Design System. Every page is
            checked with the axe accessibility engine in our automated tests.
          </p>
          <h2 className="govuk-heading-m">Reporting a problem</h2>
          <p className="govuk-body">
            If you find a problem, tell the team that runs Route Finder for your organisation. Say
            which page it was on and what you were trying to do.
          </p>
        </Page>
      </div>
    </div>
  )
}
