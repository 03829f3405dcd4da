// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { examplesOf } from '../examples'
import { Radios, type RadiosProps } from './radios'
import { radiosExamples as examples } from './radios.examples'

afterEach(cleanup)

const radiosIn = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLInputElement>('input.govuk-radios__input'),
]

describe('Radios: every example', () => {
  it.each(examplesOf<RadiosProps>(examples))('%s', (_name, { props }) => {
    const { container } = render(<Radios {...props} />)
    const all = [...props.options, ...(props.notSure ? [props.notSure] : [])]

    // A fieldset whose legend holds the page's h1, which can take focus.
    const fieldset = container.querySelector('fieldset') as HTMLFieldSetElement
    expect(fieldset.className).toBe('govuk-fieldset')
    const legend = fieldset.querySelector(':scope > legend')
    expect(legend?.className).toBe('govuk-fieldset__legend govuk-fieldset__legend--l')
    const h1 = legend?.querySelector(':scope > h1.govuk-fieldset__heading') as HTMLElement
    expect(h1.textContent).toBe(props.heading)
    expect(h1.getAttribute('tabindex')).toBe('-1')

    // One radio per option, in order, each named for the question and labelled.
    const radios = radiosIn(container)
    expect(radios.map((r) => [r.type, r.name, r.value])).toEqual(
      all.map((o) => ['radio', props.name, o.value]),
    )
    for (const option of all) {
      expect(screen.getByLabelText(option.label)).toHaveProperty('value', option.value)
    }

    // The first radio's id is the question's (error summaries link to it); ids are unique.
    expect(radios[0]?.id).toBe(props.name)
    expect(new Set(container.querySelectorAll('[id]')).size).toBe(
      new Set([...container.querySelectorAll('[id]')].map((e) => e.id)).size,
    )

    // Only the chosen option, if it is one of them, is checked.
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(
      all.some((o) => o.value === props.checked) ? [props.checked] : [],
    )

    // The fieldset is described by the hint, then the error, and by nothing else.
    const describedBy = fieldset.getAttribute('aria-describedby')
    const expected = [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`]
    expect(describedBy?.split(' ') ?? []).toEqual(expected.filter(Boolean))
    for (const id of describedBy?.split(' ') ?? [])
      expect(document.getElementById(id)).not.toBeNull()

    // Option hints, when shown, describe their own radio.
    const hintsShown = props.showOptionHints !== false
    for (const [index, option] of all.entries()) {
      const radio = radios[index] as HTMLInputElement
      const hintId = radio.getAttribute('aria-describedby')
      if (hintsShown && option.hint) {
        expect(hintId).toBe(`${radio.id}-item-hint`)
        expect(document.getElementById(hintId as string)?.textContent).toBe(option.hint)
        expect(document.getElementById(hintId as string)?.className).toBe(
          'govuk-hint govuk-radios__hint',
        )
      } else {
        expect(hintId).toBeNull()
      }
    }
    if (!hintsShown) expect(container.querySelector('.govuk-radios__hint')).toBeNull()

    // The error marks the group and reads "Error: …".
    const group = container.firstElementChild as HTMLElement
    expect(group.classList.contains('govuk-form-group')).toBe(true)
    expect(group.classList.contains('govuk-form-group--error')).toBe(Boolean(props.error))
    const message = container.querySelector('.govuk-error-message')
    if (props.error) {
      expect(message?.id).toBe(`${props.name}-error`)
      expect(message?.textContent).toBe(`Error: ${props.error}`)
      expect(message?.querySelector('.govuk-visually-hidden')?.textContent).toBe('Error:')
    } else {
      expect(message).toBeNull()
    }

    // "Not sure" comes last, after the divider.
    const divider = container.querySelector('.govuk-radios__divider')
    if (props.notSure) {
      expect(divider?.textContent).toBe('or')
      expect(divider?.nextElementSibling?.querySelector('input')?.value).toBe(props.notSure.value)
      expect(divider?.nextElementSibling?.nextElementSibling).toBeNull()
    } else {
      expect(divider).toBeNull()
    }
  })
})

describe('Radios: what particular examples promise', () => {
  it('default: ids follow GOV.UK’s pattern (the name, then -2, -3)', () => {
    const { container } = render(<Radios {...examples.default.props} />)
    expect(radiosIn(container).map((r) => r.id)).toEqual([
      'jurisdiction',
      'jurisdiction-2',
      'jurisdiction-3',
    ])
    for (const label of container.querySelectorAll('label')) {
      expect(label.className).toBe('govuk-label govuk-radios__label')
    }
    expect(container.querySelector('.govuk-radios')?.getAttribute('data-module')).toBe(
      'govuk-radios',
    )
  })

  it('with hint and error: the fieldset, named by its legend, names the hint and then the error', () => {
    render(<Radios {...examples['with hint and error'].props} />)
    // `hidden: true` skips jsdom's slow style checks; nothing here is hidden.
    const fieldset = screen.getByRole('group', {
      name: 'Where is your organisation?',
      hidden: true,
    })
    expect(fieldset.getAttribute('aria-describedby')).toBe('jurisdiction-hint jurisdiction-error')
    expect(document.getElementById('jurisdiction-hint')?.className).toBe('govuk-hint')
  })

  it('with option hints and not sure: the "not sure" radio is third and has its hint', () => {
    render(<Radios {...examples['with option hints and not sure'].props} />)
    const notSure = screen.getByLabelText('I’m not sure')
    expect(notSure.id).toBe('health-care-3')
    expect(notSure.getAttribute('aria-describedby')).toBe('health-care-3-item-hint')
    expect(screen.getByLabelText('No').getAttribute('aria-describedby')).toBeNull()
  })

  it('checked: the chosen radio is what the form submits', () => {
    const { container } = render(
      <form>
        <Radios {...examples.checked.props} />
      </form>,
    )
    const form = container.querySelector('form') as HTMLFormElement
    expect(new FormData(form).get('jurisdiction')).toBe('wales')
    fireEvent.click(screen.getByLabelText('Scotland'))
    expect(new FormData(form).get('jurisdiction')).toBe('scotland')
  })

  it('without a choice, the form submits no value for the question', () => {
    const { container } = render(
      <form>
        <Radios {...examples.default.props} />
      </form>,
    )
    expect(
      new FormData(container.querySelector('form') as HTMLFormElement).get('jurisdiction'),
    ).toBe(null)
  })

  it('headingRef reaches the h1, so a page can focus it', () => {
    const ref = createRef<HTMLHeadingElement>()
    render(<Radios {...examples.default.props} headingRef={ref} />)
    ref.current?.focus()
    expect(document.activeElement).toBe(document.querySelector('h1'))
  })
})
