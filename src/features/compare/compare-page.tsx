import '@/styles/forms.scss'
import './compare.scss'
import { routeSummaries } from '@machines/content/route-summaries'
import { answerLabel, questionTitle } from '@machines/content/wording'
import { decide } from '@machines/decide'
import { questionIds } from '@machines/questions'
import { assumedQuestions } from '@machines/rationale'
import { regimes } from '@machines/regimes'
import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router-dom'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { linkHeading } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { parseAnswerQuery } from '@/lib/answers/answer-query'
import { resultUrl } from '@/lib/answers/answer-urls'
import { plainProblem } from '@/lib/answers/plain-problem'
import { useToday } from '@/lib/clock/use-today'
import { cleanName, MAX_NAME_LENGTH } from '@/lib/compare/compare-link'
import { useCompareSet } from '@/lib/compare/compare-store'
import { useSessions } from '@/lib/sessions/sessions-store'
import {
  compareSetQuery,
  MAX_SCENARIOS,
  readCompareSet,
  type Scenario,
  scenarioFromLink,
} from './compare-set'

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
  // What-if's "Add to compare" adds to the comparison on screen.
  const remember = useCompareSet((s) => s.replace)
  useEffect(() => remember(set), [remember, set])
  const columns = useMemo(
    () =>
      set.map(({ query, name }, index) => {
        const parsed = parseAnswerQuery(query)
        // The route, variant, rules and path, without any route's words: no content to load.
        const result = decide(parsed.answers, { startDate: parsed.startDate, today })
        // A link every other page refuses gets no route here either: its column says why.
        const faulty = parsed.problems.length > 0
        const label = name || `Scenario ${index + 1}`
        return { key: `${index}:${query}`, query, name, label, parsed, result, faulty }
      }),
    [set, today],
  )
  const full = set.length >= MAX_SCENARIOS
  const show = (next: Scenario[]) => navigate(`${paths.compare}${compareSetQuery(next)}`)

  function add(scenario: Scenario) {
    if (full) {
      setError(`You can compare up to ${MAX_SCENARIOS} scenarios. Remove one first.`)
      setAttempt((n) => n + 1)
      return
    }
    setError(undefined)
    show([...set, scenario])
  }

  function addLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const link = String(form.get('scenario-link') ?? '')
    const name = cleanName(String(form.get('scenario-name') ?? ''))
    const scenario = scenarioFromLink(link)
    if (!scenario.ok) {
      setError(scenario.message)
      setAttempt((n) => n + 1)
      return
    }
    event.currentTarget.reset()
    add({ query: scenario.query, name })
  }

  const usable = columns.filter((c) => !c.faulty)
  const rows = questionIds.filter((q) => usable.some((c) => c.result.asked.includes(q)))
  const differs = (q: (typeof rows)[number]) =>
    new Set(usable.map((c) => (c.result.asked.includes(q) ? String(c.parsed.answers[q]) : '—')))
      .size > 1
  const outcomeDiffers = (of: (c: (typeof usable)[number]) => string) =>
    new Set(usable.map(of)).size > 1
  const routeDiffers = outcomeDiffers((c) => c.result.route ?? '')
  const variantDiffers = outcomeDiffers((c) => `${c.result.route}/${c.result.variant ?? ''}`)
  const regimeDiffers = outcomeDiffers((c) => c.result.regime)

  return (
    <>
      <ErrorSummary
        errors={error ? [{ href: '#scenario-link', text: error }] : []}
        focusKey={attempt}
      />
      <div className="app-compare-page">
        <Page title="Compare scenarios" error={Boolean(error)}>
          <p className="govuk-body app-no-print">
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
                    {columns.map((c) => (
                      <th scope="col" className="govuk-table__header" key={c.key}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  <tr className={rowClass(routeDiffers)} data-differs={routeDiffers}>
                    <th scope="row" className="govuk-table__header">
                      Route
                      <DiffersTag differs={routeDiffers} />
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
                              <li key={p.field + p.message}>{plainProblem(p)}</li>
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
                  <tr className={rowClass(variantDiffers)} data-differs={variantDiffers}>
                    <th scope="row" className="govuk-table__header">
                      Variant
                      <DiffersTag differs={variantDiffers} />
                    </th>
                    {columns.map((c, _i) => (
                      <td className="govuk-table__cell" key={c.key}>
                        {!c.faulty && c.result.route && c.result.variant
                          ? routeSummaries[c.result.route].variantLabels[c.result.variant]
                          : '—'}
                      </td>
                    ))}
                  </tr>
                  <tr className={rowClass(regimeDiffers)} data-differs={regimeDiffers}>
                    <th scope="row" className="govuk-table__header">
                      Procurement rules
                      <DiffersTag differs={regimeDiffers} />
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
                        data-assumptions={
                          c.faulty ? undefined : assumedQuestions(c.result.path).length
                        }
                      >
                        {c.faulty ? '—' : assumedQuestions(c.result.path).length}
                      </td>
                    ))}
                  </tr>
                  {rows.map((q) => {
                    const different = differs(q)
                    return (
                      <tr className={rowClass(different)} key={q} data-differs={different}>
                        <th scope="row" className="govuk-table__header">
                          {questionTitle(q)}
                          <DiffersTag differs={different} />
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
                  <tr className="govuk-table__row app-no-print">
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
                          Open<span className="govuk-visually-hidden"> {c.label}</span>
                        </Link>
                        <br />
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
                          onClick={() => show(set.filter((_, j) => j !== i))}
                        >
                          Remove<span className="govuk-visually-hidden"> {c.label}</span>
                        </button>
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          )}
          {columns.length > 0 && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-no-print"
              onClick={() => window.print()}
            >
              Print comparison
            </button>
          )}

          <form noValidate onSubmit={addLink} className="govuk-!-margin-top-6 app-no-print">
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
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="scenario-name">
                Scenario name
              </label>
              <div id="scenario-name-hint" className="govuk-hint">
                Optional. A few words the room will recognise, such as “Reserved to a mutual”.
              </div>
              <input
                className="govuk-input govuk-!-width-two-thirds"
                id="scenario-name"
                name="scenario-name"
                type="text"
                maxLength={MAX_NAME_LENGTH}
                aria-describedby="scenario-name-hint"
              />
            </div>
            <button type="submit" className="govuk-button">
              Add
            </button>
          </form>

          <h2 className="govuk-heading-m app-no-print">Add from saved sessions</h2>
          {sessions.length === 0 ? (
            <p className="govuk-body app-no-print">You have no saved sessions in this browser.</p>
          ) : (
            <ul className="govuk-list app-no-print">
              {sessions.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                    onClick={() =>
                      add({ query: s.query.replace(/^\?/, ''), name: cleanName(s.name) })
                    }
                  >
                    Add<span className="govuk-visually-hidden"> saved session</span> “{s.name}”
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Page>
      </div>
    </>
  )
}

const rowClass = (differs: boolean) => `govuk-table__row${differs ? ' app-compare__differs' : ''}`

/** A differing row says so in words, not by its shading alone. */
function DiffersTag({ differs }: { differs: boolean }) {
  return differs ? (
    <strong className="govuk-tag govuk-tag--yellow app-compare__tag">Differs</strong>
  ) : null
}
