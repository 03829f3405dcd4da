// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { planStepAnchor } from '@/lib/plan-anchor/plan-anchor'
import { setPlanDraft } from '@/lib/record-draft/plan-draft'
import PlanNextDates from './plan-next-dates'
import { callOff, england, resetPlanTest } from './plan-test-cases'

afterEach(resetPlanTest)

describe('PlanNextDates', () => {
  it('shows nothing while no step of the plan has a date', () => {
    const { container } = render(
      <PlanNextDates result={callOff} answers={england} today="2027-07-01" />,
    )
    expect(container.textContent).toBe('')
  })

  it('shows the next three dates from the pinned dates the plan section keeps, each linking to its row', () => {
    render(<PlanNextDates result={callOff} answers={england} today="2027-07-01" />)
    act(() => setPlanDraft({ pinned: { 'pa.uk6': '2027-07-08' } }))
    expect(screen.getByRole('heading', { name: 'Next dates' })).toBeTruthy()
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(items[0]!.textContent).toMatch(/^8 July 2027 \(your date\)/)
    const standstill = items.find((li) => li.dataset.step === 'pa.standstill.voluntary')!
    expect(standstill.textContent).toMatch(/20 July 2027/)
    expect(within(standstill).getByRole('link').getAttribute('href')).toBe(
      `#${planStepAnchor('pa.standstill.voluntary')}`,
    )
  })
})
