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
}

/**
 * A GOV.UK text input for an amount in pounds whose label is the page's h1. Numeric
 * keyboard, no spelling or autofill: people type figures such as "£250,000", which the
 * page parses.
 */
export function ValueInput({
  name,
  label,
  headingRef,
  inputRef,
  hint,
  defaultValue,
  error,
}: ValueInputProps) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ')
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
      <input
        className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
        id={name}
        name={name}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        defaultValue={defaultValue}
        aria-describedby={describedBy || undefined}
        ref={inputRef}
      />
    </div>
  )
}
