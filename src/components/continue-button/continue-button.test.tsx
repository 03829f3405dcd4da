// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { examplesOf } from '../examples'
import { answersOnSubmit, ContinueButton, type ContinueButtonProps } from './continue-button'
import { continueButtonExamples as examples } from './continue-button.examples'

afterEach(cleanup)

function question(onContinue: (form: HTMLFormElement) => void, props: ContinueButtonProps = {}) {
  render(
    <form noValidate onSubmit={answersOnSubmit(onContinue)} data-question="jurisdiction">
      <input name="jurisdiction" type="radio" value="wales" defaultChecked aria-label="Wales" />
      <ContinueButton {...props} />
    </form>,
  )
  return document.querySelector('form') as HTMLFormElement
}

describe('ContinueButton: every example', () => {
  it.each(examplesOf<ContinueButtonProps>(examples))('%s', (_name, { props }) => {
    const onContinue = vi.fn()
    question(onContinue, props)
    // Acceptance tests press the button by role and name: both are public.
    const button = screen.getByRole('button', { name: 'Continue', hidden: true })
    expect(button.getAttribute('type')).toBe('submit')
    expect(button.className).toBe('govuk-button')
    expect(button.getAttribute('data-module')).toBe('govuk-button')
    expect(button.hasAttribute('name')).toBe(false)
    expect(onContinue).not.toHaveBeenCalled()
  })
})

describe('ContinueButton: what the example promises', () => {
  it('a click submits the form, which answers once, with the form, and cancels the page load', () => {
    const onContinue = vi.fn()
    const form = question(onContinue)
    let loadPrevented = false
    // The document sees the submit after React's handler on the root has run.
    const seen = (event: Event) => {
      loadPrevented = event.defaultPrevented
    }
    document.addEventListener('submit', seen)
    fireEvent.click(screen.getByText('Continue'))
    document.removeEventListener('submit', seen)
    expect(onContinue).toHaveBeenCalledTimes(1)
    expect(onContinue).toHaveBeenCalledWith(form)
    expect(new FormData(onContinue.mock.calls[0]?.[0]).get('jurisdiction')).toBe('wales')
    expect(loadPrevented).toBe(true)
  })

  it('any other submit (Enter in a field) answers the form the same way, and is cancelled', () => {
    const onContinue = vi.fn()
    const form = question(onContinue)
    expect(fireEvent.submit(form)).toBe(false)
    expect(onContinue).toHaveBeenCalledTimes(1)
    expect(onContinue).toHaveBeenCalledWith(form)
  })

  it('outside a form, a click does nothing', () => {
    const onContinue = vi.fn()
    render(<ContinueButton />)
    fireEvent.click(screen.getByText('Continue'))
    expect(onContinue).not.toHaveBeenCalled()
  })
})
