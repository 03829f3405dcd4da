import type { Plan, Target } from '@machines/plan/types'
import { type FormEvent, useRef, useState } from 'react'
import { DateInput } from '@/components/date-input/date-input'
import { ErrorSummary, type FieldError } from '@/components/error-summary/error-summary'
import { dateFieldsOf } from '@/lib/dates/date-fields'
import {
  kindOf,
  readDate,
  type TargetKind,
  targetField,
  targetFieldError,
  targetSteps,
} from './plan-target'
import { targetWords as words } from './plan-target-words'

type Props = {
  plan: Plan
  value: Target | undefined
  onChange: (target: Target | undefined) => void
}

const kindField = 'plan-target-kind'

/**
 * "Work back from a date" (plan-model.md section 3.6): the date the new contract must start by,
 * or the day the current one ends, as the plan's target. The target itself is the caller's.
 * Nothing is offered when the plan has no earliest entry into a contract.
 */
export function PlanTargetForm({ plan, value, onChange }: Props) {
  const [problems, setProblems] = useState<{ kind?: string; date?: string }>({})
  const [submits, setSubmits] = useState(0)
  const submit = useRef<HTMLButtonElement>(null)
  const steps = targetSteps(plan.steps)
  if (!steps) return null
  const kind = kindOf(value, steps)
  const kinds = Object.keys(steps) as TargetKind[]

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!steps) return
    const form = new FormData(event.currentTarget)
    const chosen = kinds.find((k) => k === form.get(kindField))
    const [day, month, year] = ['day', 'month', 'year'].map((p) =>
      String(form.get(`${targetField}-${p}`) ?? ''),
    ) as [string, string, string]
    const date = readDate({ day, month, year })
    const next = {
      ...(chosen ? {} : { kind: words.errors.kind }),
      ...(date.ok ? {} : { date: date.error }),
    }
    setProblems(next)
    setSubmits((n) => n + 1)
    if (chosen && date.ok) onChange({ step: steps[chosen], date: date.date })
  }

  function clear() {
    setProblems({})
    onChange(undefined)
    // The clear button goes with the target; focus stays in the form, on its other button.
    submit.current?.focus()
  }

  const summary: FieldError[] = [
    ...(problems.kind ? [{ href: `#${kindField}`, text: problems.kind }] : []),
    ...(problems.date ? [{ href: `#${targetField}-day`, text: problems.date }] : []),
  ]
  const dateError = problems.date ?? (value ? targetFieldError(plan) : undefined)
  // The fields take the target's values afresh whenever it changes (they are uncontrolled).
  const fieldsKey = value ? `${value.step}:${value.date}` : 'none'

  return (
    <div className="app-plan-target">
      <div role="status">
        {value && kind && (
          <div className="govuk-inset-text app-plan-target__current">
            {words.current(kind, value.date)}
          </div>
        )}
      </div>
      <details className="govuk-details app-no-print">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{words.summary}</span>
        </summary>
        <div className="govuk-details__text">
          <ErrorSummary errors={summary} focusKey={submits} />
          <p className="govuk-body">{words.intro}</p>
          <form noValidate onSubmit={onSubmit}>
            <div key={fieldsKey}>
              <div className={`govuk-form-group${problems.kind ? ' govuk-form-group--error' : ''}`}>
                <fieldset
                  className="govuk-fieldset"
                  aria-describedby={problems.kind ? `${kindField}-error` : undefined}
                >
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                    {words.kindLegend}
                  </legend>
                  {problems.kind && (
                    <p id={`${kindField}-error`} className="govuk-error-message">
                      <span className="govuk-visually-hidden">Error:</span> {problems.kind}
                    </p>
                  )}
                  <div className="govuk-radios" data-module="govuk-radios">
                    {kinds.map((k, index) => {
                      const id = index === 0 ? kindField : `${kindField}-${index + 1}`
                      return (
                        <div className="govuk-radios__item" key={k}>
                          <input
                            className="govuk-radios__input"
                            id={id}
                            name={kindField}
                            type="radio"
                            value={k}
                            defaultChecked={kind === k}
                            aria-describedby={`${id}-hint`}
                          />
                          <label className="govuk-label govuk-radios__label" htmlFor={id}>
                            {words.kinds[k].label}
                          </label>
                          <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                            {words.kinds[k].hint}
                          </div>
                        </div>
                      )
                    })}
                  </div>
                </fieldset>
              </div>
              <DateInput
                namePrefix={targetField}
                legend={words.dateLegend}
                hint={words.dateHint}
                values={dateFieldsOf(value?.date)}
                error={dateError}
              />
            </div>
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                ref={submit}
              >
                {words.submit}
              </button>
              {value && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  onClick={clear}
                >
                  {words.clear}
                </button>
              )}
            </div>
          </form>
        </div>
      </details>
    </div>
  )
}
