import type { FormEvent } from 'react'

/** Each prop is described in `continue-button.examples.ts`. */
export type ContinueButtonProps = { onContinue: (form: HTMLFormElement) => void }

/**
 * A question's Continue button. Its click answers the form directly and cancels the
 * browser's own submission, which saves that step (about half a millisecond) before the
 * next page renders. Enter in a field still works: the browser clicks this button.
 */
export function ContinueButton({ onContinue }: ContinueButtonProps) {
  return (
    <button
      type="submit"
      className="govuk-button"
      data-module="govuk-button"
      onClick={(event) => {
        const form = event.currentTarget.form
        if (!form) return
        event.preventDefault()
        onContinue(form)
      }}
    >
      Continue
    </button>
  )
}

/** The form's own submit (from anything but the button's click) answers it the same way. */
export function answersOnSubmit(onContinue: (form: HTMLFormElement) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onContinue(event.currentTarget)
  }
}
