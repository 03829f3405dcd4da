// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { examplesOf } from '../examples'
import { ValueInput, type ValueInputProps } from './value-input'
import { valueInputExamples as examples } from './value-input.examples'

afterEach(cleanup)

describe('ValueInput: every example', () => {
  it.each(examplesOf<ValueInputProps>(examples))('%s', (_name, { props }) => {
    const { container } = render(<ValueInput {...props} />)
    const input = screen.getByLabelText(String(props.label)) as HTMLInputElement

    // The label is the page's h1, which can take focus.
    const h1 = container.querySelector('h1') as HTMLHeadingElement
    expect(h1.className).toBe('govuk-label-wrapper')
    expect(h1.getAttribute('tabindex')).toBe('-1')
    expect(h1.querySelector('label')?.className).toBe('govuk-label govuk-label--l')

    // Named and identified by `name`; a text keyboard ("2.4m"); no spelling or autofill.
    expect(input.name).toBe(props.name)
    expect(input.id).toBe(props.name)
    expect(input.type).toBe('text')
    expect(input.getAttribute('inputmode')).toBeNull()
    // The prefix sits before the field, hidden from screen readers.
    const prefix = container.querySelector('.govuk-input__prefix')
    expect(prefix?.textContent ?? undefined).toBe(props.prefix)
    if (props.prefix) expect(prefix?.getAttribute('aria-hidden')).toBe('true')
    // The suffix sits after it, hidden from screen readers too.
    const suffix = container.querySelector('.govuk-input__suffix')
    expect(suffix?.textContent ?? undefined).toBe(props.suffix)
    if (props.suffix) {
      expect(suffix?.getAttribute('aria-hidden')).toBe('true')
      expect(input.nextElementSibling).toBe(suffix)
    }
    expect(input.getAttribute('spellcheck')).toBe('false')
    expect(input.getAttribute('autocomplete')).toBe('off')
    expect(input.value).toBe(props.defaultValue ?? '')

    // Described by the hint, then the error, and by nothing else.
    const describedBy = input.getAttribute('aria-describedby')
    const expected = [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`]
    expect(describedBy?.split(' ') ?? []).toEqual(expected.filter(Boolean))
    if (props.hint)
      expect(document.getElementById(`${props.name}-hint`)?.textContent).toBe(props.hint)

    // The error marks the group and the input, and reads "Error: …".
    const group = container.firstElementChild as HTMLElement
    expect(group.className).toBe(`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`)
    expect(input.className).toBe(
      `govuk-input govuk-input--width-10${props.error ? ' govuk-input--error' : ''}`,
    )
    const message = container.querySelector('.govuk-error-message')
    if (props.error) {
      expect(message?.id).toBe(`${props.name}-error`)
      expect(message?.textContent).toBe(`Error: ${props.error}`)
      expect(message?.querySelector('.govuk-visually-hidden')?.textContent).toBe('Error:')
    } else {
      expect(message).toBeNull()
    }
  })
})

describe('ValueInput: what particular examples promise', () => {
  it('with error: the input is described by "contract-value-hint contract-value-error"', () => {
    render(<ValueInput {...examples['with error'].props} />)
    const input = document.getElementById('contract-value')
    expect(input?.getAttribute('aria-describedby')).toBe('contract-value-hint contract-value-error')
    expect(document.getElementById('contract-value-error')?.textContent).toBe(
      'Error: Enter the value as a number, like 250000 or £250,000',
    )
  })

  it('with value: the form submits it under "contract-value"', () => {
    const { container } = render(
      <form>
        <ValueInput {...examples['with value'].props} />
      </form>,
    )
    const form = container.querySelector('form') as HTMLFormElement
    expect(new FormData(form).get('contract-value')).toBe('250000')
  })

  it('without hint: the input is described by the error alone', () => {
    render(<ValueInput {...examples['without hint'].props} />)
    expect(document.getElementById('annual-value')?.getAttribute('aria-describedby')).toBe(
      'annual-value-error',
    )
    expect(document.getElementById('annual-value-hint')).toBeNull()
  })

  it('the refs reach the h1 and the input', () => {
    const heading = createRef<HTMLHeadingElement>()
    const input = createRef<HTMLInputElement>()
    render(<ValueInput {...examples.default.props} headingRef={heading} inputRef={input} />)
    expect(heading.current?.tagName).toBe('H1')
    expect(input.current?.id).toBe('contract-value')
  })
})
