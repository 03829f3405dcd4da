/**
 * What the shell (app.html) shows while the app loads for a page that is not
 * prerendered, such as a result link: the layout and a short message, never a blank page.
 */
export function LoadingPage() {
  return (
    <div className="app-loading">
      <h1 className="govuk-heading-l">Route Finder</h1>
      <p className="govuk-body" role="status">
        Loading the page…
      </p>
      <noscript>
        <p className="govuk-body">Route Finder needs JavaScript to show this page.</p>
      </noscript>
    </div>
  )
}
