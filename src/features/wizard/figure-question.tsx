import type { Answers } from '@machines/answers'
import { numberWording } from '@machines/content/wording'
import { type NumberQuestionId, numberQuestions } from '@machines/questions'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { answersOnSubmit, ContinueButton } from '@/components/continue-button/continue-button'
import { ErrorSummary } from '@/components/error-summary/error-summary'
import { NotesField } from '@/components/notes-field/notes-field'
import { useFocusOnArrival } from '@/components/page/use-focus-on-arrival'
import { usePageTitle } from '@/components/page/use-page-title'
import { ValueInput } from '@/components/value-input/value-input'
import type { Dates } from '@/lib/answers/answer-urls'
import { parseFigure } from './figure-answer'
import { afterAnswer } from './flow'

/**
 * A figure of the changes journey (decision model, sections 8.2-8.3): pounds or months, one
 * whole number in a text box whose label is the page's heading, as the contract value page.
 */
export function FigureQuestion({
  question,
  answers,
  dates,
  returnTo,
}: {
  question: Exclude<NumberQuestionId, 'contract-value'>
  answers: Answers
  dates: Dates
  returnTo: 'check' | 'result' | undefined
}) {
  const wording = numberWording[question]
  const navigate = useNavigate()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageTitle(wording.title, Boolean(error))
  useFocusOnArrival(heading, question)
  const current = answers[question]

  function answer(element: HTMLFormElement) {
    const parsed = parseFigure(String(new FormData(element).get(question) ?? ''), question, wording)
    if (!parsed.ok) {
      setError(parsed.error)
      setAttempt((n) => n + 1)
      return
    }
    navigate(afterAnswer(answers, question, parsed.value, dates, returnTo), { flushSync: true })
  }

  return (
    <>
      <ErrorSummary
        errors={error ? [{ href: `#${question}`, text: error }] : []}
        focusKey={attempt}
      />
      <form noValidate onSubmit={answersOnSubmit(answer)} data-question={question}>
        <ValueInput
          name={question}
          label={wording.title}
          hint={wording.hint}
          error={error}
          defaultValue={typeof current === 'number' ? String(current) : ''}
          headingRef={heading}
          {...(numberQuestions[question].unit === 'pounds'
            ? { prefix: '£' }
            : { suffix: 'months' })}
        />
        <NotesField noteKey={question} />
        <ContinueButton />
      </form>
    </>
  )
}
