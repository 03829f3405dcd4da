// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boot } from './boot'

// The order of the steps; when each may start is afterFirstPaint's (its own tests). A test
// that sets `paint.held` keeps every task queued, as before the page's first paint.
const paint = vi.hoisted(() => ({ held: false, queued: [] as (() => void)[] }))
vi.mock('./after-first-paint', () => ({
  afterFirstPaint: (task: () => void) => (paint.held ? paint.queued.push(task) : task()),
}))

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
  paint.held = false
  paint.queued.length = 0
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

  it('fetches the early result before the first paint on a result link, and nothing early elsewhere', () => {
    paint.held = true
    const load = vi.fn(async (_files: string[]) => {})
    const onResult = doc()
    const elsewhere = doc()
    boot(onResult, '/result', plan, load)
    boot(elsewhere, '/questions/approach', plan, load)
    const preloads = (d: Document) =>
      [...d.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))
    expect(preloads(onResult)).toEqual(['/assets/early-result-b.js'])
    expect(preloads(elsewhere)).toEqual([])
    // Fetched only: nothing runs until the page has painted.
    expect(load).not.toHaveBeenCalled()
    paint.held = false
    for (const task of paint.queued.splice(0)) task()
    expect(load).toHaveBeenCalledTimes(2)
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
