import type { Answers } from '@machines/answers'
import { answerLabel, questionTitle } from '@machines/content/wording'
import type { QuestionId } from '@machines/questions'

/** For the room: which question this is, above its heading. */
export function QuestionNumber({ number }: { number: number }) {
  return <span className="govuk-caption-l app-question-number">Question {number}</span>
}

/**
 * For the room: the answers that led here. It sits in a column beside the question, so
 * a long path never pushes the question and its Continue button below a projector's
 * first screen.
 */
export function PathSoFar({ asked, answers }: { asked: QuestionId[]; answers: Answers }) {
  if (asked.length === 0) return null
  return (
    <details className="govuk-details app-path-so-far" open>
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
  )
}
