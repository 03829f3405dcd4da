import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from './after-paint'

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = []
  const nextFrame = () => {
    for (const frame of frames.splice(0)) frame(performance.now())
  }
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame))
  })
  afterEach(() => {
    vi.runAllTimers()
    frames = []
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs nothing before the next frame, then every task in order', () => {
    const ran: string[] = []
    afterPaint(() => ran.push('history'))
    afterPaint(() => ran.push('title'))
    expect(frames).toHaveLength(1)
    expect(ran).toEqual([])
    nextFrame()
    expect(ran).toEqual([])
    vi.advanceTimersByTime(0)
    expect(ran).toEqual(['history', 'title'])
  })

  it('runs each task once, even when the fallback timer fires too', () => {
    const task = vi.fn()
    afterPaint(task)
    nextFrame()
    vi.advanceTimersByTime(1000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('still runs when no frame comes, as in a background tab', () => {
    const task = vi.fn()
    afterPaint(task)
    vi.advanceTimersByTime(199)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs the rest of the queue when one task fails', () => {
    const reported = vi.fn()
    vi.stubGlobal('reportError', reported)
    const later = vi.fn()
    afterPaint(() => {
      throw new Error('broken')
    })
    afterPaint(later)
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(later).toHaveBeenCalledTimes(1)
    expect(reported).toHaveBeenCalledTimes(1)
  })

  it('schedules again for tasks queued after a run', () => {
    const first = vi.fn()
    const second = vi.fn()
    afterPaint(first)
    nextFrame()
    vi.advanceTimersByTime(0)
    vi.advanceTimersByTime(150)
    afterPaint(second)
    // The first batch's fallback timer (due 50 ms from now) does not run this one early.
    vi.advanceTimersByTime(100)
    expect(second).not.toHaveBeenCalled()
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledTimes(1)
  })
})
