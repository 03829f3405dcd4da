import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint'

describe('afterFirstPaint', () => {
  let frames: FrameRequestCallback[] = []
  let painted: string[] = []
  let observers: { callback: PerformanceObserverCallback; disconnected: boolean }[] = []
  const nextFrame = () => {
    for (const frame of frames.splice(0)) frame(0)
  }
  /** The browser reports a paint entry to every observer. */
  const paint = (name: string) => {
    painted.push(name)
    for (const o of observers.filter((o) => !o.disconnected)) {
      const list = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) }
      const observer = {
        disconnect: () => {
          o.disconnected = true
        },
      }
      o.callback(list as never, observer as never)
    }
  }
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame))
    vi.stubGlobal('performance', {
      getEntriesByName: (name: string) =>
        painted.filter((p) => p === name).map((p) => ({ name: p })),
    })
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(callback: PerformanceObserverCallback) {
          observers.push({ callback, disconnected: false })
        }
        observe() {}
      },
    )
  })
  afterEach(() => {
    frames = []
    painted = []
    observers = []
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('waits for the first contentful paint, then runs in a task after it', () => {
    const task = vi.fn()
    afterFirstPaint(task)
    vi.advanceTimersByTime(500)
    paint('first-paint')
    vi.advanceTimersByTime(0)
    expect(task).not.toHaveBeenCalled()
    paint('first-contentful-paint')
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledTimes(1)
    expect(observers[0]?.disconnected).toBe(true)
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs after the next frame when the page has painted already', () => {
    paint('first-contentful-paint')
    const task = vi.fn()
    afterFirstPaint(task)
    expect(observers).toHaveLength(0)
    vi.advanceTimersByTime(0)
    expect(task).not.toHaveBeenCalled()
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs after a second in a tab that paints nothing', () => {
    const task = vi.fn()
    afterFirstPaint(task)
    vi.advanceTimersByTime(999)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('falls back to the next frame where paint entries cannot be observed', () => {
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        observe() {
          throw new TypeError('paint is not a supported entry type')
        }
      },
    )
    const task = vi.fn()
    afterFirstPaint(task)
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledTimes(1)
  })
})
