import type { ReactNode, Ref } from 'react'

export type RadioOption = { value: string; label: string; hint?: string | undefined }

/** Each prop is described in `radios.examples.ts`. */
export type RadiosProps = {
  name: string
  heading: ReactNode
  headingRef?: Ref<HTMLHeadingElement>
  hint?: ReactNode
  options: RadioOption[]
  notSure?: RadioOption | undefined
  checked?: string | undefined
  error?: string | undefined
  showOptionHints?: boolean
}

/**
 * GOV.UK radios in a fieldset whose legend is the page's h1. The "not sure" option, when
 * given, comes last after an "or" divider.
 */
export function Radios({
  name,
  heading,
  headingRef,
  hint,
  options,
  notSure,
  checked,
  error,
  showOptionHints = true,
}: RadiosProps) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ')
  const item = (option: RadioOption, index: number) => {
    const id = index === 0 ? name : `${name}-${index + 1}`
    const optionHint = showOptionHints && option.hint ? `${id}-item-hint` : undefined
    // Keyed by question and by whether the link chose it: the same radios are reused only
    // while both are unchanged, so `defaultChecked` always matches the link.
    return (
      <div
        className="govuk-radios__item"
        key={`${name}=${option.value}:${checked === option.value}`}
      >
        <input
          className="govuk-radios__input"
          id={id}
          name={name}
          type="radio"
          value={option.value}
          defaultChecked={checked === option.value}
          aria-describedby={optionHint}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {option.label}
        </label>
        {optionHint && (
          <div id={optionHint} className="govuk-hint govuk-radios__hint">
            {option.hint}
          </div>
        )}
      </div>
    )
  }
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 className="govuk-fieldset__heading" tabIndex={-1} ref={headingRef}>
            {heading}
          </h1>
        </legend>
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
        <div className="govuk-radios" data-module="govuk-radios">
          {options.map(item)}
          {notSure && (
            <>
              <div className="govuk-radios__divider">or</div>
              {item(notSure, options.length)}
            </>
          )}
        </div>
      </fieldset>
    </div>
  )
}
