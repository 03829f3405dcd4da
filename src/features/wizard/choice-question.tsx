import type { Answers } from '@machines/answers'
import { earlierRulesetWording } from '@machines/content/earlier-ruleset'
import type { HintContext } from '@machines/content/question-wording'
import {
  choiceWording,
  optionHint,
  questionChecklist,
  questionHint,
} from '@machines/content/wording'
import { type ChoiceQuestionId, NOT_SURE } from '@machines/questions'
import { checkCallOffTiming } from '@machines/scenario'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { answersOnSubmit, ContinueButton } from '@/components/continue-button/continue-button'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { NotesField } from '@/components/notes-field/notes-field'
import { useFocusOnArrival } from '@/components/page/use-focus-on-arrival'
import { usePageTitle } from '@/components/page/use-page-title'
import { type RadioOption, Radios } from '@/components/radios/radios'
import type { Dates } from '@/lib/answers/answer-urls'
import { afterAnswer } from './flow'
import { QuestionHint } from './question-hint'
import { rememberAnswer } from './remember-answer'

export function ChoiceQuestion({
  question,
  answers,
  dates,
  hintContext,
  returnTo,
}: {
  question: ChoiceQuestionId
  answers: Answers
  dates: Dates
  hintContext: HintContext
  returnTo: 'check' | 'result' | undefined
}) {
  const wording = choiceWording[question]
  const navigate = useNavigate()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageTitle(wording.title, Boolean(error))
  useFocusOnArrival(heading, question)

  const entries = Object.entries(wording.options) as [string, { label: string }][]
  const toOption = ([value, o]: [string, { label: string }]): RadioOption => ({
    value,
    label: o.label,
    hint: optionHint(question, value, hintContext),
  })
  const options = entries.filter(([value]) => value !== NOT_SURE).map(toOption)
  const notSureEntry = entries.find(([value]) => value === NOT_SURE)

  function answer(form: HTMLFormElement) {
    const value = new FormData(form).get(question)
    if (typeof value !== 'string' || value === '') {
      setError(wording.error)
      setAttempt((n) => n + 1)
      return
    }
    // The one combination of answers the rules refuse (decision model, section 3.4).
    const merged = { ...answers, [question]: value }
    if (checkCallOffTiming({ answers: merged, startDate: dates.startDate }).length > 0) {
      setError(earlierRulesetWording.callOffBeforeTheAct)
      setAttempt((n) => n + 1)
      return
    }
    rememberAnswer(question, merged, dates.startDate, returnTo)
    // The next question renders within this submit, so it paints in the very next frame.
    navigate(afterAnswer(answers, question, value, dates, returnTo), { flushSync: true })
  }

  const current = answers[question]
  return (
    <>
      <ErrorSummary
        errors={error ? [{ href: `#${question}`, text: error }] : []}
        focusKey={attempt}
      />
      <form noValidate onSubmit={answersOnSubmit(answer)} data-question={question}>
        <Radios
          name={question}
          heading={wording.title}
          headingRef={heading}
          hint={
            <QuestionHint
              text={questionHint(question, hintContext)}
              checklist={questionChecklist(question, hintContext)}
            />
          }
          options={options}
          notSure={notSureEntry ? toOption(notSureEntry) : undefined}
          checked={typeof current === 'string' ? current : undefined}
          error={error}
        />
        <NotesField key={question} noteKey={question} />
        <ContinueButton />
      </form>
    </>
  )
}
