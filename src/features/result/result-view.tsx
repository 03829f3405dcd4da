import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { formatPounds } from '@machines/content/money'
import { thresholdLabel } from '@machines/content/value-sentence'
import { questionTitle } from '@machines/content/wording'
import { carriedToNewAward } from '@machines/contract-change'
import { progress } from '@machines/progress'
import type { QuestionId } from '@machines/questions'
import type { Result } from '@machines/result'
import { sourceById } from '@machines/sources'
import { Link } from 'react-router-dom'
import { BackToTop } from '@/components/contents-list/back-to-top'
import { LegalAdviceNotice } from '@/components/legal-advice-notice/legal-advice-notice'
import { PlanLinkedText } from '@/components/plan-linked-text/plan-linked-text'
import { answerRows } from '@/lib/answers/answer-rows'
import { questionUrl } from '@/lib/answers/answer-urls'
import { isoToday } from '@/lib/clock/today'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import { NEXT_STEPS_ID } from '@/lib/route-content/result-summary'
import { AlternativesList } from './alternatives-list'

/**
 * The new-award journey with the answers a refused change carries over (decision model,
 * section 8.8.5), opened at the question after "What do you want to do?", so the person
 * confirms each carried answer in turn.
 */
function newAwardUrl(answers: Answers): string {
  const carried = carriedToNewAward({ answers, asked: Object.keys(answers) as QuestionId[] })
  const run = progress(carried, { today: isoToday() })
  const after = run.asked[run.asked.indexOf('approach') + 1] ?? run.next ?? 'approach'
  return questionUrl(after, carried)
}

/**
 * What a result rests on and what it means, after the summary card: its assumptions and its
 * summary. The early result paints the same markup.
 */
export function ResultIntro({
  result,
  answers,
  startDate,
}: {
  result: Result
  answers: Answers
  startDate: string | undefined
}) {
  const changeUrl = (question: Result['asked'][number]) =>
    questionUrl(question, answers, startDate, 'result')
  return (
    <>
      {result.assumptions.length > 0 && (
        <div className="govuk-warning-text app-assumptions">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <h2 className="govuk-heading-m">
              This result rests on{' '}
              {result.assumptions.length === 1
                ? 'an assumption'
                : `${result.assumptions.length} assumptions`}
            </h2>
            <ul className="govuk-list">
              {result.assumptions.map((a) => (
                <li key={a.question} className="govuk-!-margin-bottom-4">
                  <strong>{a.assumed}</strong> {a.why}{' '}
                  <span className="govuk-!-font-weight-bold">To check:</span> {a.check}{' '}
                  <Link className="govuk-link app-no-print" to={changeUrl(a.question)}>
                    Change
                    <span className="govuk-visually-hidden">
                      {' '}
                      your answer to {questionTitle(a.question)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <p className="govuk-body-l">{result.summary}</p>
    </>
  )
}

/**
 * The sections of a complete Result, in the order a commissioner reads them, each with an id
 * for the contents list and a "Back to top" link after it.
 */
export function ResultView({
  result,
  answers,
  startDate,
}: {
  result: Result
  answers: Answers
  startDate: string | undefined
}) {
  const notes = useRecordDraft((s) => s.draft.notes)
  const changeUrl = (question: Result['asked'][number]) =>
    questionUrl(question, answers, startDate, 'result')
  return (
    <>
      {result.route === 'modification-not-permitted' && (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            Your answers about who is commissioning carry over, with this change’s value as the
            contract value for you to confirm or change.
          </p>
          <Link className="govuk-link" to={newAwardUrl(answers)}>
            Answer the questions for a new award
          </Link>
        </div>
      )}

      <h2 className="govuk-heading-m">Why this route</h2>
      <ol className="govuk-list govuk-list--number">
        {result.rationale.map((r) => (
          <li key={r.question}>
            {r.reason}{' '}
            <Link className="govuk-link app-no-print" to={changeUrl(r.question)}>
              Change
              <span className="govuk-visually-hidden">
                {' '}
                your answer to {questionTitle(r.question)}
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <BackToTop />

      {result.notes.length > 0 && (
        <>
          <h2 className="govuk-heading-m">What this result takes for granted</h2>
          <ul className="govuk-list govuk-list--bullet">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <BackToTop />
        </>
      )}

      <h2 className="govuk-heading-m" id={NEXT_STEPS_ID}>
        Next steps
      </h2>
      <ol className="govuk-list govuk-list--number">
        {result.nextSteps.map((s) => (
          <li key={s}>
            <PlanLinkedText text={s} />
          </li>
        ))}
      </ol>

      <BackToTop />

      <h2 className="govuk-heading-m">Risks to manage</h2>
      <ul className="govuk-list govuk-list--bullet">
        {result.risks.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>

      <BackToTop />

      <h2 className="govuk-heading-m">Legal references</h2>
      <ul className="govuk-list">
        {result.references.map((r) => (
          <li key={r.label + r.citation}>
            <a className="govuk-link" href={r.url} rel="noreferrer noopener" target="_blank">
              {r.label}
              <span className="govuk-visually-hidden"> (opens in new tab)</span>
            </a>
            <br />
            <span className="app-source">{r.citation}</span>
          </li>
        ))}
      </ul>
      <BackToTop />

      {result.threshold && (
        <>
          <h2 className="govuk-heading-m">Threshold applied</h2>
          <p className="govuk-body">
            {thresholdLabel(result.threshold.kind)} threshold:{' '}
            {formatPounds(result.threshold.amount)} including VAT, in force from{' '}
            {formatDate(result.threshold.inForceFrom)}.
          </p>
          <p className="app-source">
            Source: {result.threshold.source.map((id) => sourceById(id)?.title ?? id).join('; ')}
          </p>
          <BackToTop />
        </>
      )}

      {result.alternatives.length > 0 && (
        <>
          <h2 className="govuk-heading-m" id="alternatives">
            Alternatives considered
          </h2>
          <AlternativesList alternatives={result.alternatives} />
          <BackToTop />
        </>
      )}

      {result.socialValue && (
        <>
          <h2 className="govuk-heading-m">
            {answers.approach === 'change-existing-contract'
              ? 'Your duties in deciding the change'
              : 'Social value'}
          </h2>
          <p className="govuk-body">{result.socialValue.text}</p>
          <ul className="govuk-list">
            {result.socialValue.references.map((r) => (
              <li key={r.label + r.citation}>
                <a className="govuk-link" href={r.url} rel="noreferrer noopener" target="_blank">
                  {r.citation}
                  <span className="govuk-visually-hidden"> (opens in new tab)</span>
                </a>
              </li>
            ))}
          </ul>
          <BackToTop />
        </>
      )}

      {result.caseStudies.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Examples from practice</h2>
          {result.caseStudies.map((c) => (
            <div key={c.id}>
              <h3 className="govuk-heading-s">{c.title}</h3>
              <p className="govuk-body">{c.summary}</p>
            </div>
          ))}
          <BackToTop />
        </>
      )}

      <h2 className="govuk-heading-m">Your answers</h2>
      <dl className="govuk-summary-list">
        {answerRows(result.asked, answers, startDate).map((row) => {
          const note = row.question === 'startDate' ? undefined : notes[row.question]
          return (
            <div className="govuk-summary-list__row" key={row.question}>
              <dt className="govuk-summary-list__key">{row.title}</dt>
              <dd className="govuk-summary-list__value">
                {row.answer}
                {note && <p className="govuk-body-s app-note">Note: {note}</p>}
              </dd>
            </div>
          )
        })}
      </dl>
      <BackToTop />
      {notes.result && (
        <div className="app-print-only">
          <h2 className="govuk-heading-m">Notes</h2>
          <p className="govuk-body app-note">{notes.result}</p>
        </div>
      )}

      <LegalAdviceNotice />
      <p className="app-source">
        Ruleset {result.ruleset.version}. Legal facts last checked{' '}
        {formatDate(result.ruleset.checked)}.
      </p>
    </>
  )
}
