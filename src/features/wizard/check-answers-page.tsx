import '@/styles/forms.scss'
import { progress } from '@machines/progress'
import type { FormEvent } from 'react'
import { Link, Navigate, useNavigate } from 'react-router-dom'
import { LinkProblemPage } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { answerRows } from '@/lib/answers/answer-rows'
import { questionUrl, resultUrl } from '@/lib/answers/answer-urls'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { backFrom } from './flow'

export function CheckAnswersPage() {
  const { answers, dates, problems, faults } = useAnswerQuery()
  const navigate = useNavigate()
  if (problems.length > 0)
    return <LinkProblemPage problems={problems} faults={faults} answers={answers} dates={dates} />
  const run = progress(answers, dates)
  if (run.next) return <Navigate replace to={questionUrl(run.next, answers, dates.startDate)} />
  const kept = run.path.answers
  const rows = answerRows(run.asked, kept, dates.startDate)

  function submit(event: FormEvent) {
    event.preventDefault()
    navigate(resultUrl(kept, dates.startDate))
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={backFrom('end', kept, dates)} className="govuk-back-link">
          Back
        </Link>
        <Page title="Check your answers">
          <dl className="govuk-summary-list govuk-!-margin-bottom-9">
            {rows.map((row) => (
              <div className="govuk-summary-list__row" key={row.question}>
                <dt className="govuk-summary-list__key">{row.title}</dt>
                <dd className="govuk-summary-list__value">{row.answer}</dd>
                <dd className="govuk-summary-list__actions">
                  <Link
                    className="govuk-link"
                    to={questionUrl(
                      row.question === 'startDate' ? 'contract-value' : row.question,
                      kept,
                      dates.startDate,
                      'check',
                    )}
                  >
                    Change<span className="govuk-visually-hidden"> {row.title.toLowerCase()}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
          <h2 className="govuk-heading-m">Now see your recommended route</h2>
          <p className="govuk-body">
            The result explains the route, why it fits your answers, the legal references and what
            to do next.
          </p>
          <form noValidate onSubmit={submit}>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </Page>
      </div>
    </div>
  )
}
