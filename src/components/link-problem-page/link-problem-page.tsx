import type { AnswerProblem, Answers } from '@machines/answers'
import { progress } from '@machines/progress'
import { Link } from 'react-router-dom'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import type { LinkFault } from '@/lib/answers/answer-query'
import {
  checkAnswersUrl,
  type Dates,
  firstQuestionUrl,
  questionUrl,
} from '@/lib/answers/answer-urls'

/**
 * Shown for a link that is broken or does not fit the model. It says what was wrong,
 * keeps what was valid, and offers to carry on from there or start again.
 */
export function LinkProblemPage({
  problems,
  faults = [],
  answers,
  dates,
  heading,
}: {
  problems: AnswerProblem[]
  faults?: LinkFault[]
  answers: Answers
  dates: Dates
  heading?: string
}) {
  const title = heading ?? linkHeading(faults)
  const run = progress(answers, dates)
  const kept = run.path.answers
  const resume = run.next
    ? questionUrl(run.next, kept, dates.startDate)
    : run.route
      ? checkAnswersUrl(kept, dates.startDate)
      : firstQuestionUrl()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title={title}>
          <p className="govuk-body">Part of this link could not be used:</p>
          <ul className="govuk-list govuk-list--bullet" data-testid="link-problems">
            {problems.map((p) => (
              <li key={p.field + p.message}>{p.message}</li>
            ))}
          </ul>
          <p className="govuk-body">
            {run.asked.length > 0
              ? `We kept the ${run.asked.length === 1 ? 'answer' : `${run.asked.length} answers`} that were valid.`
              : 'No answers in it could be used.'}
          </p>
          <div className="govuk-button-group">
            <Link className="govuk-button" to={resume}>
              {run.asked.length > 0 ? 'Continue from the last valid question' : 'Start'}
            </Link>
            <Link className="govuk-link" to={paths.start}>
              Start again
            </Link>
          </div>
        </Page>
      </div>
    </div>
  )
}

const headings: Record<LinkFault, string> = {
  'too-long': 'This link is too long',
  'double-encoded': 'This link was changed on its way to you',
  'unknown-question': 'This link has a question we do not recognise',
  'bad-answer': 'This link has an answer we do not recognise',
  repeated: 'This link gives an answer more than once',
  'start-date': 'This link has a start date we cannot use',
}

/** An h1 that says what was wrong with the link. */
export function linkHeading(faults: LinkFault[]): string {
  const [only] = faults
  if (faults.length === 1 && only) return headings[only]
  return faults.length > 1 ? 'This link has several problems' : 'There is a problem with this link'
}
