import type { ReactNode } from 'react'

export type DateParts = { day: string; month: string; year: string }

/** Each prop is described in `date-input.examples.ts`. */
export type DateInputProps = {
  namePrefix: string
  legend: ReactNode
  hint?: ReactNode
  values?: DateParts
  error?: string | undefined
}

const parts = [
  ['day', 'Day', 2],
  ['month', 'Month', 2],
  ['year', 'Year', 4],
] as const

/**
 * The GOV.UK date input: day, month and year fields in a fieldset. An error marks all
 * three, as the message is about the date as a whole.
 */
export function DateInput({ namePrefix, legend, hint, values, error }: DateInputProps) {
  const describedBy = [hint ? `${namePrefix}-hint` : '', error ? `${namePrefix}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint && (
          <div id={`${namePrefix}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${namePrefix}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          {parts.map(([part, label, width]) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={`${namePrefix}-${part}`}
                >
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${namePrefix}-${part}`}
                  name={`${namePrefix}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={values?.[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
