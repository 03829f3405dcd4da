import type { NoNotices } from '@machines/plan/undated-steps'
import { requirementWords } from '@/lib/plan/plan-words'

/**
 * A route with no procurement notice (issue 17): says so, then lists the steps the law gives no
 * date, each with whether it is needed. Any dated statutory steps follow in the plan's table.
 */
export function PlanNone({ noNotices }: { noNotices: NoNotices }) {
  return (
    <div className="app-plan__none">
      <p className="govuk-body">{noNotices.says}</p>
      {noNotices.steps.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Steps with no statutory date</h3>
          <ul className="govuk-list govuk-list--bullet">
            {noNotices.steps.map((step) => (
              <li key={step.title}>
                {step.title}
                {step.requirement !== 'information' && (
                  <span className="govuk-body-s app-plan__requirement">
                    {' '}
                    ({requirementWords[step.requirement]}
                    {step.condition && <> {step.condition}</>})
                  </span>
                )}
                {step.sources.length > 0 && (
                  <span className="govuk-body-s">
                    {' '}
                    {step.sources.map((s) => `${s.instrument} ${s.provision}`).join('; ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
