// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { planStepAnchor, setShownPlanSteps } from '@/lib/plan-anchor/plan-anchor'
import { PlanLinkedText } from './plan-linked-text'

const text = 'Publish it, then wait for [the standstill](plan:pa.standstill.mandatory) to end.'

describe('PlanLinkedText', () => {
  afterEach(() => {
    cleanup()
    act(() => setShownPlanSteps([]))
  })

  it('shows the words plain while the plan does not show the step', () => {
    const { container } = render(<PlanLinkedText text={text} />)
    expect(container.textContent).toBe('Publish it, then wait for the standstill to end.')
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('links the words to the step row once the plan shows it, and moves focus there', async () => {
    act(() => setShownPlanSteps(['pa.standstill.mandatory']))
    render(
      <>
        <PlanLinkedText text={text} />
        <table>
          <tbody>
            <tr id={planStepAnchor('pa.standstill.mandatory')}>
              <td>Standstill ends</td>
            </tr>
          </tbody>
        </table>
      </>,
    )
    const link = screen.getByRole('link', { name: 'the standstill' })
    expect(link.getAttribute('href')).toBe('#plan-step-pa-standstill-mandatory')
    Element.prototype.scrollIntoView ??= () => {}
    await userEvent.click(link)
    expect(document.activeElement?.id).toBe('plan-step-pa-standstill-mandatory')
  })
})
