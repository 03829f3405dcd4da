import type { Answers } from '@machines/answers'
import { formatDate } from '@machines/content/date'
import { nextDates } from '@machines/plan/next-dates'
import { planFor } from '@machines/plan/plan-for'
import type { Result } from '@machines/result'
import { useMemo } from 'react'
import { jumpOnClick } from '@/components/contents-list/jump'
import { dateKindWords } from '@/lib/plan/plan-words'
import { planStepAnchor } from '@/lib/plan-anchor/plan-anchor'
import { usePlanDraftFor } from '@/lib/record-draft/plan-draft'

type Props = { result: Result; answers: Answers; today: string }

/**
 * "Next dates" in the result's summary card: the next dated steps of the procurement plan,
 * each a link to its row. It reads the same pinned dates, target and options as the plan
 * section, so the two never disagree. Loaded on demand with the plan engine (default export).
 */
export default function PlanNextDates({ result, answers, today }: Props) {
  const {
    draft: { pinned, target },
    options,
  } = usePlanDraftFor(result)
  const steps = useMemo(() => {
    const plan = planFor(result, { answers, pinned, target, options, today })
    return plan ? nextDates(plan, today) : []
  }, [result, answers, pinned, target, options, today])
  if (steps.length === 0) return null
  return (
    <div className="app-plan-next-dates">
      <h2 className="govuk-heading-s">Next dates</h2>
      <ul className="govuk-list">
        {steps.map((step) => {
          const anchor = planStepAnchor(step.id)
          return (
            <li key={step.id} data-step={step.id}>
              <span className="govuk-!-font-weight-bold">{formatDate(step.result.date!)}</span>
              {' ('}
              {dateKindWords[step.result.dateKind]}
              {'): '}
              <a
                className="govuk-link"
                href={`#${anchor}`}
                onClick={jumpOnClick(() => document.getElementById(anchor))}
              >
                {step.title}
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
