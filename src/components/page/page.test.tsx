// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { examplesOf } from '../examples'
import { Page, type PageProps } from './page'
import { pageExamples as examples } from './page.examples'

// The title and the focus move are queued for just after the next frame, the title
// first (the hooks run in that order) and in the same turn, so once the title shows,
// the focus decision has been made too.
const painted = (title: string) => waitFor(() => expect(document.title).toBe(title))

// The router writes `idx` into each history entry; above 0, the person came from
// another page of the app.
const arriveFromAnotherPage = () => window.history.replaceState({ idx: 1 }, '')
const loadFirst = () => window.history.replaceState({ idx: 0 }, '')

beforeEach(() => {
  document.title = ''
  arriveFromAnotherPage()
})
afterEach(cleanup)

describe('Page: every example', () => {
  it.each(examplesOf<PageProps>(examples))('%s', async (_name, { props }) => {
    const { container } = render(<Page {...props} />)
    const h1 = container.querySelector('h1') as HTMLHeadingElement
    expect(container.querySelectorAll('h1')).toHaveLength(1)
    expect(h1.className).toBe('govuk-heading-l')
    expect(h1.getAttribute('tabindex')).toBe('-1')
    expect(h1.textContent).toBe(props.heading ?? props.title)

    // The caption comes just before the h1, the content after it.
    const before = h1.previousElementSibling
    if (props.caption) expect(before?.textContent).toBe('Recommended route')
    else expect(before).toBeNull()
    if (props.children) expect(h1.nextElementSibling?.textContent).toBe('No saved sessions yet.')
    else expect(h1.nextElementSibling).toBeNull()

    await painted(`${props.error ? 'Error: ' : ''}${props.title} – Route Finder`)
    expect(document.activeElement).toBe(h1)
  })
})

describe('Page: what particular examples promise', () => {
  it('default: the document title names the page, then the service', async () => {
    render(<Page {...examples.default.props} />)
    await painted('Your saved sessions – Route Finder')
  })

  it('with error: the document title starts "Error: " and drops it when the error goes', async () => {
    const { props } = examples['with error']
    const { rerender } = render(<Page {...props} />)
    await painted('Error: Open a saved file – Route Finder')
    rerender(<Page {...props} error={false} />)
    await painted('Open a saved file – Route Finder')
  })

  it('with caption: the caption is the GOV.UK one, outside the h1', () => {
    const { container } = render(<Page {...examples['with caption'].props} />)
    expect(container.querySelector('h1 .govuk-caption-l')).toBeNull()
    expect(container.firstElementChild?.className).toBe('govuk-caption-l')
  })

  it('on the first page loaded, focus stays where the browser put it', async () => {
    loadFirst()
    render(<Page {...examples.default.props} />)
    await painted('Your saved sessions – Route Finder')
    expect(document.activeElement).toBe(document.body)
  })

  it('if something else takes focus before the frame (an error summary), it keeps it', async () => {
    const { container } = render(
      <Page {...examples.default.props}>
        <input aria-label="Field" />
      </Page>,
    )
    const field = container.querySelector('input') as HTMLInputElement
    field.focus()
    await painted('Your saved sessions – Route Finder')
    expect(document.activeElement).toBe(field)
  })

  it('with focus key: a new key under the same title moves focus to the h1 again', async () => {
    const { props } = examples['with focus key']
    const { container, rerender } = render(<Page {...props} />)
    const h1 = container.querySelector('h1') as HTMLHeadingElement
    await painted('Compare scenarios – Route Finder')
    expect(document.activeElement).toBe(h1)
    h1.blur()
    expect(document.activeElement).toBe(document.body)
    rerender(<Page {...props} focusKey="compare:3" />)
    // The title does not change, so only focus itself shows the frame has passed.
    await waitFor(() => expect(document.activeElement).toBe(h1))
  })
})
