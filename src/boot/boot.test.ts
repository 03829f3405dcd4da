// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boot } from './boot'

// The order of the steps; when each may start is afterFirstPaint's (its own tests).
vi.mock('./after-first-paint', () => ({ afterFirstPaint: (task: () => void) => task() }))

const plan = {
  app: ['assets/index-a.js'],
  result: {
    path: '/result',
    early: ['assets/early-result-b.js'],
    page: ['assets/result-page-c.js'],
  },
}

const doc = () => document.implementation.createHTMLDocument('Route Finder')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('boot', () => {
  it('loads the app on a page other than a result link', async () => {
    const load = vi.fn(async (_files: string[]) => {})
    boot(doc(), '/questions/approach', plan, load)
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    expect(load.mock.calls).toEqual([[['assets/index-a.js']]])
  })

  it('loads the early result, then the app with the result page, on a result link', async () => {
    const load = vi.fn(async (_files: string[]) => {})
    boot(doc(), '/result', plan, load)
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(load.mock.calls).toEqual([
      [['assets/early-result-b.js']],
      [['assets/index-a.js', 'assets/result-page-c.js']],
    ])
  })

  it('still loads the app when the early result fails to load', async () => {
    const load = vi.fn(async (files: string[]) => {
      if (files[0]?.includes('early')) throw new Error('offline')
    })
    boot(doc(), '/result', plan, load)
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(load.mock.calls[1]).toEqual([['assets/index-a.js', 'assets/result-page-c.js']])
  })
})
