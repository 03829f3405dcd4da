import type { Answers } from '@machines/answers'
import type { Result } from '@machines/result'
import { lazy, Suspense } from 'react'

// The plan engine and its bank holiday calendars load only on a result page, after the result.
const PlanSection = lazy(() => import('./plan-section'))

/** Mounts "Your procurement plan" on a result page, loaded on demand. */
export function PlanSectionLoader(props: { result: Result; answers: Answers; today: string }) {
  if (props.result.status !== 'complete' || !props.result.route) return null
  return (
    <Suspense fallback={null}>
      <PlanSection {...props} />
    </Suspense>
  )
}
