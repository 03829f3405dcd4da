// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boot } from './boot'

// When the page paints is afterFirstPaint's (its own tests): here it runs a task at once,
// or, while `paint.hold` is set, keeps it until the test paints.
const paint = vi.hoisted(() => ({ hold: false, held: [] as (() => void)[] }))
vi.mock('./after-first-paint', () => ({
  afterFirstPaint: (task: () => void) => (paint.hold ? paint.held.push(task) : task()),
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
  vi.restoreAllMocks()
  paint.hold = false
  paint.held = []
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

  it('starts the early result before the first paint, and the app only after it', async () => {
    paint.hold = true
    const load = vi.fn(async (_files: string[]) => {})
    boot(doc(), '/result', plan, load)
    expect(load.mock.calls).toEqual([[['assets/early-result-b.js']]])
    await vi.waitFor(() => expect(paint.held).toHaveLength(1))
    expect(load).toHaveBeenCalledTimes(1)
    for (const task of paint.held) task()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('waits for the first paint before loading the app on any other page', () => {
    paint.hold = true
    const load = vi.fn(async (_files: string[]) => {})
    boot(doc(), '/questions/approach', plan, load)
    expect(load).not.toHaveBeenCalled()
    for (const task of paint.held) task()
    expect(load.mock.calls).toEqual([[['assets/index-a.js']]])
  })
})
