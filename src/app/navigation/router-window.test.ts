// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { deferredHistory, routerWindow } from './router-window'

/**
 * Lets the tasks queued so far (MessageChannel messages) run. Node may run a 0 ms timer
 * before a message posted earlier, so a timer alone is not enough: wait for the message.
 */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      setTimeout(resolve, 0)
    }
    channel.port2.postMessage(null)
  })

describe('the router’s window', () => {
  const load = vi.fn()
  beforeEach(() => {
    load.mockReset()
    window.history.replaceState(null, '', '/start')
  })

  it('adds a history entry in the next task, not during the click', async () => {
    const history = deferredHistory(window.history, load)
    history.pushState({ idx: 1 }, '', '/questions/jurisdiction')
    expect(window.location.pathname).toBe('/start')
    await nextTask()
    expect(window.location.pathname).toBe('/questions/jurisdiction')
    expect(window.history.state).toEqual({ idx: 1 })
  })

  it('keeps the order of several entries added in one task', async () => {
    const history = deferredHistory(window.history, load)
    const before = window.history.length
    history.pushState({ idx: 1 }, '', '/a')
    history.pushState({ idx: 2 }, '', '/b')
    await nextTask()
    expect(window.history.length).toBe(before + 2)
    expect(window.location.pathname).toBe('/b')
  })

  it('is up to date for anything that reads it or moves through it first', async () => {
    const history = deferredHistory(window.history, load)
    history.pushState({ idx: 7 }, '', '/a')
    // The router works out the next entry's index from the current state.
    expect(history.state).toEqual({ idx: 7 })
    expect(window.location.pathname).toBe('/a')
    history.pushState({ idx: 8 }, '', '/b')
    history.replaceState({ idx: 8, key: 'x' }, '', '/c')
    expect(window.location.pathname).toBe('/c')
    expect(window.history.state).toEqual({ idx: 8, key: 'x' })
    await nextTask()
    expect(window.location.pathname).toBe('/c')
  })

  it('loads the address as a page when the browser refuses the entry', async () => {
    const refusing = Object.create(window.history, {
      pushState: {
        value: () => {
          throw new DOMException('Too many calls', 'SecurityError')
        },
      },
    }) as History
    deferredHistory(refusing, load).pushState({ idx: 1 }, '', '/questions/approach')
    await nextTask()
    expect(load).toHaveBeenCalledWith('/questions/approach')
  })

  it('passes everything else through to the real window', async () => {
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
    await nextTask()
    expect(window.location.pathname).toBe('/later')
  })
})
