import { type Answers, pickAnswers } from '@machines/answers'
import { routeSummaries } from '@machines/content/route-summaries'
import { answerLabel } from '@machines/content/wording'
import { decisionMachine } from '@machines/decision-machine'
import type { ChoiceQuestionId } from '@machines/questions'
import { regimes } from '@machines/regimes'
import type { Result } from '@machines/result'
import { useActorRef, useSelector } from '@xstate/react'
import { Suspense, useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import { paths } from '@/config/paths'
import { answerQuery } from '@/lib/answers/answer-query'
import { questionUrl, resultUrl } from '@/lib/answers/answer-urls'
import { cleanName, compareSetQuery } from '@/lib/compare/compare-link'
import { useCompareSet } from '@/lib/compare/compare-store'
import { useResult } from '@/lib/route-content/use-result'

// A module of its own, loaded when a changed answer is first chosen: the decision machine
// (XState) it runs is needed by nothing else on the result page, which paints sooner without it.

/**
 * Where the changed answer leads. The decision machine starts from the answers with
 * this one removed, so it waits at this question; the new answer is sent to it as an
 * event, and it carries on through the later answers that still apply.
 */
export function WhatIfOutcome({
  question,
  value,
  current,
  answers,
  startDate,
  today,
}: {
  question: ChoiceQuestionId
  value: string
  current: Result
  answers: Answers
  startDate: string | undefined
  today: string
}) {
  const without: Answers = { ...answers }
  delete without[question]
  const actor = useActorRef(decisionMachine, { input: { answers: without, startDate, today } })
  useEffect(() => {
    actor.send({ type: 'answer', question, value })
  }, [actor, question, value])
  const { done, asked, context } = useSelector(actor, (s) => ({
    done: s.status === 'done',
    asked: s.context.asked,
    context: s.context.answers,
  }))
  if (context[question] !== value) return null
  // A finished path keeps only the answers on it; an unfinished one keeps them all for now.
  const changed = done ? pickAnswers(context, asked) : context
  return (
    <div className="app-what-if__compare" aria-live="polite">
      <RouteCard heading="Current result" result={current} />
      {/* The new route's content may still have to load. */}
      <Suspense fallback={<p className="govuk-body">Working out the new result…</p>}>
        <ChangedOutcome
          changed={changed}
          answers={answers}
          startDate={startDate}
          today={today}
          name={cleanName(`What if: ${answerLabel(question, value)}`)}
        />
      </Suspense>
    </div>
  )
}

/** The result of the changed answers, and the way to keep it or carry on. */
function ChangedOutcome({
  changed,
  answers,
  startDate,
  today,
  name,
}: {
  changed: Answers
  answers: Answers
  startDate: string | undefined
  today: string
  /** What the changed scenario is called in a comparison. */
  name: string
}) {
  const next = useResult(changed, { startDate, today })
  return (
    <>
      <RouteCard heading="If you change this answer" result={next} testId="what-if-result" />
      <div>
        {next.status === 'complete' && (
          <AddToCompare
            current={answerQuery(answers, { startDate }).slice(1)}
            changed={answerQuery(changed, { startDate }).slice(1)}
            name={name}
          />
        )}
        {next.status === 'complete' ? (
          <Link className="govuk-button" to={resultUrl(changed, startDate)}>
            Keep this
          </Link>
        ) : (
          next.next && (
            <Link
              className="govuk-button"
              to={questionUrl(next.next, changed, startDate, 'result')}
            >
              Answer the new questions
            </Link>
          )
        )}
      </div>
    </>
  )
}

/** The cards use their own attributes: the result page has exactly one `data-route`. */
function RouteCard({
  heading,
  result,
  testId,
}: {
  heading: string
  result: Result
  testId?: string
}) {
  return (
    <div className="app-what-if__card" data-testid={testId}>
      <h3 className="govuk-heading-s">{heading}</h3>
      {result.route ? (
        <p
          className="govuk-body"
          data-what-if-route={result.route}
          data-what-if-variant={result.variant ?? ''}
          data-what-if-regime={result.regime}
        >
          <strong>{routeSummaries[result.route].name}</strong>
          <br />
          {result.title}
          <br />
          <span className="app-source">{regimes[result.regime].name}</span>
        </p>
      ) : (
        <p className="govuk-body">This change opens questions you have not answered yet.</p>
      )}
    </div>
  )
}

/**
 * Puts the changed answers in the comparison (with the current ones first, if they are
 * not there yet), so a room can try several changes and then see them side by side.
 */
function AddToCompare({
  current,
  changed,
  name,
}: {
  current: string
  changed: string
  name: string
}) {
  const add = useCompareSet((s) => s.add)
  const scenarios = useCompareSet((s) => s.scenarios)
  const [outcome, setOutcome] = useState<'added' | 'already' | 'full'>()
  const onAdd = () => {
    if (!scenarios.some((s) => s.query === current)) {
      if (add({ query: current, name: 'Current answers' }) === 'full') {
        setOutcome('full')
        return
      }
    }
    setOutcome(add({ query: changed, name }))
  }
  const message = {
    added: `Added to the comparison, which now has ${scenarios.length} scenarios.`,
    already: 'These answers are in the comparison already.',
    full: 'The comparison is full. Remove a scenario from it first.',
  }
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onAdd}>
        Add to compare
      </button>
      <p className="govuk-body" role="status">
        {outcome && (
          <>
            {message[outcome]}{' '}
            <Link className="govuk-link" to={`${paths.compare}${compareSetQuery(scenarios)}`}>
              See the comparison
            </Link>
          </>
        )}
      </p>
    </>
  )
}
