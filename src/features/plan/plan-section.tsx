import './plan-section.scss'
import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { BANK_HOLIDAYS_CHECKED } from '@machines/plan/bank-holidays'
import { planFor } from '@machines/plan/plan-for'
import type { PlanStep, Target } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { DateInput } from '@/components/date-input/date-input'
import { ErrorSummary, type FieldError } from '@/components/error-summary/error-summary'
import { dateFieldsOf, readDateFields } from '@/lib/dates/date-fields'
import {
  hasPassed,
  NO_DATE,
  PASSED,
  PLAN_HEADING,
  PLAN_INTRO,
  planRowWords,
  planWarnings,
  settable,
} from '@/lib/plan/plan-words'
import { planStepAnchor, setShownPlanSteps } from '@/lib/plan-anchor/plan-anchor'
import { keepPlanFor, setPlanDraft, usePlanDraftFor } from '@/lib/record-draft/plan-draft'
import { downloadCalendar } from './calendar-file'
import { PlanNone } from './plan-none'
import { PlanOptionsForm } from './plan-options-form'
import { targetError } from './plan-target'
import { PlanTargetForm } from './plan-target-form'
import { PlanTimeline } from './plan-timeline'

type Props = { result: Result; answers: Answers; today: string }

const fieldId = (stepId: string) => `plan-${stepId.replace(/[^a-z0-9]+/gi, '-')}`

/** "Your procurement plan": every notice and statutory period of the route, as dates (issue 17). */
export default function PlanSection({ result, answers, today }: Props) {
  // Kept in the record draft, so a reload, a saved session and the record keep them.
  // On a grant the options carry the record's amount (plan-amount): asked once, in the details.
  const { draft, options } = usePlanDraftFor(result)
  const { pinned, target } = draft
  const [inputErrors, setInputErrors] = useState<FieldError[]>([])
  const [submits, setSubmits] = useState(0)
  const { route, variant, regime } = result
  // Another route, variant or regime: the old plan's dates and target are cleared, not reused.
  useEffect(() => keepPlanFor({ route, variant, regime }), [route, variant, regime])
  const plan = useMemo(
    () => planFor(result, { answers, pinned, target, options, today }),
    [result, answers, pinned, target, options, today],
  )
  // The result's next steps link to the rows this plan draws, and only to those.
  useEffect(() => {
    setShownPlanSteps(plan?.steps.map((s) => s.id).filter((id) => !id.includes('#')) ?? [])
  }, [plan])
  useEffect(() => () => setShownPlanSteps([]), [])
  const setTarget = (next: Target | undefined) => {
    const { target: _, ...rest } = draft
    setPlanDraft(next ? { ...rest, target: next } : rest)
  }
  if (!plan) return null

  const events = plan.steps.filter(settable)
  const inBand: FieldError[] = plan.errors.map(
    (e) =>
      targetError(e, plan.steps) ?? {
        href: `#${fieldId(e.step ?? '')}-day`,
        text: `${plan.steps.find((s) => s.id === e.step)?.title ?? e.step}: ${e.message}`,
      },
  )

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next: Record<string, string> = {}
    const problems: FieldError[] = []
    for (const step of events) {
      const id = fieldId(step.id)
      const [day, month, year] = ['day', 'month', 'year'].map((p) =>
        String(form.get(`${id}-${p}`) ?? ''),
      ) as [string, string, string]
      const read = readDateFields({ day, month, year })
      if (read.kind === 'empty') continue
      if (read.kind === 'date') next[step.id] = read.date
      else
        problems.push({
          href: `#${id}-day`,
          text: `${step.title} must be a real date, for example 27 3 2027`,
        })
    }
    setInputErrors(problems)
    setSubmits((n) => n + 1)
    if (problems.length === 0) setPlanDraft({ ...draft, pinned: next })
  }

  return (
    <section className="app-plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="govuk-heading-l">
        {PLAN_HEADING}
      </h2>
      {plan.noNotices && <PlanNone noNotices={plan.noNotices} />}
      {plan.none ? (
        !plan.noNotices && <p className="govuk-body">{plan.none}</p>
      ) : (
        <>
          {/* Below a route's undated steps, the dated ones need their own heading. */}
          {plan.noNotices && (
            <h3 className="govuk-heading-s">Steps that may have statutory dates</h3>
          )}
          <p className="govuk-body">{PLAN_INTRO}</p>
          <ErrorSummary errors={[...inputErrors, ...inBand]} focusKey={submits} />
          <PlanTargetForm plan={plan} value={target} onChange={setTarget} />
          {plan.steps.some((s) => s.result.date) && (
            <PlanTimeline steps={plan.steps} today={today} />
          )}
          <table className="govuk-table app-plan__table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Steps and dates
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Step
                </th>
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  Rule and source
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {plan.steps.map((step) => (
                <PlanRow key={step.id} step={step} today={today} />
              ))}
            </tbody>
          </table>
          {planWarnings(
            plan.warnings.map((w) => w.message),
            plan.noNotices?.says,
          ).map((message) => (
            <p key={message} className="govuk-body">
              {message}
            </p>
          ))}
          <PlanOptionsForm result={result} answers={answers} today={today} />
          {events.length > 0 && (
            <details className="govuk-details app-no-print">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Set your own dates</span>
              </summary>
              <div className="govuk-details__text">
                <form noValidate onSubmit={onSubmit}>
                  {events.map((step) => (
                    <DateInput
                      key={step.id}
                      namePrefix={fieldId(step.id)}
                      legend={step.title}
                      hint="For example, 27 3 2027. Leave it blank to use the proposed date."
                      values={dateFieldsOf(pinned[step.id])}
                      error={
                        inputErrors.find((e) => e.href === `#${fieldId(step.id)}-day`)?.text ??
                        plan.errors.find((e) => e.step === step.id)?.message
                      }
                    />
                  ))}
                  <button type="submit" className="govuk-button" data-module="govuk-button">
                    Update the plan
                  </button>
                </form>
              </div>
            </details>
          )}
          {plan.steps.some((s) => s.result.date) && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-no-print"
              data-module="govuk-button"
              onClick={() =>
                downloadCalendar(plan, result, window.location.search.slice(1), new Date())
              }
            >
              Add to calendar (.ics)
            </button>
          )}
          <p className="govuk-body-s">Bank holidays checked {formatDate(BANK_HOLIDAYS_CHECKED)}.</p>
        </>
      )}
    </section>
  )
}

function PlanRow({ step, today }: { step: PlanStep; today: string }) {
  const bound = step.id.includes('#')
  // The same words as the printed, Word and Markdown records (lib/plan/plan-words).
  const w = planRowWords(step)
  return (
    <tr
      className={`govuk-table__row${bound ? ' app-plan__bound' : ''}`}
      data-step={step.id}
      id={planStepAnchor(step.id)}
      // A next step's link moves focus here (jumpOnClick), not the Tab order.
      tabIndex={-1}
    >
      <td className="govuk-table__cell">
        <span className="govuk-!-font-weight-bold">{w.title}</span>
        {w.notice && <span className="govuk-body-s app-plan__notice">{w.notice}</span>}
        <span className="govuk-body-s app-plan__requirement">{w.requirement}</span>
      </td>
      <td className="govuk-table__cell" data-label="Date">
        {w.date ? (
          <>
            <span className="govuk-!-font-weight-bold">{w.date}</span>{' '}
            <span className="govuk-body-s app-plan__kind">({w.dateKind})</span>
          </>
        ) : (
          <span className="govuk-body-s">{NO_DATE}</span>
        )}
        {hasPassed(step, today) && (
          <span className="app-plan__passed">
            <strong className="govuk-tag govuk-tag--red">{PASSED}</strong>{' '}
            <span className="govuk-body-s">
              This latest date is before today ({formatDate(today)}).
            </span>
          </span>
        )}
        {w.checks.map((check) => (
          <span key={check} className="govuk-body-s app-plan__alt">
            {check}
          </span>
        ))}
      </td>
      <td className="govuk-table__cell" data-label="Rule and source">
        {w.rule && <span className="govuk-body-s app-plan__rule">{w.rule}</span>}
        <span className="govuk-body-s">{w.sources}</span>
        {w.warnings.length > 0 && (
          <ul className="govuk-list app-plan__warnings">
            {w.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}
