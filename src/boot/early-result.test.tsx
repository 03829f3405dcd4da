// @vitest-environment jsdom
import type { Answers } from '@machines/answers'
import { decide } from '@machines/decide'
import { headlineQuestions } from '@machines/rationale'
import scenarios from '@machines/scenarios/scenarios.json'
import { cleanup, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { afterEach, describe, expect, it } from 'vitest'
import { ResultPage } from '@/app/pages/result-page'
import { answerQuery } from '@/lib/answers/answer-query'
import { isoToday } from '@/lib/clock/today'
import { earlyNeeds } from './early-needs'
import { paintEarlyResult } from './early-result'

// The result page reads the real day, so the early result is painted for it too.
const today = isoToday()

afterEach(cleanup)

/** A page with the shell's main element, as app.html has. */
function shellDocument(): Document {
  const doc = document.implementation.createHTMLDocument('Route Finder')
  doc.body.innerHTML =
    '<main id="main-content"><h1 class="govuk-heading-l">Route Finder</h1><p>Loading the page…</p></main>'
  return doc
}

/** The result page as the app renders it, for the same link. */
function renderResultPage(search: string): HTMLElement {
  const router = createMemoryRouter([{ path: '/result', element: <ResultPage /> }], {
    initialEntries: [`/result${search}`],
  })
  return render(<RouterProvider router={router} />).container
}

/** Markup without the attributes only the app's elements carry (data-route, data-discover). */
const markup = (node: Element) => {
  const copy = node.cloneNode(true) as Element
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('data-')) el.removeAttribute(name)
    }
  }
  return copy.outerHTML
}

const complete = scenarios.filter((s) => s.expected.route)

describe('paintEarlyResult', () => {
  it.each(complete.map((s) => [s.name, s] as const))(
    'paints the top of the result page exactly: %s',
    async (_name, scenario) => {
      const search = answerQuery(scenario.answers as Answers, { startDate: scenario.startDate })
      const doc = shellDocument()
      // Loads the route's content, so the result page below renders at once, as in the app.
      const result = await paintEarlyResult(doc, search, today)
      const page = renderResultPage(search)
      expect(result?.route).toBeTruthy()
      // The route whose content, and the questions whose reasons, the early result asks for
      // before it can paint.
      const decision = decide(scenario.answers as Answers, { startDate: scenario.startDate, today })
      expect(earlyNeeds(search, today)).toEqual({
        route: result?.route,
        questions: headlineQuestions(decision.path),
      })
      expect(page.querySelector('[data-route]')?.getAttribute('data-route')).toBe(result?.route)
      const earlyTop = [...(doc.querySelector('.govuk-grid-column-two-thirds')?.children ?? [])]
      const pageTop = [...(page.querySelector('.govuk-grid-column-two-thirds')?.children ?? [])]
      expect(earlyTop.map((e) => e.className)).toEqual([
        'govuk-caption-l',
        'govuk-heading-l',
        'app-result-summary',
        ...(result?.assumptions.length ? ['govuk-warning-text app-assumptions'] : []),
        'govuk-body-l',
      ])
      for (const early of earlyTop) {
        const same = pageTop.find(
          (e) => e.tagName === early.tagName && e.className === early.className,
        )
        expect(same && markup(same), early.className).toBe(markup(early))
      }
      expect(doc.title).toBe(`${result?.title} – Route Finder`)
    },
  )

  it('leaves the loading message for a link with problems', async () => {
    const doc = shellDocument()
    expect(await paintEarlyResult(doc, '?jurisdiction=atlantis', today)).toBeNull()
    expect(earlyNeeds('?jurisdiction=atlantis', today)).toBeNull()
    expect(doc.querySelector('h1')?.textContent).toBe('Route Finder')
  })

  it('leaves the loading message for unfinished answers', async () => {
    const doc = shellDocument()
    expect(await paintEarlyResult(doc, '?jurisdiction=england', today)).toBeNull()
    expect(earlyNeeds('?jurisdiction=england', today)).toBeNull()
    expect(doc.querySelector('p')?.textContent).toBe('Loading the page…')
  })

  it('shows the assumptions a "not sure" answer makes, with a Change link', async () => {
    const scenario = complete.find((s) => Object.values(s.answers).includes('not-sure'))
    if (!scenario) throw new Error('no scenario with a "not sure" answer')
    const doc = shellDocument()
    await paintEarlyResult(doc, answerQuery(scenario.answers as Answers), today)
    const change = doc.querySelector('.app-assumptions a')
    expect(change?.getAttribute('href')).toMatch(/^\/questions\/[a-z-]+\?.*return=result/)
    expect(change?.textContent).toMatch(/^Change your answer to /)
  })
})
