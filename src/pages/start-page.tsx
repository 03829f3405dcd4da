import { Link } from 'react-router-dom'
import { LegalAdviceNotice } from '@/components/legal-advice-notice/legal-advice-notice'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

export function StartPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page
          title="Find a route to commission a public service"
          heading="Route Finder: find a route to commission a public service"
        >
          <p className="govuk-body-l">
            Answer questions about what you want to commission. Route Finder recommends a route,
            such as a grant, a light touch contract or an innovation partnership, and explains why,
            with the legal references for your nation.
          </p>
          <p className="govuk-body">
            It is for council and NHS commissioners, procurement officers, and the charities and
            social enterprises who work with them.
          </p>
          <h2 className="govuk-heading-m">Before you start</h2>
          <p className="govuk-body">It helps to have to hand:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>where your organisation is constituted and what kind of body it is</li>
            <li>what you want to fund or buy, and whether you will specify what is delivered</li>
            <li>the estimated whole-life value, including VAT and any extensions</li>
            <li>the date the procurement started, if it has</li>
          </ul>
          {/* Measured on the model's paths (machines/paths.ts, ruleset 2027-01): 4 to 20
              questions, median 14; a grant 6 to 8, a contract usually 10 to 18. */}
          <h2 className="govuk-heading-m">How long it takes</h2>
          <p className="govuk-body">
            You answer 4 to 20 questions: about 7 for a grant, usually 10 to 18 for a contract. At a
            desk, with the facts to hand, allow 15 to 30 minutes. In a workshop, talking each answer
            through, allow about an hour.
          </p>
          <p className="govuk-body">
            You can save the session and come back to it. Your answers stay in this browser.
          </p>
          <Link
            to={paths.firstQuestion}
            onClick={() => useRecordDraft.getState().reset()}
            role="button"
            draggable="false"
            className="govuk-button govuk-button--start"
            data-module="govuk-button"
          >
            Start now
            <svg
              className="govuk-button__start-icon"
              xmlns="http://www.w3.org/2000/svg"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </Link>
          <h2 className="govuk-heading-m">Come back to a decision</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={paths.open}>
                Open a saved file
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={paths.sessions}>
                Your saved sessions
              </Link>
            </li>
          </ul>
          <LegalAdviceNotice />
        </Page>
      </div>
    </div>
  )
}
