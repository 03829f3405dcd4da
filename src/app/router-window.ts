import { afterPaint } from '@/features/paint/after-paint'

/**
 * The window React Router sees. Its history adds each new entry just after the next
 * frame instead of during the click: writing the entry makes the browser (and any tool
 * watching it) busy at once, and on a small machine that held up drawing the next
 * question. The address bar changes a frame later; nothing else does. Anything that
 * reads the history first (its state, length, Back) brings it up to date.
 */
export function routerWindow(real: Window): Window {
  const history = deferredHistory(real.history)
  return new Proxy(real, {
    get(target, key) {
      if (key === 'history') return history
      const value = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

export function deferredHistory(real: History): History {
  const pending: (() => void)[] = []
  const flush = () => {
    for (const write of pending.splice(0)) write()
  }
  const upToDate =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A) => {
      flush()
      return f(...args)
    }
  return {
    get state() {
      flush()
      return real.state
    },
    get length() {
      flush()
      return real.length
    },
    get scrollRestoration() {
      return real.scrollRestoration
    },
    set scrollRestoration(value) {
      real.scrollRestoration = value
    },
    pushState(data, unused, url) {
      pending.push(() => real.pushState(data, unused, url))
      if (pending.length === 1) afterPaint(flush)
    },
    replaceState: upToDate((data: unknown, unused: string, url?: string | URL | null) =>
      real.replaceState(data, unused, url),
    ),
    go: upToDate((delta?: number) => real.go(delta)),
    back: upToDate(() => real.back()),
    forward: upToDate(() => real.forward()),
  }
}
