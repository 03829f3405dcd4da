// @vitest-environment jsdom
import { evaluate } from '@machines/evaluate'
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { loadedRouteContent, loadRouteContent } from './load-route-content'
import { useResult } from './use-result'

afterEach(cleanup)

const today = '2026-12-02'
const mutual = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': 800_000,
  concession: 'no',
  innovation: 'no',
  'single-provider': 'no',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
  'mutual-reservation': 'yes',
  'mutual-conditions': 'yes',
} as const

function Title({ answers }: { answers: Record<string, string | number> }) {
  const result = useResult(answers, { today })
  return <h1 data-route={result.route ?? ''}>{result.title}</h1>
}

const page = (answers: Record<string, string | number>) => (
  <Suspense fallback={<p>Loading</p>}>
    <Title answers={answers} />
  </Suspense>
)

describe('useResult', () => {
  it("shows the loading message until the route's content has loaded, then the result", async () => {
    expect(loadedRouteContent('reserved-contract-mutual')).toBeUndefined()
    // Rendered as in the browser, outside act(): React retries once the content arrives.
    const acting = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT')
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)
    const container = document.body.appendChild(document.createElement('div'))
    const root = createRoot(container)
    try {
      root.render(page(mutual))
      await waitFor(() => expect(container.textContent).toBe('Loading'))
      const heading = await waitFor(() => within(container).getByRole('heading'), {
        timeout: 30_000,
      })
      // The same Result as the runner's, which has every route's content at hand.
      expect(heading.textContent).toBe(evaluate(mutual, { today }).title)
      expect(heading.dataset.route).toBe('reserved-contract-mutual')
      expect(loadedRouteContent('grant')).toBeUndefined()
    } finally {
      root.unmount()
      container.remove()
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', acting)
    }
  })

  it('renders at once when the content has loaded already', async () => {
    await act(() => loadRouteContent('reserved-contract-mutual'))
    render(page(mutual))
    expect(screen.queryByText('Loading')).toBeNull()
    expect(screen.getByRole('heading').dataset.route).toBe('reserved-contract-mutual')
  })

  it('needs no content for unfinished answers', () => {
    render(page({ jurisdiction: 'england' }))
    expect(screen.getByRole('heading').textContent).toBe('Not finished yet')
  })
})
