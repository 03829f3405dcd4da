// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { examplesOf } from '../examples'
import { DateInput, type DateInputProps } from './date-input'
import { dateInputExamples as examples } from './date-input.examples'

afterEach(cleanup)

const parts = [
  ['day', 'Day', 2],
  ['month', 'Month', 2],
  ['year', 'Year', 4],
] as const

describe('DateInput: every example', () => {
  it.each(examplesOf<DateInputProps>(examples))('%s', (_name, { props }) => {
    const { container } = render(<DateInput {...props} />)
    const fieldset = container.querySelector('fieldset') as HTMLFieldSetElement
    expect(fieldset.className).toBe('govuk-fieldset')
    const legend = fieldset.querySelector(':scope > legend')
    expect(legend?.className).toBe('govuk-fieldset__legend govuk-fieldset__legend--m')
    expect(legend?.textContent).toBe(props.legend)

    // Day, month and year, each labelled, named `<prefix>-<part>`, with a numeric keyboard.
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('.govuk-date-input input')]
    expect(inputs.map((i) => i.name)).toEqual(parts.map(([part]) => `${props.namePrefix}-${part}`))
    for (const [part, label, width] of parts) {
      const input = screen.getByLabelText(label) as HTMLInputElement
      expect(input.id).toBe(`${props.namePrefix}-${part}`)
      expect(input.name).toBe(`${props.namePrefix}-${part}`)
      expect(input.type).toBe('text')
      expect(input.getAttribute('inputmode')).toBe('numeric')
      expect(input.value).toBe(props.values?.[part] ?? '')
      expect(input.className).toBe(
        `govuk-input govuk-date-input__input govuk-input--width-${width}${props.error ? ' govuk-input--error' : ''}`,
      )
      expect(input.closest('.govuk-date-input__item')).not.toBeNull()
    }

    // The fieldset is described by the hint, then the error, and by nothing else.
    const describedBy = fieldset.getAttribute('aria-describedby')
    const expected = [
      props.hint && `${props.namePrefix}-hint`,
      props.error && `${props.namePrefix}-error`,
    ]
    expect(describedBy?.split(' ') ?? []).toEqual(expected.filter(Boolean))
    for (const id of describedBy?.split(' ') ?? [])
      expect(document.getElementById(id)).not.toBeNull()

    const group = container.firstElementChild as HTMLElement
    expect(group.className).toBe(`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`)
    const message = container.querySelector('.govuk-error-message')
    if (props.error) {
      expect(message?.id).toBe(`${props.namePrefix}-error`)
      expect(message?.textContent).toBe(`Error: ${props.error}`)
      expect(message?.querySelector('.govuk-visually-hidden')?.textContent).toBe('Error:')
    } else {
      expect(message).toBeNull()
    }
  })
})

describe('DateInput: what particular examples promise', () => {
  it('with date: the form submits startDate-day, -month and -year', () => {
    const { container } = render(
      <form>
        <DateInput {...examples['with date'].props} />
      </form>,
    )
    const data = new FormData(container.querySelector('form') as HTMLFormElement)
    expect([...data.entries()]).toEqual([
      ['startDate-day', '7'],
      ['startDate-month', '3'],
      ['startDate-year', '2025'],
    ])
  })

  it('with error: the fieldset is described by "startDate-hint startDate-error", and all three fields are in error', () => {
    const { container } = render(<DateInput {...examples['with error'].props} />)
    expect(container.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe(
      'startDate-hint startDate-error',
    )
    expect(container.querySelectorAll('input.govuk-input--error')).toHaveLength(3)
    // The error summary links here.
    expect(document.getElementById('startDate-day')).not.toBeNull()
  })

  it('without hint or values: the fieldset has no description', () => {
    const { container } = render(<DateInput {...examples['without hint or values'].props} />)
    expect(container.querySelector('fieldset')?.hasAttribute('aria-describedby')).toBe(false)
    expect(document.getElementById('endDate-day')).toHaveProperty('value', '')
  })
})
