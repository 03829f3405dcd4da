import type { Result } from '@machines/result'
import type { ReactNode } from 'react'
import { jumpOnClick } from '@/components/contents-list/jump'
import { moreStepsLink, NEXT_STEPS_ID, resultSummary } from '@/lib/route-content/result-summary'

/**
 * The card at the top of a result: the route, the one-line reason and the first things to
 * do. The early result paints the same markup (src/boot/early-result.ts); the record
 * buttons follow it on the page.
 */
export function ResultSummaryCard({
  result,
  nextDates,
}: {
  result: Result
  /** The next dates of the procurement plan, once it lands: shown after the first steps. */
  nextDates?: ReactNode
}) {
  const summary = resultSummary(result, result.rationale.at(-1)?.reason)
  const more = moreStepsLink(summary)
  return (
    <div className="app-result-summary">
      <div
        className="app-result-route"
        data-route={result.route ?? ''}
        data-variant={result.variant ?? ''}
        data-regime={result.regime}
      >
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          {summary.facts.map((fact) => (
            <div className="govuk-summary-list__row" key={fact.label}>
              <dt className="govuk-summary-list__key">{fact.label}</dt>
              <dd className="govuk-summary-list__value">
                {fact.value}
                {fact.note && <span className="app-source">{fact.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {summary.firstSteps.length > 0 && (
        <>
          <h2 className="govuk-heading-s">First things to do</h2>
          <ol className="govuk-list govuk-list--number">
            {summary.firstSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {more && (
        <p className="govuk-body app-no-print">
          <a
            className="govuk-link"
            href={`#${NEXT_STEPS_ID}`}
            onClick={jumpOnClick(() => document.getElementById(NEXT_STEPS_ID))}
          >
            {more}
          </a>
        </p>
      )}
      {nextDates}
    </div>
  )
}
