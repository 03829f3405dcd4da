/**
 * Runs `task` once the page has painted its content: just after the first contentful
 * paint (or the next frame, when it has already happened or the browser cannot report
 * it), or after a second at the latest, because a tab opened in the background paints
 * nothing until it is shown. Runs it once only.
 */
export function afterFirstPaint(task: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    task()
  }
  const nextFrame = () => requestAnimationFrame(() => setTimeout(once))
  setTimeout(once, 1000)
  if (performance.getEntriesByName('first-contentful-paint').length > 0) {
    nextFrame()
    return
  }
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      setTimeout(once)
    }).observe({ type: 'paint', buffered: true })
  } catch {
    nextFrame()
  }
}
