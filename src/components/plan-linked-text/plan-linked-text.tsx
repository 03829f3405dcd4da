import { parsePlanLinks } from '@machines/content/plan-link'
import { jumpOnClick } from '@/components/contents-list/jump'
import { planStepAnchor, useShownPlanSteps } from '@/lib/plan-anchor/plan-anchor'

/**
 * Content text with its plan links (`[words](plan:step-id)`) drawn as links to the step's row
 * in "Your procurement plan". A step the plan on the page does not show (or a plan not loaded
 * yet) leaves its words plain, so no link points at nothing.
 */
export function PlanLinkedText({ text }: { text: string }) {
  const shown = useShownPlanSteps((s) => s.ids)
  return (
    <>
      {parsePlanLinks(text).map((segment, i) => {
        if (!('step' in segment) || !shown.has(segment.step)) return segment.text
        const anchor = planStepAnchor(segment.step)
        return (
          <a
            // The segments of one sentence never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity here
            key={i}
            className="govuk-link"
            href={`#${anchor}`}
            onClick={jumpOnClick(() => document.getElementById(anchor))}
          >
            {segment.text}
          </a>
        )
      })}
    </>
  )
}
