import type { Answers } from '@machines/answers'
import { type OptionQuestion, relevantOptions } from '@machines/plan/relevant-options'
import type { PlanOptions } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { type FormEvent, useMemo, useState } from 'react'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { planDraftFor, setPlanDraft } from '@/lib/record-draft/plan-draft'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import { type RawAnswers, readOptions, withRadios } from './plan-options'
import { questionWords, optionsWords as words } from './plan-options-words'

type Props = { result: Result; answers: Answers; today: string }

const fieldId = (name: string) => `plan-option-${name}`

/**
 * "Change the plan's settings" (issue 17): the plan options a person can choose, asked only where
 * they change this plan (machines/plan/relevant-options). The answers go into the plan draft,
 * so every date of the plan moves with them and a reload or a record keeps them.
 */
export function PlanOptionsForm({ result, answers, today }: Props) {
  const draft = useRecordDraft((s) => planDraftFor(s.draft, result))
  const saved = draft.options ?? {}
  const [raw, setRaw] = useState<RawAnswers>({})
  const [error, setError] = useState<string>()
  const [submits, setSubmits] = useState(0)
  const [updated, setUpdated] = useState(false)
  // Asked again as radios change, so a question that only matters after another answer appears.
  const live = useMemo(() => withRadios(saved, raw), [saved, raw])
  const { pinned } = draft
  const questions = useMemo(
    () => relevantOptions(result, { answers, today, pinned, options: live }),
    [result, answers, today, pinned, live],
  )
  if (questions.length === 0) return null
  const choose = (name: OptionQuestion['name'], value: string) => {
    setRaw((r) => ({ ...r, [name]: value }))
    setUpdated(false)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readOptions(saved, questions, raw)
    setSubmits((n) => n + 1)
    if (!read.ok) {
      setError(read.error)
      return
    }
    setError(undefined)
    const { options: _, ...rest } = draft
    const options: PlanOptions = read.options
    setPlanDraft(Object.keys(options).length > 0 ? { ...rest, options } : rest)
    // What is saved now carries the answers; the form shows it from here on.
    setRaw({})
    setUpdated(true)
  }

  return (
    <details className="govuk-details app-no-print app-plan-options">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{words.summary}</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary
          errors={error ? [{ href: `#${fieldId('amountGbp')}`, text: error }] : []}
          focusKey={submits}
        />
        <p className="govuk-body">{words.intro}</p>
        <div role="status">{updated && <p className="govuk-inset-text">{words.updated}</p>}</div>
        <form noValidate onSubmit={onSubmit}>
          {questions.map((q) =>
            q.kind === 'pounds' ? (
              <PoundsQuestion
                key={q.name}
                value={
                  raw.amountGbp ?? (q.value === undefined ? '' : q.value.toLocaleString('en-GB'))
                }
                error={error}
                onChange={(text) => choose('amountGbp', text)}
              />
            ) : (
              <RadiosQuestion key={q.name} question={q} onChange={(v) => choose(q.name, v)} />
            ),
          )}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {words.submit}
          </button>
        </form>
      </div>
    </details>
  )
}

function RadiosQuestion({
  question: q,
  onChange,
}: {
  question: Exclude<OptionQuestion, { kind: 'pounds' }>
  onChange: (value: string) => void
}) {
  const w = questionWords(q.name)
  const id = fieldId(q.name)
  const items =
    q.kind === 'boolean'
      ? [
          { value: 'true', label: words.yes, hint: undefined },
          { value: 'false', label: words.no, hint: undefined },
        ]
      : q.values.map((v) => ({ value: v, ...(w.values?.[v] ?? { label: v }) }))
  const current = q.value === undefined ? undefined : String(q.value)
  const describedBy = [w.hint && `${id}-hint`, w.warning && `${id}-warning`]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{w.legend}</legend>
        {w.hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {w.hint}
          </div>
        )}
        {w.warning && (
          <div id={`${id}-warning`} className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {w.warning}
            </strong>
          </div>
        )}
        <div
          className={`govuk-radios${q.kind === 'boolean' ? ' govuk-radios--inline' : ''}`}
          data-module="govuk-radios"
        >
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={id}
                  type="radio"
                  value={item.value}
                  checked={current === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? `${itemId}-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={`${itemId}-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

function PoundsQuestion({
  value,
  error,
  onChange,
}: {
  value: string
  error: string | undefined
  onChange: (text: string) => void
}) {
  const w = questionWords('amountGbp')
  const id = fieldId('amountGbp')
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {w.legend}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {w.hint}
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          {words.amountPrefix}
        </div>
        <input
          className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  )
}
