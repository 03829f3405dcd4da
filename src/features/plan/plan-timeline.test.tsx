// @vitest-environment jsdom
import { plan } from '@machines/plan/plan'
import type { PlanInput } from '@machines/plan/types'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PlanTimeline } from './plan-timeline'

afterEach(cleanup)

/** A PA 2023 open procedure whose tenders fall due on Christmas Day 2026. */
const openProcedure: PlanInput = {
  route: 'competitive-procedure',
  variant: 'conventional',
  regime: 'pa-2023',
  jurisdiction: 'england',
  authorityType: 'local-authority',
  thresholdClass: 'sub-central',
  today: '2026-12-02',
  options: { procedure: 'open', electronicSubmission: true, documentsWithNotice: true },
  pinned: { 'pa.uk4': '2026-11-30' },
}
const steps = plan(openProcedure, '2026-12-02').steps

const dates = () =>
  within(screen.getByRole('list', { name: 'Dates in order' }))
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.getAttribute('aria-label') === 'Dates in order')

describe('PlanTimeline', () => {
  it('lists the dates in order, with today in its place, marked as the current date', () => {
    render(<PlanTimeline steps={steps} today="2026-12-02" />)
    const items = dates()
    const times = items.map((li) => li.querySelector('time')?.getAttribute('datetime'))
    expect(times).toEqual([...times].sort())
    expect(times[0]).toBe('2026-11-30')
    const today = items.find((li) => li.getAttribute('aria-current') === 'date')
    expect(today?.textContent).toBe('Today, 2 December 2026')
    expect(items.indexOf(today as HTMLElement)).toBe(1)
  })

  it('names every step of a date with the kind of date it is', () => {
    const { container } = render(<PlanTimeline steps={steps} today="2026-12-02" />)
    const award = container.querySelector('[data-timeline-step="pa.uk6"]') as HTMLElement
    expect(award.closest('[data-date]')?.getAttribute('data-date')).toBe('2026-12-29')
    expect(award.textContent).toMatch(/^Contract award notice \(earliest lawful date, proposed\)/)
    const notice = container.querySelector('[data-timeline-step="pa.uk4"]') as HTMLElement
    expect(notice.textContent).toBe('Tender notice (your date)')
  })

  it('says which weekend and bank holidays moved a date, in the text a date’s button describes', () => {
    render(<PlanTimeline steps={steps} today="2026-12-02" />)
    const button = screen.getByRole('button', { name: '29 December 2026' })
    const details = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(details?.textContent).toContain(
      'Moved from Saturday 26 December 2026 to the next working day, past the weekend and Boxing Day (substitute day) on Monday 28 December 2026.',
    )
    const standstill = screen.getByRole('button', { name: '11 January 2027' })
    expect(
      document.getElementById(standstill.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain(
      "The count of working days leaves out the bank holidays New Year's Day on Friday 1 January 2027 and 2nd January (substitute day) (Scotland) on Monday 4 January 2027.",
    )
  })

  it('describes the tendering period and the standstill as periods with their dates', () => {
    render(<PlanTimeline steps={steps} today="2026-12-02" />)
    const periods = within(screen.getByRole('list', { name: 'Periods' })).getAllByRole('listitem')
    expect(periods.map((li) => li.textContent)).toEqual([
      'Time for tenders: 30 November 2026 to 25 December 2026 (25 days)',
      'Standstill: 29 December 2026 to 11 January 2027 (8 working days)',
    ])
  })

  it('marks the weekend and bank holiday on the axis while a date has focus, and Escape hides the details', () => {
    const { container } = render(<PlanTimeline steps={steps} today="2026-12-02" />)
    expect(container.querySelectorAll('.app-timeline__off')).toHaveLength(0)
    const button = screen.getByRole('button', { name: '29 December 2026' })
    fireEvent.focus(button)
    const marks = [...container.querySelectorAll('.app-timeline__off')]
    expect(marks.map((m) => m.getAttribute('title'))).toEqual([
      'Saturday',
      'Sunday',
      'Boxing Day (substitute day)',
    ])
    fireEvent.keyDown(button, { key: 'Escape' })
    expect(button.closest('li')?.className).toContain('app-timeline__event--dismissed')
    fireEvent.blur(button)
    expect(container.querySelectorAll('.app-timeline__off')).toHaveLength(0)
  })

  it('shows nothing when no step has a date', () => {
    const undated = plan({ ...openProcedure, pinned: {} }, '2026-12-02').steps
    const { container } = render(<PlanTimeline steps={undated} today="2026-12-02" />)
    expect(container.innerHTML).toBe('')
  })
})
