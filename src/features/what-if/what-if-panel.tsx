import type { Answers } from '@machines/answers'
import { choiceWording, questionTitle } from '@machines/content/wording'
import { type ChoiceQuestionId, isChoiceQuestion } from '@machines/questions'
import type { Result } from '@machines/result'
import { lazy, Suspense, useId, useState } from 'react'

/** Where a changed answer leads: loaded on first use, with the decision machine it runs. */
const WhatIfOutcome = lazy(() =>
  import('./what-if-outcome').then((m) => ({ default: m.WhatIfOutcome })),
)

/**
 * "What if…": change one answer and see the new route beside the current one. The
 * current result stays as it is until the group chooses "Keep this".
 */
export function WhatIfPanel({
  result,
  answers,
  startDate,
  today,
}: {
  result: Result
  answers: Answers
  startDate: string | undefined
  today: string
}) {
  const [open, setOpen] = useState(false)
  const [question, setQuestion] = useState<ChoiceQuestionId>()
  const panelId = useId()
  const choices = result.asked.filter(isChoiceQuestion)
  return (
    <div className="app-no-print app-what-if">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        What if…
      </button>
      {open && (
        <div id={panelId} className="app-what-if__panel">
          <h2 className="govuk-heading-m">What if one answer were different?</h2>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={`${panelId}-question`}>
              Answer to change
            </label>
            <select
              className="govuk-select"
              id={`${panelId}-question`}
              value={question ?? ''}
              onChange={(e) =>
                setQuestion((e.target.value || undefined) as ChoiceQuestionId | undefined)
              }
            >
              <option value="">Choose a question</option>
              {choices.map((q) => (
                <option key={q} value={q}>
                  {questionTitle(q)}
                </option>
              ))}
            </select>
          </div>
          {question && (
            <WhatIfQuestion
              key={question}
              question={question}
              current={result}
              answers={answers}
              startDate={startDate}
              today={today}
            />
          )}
        </div>
      )}
    </div>
  )
}

/** The new answer for one question, chosen with radios. */
function WhatIfQuestion({
  question,
  current,
  answers,
  startDate,
  today,
}: {
  question: ChoiceQuestionId
  current: Result
  answers: Answers
  startDate: string | undefined
  today: string
}) {
  const [chosen, setChosen] = useState<string>()
  const wording = choiceWording[question]
  const name = `what-if-${question}`
  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {wording.title}
          </legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {(Object.entries(wording.options) as [string, { label: string }][]).map(
              ([value, option], i) => (
                <div className="govuk-radios__item" key={value}>
                  <input
                    className="govuk-radios__input"
                    id={`${name}-${i}`}
                    name={name}
                    type="radio"
                    value={value}
                    checked={(chosen ?? answers[question]) === value}
                    onChange={() => setChosen(value)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${i}`}>
                    {option.label}
                  </label>
                </div>
              ),
            )}
          </div>
        </fieldset>
      </div>
      {chosen && chosen !== answers[question] && (
        <Suspense fallback={<p className="govuk-body">Working out the new result…</p>}>
          <WhatIfOutcome
            key={chosen}
            question={question}
            value={chosen}
            current={current}
            answers={answers}
            startDate={startDate}
            today={today}
          />
        </Suspense>
      )}
    </>
  )
}
