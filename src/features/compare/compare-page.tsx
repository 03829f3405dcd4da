import '@/styles/forms.scss'
import { routeSummaries } from '@machines/content/route-summaries'
import { answerLabel, questionTitle } from '@machines/content/wording'
import { decide } from '@machines/decide'
import { questionIds } from '@machines/questions'
import { regimes } from '@machines/regimes'
import { type FormEvent, useMemo, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { linkHeading } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { parseAnswerQuery } from '@/lib/answers/answer-query'
import { resultUrl } from '@/lib/answers/answer-urls'
import { useToday } from '@/lib/clock/use-today'
import { useSessions } from '@/lib/sessions/sessions-store'
import { compareSetQuery, MAX_SCENARIOS, readCompareSet, scenarioFromLink } from './compare-set'

/**
 * Scenarios side by side. The set lives in the URL, so a comparison is itself a share
 * link; each scenario is evaluated afresh from its answers.
 */
export function ComparePage() {
  const { search } = useLocation()
  const navigate = useNavigate()
  const today = useToday()
  const sessions = useSessions((s) => s.sessions)
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const set = useMemo(() => readCompareSet(search), [search])
  const columns = useMemo(
    () =>
      set.map((query, index) => {
        const parsed = parseAnswerQuery(query)
        // The route, variant, rules and path, without any route's words: no content to load.
        const result = decide(parsed.answers, { startDate: parsed.startDate, today })
        // A link every other page refuses gets no route here either: its column says why.
        const faulty = parsed.problems.length > 0
        return { key: `${index}:${query}`, query, parsed, result, faulty }
      }),
    [set, today],
  )
  const full = set.length >= MAX_SCENARIOS
  const show = (next: string[]) => navigate(`${paths.compare}${compareSetQuery(next)}`)

  function add(query: string) {
    if (full) {
      setError(`You can compare up to ${MAX_SCENARIOS} scenarios. Remove one first.`)
      setAttempt((n) => n + 1)
      return
    }
    setError(undefined)
    show([...set, query])
  }

  function addLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const link = String(new FormData(event.currentTarget).get('scenario-link') ?? '')
    const scenario = scenarioFromLink(link)
    if (!scenario.ok) {
      setError(scenario.message)
      setAttempt((n) => n + 1)
      return
    }
    event.currentTarget.reset()
    add(scenario.query)
  }

  const usable = columns.filter((c) => !c.faulty)
  const rows = questionIds.filter((q) => usable.some((c) => c.result.asked.includes(q)))
  const differs = (q: (typeof rows)[number]) =>
    new Set(usable.map((c) => (c.result.asked.includes(q) ? String(c.parsed.answers[q]) : '—')))
      .size > 1

  return (
    <>
      <ErrorSummary
        errors={error ? [{ href: '#scenario-link', text: error }] : []}
        focusKey={attempt}
      />
      <Page title="Compare scenarios" error={Boolean(error)}>
        <p className="govuk-body">
          Put up to {MAX_SCENARIOS} sets of answers side by side to see how the route changes. The
          page address holds the comparison, so you can share it.
        </p>
        {columns.length > 0 && (
          <div className="app-table-scroll">
            <table className="govuk-table app-compare">
              <caption className="govuk-table__caption govuk-table__caption--m">
                {columns.length} {columns.length === 1 ? 'scenario' : 'scenarios'}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Question</span>
                  </th>
                  {columns.map((c, i) => (
                    <th scope="col" className="govuk-table__header" key={c.key}>
                      Scenario {i + 1}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Route
                  </th>
                  {columns.map((c, _i) =>
                    c.faulty ? (
                      <td className="govuk-table__cell" key={c.key} data-link-problem>
                        <strong className="govuk-tag govuk-tag--red">Link problem</strong>
                        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-top-2 govuk-!-margin-bottom-1">
                          {linkHeading(c.parsed.faults)}
                        </p>
                        <ul className="govuk-list govuk-list--bullet govuk-body-s">
                          {c.parsed.problems.map((p) => (
                            <li key={p.field + p.message}>{p.message}</li>
                          ))}
                        </ul>
                      </td>
                    ) : (
                      <td className="govuk-table__cell" key={c.key}>
                        <span
                          data-route={c.result.route ?? ''}
                          data-variant={c.result.variant ?? ''}
                          data-regime={c.result.regime}
                          className="govuk-!-font-weight-bold"
                        >
                          {c.result.route ? routeSummaries[c.result.route].name : 'Not finished'}
                        </span>
                      </td>
                    ),
                  )}
                </tr>
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Variant
                  </th>
                  {columns.map((c, _i) => (
                    <td className="govuk-table__cell" key={c.key}>
                      {!c.faulty && c.result.route && c.result.variant
                        ? routeSummaries[c.result.route].variantLabels[c.result.variant]
                        : '—'}
                    </td>
                  ))}
                </tr>
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Procurement rules
                  </th>
                  {columns.map((c, _i) => (
                    <td className="govuk-table__cell" key={c.key}>
                      {c.faulty ? '—' : regimes[c.result.regime].name}
                    </td>
                  ))}
                </tr>
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Assumptions for “not sure”
                  </th>
                  {columns.map((c, _i) => (
                    <td
                      className="govuk-table__cell"
                      key={c.key}
                      data-assumptions={c.faulty ? undefined : c.result.assumptions.length}
                    >
                      {c.faulty ? '—' : c.result.assumptions.length}
                    </td>
                  ))}
                </tr>
                {rows.map((q) => {
                  const different = differs(q)
                  return (
                    <tr
                      className={`govuk-table__row${different ? ' app-compare__differs' : ''}`}
                      key={q}
                      data-differs={different}
                    >
                      <th scope="row" className="govuk-table__header">
                        {questionTitle(q)}
                        {different && (
                          <strong className="govuk-tag govuk-tag--yellow app-compare__tag">
                            Differs
                          </strong>
                        )}
                      </th>
                      {columns.map((c, _i) => {
                        const value = c.result.asked.includes(q) ? c.parsed.answers[q] : undefined
                        return (
                          <td className="govuk-table__cell" key={c.key}>
                            {c.faulty
                              ? '—'
                              : value === undefined
                                ? 'Not asked'
                                : answerLabel(q, value)}
                          </td>
                        )
                      })}
                    </tr>
                  )
                })}
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Actions</span>
                  </th>
                  {columns.map((c, i) => (
                    <td className="govuk-table__cell" key={c.key}>
                      <Link
                        className="govuk-link"
                        // A faulty link opens as it is, on the page that explains it.
                        to={
                          c.faulty
                            ? `${paths.result}?${c.query}`
                            : resultUrl(c.parsed.answers, c.parsed.startDate)
                        }
                      >
                        Open<span className="govuk-visually-hidden"> scenario {i + 1}</span>
                      </Link>
                      <br />
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
                        onClick={() => show(set.filter((_, j) => j !== i))}
                      >
                        Remove<span className="govuk-visually-hidden"> scenario {i + 1}</span>
                      </button>
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}

        <form noValidate onSubmit={addLink} className="govuk-!-margin-top-6">
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--m" htmlFor="scenario-link">
              Add a scenario from a link
            </label>
            <div id="scenario-link-hint" className="govuk-hint">
              Paste the link of a result page, for example one a colleague shared.
            </div>
            {error && (
              <p id="scenario-link-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <input
              className={`govuk-input${error ? ' govuk-input--error' : ''}`}
              id="scenario-link"
              name="scenario-link"
              type="text"
              spellCheck={false}
              aria-describedby={`scenario-link-hint${error ? ' scenario-link-error' : ''}`}
            />
          </div>
          <button type="submit" className="govuk-button">
            Add
          </button>
        </form>

        <h2 className="govuk-heading-m">Add from saved sessions</h2>
        {sessions.length === 0 ? (
          <p className="govuk-body">You have no saved sessions in this browser.</p>
        ) : (
          <ul className="govuk-list">
            {sessions.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                  onClick={() => add(s.query.replace(/^\?/, ''))}
                >
                  Add<span className="govuk-visually-hidden"> saved session</span> “{s.name}”
                </button>
              </li>
            ))}
          </ul>
        )}
      </Page>
    </>
  )
}
