import type { Answers } from '@machines/answers'
import { formatPounds } from '@machines/content/money'
import type { HintContext } from '@machines/content/question-wording'
import { contractValueWording, startDateWording } from '@machines/content/wording'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { answersOnSubmit, ContinueButton } from '@/components/continue-button/continue-button'
import { DateInput } from '@/components/date-input/date-input'
import { ErrorSummary, type FieldError } from '@/components/error-summary/error-summary'
import { NotesField } from '@/components/notes-field/notes-field'
import { useFocusOnArrival } from '@/components/page/use-focus-on-arrival'
import { usePageTitle } from '@/components/page/use-page-title'
import { ValueInput } from '@/components/value-input/value-input'
import type { Dates } from '@/lib/answers/answer-urls'
import { parseContractValue, VAT_RATE, wholeLifeValue } from './contract-value'
import { afterAnswer } from './flow'
import { rememberAnswer } from './remember-answer'
import { dateParts, parseStartDate } from './start-date'

const wording = contractValueWording
const field = (form: FormData, name: string) => String(form.get(name) ?? '')

/**
 * The contract value page. The value comes first in the form; the calculator follows it,
 * then the start date as a second, optional question in its own fieldset.
 */
export function ValueQuestion({
  answers,
  dates,
  hintContext,
  returnTo,
}: {
  answers: Answers
  dates: Dates
  hintContext: HintContext
  returnTo: 'check' | 'result' | undefined
}) {
  const navigate = useNavigate()
  const [errors, setErrors] = useState<{ value?: string; date?: string }>({})
  const [attempt, setAttempt] = useState(0)
  const [worked, setWorked] = useState<string>()
  const valueInput = useRef<HTMLInputElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const hasError = Boolean(errors.value || errors.date)
  usePageTitle(wording.title, hasError)
  useFocusOnArrival(heading, 'contract-value')

  const current = answers['contract-value']

  function answer(element: HTMLFormElement) {
    const form = new FormData(element)
    const value = parseContractValue(field(form, 'contract-value'))
    const start = parseStartDate(
      {
        day: field(form, 'startDate-day'),
        month: field(form, 'startDate-month'),
        year: field(form, 'startDate-year'),
      },
      answers,
    )
    const next = {
      value: value.ok ? undefined : value.error,
      date: start.ok ? undefined : start.error,
    }
    if (!value.ok || !start.ok) {
      setErrors(next)
      setAttempt((n) => n + 1)
      return
    }
    rememberAnswer(
      'contract-value',
      { ...answers, 'contract-value': value.value },
      start.date,
      returnTo,
    )
    navigate(
      afterAnswer(
        answers,
        'contract-value',
        value.value,
        { ...dates, startDate: start.date },
        returnTo,
      ),
      { flushSync: true },
    )
  }

  function workOut(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form
    if (!form) return
    const data = new FormData(form)
    const annual = parseContractValue(field(data, 'annual-amount'))
    const years = Number(field(data, 'term-years'))
    const extensionYears = Number(field(data, 'extension-years') || '0')
    if (
      !annual.ok ||
      !Number.isFinite(years) ||
      years <= 0 ||
      !Number.isFinite(extensionYears) ||
      extensionYears < 0
    ) {
      setWorked('Enter the annual amount in pounds and the number of years to work out the value.')
      return
    }
    const addVat = data.get('add-vat') === 'yes'
    const total = wholeLifeValue({ annual: annual.value, years, extensionYears, addVat })
    if (valueInput.current) valueInput.current.value = String(total)
    setWorked(
      `${formatPounds(annual.value)} a year for ${years + extensionYears} years${addVat ? `, plus VAT at ${VAT_RATE * 100}%` : ''}, is ${formatPounds(total)}. We have put this in the value box.`,
    )
  }

  const summary: FieldError[] = [
    ...(errors.value ? [{ href: '#contract-value', text: errors.value }] : []),
    ...(errors.date ? [{ href: '#startDate-day', text: errors.date }] : []),
  ]

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={answersOnSubmit(answer)} data-question="contract-value">
        <ValueInput
          name="contract-value"
          label={wording.title}
          hint={wording.hintParagraphs(hintContext).map((paragraph) => (
            <p className="app-hint-paragraph" key={paragraph}>
              {paragraph}
            </p>
          ))}
          prefix="£"
          error={errors.value}
          defaultValue={typeof current === 'number' ? String(current) : ''}
          headingRef={heading}
          inputRef={valueInput}
        />

        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Help me work out the value</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">
              The rules compare the whole-life value, including VAT, with the threshold. Count every
              year of the contract and every possible extension, even if you may not use them.
            </p>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="annual-amount">
                Amount a year, in pounds
              </label>
              <input
                className="govuk-input govuk-input--width-10"
                id="annual-amount"
                name="annual-amount"
                type="text"
                inputMode="numeric"
                spellCheck={false}
              />
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="term-years">
                Length of the contract, in years
              </label>
              <input
                className="govuk-input govuk-input--width-3"
                id="term-years"
                name="term-years"
                type="text"
                inputMode="numeric"
              />
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="extension-years">
                Possible extensions, in years
              </label>
              <input
                className="govuk-input govuk-input--width-3"
                id="extension-years"
                name="extension-years"
                type="text"
                inputMode="numeric"
              />
            </div>
            <div className="govuk-form-group">
              <div
                className="govuk-checkboxes govuk-checkboxes--small"
                data-module="govuk-checkboxes"
              >
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="add-vat"
                    name="add-vat"
                    type="checkbox"
                    value="yes"
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="add-vat">
                    The amount excludes VAT: add VAT at 20%
                  </label>
                </div>
              </div>
            </div>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={workOut}
            >
              Work out the value
            </button>
            <p className="govuk-body" aria-live="polite">
              {worked}
            </p>
          </div>
        </details>

        {/* A second, optional question with its own heading, after the value and its help. */}
        <DateInput
          namePrefix="startDate"
          legend={<h2 className="govuk-fieldset__heading">{startDateWording.legend}</h2>}
          hint={startDateWording.hint(answers['existing-procurement'])}
          error={errors.date}
          values={dateParts(dates.startDate)}
        />

        <NotesField noteKey="contract-value" />
        <ContinueButton />
      </form>
    </>
  )
}
