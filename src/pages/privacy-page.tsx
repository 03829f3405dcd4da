import { Page } from '@/components/page/page'

export function PrivacyPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title="Privacy">
          <p className="govuk-body-l">
            Your answers never leave this browser unless you export them.
          </p>
          <p className="govuk-body">
            Route Finder runs entirely in your browser. It has no server of its own that receives
            your answers, it sets no cookies, and it uses no analytics, tracking or fonts from
            elsewhere.
          </p>
          <h2 className="govuk-heading-m">What is kept, and where</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>Your answers are written into the page address, so you can reload or share it.</li>
            <li>
              If you save a session, its answers and notes are kept in this browser's local storage
              until you delete them from "Your saved sessions".
            </li>
            <li>Files you download or print are yours: they go only where you send them.</li>
          </ul>
          <p className="govuk-body">
            A shared link contains your answers. Only share it with people who should see them.
          </p>
        </Page>
      </div>
    </div>
  )
}
