// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deferredHistory, routerWindow } from './router-window'

describe('the router’s window', () => {
  let frames: FrameRequestCallback[] = []
  const paint = () => {
    for (const frame of frames.splice(0)) frame(performance.now())
    vi.advanceTimersByTime(0)
  }
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame))
    window.history.replaceState(null, '', '/start')
  })
  afterEach(() => {
    vi.runAllTimers()
    frames = []
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('adds a history entry after the next frame, not during the click', () => {
    const history = deferredHistory(window.history)
    history.pushState({ idx: 1 }, '', '/questions/jurisdiction')
    expect(window.location.pathname).toBe('/start')
    paint()
    expect(window.location.pathname).toBe('/questions/jurisdiction')
    expect(window.history.state).toEqual({ idx: 1 })
  })

  it('keeps the order of several entries added within one frame', () => {
    const history = deferredHistory(window.history)
    const before = window.history.length
    history.pushState({ idx: 1 }, '', '/a')
    history.pushState({ idx: 2 }, '', '/b')
    paint()
    expect(window.history.length).toBe(before + 2)
    expect(window.location.pathname).toBe('/b')
  })

  it('is up to date for anything that reads it or moves through it first', () => {
    const history = deferredHistory(window.history)
    history.pushState({ idx: 7 }, '', '/a')
    // The router works out the next entry's index from the current state.
    expect(history.state).toEqual({ idx: 7 })
    expect(window.location.pathname).toBe('/a')
    history.pushState({ idx: 8 }, '', '/b')
    history.replaceState({ idx: 8, key: 'x' }, '', '/c')
    expect(window.location.pathname).toBe('/c')
    expect(window.history.state).toEqual({ idx: 8, key: 'x' })
    paint()
    expect(window.location.pathname).toBe('/c')
  })

  it('passes everything else through to the real window', () => {
    const win = routerWindow(window)
    expect(win.location).toBe(window.location)
    expect(win.document).toBe(document)
    const listener = vi.fn()
    win.addEventListener('popstate', listener)
    window.dispatchEvent(new PopStateEvent('popstate'))
    win.removeEventListener('popstate', listener)
    expect(listener).toHaveBeenCalledTimes(1)
    win.history.pushState({ idx: 1 }, '', '/later')
    expect(window.location.pathname).toBe('/start')
    paint()
    expect(window.location.pathname).toBe('/later')
  })
})
