// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { examplesOf } from '../examples'
import { ErrorSummary, type ErrorSummaryProps } from './error-summary'
import { errorSummaryExamples as examples } from './error-summary.examples'

afterEach(cleanup)

describe('ErrorSummary: every example', () => {
  it.each(examplesOf<ErrorSummaryProps>(examples))('%s', (_name, { props }) => {
    const { container } = render(<ErrorSummary {...props} />)
    if (props.errors.length === 0) {
      expect(container.innerHTML).toBe('')
      return
    }
    const box = container.firstElementChild as HTMLElement
    expect(box.className).toBe('govuk-error-summary')
    expect(box.getAttribute('data-module')).toBe('govuk-error-summary')
    // It takes focus as it appears, so a screen reader reads it first.
    expect(box.getAttribute('tabindex')).toBe('-1')
    expect(document.activeElement).toBe(box)

    const alert = box.querySelector(':scope > [role="alert"]') as HTMLElement
    const title = alert.querySelector(':scope > h2')
    expect(title?.className).toBe('govuk-error-summary__title')
    expect(title?.textContent).toBe('There is a problem')
    const list = alert.querySelector('.govuk-error-summary__body > ul')
    expect(list?.className).toBe('govuk-list govuk-error-summary__list')
    const links = [...(list?.querySelectorAll(':scope > li > a') ?? [])]
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual(
      props.errors.map((e) => [e.href, e.text]),
    )
  })
})

describe('ErrorSummary: what particular examples promise', () => {
  it('one error: its link moves focus to the field and stays on the page', () => {
    render(
      <>
        <ErrorSummary {...examples['one error'].props} />
        <input id="jurisdiction" type="radio" name="jurisdiction" value="england" />
      </>,
    )
    const link = screen.getByText('Select where your organisation is')
    // fireEvent returns false when the default (following the link) was prevented.
    expect(fireEvent.click(link)).toBe(false)
    expect(document.activeElement?.id).toBe('jurisdiction')
  })

  it('two errors: each link goes to its own field, in order', () => {
    render(
      <>
        <ErrorSummary {...examples['two errors'].props} />
        <input id="contract-value" />
        <input id="startDate-day" />
      </>,
    )
    fireEvent.click(screen.getByText('The start date must include a month and a year'))
    expect(document.activeElement?.id).toBe('startDate-day')
    fireEvent.click(screen.getByText('Enter the value as a number, like 250000 or £250,000'))
    expect(document.activeElement?.id).toBe('contract-value')
  })

  it('a field inside a closed details: the link opens it and focuses the field', () => {
    const { container } = render(
      <>
        <ErrorSummary {...examples['one error'].props} />
        <details>
          <summary>More</summary>
          <input id="jurisdiction" />
        </details>
      </>,
    )
    fireEvent.click(screen.getByText('Select where your organisation is'))
    expect(container.querySelector('details')?.open).toBe(true)
    expect(document.activeElement?.id).toBe('jurisdiction')
  })

  it('link to a missing field: nothing moves and nothing throws', () => {
    const { container } = render(<ErrorSummary {...examples['link to a missing field'].props} />)
    expect(fireEvent.click(screen.getByText('Something is wrong'))).toBe(false)
    expect(document.activeElement).toBe(container.firstElementChild)
  })

  it('takes focus again on a new submit (focusKey), even with the same errors', () => {
    const { props } = examples['one error']
    const { container, rerender } = render(
      <>
        <ErrorSummary {...props} />
        <input id="jurisdiction" />
      </>,
    )
    fireEvent.click(screen.getByText('Select where your organisation is'))
    expect(document.activeElement?.id).toBe('jurisdiction')
    rerender(
      <>
        <ErrorSummary {...props} focusKey={2} />
        <input id="jurisdiction" />
      </>,
    )
    expect(document.activeElement).toBe(container.firstElementChild)
  })

  it('does not take focus back on a render with the same submit', () => {
    const { props } = examples['one error']
    const { rerender } = render(
      <>
        <ErrorSummary {...props} />
        <input id="jurisdiction" />
      </>,
    )
    fireEvent.click(screen.getByText('Select where your organisation is'))
    rerender(
      <>
        <ErrorSummary {...props} errors={[...props.errors]} />
        <input id="jurisdiction" />
      </>,
    )
    expect(document.activeElement?.id).toBe('jurisdiction')
  })

  it('no errors → errors: appears and takes focus; errors → none: goes', () => {
    const { container, rerender } = render(<ErrorSummary {...examples['no errors'].props} />)
    expect(container.innerHTML).toBe('')
    rerender(<ErrorSummary {...examples['two errors'].props} />)
    expect(document.activeElement).toBe(container.firstElementChild)
    rerender(<ErrorSummary {...examples['no errors'].props} />)
    expect(container.innerHTML).toBe('')
  })
})
