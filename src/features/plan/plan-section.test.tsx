// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import PlanSection from './plan-section'
import { england, resetPlanTest, planResult as result } from './plan-test-cases'

afterEach(resetPlanTest)

const rowOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-step="${id}"]`) as HTMLElement

describe('PlanSection', () => {
  it('lists the steps with their dates, marking proposals, and moves dependent dates when a date is set', () => {
    const { container } = render(
      <PlanSection
        result={result('framework-call-off', 'standard', 'pa-2023')}
        answers={england}
        today="2027-07-01"
      />,
    )
    expect(screen.getByRole('heading', { name: 'Your procurement plan' })).toBeTruthy()
    expect(within(rowOf(container, 'pa.uk7')).getByText('No computed date')).toBeTruthy()
    fireEvent.change(container.querySelector('#plan-pa-uk6-day') as HTMLInputElement, {
      target: { value: '8' },
    })
    fireEvent.change(container.querySelector('#plan-pa-uk6-month') as HTMLInputElement, {
      target: { value: '7' },
    })
    fireEvent.change(container.querySelector('#plan-pa-uk6-year') as HTMLInputElement, {
      target: { value: '2027' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Update the plan' }))
    expect(
      within(rowOf(container, 'pa.standstill.voluntary')).getByText('20 July 2027'),
    ).toBeTruthy()
    expect(within(rowOf(container, 'pa.entry.actual')).getByText(/proposed/)).toBeTruthy()
    expect(within(rowOf(container, 'pa.uk7')).getByText('19 August 2027')).toBeTruthy()
  })

  it('shows the other reading of an UNVERIFIED point beside the date', () => {
    const { container } = render(
      <PlanSection
        result={result('grant', 'subsidy-assessment', 'pa-2023')}
        answers={england}
        today="2027-01-15"
      />,
    )
    for (const [part, value] of [
      ['day', '15'],
      ['month', '1'],
      ['year', '2027'],
    ])
      fireEvent.change(container.querySelector(`#plan-sca-decision-${part}`) as HTMLInputElement, {
        target: { value },
      })
    fireEvent.click(screen.getByRole('button', { name: 'Update the plan' }))
    const row = rowOf(container, 'sca.database')
    expect(within(row).getByText('14 April 2027')).toBeTruthy()
    expect(within(row).getByText(/15 April 2027/)).toBeTruthy()
  })

  it('says why a date is refused, in an error summary linked to the field', () => {
    const { container } = render(
      <PlanSection
        result={result('framework-call-off', 'standard', 'pa-2023')}
        answers={england}
        today="2027-07-01"
      />,
    )
    fireEvent.change(container.querySelector('#plan-pa-uk6-day') as HTMLInputElement, {
      target: { value: '30' },
    })
    fireEvent.change(container.querySelector('#plan-pa-uk6-month') as HTMLInputElement, {
      target: { value: '2' },
    })
    fireEvent.change(container.querySelector('#plan-pa-uk6-year') as HTMLInputElement, {
      target: { value: '2027' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Update the plan' }))
    const summary = screen.getByRole('alert')
    expect(
      within(summary)
        .getByRole('link', { name: /must be a real date/ })
        .getAttribute('href'),
    ).toBe('#plan-pa-uk6-day')
  })

  it('works back from the date the new contract must start by: each earlier step gets its latest date', () => {
    const { container } = render(
      <PlanSection
        result={result('light-touch-flexible', 'conventional', 'pa-2023')}
        answers={england}
        today="2026-12-02"
      />,
    )
    fireEvent.click(screen.getByLabelText('The new contract must start by'))
    for (const [part, value] of [
      ['day', '1'],
      ['month', '4'],
      ['year', '2027'],
    ])
      fireEvent.change(container.querySelector(`#plan-target-${part}`) as HTMLInputElement, {
        target: { value },
      })
    fireEvent.click(screen.getByRole('button', { name: 'Plan back from this date' }))
    // Case B01: eight working days of standstill across Easter 2027 end on 31 March.
    const uk6 = rowOf(container, 'pa.uk6')
    expect(within(uk6).getByText('18 March 2027')).toBeTruthy()
    expect(within(uk6).getByText(/latest date/)).toBeTruthy()
    expect(within(rowOf(container, 'pa.entry.actual')).getByText('1 April 2027')).toBeTruthy()
    // The tendering period has no statutory minimum: no date, and a word on what to allow.
    const deadline = rowOf(container, 'pa.tender-deadline')
    expect(within(deadline).getByText('No computed date')).toBeTruthy()
    expect(
      within(deadline).getByText(
        'No statutory period: allow your own period before “Contract award notice”.',
      ),
    ).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Clear this date' }))
    expect(within(rowOf(container, 'pa.uk6')).queryByText('18 March 2027')).toBeNull()
  })

  it('says in the error summary when a latest date has already passed', () => {
    const { container } = render(
      <PlanSection
        result={result('light-touch-flexible', 'conventional', 'pa-2023')}
        answers={england}
        today="2027-03-25"
      />,
    )
    fireEvent.click(screen.getByLabelText('The current contract ends on'))
    for (const [part, value] of [
      ['day', '1'],
      ['month', '4'],
      ['year', '2027'],
    ])
      fireEvent.change(container.querySelector(`#plan-target-${part}`) as HTMLInputElement, {
        target: { value },
      })
    fireEvent.click(screen.getByRole('button', { name: 'Plan back from this date' }))
    const link = within(screen.getByRole('alert')).getByRole('link', {
      name: /Contract award notice: its latest date, 18 March 2027, has already passed/,
    })
    expect(link.getAttribute('href')).toBe('#plan-target-day')
  })

  it('says so when the route has no statutory notices', () => {
    render(
      <PlanSection
        result={result('grant', 'not-a-subsidy', 'pa-2023')}
        answers={england}
        today="2027-01-15"
      />,
    )
    expect(screen.getByText(/No statutory notice or period/)).toBeTruthy()
  })

  it('lists a joint venture’s undated steps, and its subsidy steps as conditional', () => {
    const { container } = render(
      <PlanSection
        result={result('joint-venture-partnership', null, 'pa-2023')}
        answers={england}
        today="2027-01-15"
      />,
    )
    expect(screen.getAllByText('No procurement notices.')).toHaveLength(1)
    // The undated steps first, then the ones that may carry dates under their own heading.
    expect(
      screen.getByRole('heading', { name: 'Steps that may have statutory dates' }),
    ).toBeTruthy()
    const list = container.querySelector('.app-plan__none ul') as HTMLElement
    expect(within(list).getByText(/funders’ conditions/)).toBeTruthy()
    expect(
      within(rowOf(container, 'sca.database')).getByText(
        /Required if the contribution is a subsidy/,
      ),
    ).toBeTruthy()
  })

  it('lists public-public cooperation’s optional voluntary notice under its one line', () => {
    const { container } = render(
      <PlanSection
        result={result('public-public-exempt', 'horizontal', 'pa-2023')}
        answers={england}
        today="2027-01-15"
      />,
    )
    expect(screen.getAllByText(/^No statutory procurement notice/)).toHaveLength(1)
    expect(container.querySelector('table')).toBeNull()
    const item = within(container.querySelector('.app-plan__none ul') as HTMLElement).getByText(
      /voluntary notice/,
    )
    expect(item.textContent).toMatch(/\(Optional\)/)
  })

  it('flags in its row a latest date that has already passed', () => {
    const { container } = render(
      <PlanSection
        result={result('grant', 'subsidy-assessment', 'pa-2023')}
        answers={england}
        today="2027-06-01"
      />,
    )
    for (const [part, value] of [
      ['day', '15'],
      ['month', '1'],
      ['year', '2027'],
    ])
      fireEvent.change(container.querySelector(`#plan-sca-decision-${part}`) as HTMLInputElement, {
        target: { value },
      })
    fireEvent.click(screen.getByRole('button', { name: 'Update the plan' }))
    const row = within(rowOf(container, 'sca.database'))
    expect(row.getByText('Date passed').className).toContain('govuk-tag')
    expect(rowOf(container, 'sca.decision').textContent).not.toContain('Date passed')
  })

  it('keeps the pinned dates in the record draft, so they outlive the section', () => {
    const ltf = result('light-touch-flexible', 'conventional', 'pa-2023')
    const { container, unmount } = render(
      <PlanSection result={ltf} answers={england} today="2026-12-02" />,
    )
    for (const [part, value] of [
      ['day', '18'],
      ['month', '3'],
      ['year', '2027'],
    ])
      fireEvent.change(container.querySelector(`#plan-pa-uk6-${part}`) as HTMLInputElement, {
        target: { value },
      })
    fireEvent.click(screen.getByRole('button', { name: 'Update the plan' }))
    expect(useRecordDraft.getState().draft.plan?.pinned).toEqual({ 'pa.uk6': '2027-03-18' })
    unmount()
    const again = render(<PlanSection result={ltf} answers={england} today="2026-12-02" />)
    expect(within(rowOf(again.container, 'pa.uk6')).getByText('18 March 2027')).toBeTruthy()
    expect(within(rowOf(again.container, 'pa.uk6')).getByText(/pinned|your date/i)).toBeTruthy()
  })

  it('clears the plan when the route changes, so an old target is not "a step of another plan"', () => {
    const ltf = result('light-touch-flexible', 'conventional', 'pa-2023')
    const { rerender } = render(<PlanSection result={ltf} answers={england} today="2026-12-02" />)
    act(() =>
      useRecordDraft.getState().replace({
        notes: {},
        plan: {
          pinned: { 'pa.uk6': '2027-03-18' },
          target: { step: 'pa.entry', date: '2027-04-01' },
        },
        planRoute: 'light-touch-flexible|conventional|pa-2023',
      }),
    )
    rerender(
      <PlanSection
        result={result('grant', 'subsidy-assessment', 'pa-2023')}
        answers={england}
        today="2026-12-02"
      />,
    )
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByText(/not a step of this plan/)).toBeNull()
    const { draft } = useRecordDraft.getState()
    expect(draft.plan).toBeUndefined()
    expect(draft.planRoute).toBe('grant|subsidy-assessment|pa-2023')
  })
})
