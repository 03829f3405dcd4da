import type { ReactNode, Ref } from 'react'

/** Each prop is described in `value-input.examples.ts`. */
export type ValueInputProps = {
  name: string
  label: ReactNode
  headingRef?: Ref<HTMLHeadingElement>
  inputRef?: Ref<HTMLInputElement>
  hint?: ReactNode
  defaultValue?: string
  error?: string | undefined
  /** Shown before the field, as GOV.UK's input prefix ("£"); hidden from screen readers. */
  prefix?: string
  /** Shown after the field, as GOV.UK's input suffix ("months"); hidden from screen readers. */
  suffix?: string
}

/**
 * A GOV.UK text input for an amount in pounds whose label is the page's h1. A text
 * keyboard, as people type "2.4m" or "£2.4 million" as well as "£250,000"; no spelling or
 * autofill. The page parses what was typed.
 */
export function ValueInput({
  name,
  label,
  headingRef,
  inputRef,
  hint,
  defaultValue,
  error,
  prefix,
  suffix,
}: ValueInputProps) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ')
  const input = (
    <input
      className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
      id={name}
      name={name}
      type="text"
      spellCheck={false}
      autoComplete="off"
      defaultValue={defaultValue}
      aria-describedby={describedBy || undefined}
      ref={inputRef}
    />
  )
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h1 className="govuk-label-wrapper" tabIndex={-1} ref={headingRef}>
        <label className="govuk-label govuk-label--l" htmlFor={name}>
          {label}
        </label>
      </h1>
      {hint && (
        <div id={`${name}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${name}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </div>
  )
}
