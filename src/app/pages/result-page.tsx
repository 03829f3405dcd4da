import '@/styles/forms.scss'
import type { Answers } from '@machines/answers'
import type { EvaluateOptions } from '@machines/decide'
import { Suspense } from 'react'
import { Link, Navigate } from 'react-router-dom'
import { LinkProblemPage } from '@/components/link-problem-page/link-problem-page'
import { Page } from '@/components/page/page'
import { paths } from '@/config/paths'
import { compareSetQuery } from '@/features/compare/compare-set'
import { PlanSectionLoader } from '@/features/plan/plan-section-loader'
import { ExportButtons } from '@/features/record/export-buttons'
import { PrintDetails } from '@/features/record/print-details'
import { RecordDetailsForm } from '@/features/record/record-details-form'
import { ResultNotes } from '@/features/record/result-notes'
import { CopyLinkButton } from '@/features/result/copy-link-button'
import { OpenedRecordNotice } from '@/features/result/opened-record-notice'
import { ResultView } from '@/features/result/result-view'
import { SaveSessionButton } from '@/features/sessions/save-session-button'
import { WhatIfPanel } from '@/features/what-if/what-if-panel'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { useResult } from '@/lib/route-content/use-result'
import { LoadingPage } from '@/pages/loading-page'

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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page
          title={result.title}
          caption={<span className="govuk-caption-l">Recommended route</span>}
        >
          <PrintDetails />
          <OpenedRecordNotice result={result} answers={answers} />
          <ResultView result={result} answers={answers} startDate={dates.startDate} />
          <PlanSectionLoader result={result} answers={answers} today={dates.today} />
          <div className="app-no-print">
            <h2 className="govuk-heading-m">Notes on this decision</h2>
            <ResultNotes />
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
          <RecordDetailsForm />
          <ExportButtons result={result} answers={answers} startDate={dates.startDate} />
          <CopyLinkButton />
          <SaveSessionButton defaultName={result.title} />
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
