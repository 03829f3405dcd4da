import { useEffect, useRef } from 'react'

export type FieldError = { href: string; text: string }

/** Each prop is described in `error-summary.examples.ts`. */
export type ErrorSummaryProps = { errors: FieldError[]; focusKey?: number }

/** The GOV.UK error summary: takes focus when it appears, links to each field. */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every new submit
  useEffect(() => {
    if (errors.length > 0) box.current?.focus()
  }, [errors.length, focusKey])
  if (errors.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.href + e.text}>
                <a
                  href={e.href}
                  onClick={(event) => {
                    event.preventDefault()
                    const field = document.getElementById(e.href.slice(1))
                    // A field inside a closed <details> cannot take focus until it is opened.
                    const closed = field?.closest('details')
                    if (closed && !closed.open) closed.open = true
                    field?.focus()
                  }}
                >
                  {e.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
