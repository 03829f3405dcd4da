// What the plan's component and unit tests share: a result to plan for, the answers of an
// English council, and a clean page and record draft after each test.
import type { Result } from '@machines/result'
import { cleanup } from '@testing-library/react'
import { useRecordDraft } from '@/lib/record-draft/record-draft'

/** A complete result with only what the plan reads from it. */
export const planResult = (route: string, variant: string | null, regime: Result['regime']) =>
  ({ status: 'complete', route, variant, regime }) as Result

/** A call-off from a framework under the Procurement Act 2023. */
export const callOff = planResult('framework-call-off', 'standard', 'pa-2023')

/** An English council's answers, which settle the plan's calendar and platform. */
export const england = { jurisdiction: 'england', 'authority-type': 'local-authority' } as const

/** For `afterEach`: unmounts what a test rendered and forgets its plan settings and dates. */
export function resetPlanTest() {
  cleanup()
  useRecordDraft.getState().reset()
}
