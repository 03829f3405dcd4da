import '@/styles/forms.scss'
import { earlierRulesetWording } from '@machines/content/earlier-ruleset'
import { questionTitle } from '@machines/content/wording'
import { askedBecauseRulesChanged } from '@machines/earlier-ruleset'
import { progress } from '@machines/progress'
import { isChoiceQuestion, isQuestionId } from '@machines/questions'
import { Link, useParams } from 'react-router-dom'
import { LinkProblemPage } from '@/components/link-problem-page/link-problem-page'
import { PathSoFar, QuestionNumber } from '@/features/facilitator/path-so-far'
import { SaveSessionButton } from '@/features/sessions/save-session-button'
import { AnswerConflictNotice } from '@/features/wizard/answer-conflict-notice'
import { ChoiceQuestion } from '@/features/wizard/choice-question'
import { FigureQuestion } from '@/features/wizard/figure-question'
import { backFrom } from '@/features/wizard/flow'
import { RulesChangedNotice } from '@/features/wizard/rules-changed-notice'
import { ValueQuestion } from '@/features/wizard/value-question'
import { questionUrl } from '@/lib/answers/answer-urls'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { useFacilitator } from '@/lib/facilitator/facilitator-store'
import { NotFoundPage } from '@/pages/not-found-page'

/**
 * One question, chosen by the URL's path; the answers so far come from its query. The
 * page only shows a question the machine would ask for those answers.
 */
export function QuestionPage() {
  const { questionId = '' } = useParams()
  const { answers, dates, problems, faults, returnTo, search, hydrated, ruleset, conflict } =
    useAnswerQuery()
  const facilitator = useFacilitator((s) => s.enabled)
  if (!isQuestionId(questionId)) return <NotFoundPage />
  if (problems.length > 0)
    return <LinkProblemPage problems={problems} faults={faults} answers={answers} dates={dates} />

  const run = progress(answers, dates)
  // Prerendered from its path alone: the answers are checked once hydrated.
  if (hydrated && !run.asked.includes(questionId) && run.next !== questionId) {
    return (
      <LinkProblemPage
        heading="This question does not follow from your answers"
        problems={[
          {
            field: questionId,
            message:
              'The link asks a question that your earlier answers do not lead to. It may have been cut short or edited.',
          },
        ]}
        answers={answers}
        dates={dates}
      />
    )
  }

  const position = run.asked.includes(questionId) ? run.asked.indexOf(questionId) : run.asked.length
  const conflictHere = hydrated && conflict?.field === questionId
  const newSinceLink =
    hydrated &&
    !conflictHere &&
    run.next === questionId &&
    askedBecauseRulesChanged(ruleset, questionId)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds app-question-main">
        <Link to={backFrom(questionId, answers, dates)} className="govuk-back-link">
          Back
        </Link>
        {facilitator && <QuestionNumber number={position + 1} />}
        {newSinceLink && <RulesChangedNotice madeUnder={ruleset} />}
        {conflictHere && (
          <AnswerConflictNotice
            message={earlierRulesetWording.callOffBeforeTheAct}
            change={
              // The other answer in the conflict, when it is one the path has asked.
              answers['existing-procurement'] === 'yes'
                ? {
                    href: questionUrl('existing-procurement', answers, dates.startDate),
                    text: earlierRulesetWording.changeWhenStarted,
                  }
                : undefined
            }
          />
        )}
        {/* Each question's form starts afresh, without the last one's error; the value
            page's fields also start afresh for each link. */}
        {isChoiceQuestion(questionId) ? (
          <ChoiceQuestion
            key={questionId}
            question={questionId}
            answers={answers}
            dates={dates}
            hintContext={run.hintContext}
            returnTo={returnTo}
          />
        ) : questionId === 'contract-value' ? (
          <ValueQuestion
            key={search}
            answers={answers}
            dates={dates}
            hintContext={run.hintContext}
            returnTo={returnTo}
          />
        ) : (
          <FigureQuestion
            key={`${questionId}${search}`}
            question={questionId}
            answers={answers}
            dates={dates}
            returnTo={returnTo}
          />
        )}
        {run.asked.length > 0 && (
          <SaveSessionButton defaultName={`Unfinished: ${questionTitle(questionId)}`} />
        )}
      </div>
      {/* Beside the question, after it in reading order: the question comes first. */}
      {facilitator && (
        <div className="govuk-grid-column-one-third app-path-so-far-column">
          <PathSoFar asked={run.asked.slice(0, position)} answers={answers} />
        </div>
      )}
    </div>
  )
}
