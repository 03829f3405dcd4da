import type { Answers } from '@machines/answers'
import { answerLabel, questionTitle } from '@machines/content/wording'
import type { QuestionId } from '@machines/questions'

/** For the room: which question this is, and the answers that led here. */
export function PathSoFar({
  asked,
  answers,
  number,
}: {
  asked: QuestionId[]
  answers: Answers
  number: number
}) {
  return (
    <div className="app-path-so-far">
      <span className="govuk-caption-l">Question {number}</span>
      {asked.length > 0 && (
        <details className="govuk-details" open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Path so far</span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list govuk-list--number">
              {asked.map((q) => {
                const value = answers[q]
                return (
                  <li key={q}>
                    {questionTitle(q)}{' '}
                    <strong>{value === undefined ? '' : answerLabel(q, value)}</strong>
                  </li>
                )
              })}
            </ol>
          </div>
        </details>
      )}
    </div>
  )
}
