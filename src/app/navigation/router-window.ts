/**
 * The window React Router sees. Its history adds each new entry in a task of its own,
 * straight after the click that asked for it, instead of during the click: writing the
 * entry makes the browser (and any tool watching it) busy at once, and on a small
 * machine that held up building the next question. The address changes a moment later,
 * before the next frame in practice. Anything that reads the history first (its state,
 * length, Back) brings it up to date.
 */
export function routerWindow(real: Window): Window {
  const history = deferredHistory(real.history, (url) => real.location.assign(url))
  return new Proxy(real, {
    get(target, key) {
      if (key === 'history') return history
      const value = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/** Runs `task` in a new task, after the current one and anything it has already queued. */
function afterThisTask(task: () => void) {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    task()
  }
  channel.port2.postMessage(null)
}

/**
 * `real` with pushState deferred to the next task. Like React Router's own history, an
 * entry the browser refuses to write is loaded as a new page instead (`load`).
 */
export function deferredHistory(real: History, load: (url: string) => void): History {
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
      pending.push(() => {
        try {
          real.pushState(data, unused, url)
        } catch {
          if (url != null) load(String(url))
        }
      })
      if (pending.length === 1) afterThisTask(flush)
    },
    replaceState: upToDate((data: unknown, unused: string, url?: string | URL | null) =>
      real.replaceState(data, unused, url),
    ),
    go: upToDate((delta?: number) => real.go(delta)),
    back: upToDate(() => real.back()),
    forward: upToDate(() => real.forward()),
  }
}
