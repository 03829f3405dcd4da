import { beforeEach, describe, expect, it } from 'vitest'
import { planStepAnchor, setShownPlanSteps, useShownPlanSteps } from './plan-anchor'

describe('plan step anchors', () => {
  beforeEach(() => setShownPlanSteps([]))

  it('gives each step id a usable, distinct element id', () => {
    expect(planStepAnchor('pa.standstill.mandatory')).toBe('plan-step-pa-standstill-mandatory')
    expect(planStepAnchor('pa.uk6')).not.toBe(planStepAnchor('pa.uk7'))
    expect(planStepAnchor('pa.uk6')).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('records the steps the plan shows, keeping the same set when nothing changed', () => {
    setShownPlanSteps(['pa.uk6', 'pa.entry'])
    const first = useShownPlanSteps.getState().ids
    expect([...first]).toEqual(['pa.uk6', 'pa.entry'])
    setShownPlanSteps(['pa.entry', 'pa.uk6'])
    expect(useShownPlanSteps.getState().ids).toBe(first)
    setShownPlanSteps([])
    expect(useShownPlanSteps.getState().ids.size).toBe(0)
  })
})
