import type { FormEvent } from 'react'

/** The button takes no props: the form's submit handler (`answersOnSubmit`) answers the question. */
export type ContinueButtonProps = Record<string, never>

/**
 * A question's Continue button: an ordinary submit button. Enter in a field sends the
 * form the same way.
 */
export function ContinueButton() {
  return (
    <button type="submit" className="govuk-button" data-module="govuk-button">
      Continue
    </button>
  )
}

/** The form's submit handler: answers the question from the form instead of a page load. */
export function answersOnSubmit(onContinue: (form: HTMLFormElement) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onContinue(event.currentTarget)
  }
}
