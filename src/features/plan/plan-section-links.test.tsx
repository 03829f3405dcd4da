// @vitest-environment jsdom
// Issue 17: next steps name the plan's steps. The plan's rows are the links' targets.
import { render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { planStepAnchor, useShownPlanSteps } from '@/lib/plan-anchor/plan-anchor'
import PlanSection from './plan-section'
import { callOff, england, resetPlanTest } from './plan-test-cases'

afterEach(resetPlanTest)

describe('PlanSection rows as link targets', () => {
  it('gives each row its anchor id, focusable by script, and states its rule above the sources', () => {
    const { container } = render(
      <PlanSection result={callOff} answers={england} today="2027-07-01" />,
    )
    const row = container.querySelector('[data-step="pa.standstill.voluntary"]') as HTMLElement
    expect(row.id).toBe(planStepAnchor('pa.standstill.voluntary'))
    expect(row.tabIndex).toBe(-1)
    const rule = row.querySelector('.app-plan__rule')
    expect(rule?.textContent).toMatch(/^At least 8 working days from “Contract award notice”/)
    expect(rule?.nextElementSibling?.textContent).toMatch(/PA 2023 s\.51/)
  })

  it('tells the page which steps it shows, and none once it is gone', () => {
    const { unmount } = render(
      <PlanSection result={callOff} answers={england} today="2027-07-01" />,
    )
    const shown = useShownPlanSteps.getState().ids
    expect(shown.has('pa.uk6')).toBe(true)
    expect(shown.has('pa.standstill.voluntary')).toBe(true)
    expect(shown.has('pa.standstill.mandatory')).toBe(false)
    expect([...shown].some((id) => id.includes('#'))).toBe(false)
    unmount()
    expect(useShownPlanSteps.getState().ids.size).toBe(0)
  })
})
