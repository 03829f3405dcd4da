/** An answer the link held that the rules refuse with the others: the question is asked again. */
export function AnswerConflictNotice({ message }: { message: string }) {
  return (
    <div className="govuk-warning-text" data-testid="answer-conflict">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {message}
      </strong>
    </div>
  )
}
