import '@/styles/forms.scss'
import type { Answers } from '@machines/answers'
import type { EvaluateOptions } from '@machines/decide'
import type { Result } from '@machines/result'
import { lazy, Suspense, useRef } from 'react'
import { Link, Navigate } from 'react-router-dom'
import { BackToTop } from '@/components/contents-list/back-to-top'
import { ContentsList } from '@/components/contents-list/contents-list'
import { jumpOnClick } from '@/components/contents-list/jump'
import { LinkProblemPage } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { compareSetQuery } from '@/features/compare/compare-set'
import { PlanSectionLoader } from '@/features/plan/plan-section-loader'
import { ExportButtons, KEEP_RECORD_ID } from '@/features/record/export-buttons'
import { PrintDetails } from '@/features/record/print-details'
import { RecordDetailsForm } from '@/features/record/record-details-form'
import { ResultNotes } from '@/features/record/result-notes'
import { CopyLinkButton } from '@/features/result/copy-link-button'
import { OpenedRecordNotice } from '@/features/result/opened-record-notice'
import { ResultSummaryCard } from '@/features/result/result-summary-card'
import { ResultIntro, ResultView } from '@/features/result/result-view'
import { SaveSessionButton } from '@/features/sessions/save-session-button'
import { WhatIfPanel } from '@/features/what-if/what-if-panel'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { useResult } from '@/lib/route-content/use-result'
import { LoadingPage } from '@/pages/loading-page'

// The card's next dates need the plan engine: loaded on demand, after the result, like the plan.
const PlanNextDates = lazy(() => import('@/features/plan/plan-next-dates'))

export function ResultPage() {
  const { answers, dates, problems, faults, search } = useAnswerQuery()
  if (problems.length > 0)
    return <LinkProblemPage problems={problems} faults={faults} answers={answers} dates={dates} />
  // The route's content loads on demand; the shell's own loading message shows meanwhile.
  // On a result link the early result has loaded it already (src/boot/README.md).
  return (
    <Suspense fallback={<LoadingPage />}>
      <ResultPageContent answers={answers} dates={dates} search={search} />
    </Suspense>
  )
}

function ResultPageContent({
  answers,
  dates,
  search,
}: {
  answers: Answers
  dates: EvaluateOptions
  search: string
}) {
  const result = useResult(answers, dates)
  if (result.status === 'incomplete' && result.next) {
    // The link as it came (its ruleset, and any answer set aside as a conflict) goes on to
    // the question, which says why it is asked.
    return <Navigate replace to={`${paths.question(result.next)}${search}`} />
  }
  return <ResultLayout result={result} answers={answers} dates={dates} search={search} />
}

/**
 * A long page made easy to act on: the summary card and the record buttons first, then a
 * contents list built from the sections' headings, each section ending in "Back to top".
 */
function ResultLayout({
  result,
  answers,
  dates,
  search,
}: {
  result: Result
  answers: Answers
  dates: EvaluateOptions
  search: string
}) {
  const sections = useRef<HTMLDivElement>(null)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page
          title={result.title}
          caption={<span className="govuk-caption-l">Recommended route</span>}
        >
          <PrintDetails result={result} />
          <OpenedRecordNotice result={result} answers={answers} />
          <ResultSummaryCard
            result={result}
            nextDates={
              result.status === 'complete' &&
              result.route && (
                <Suspense fallback={null}>
                  <PlanNextDates result={result} answers={answers} today={dates.today} />
                </Suspense>
              )
            }
          />
          <div className="app-result-summary__actions app-no-print">
            <ExportButtons result={result} answers={answers} startDate={dates.startDate} />
            <CopyLinkButton />
            <SaveSessionButton defaultName={result.title} />
            <p className="govuk-body">
              <a
                className="govuk-link"
                href={`#${RECORD_DETAILS_ID}`}
                onClick={jumpOnClick(() => document.getElementById(RECORD_DETAILS_ID))}
              >
                Add a title, names or notes to the record
              </a>
            </p>
          </div>
          <ResultIntro result={result} answers={answers} startDate={dates.startDate} />
          <ContentsList source={sections} />
          <div ref={sections}>
            <ResultView result={result} answers={answers} startDate={dates.startDate} />
            <PlanSectionLoader result={result} answers={answers} today={dates.today} />
            <div className="app-no-print">
              <h2 className="govuk-heading-m" id={RECORD_DETAILS_ID}>
                Notes on this decision
              </h2>
              <ResultNotes />
              <RecordDetailsForm route={result.route} />
              <p className="govuk-body">
                <a
                  className="govuk-link"
                  href={`#${KEEP_RECORD_ID}`}
                  onClick={jumpOnClick(() => document.getElementById(KEEP_RECORD_ID))}
                >
                  Print or download the record
                </a>{' '}
                with what you have added.
              </p>
              <BackToTop />
            </div>
            <WhatIfPanel
              result={result}
              answers={answers}
              startDate={dates.startDate}
              today={dates.today}
            />
            <p className="govuk-body app-no-print">
              <Link
                className="govuk-link"
                to={`${paths.compare}${compareSetQuery([search.slice(1)])}`}
              >
                Compare this with another scenario
              </Link>
            </p>
          </div>
          <p className="govuk-body app-no-print">
            <Link className="govuk-link" to={paths.start}>
              Start again
            </Link>
          </p>
        </Page>
      </div>
    </div>
  )
}

/** Where the record's notes and details are typed, linked from beside the record buttons. */
const RECORD_DETAILS_ID = 'record-details'
