import type { Answers } from '@machines/answers'
import { routeSummaries } from '@machines/content/route-summaries'
import { questionTitle } from '@machines/content/wording'
import { whatChanged } from '@machines/earlier-ruleset'
import { regimes } from '@machines/regimes'
import type { Result } from '@machines/result'
import { continuesRecord, useOpenedRecord } from '@/lib/opened-record/opened-snapshot'

/**
 * After a saved record is opened, says whether today's rules still give the route the
 * record showed, and when they differ shows both, with their rulesets, and what made the
 * difference (decision model, section 9).
 */
export function OpenedRecordNotice({ result, answers }: { result: Result; answers: Answers }) {
  const opened = useOpenedRecord((s) => s.opened)
  if (!opened || !continuesRecord(opened, answers)) return null
  const same =
    opened.route === result.route &&
    opened.variant === result.variant &&
    opened.regime === result.regime
  const name = (route: string | null) =>
    route && route in routeSummaries
      ? routeSummaries[route as keyof typeof routeSummaries].name
      : 'No route'
  const regime = (id: string) => (id in regimes ? regimes[id as keyof typeof regimes].name : id)
  const change = whatChanged(opened, result)
  return (
    <section
      className={`govuk-notification-banner${same ? ' govuk-notification-banner--success' : ''}`}
      aria-labelledby="opened-record-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="opened-record-title">
          {same ? 'Record opened' : 'The route has changed since this record was made'}
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
                  {opened.title} ({name(opened.route)}, {regime(opened.regime)}; ruleset{' '}
                  {opened.ruleset})
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Under the current rules</dt>
                <dd className="govuk-summary-list__value">
                  {result.title} ({name(result.route)}, {regime(result.regime)}; ruleset{' '}
                  {result.ruleset.version})
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">What made the difference</dt>
                <dd className="govuk-summary-list__value" data-testid="what-changed">
                  {change.newlyAnswered.length > 0
                    ? `Your answer to ${change.newlyAnswered
                        .map((id) => `“${questionTitle(id)}”`)
                        .join(' and ')}, which the record did not have${
                        change.rulesChanged ? ' because the questions have changed since' : ''
                      }.`
                    : change.rulesChanged
                      ? `The rules changed between ruleset ${opened.ruleset} and ruleset ${result.ruleset.version}, for example thresholds or the order of the questions.`
                      : 'A change in the figures or dates that apply, such as the thresholds in force.'}
                </dd>
              </div>
            </dl>
          </>
        )}
      </div>
    </section>
  )
}
