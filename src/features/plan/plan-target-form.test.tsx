// @vitest-environment jsdom
import { planFor } from '@machines/plan/plan-for'
import type { Plan, Target } from '@machines/plan/types'
import type { Result } from '@machines/result'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PlanTargetForm } from './plan-target-form'

afterEach(cleanup)

const england = { jurisdiction: 'england', 'authority-type': 'local-authority' } as const
const lightTouch = {
  status: 'complete',
  route: 'light-touch-flexible',
  variant: 'conventional',
  regime: 'pa-2023',
} as Result
const planOf = (r: Result, target?: Target, today = '2026-12-02') =>
  planFor(r, { answers: england, today, ...(target ? { target } : {}) }) as Plan

function type(container: HTMLElement, [day, month, year]: [string, string, string]) {
  for (const [part, value] of [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const)
    fireEvent.change(container.querySelector(`#plan-target-${part}`) as HTMLInputElement, {
      target: { value },
    })
}
const submit = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Plan back from this date' }))

describe('PlanTargetForm', () => {
  it('gives the target on the day of entry for "must start by" and on the earliest entry for "ends on"', () => {
    const onChange = vi.fn()
    const { container } = render(
      <PlanTargetForm plan={planOf(lightTouch)} value={undefined} onChange={onChange} />,
    )
    fireEvent.click(screen.getByLabelText('The new contract must start by'))
    type(container, ['1', '4', '2027'])
    submit()
    expect(onChange).toHaveBeenLastCalledWith({ step: 'pa.entry.actual', date: '2027-04-01' })
    fireEvent.click(screen.getByLabelText('The current contract ends on'))
    submit()
    expect(onChange).toHaveBeenLastCalledWith({ step: 'pa.entry', date: '2027-04-01' })
  })

  it('refuses a missing choice and a date that is not real, in an error summary linked to each field', () => {
    const onChange = vi.fn()
    const { container } = render(
      <PlanTargetForm plan={planOf(lightTouch)} value={undefined} onChange={onChange} />,
    )
    type(container, ['30', '2', '2027'])
    submit()
    expect(onChange).not.toHaveBeenCalled()
    const summary = screen.getByRole('alert')
    const links = within(summary)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')])
    expect(links).toEqual([
      ['Select which date you have', '#plan-target-kind'],
      ['The date must be a real date, like 1 4 2027', '#plan-target-day'],
    ])
    expect(container.querySelector('#plan-target-error')?.textContent).toMatch(
      /must be a real date/,
    )
    expect(container.querySelector('#plan-target-kind-error')?.textContent).toMatch(/Select which/)
  })

  it('asks for the date when it is empty', () => {
    const onChange = vi.fn()
    render(<PlanTargetForm plan={planOf(lightTouch)} value={undefined} onChange={onChange} />)
    fireEvent.click(screen.getByLabelText('The current contract ends on'))
    submit()
    expect(onChange).not.toHaveBeenCalled()
    expect(
      within(screen.getByRole('alert')).getByText('Enter the date to work back from'),
    ).toBeTruthy()
  })

  it('shows the target it is given, says what the dates now mean, and clears it', () => {
    const onChange = vi.fn()
    const target = { step: 'pa.entry', date: '2027-04-01' }
    const { container } = render(
      <PlanTargetForm plan={planOf(lightTouch, target)} value={target} onChange={onChange} />,
    )
    expect(screen.getByRole('status').textContent).toMatch(
      /Working back from 1 April 2027: the day the current contract ends/,
    )
    expect(
      (screen.getByLabelText('The current contract ends on') as HTMLInputElement).checked,
    ).toBe(true)
    expect((container.querySelector('#plan-target-month') as HTMLInputElement).value).toBe('4')
    fireEvent.click(screen.getByRole('button', { name: 'Clear this date' }))
    expect(onChange).toHaveBeenLastCalledWith(undefined)
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Plan back from this date' }),
    )
  })

  it('marks the date field when the statutory minimums cannot fit before it', () => {
    const target = { step: 'pa.entry', date: '2027-04-01' }
    const { container } = render(
      <PlanTargetForm
        plan={planOf(lightTouch, target, '2027-03-25')}
        value={target}
        onChange={vi.fn()}
      />,
    )
    expect(container.querySelector('#plan-target-error')?.textContent).toMatch(
      /cannot fit before this date: the latest date for “Contract award notice” has already passed/,
    )
  })

  it('is not offered when the plan has no earliest entry into a contract', () => {
    const userChoice = { ...lightTouch, route: 'direct-award-user-choice', variant: null } as Result
    const { container } = render(
      <PlanTargetForm plan={planOf(userChoice)} value={undefined} onChange={vi.fn()} />,
    )
    expect(container.innerHTML).toBe('')
  })
})
