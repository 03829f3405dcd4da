import { Link } from 'react-router-dom'

/**
 * An answer the link held that the rules refuse with the others: the question is asked
 * again, and `change` links to the other answer in the conflict, in case that one is wrong.
 */
export function AnswerConflictNotice({
  message,
  change,
}: {
  message: string
  change?: { href: string; text: string } | undefined
}) {
  return (
    <div className="govuk-warning-text" data-testid="answer-conflict">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {message}
        {change && (
          <>
            {' '}
            <Link className="govuk-link" to={change.href}>
              {change.text}
            </Link>
          </>
        )}
      </strong>
    </div>
  )
}
