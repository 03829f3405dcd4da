import { routeSummaries } from '@machines/content/route-summaries'
import { regimes } from '@machines/regimes'
import type { Result } from '@machines/result'
import { useLocation } from 'react-router-dom'
import type { OpenedSnapshot } from '@/lib/opened-record/opened-snapshot'

/**
 * After a saved record is opened, says whether today's rules still give the route the
 * record showed, and shows both when they differ.
 */
export function OpenedRecordNotice({ result }: { result: Result }) {
  const state = useLocation().state as { opened?: OpenedSnapshot } | null
  const opened = state?.opened
  if (!opened) return null
  const same =
    opened.route === result.route &&
    opened.variant === result.variant &&
    opened.regime === result.regime
  const name = (route: string | null) =>
    route && route in routeSummaries
      ? routeSummaries[route as keyof typeof routeSummaries].name
      : 'No route'
  const regime = (id: string) => (id in regimes ? regimes[id as keyof typeof regimes].name : id)
  return (
    <section
      className={`govuk-notification-banner${same ? ' govuk-notification-banner--success' : ''}`}
      aria-labelledby="opened-record-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="opened-record-title">
          {same ? 'Record opened' : 'The rules have changed since this record was made'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {same ? (
          <p className="govuk-notification-banner__heading">
            The current rules give the same route as the saved record.
          </p>
        ) : (
          <>
            <p className="govuk-notification-banner__heading">
              The current rules give a different result from the one in the file.
            </p>
            <dl className="govuk-summary-list" data-testid="rules-changed">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">In the saved record</dt>
                <dd className="govuk-summary-list__value">
                  {opened.title} ({name(opened.route)}, {regime(opened.regime)})
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Under the current rules</dt>
                <dd className="govuk-summary-list__value">
                  {result.title} ({name(result.route)}, {regime(result.regime)})
                </dd>
              </div>
            </dl>
          </>
        )}
      </div>
    </section>
  )
}
