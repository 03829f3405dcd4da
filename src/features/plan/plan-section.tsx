import './plan-section.scss'
import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { BANK_HOLIDAYS_CHECKED } from '@machines/plan/bank-holidays'
import { isCivilDate } from '@machines/plan/civil-date'
import { planFor } from '@machines/plan/plan-for'
import { ruleWords } from '@machines/plan/rule-words'
import type { PlanStep, Target } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { DateInput } from '@/components/date-input/date-input'
import { ErrorSummary, type FieldError } from '@/components/error-summary/error-summary'
import { planStepAnchor, setShownPlanSteps } from '@/lib/plan-anchor/plan-anchor'
import { keepPlanFor, planDraftFor, setPlanDraft } from '@/lib/record-draft/plan-draft'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import { downloadCalendar } from './calendar-file'
import { targetError } from './plan-target'
import { PlanTargetForm } from './plan-target-form'
import {
  dateKindWords,
  isProposal,
  platformWords,
  requirementWords,
  settable,
  shownWarnings,
  withStepNames,
} from './plan-words'

type Props = { result: Result; answers: Answers; today: string }

const fieldId = (stepId: string) => `plan-${stepId.replace(/[^a-z0-9]+/gi, '-')}`

/** "Your procurement plan": every notice and statutory period of the route, as dates (issue 17). */
export default function PlanSection({ result, answers, today }: Props) {
  // Kept in the record draft, so a reload, a saved session and the record keep them.
  const draft = useRecordDraft((s) => planDraftFor(s.draft, result))
  const { pinned, target, options } = draft
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
      const [day = '', month = '', year = ''] = ['day', 'month', 'year'].map((p) =>
        String(form.get(`${id}-${p}`) ?? '').trim(),
      )
      if (!day && !month && !year) continue
      const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
      if (!day || !month || !year || !isCivilDate(iso))
        problems.push({
          href: `#${id}-day`,
          text: `${step.title} must be a real date, for example 27 3 2027`,
        })
      else next[step.id] = iso
    }
    setInputErrors(problems)
    setSubmits((n) => n + 1)
    if (problems.length === 0) setPlanDraft({ ...draft, pinned: next })
  }

  return (
    <section className="app-plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="govuk-heading-l">
        Your procurement plan
      </h2>
      {plan.none ? (
        <p className="govuk-body">{plan.none}</p>
      ) : (
        <>
          <p className="govuk-body">
            Each step in order, with the latest or earliest date the law allows. Dates you have not
            set are proposals: the earliest lawful date, on a working day. The plan shows statutory
            minimums and deadlines only; it is not legal advice.
          </p>
          <ErrorSummary errors={[...inputErrors, ...inBand]} focusKey={submits} />
          <PlanTargetForm plan={plan} value={target} onChange={setTarget} />
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
                <PlanRow key={step.id} step={step} />
              ))}
            </tbody>
          </table>
          {plan.warnings.map((w) => (
            <p key={w.message} className="govuk-body">
              {withStepNames(w.message)}
            </p>
          ))}
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
                      values={partsOf(pinned[step.id])}
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

function partsOf(iso: string | undefined) {
  if (!iso) return undefined
  const [year, month, day] = iso.split('-') as [string, string, string]
  return { day: String(Number(day)), month: String(Number(month)), year }
}

function PlanRow({ step }: { step: PlanStep }) {
  const bound = step.id.includes('#')
  const { result } = step
  return (
    <tr
      className={`govuk-table__row${bound ? ' app-plan__bound' : ''}`}
      data-step={step.id}
      id={planStepAnchor(step.id)}
      // A next step's link moves focus here (jumpOnClick), not the Tab order.
      tabIndex={-1}
    >
      <td className="govuk-table__cell">
        <span className="govuk-!-font-weight-bold">{step.title}</span>
        {step.notice && (
          <span className="govuk-body-s app-plan__notice">
            {step.notice.code && <>{step.notice.code}: </>}
            {step.notice.officialName}, {platformWords[step.notice.platform]}
          </span>
        )}
        <span className="govuk-body-s app-plan__requirement">
          {requirementWords[step.requirement]}
          {step.condition && <> {step.condition.text}</>}
        </span>
      </td>
      <td className="govuk-table__cell" data-label="Date">
        {result.date ? (
          <>
            <span className="govuk-!-font-weight-bold">{formatDate(result.date)}</span>{' '}
            <span className="govuk-body-s app-plan__kind">
              ({dateKindWords[result.dateKind]}
              {isProposal(step) ? ', proposed' : ''})
            </span>
          </>
        ) : (
          <span className="govuk-body-s">No computed date</span>
        )}
        {result.altDate && (
          <span className="govuk-body-s app-plan__alt">
            Check: {formatDate(result.altDate)} {result.altReason}
          </span>
        )}
        {result.generousDate && (
          <span className="govuk-body-s app-plan__alt">
            Check: {formatDate(result.generousDate)} if “within” allows one more day
          </span>
        )}
      </td>
      <td className="govuk-table__cell" data-label="Rule and source">
        {!bound && <span className="govuk-body-s app-plan__rule">{ruleWords(step.timing)}</span>}
        <span className="govuk-body-s">
          {step.sources
            .map(
              (s) => `${s.instrument} ${s.provision}${s.status === 'unverified' ? ' (check)' : ''}`,
            )
            .join('; ')}
        </span>
        {shownWarnings(step).length > 0 && (
          <ul className="govuk-list app-plan__warnings">
            {shownWarnings(step).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}
