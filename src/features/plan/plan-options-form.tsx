import type { Answers } from '@machines/answers'
import { type OptionQuestion, relevantOptions } from '@machines/plan/relevant-options'
import type { PlanOptions } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { jumpOnClick } from '@/components/contents-list/jump'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { amountIsSubsidy, planOptionsWithAmount } from '@/lib/record-draft/plan-amount'
import { setPlanDraft, usePlanDraftFor } from '@/lib/record-draft/plan-draft'
import { RECORD_AMOUNT_ID } from '@/lib/record-draft/record-amount'
import { type RawAnswers, readOptions, withRadios } from './plan-options'
import { questionWords, optionsWords as words } from './plan-options-words'

type Props = { result: Result; answers: Answers; today: string }

const fieldId = (name: string) => `plan-option-${name}`
const NO_OPTIONS: PlanOptions = {}

/**
 * "Change the plan's settings" (issue 17): the plan options a person can choose, asked only where
 * they change this plan (machines/plan/relevant-options). The answers go into the plan draft,
 * so every date of the plan moves with them and a reload or a record keeps them.
 */
export function PlanOptionsForm({ result, answers, today }: Props) {
  const { draft, options } = usePlanDraftFor(result)
  const { route } = result
  const fromRecord = amountIsSubsidy(route)
  // What the form keeps: on a grant never an amount, so an older draft's amount goes on saving.
  const saved = useMemo(
    () => planOptionsWithAmount(draft.options, route, undefined) ?? NO_OPTIONS,
    [draft.options, route],
  )
  const [raw, setRaw] = useState<RawAnswers>({})
  // Options changed elsewhere (a record opened, a session resumed): unsaved choices are dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `saved` changing is the trigger.
  useEffect(() => setRaw({}), [saved])
  const [error, setError] = useState<string>()
  const [submits, setSubmits] = useState(0)
  const [updated, setUpdated] = useState(false)
  // Asked again as radios change, so a question that only matters after another answer appears.
  // The plan runs with the record's amount on a grant (`options`), so the questions do too.
  const live = useMemo(() => withRadios(options ?? {}, raw), [options, raw])
  const { pinned } = draft
  const relevant = useMemo(
    () => relevantOptions(result, { answers, today, pinned, options: live }),
    [result, answers, today, pinned, live],
  )
  // On a grant the amount is the record's "Amount (£)": said where it matters, not asked again.
  const amountFromRecord = fromRecord && relevant.some((q) => q.name === 'amountGbp')
  const questions = useMemo(
    () => (fromRecord ? relevant.filter((q) => q.name !== 'amountGbp') : relevant),
    [fromRecord, relevant],
  )
  if (questions.length === 0 && !amountFromRecord) return null
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
        {questions.length > 0 && <p className="govuk-body">{words.intro}</p>}
        {amountFromRecord && <AmountFromRecord pounds={live.amountGbp} />}
        <div role="status">{updated && <p className="govuk-inset-text">{words.updated}</p>}</div>
        {questions.length > 0 && (
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
        )}
      </div>
    </details>
  )
}

/** One line instead of the amount question on a grant: where the plan's amount comes from. */
function AmountFromRecord({ pounds }: { pounds: number | undefined }) {
  const w = pounds === undefined ? words.recordAmount.none : words.recordAmount.given
  // A link only when the record details are on this page (the result page shows them).
  const [onPage, setOnPage] = useState(false)
  useEffect(() => setOnPage(document.getElementById(RECORD_AMOUNT_ID) !== null), [])
  const field = words.recordAmount.field
  return (
    <p className="govuk-body">
      {w.before}
      {onPage ? (
        <a
          className="govuk-link"
          href={`#${RECORD_AMOUNT_ID}`}
          onClick={jumpOnClick(() => document.getElementById(RECORD_AMOUNT_ID))}
        >
          {field}
        </a>
      ) : (
        field
      )}
      {w.after(pounds === undefined ? '' : pounds.toLocaleString('en-GB'))}
    </p>
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
