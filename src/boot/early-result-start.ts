import { isoToday } from '@/lib/clock/today'
import { loadRouteContent } from '@/lib/route-content/load-route-content'
import { earlyNeeds } from './early-needs'
import { loadReasonBook } from './reason-book'

// Loaded by the shell's boot module on a result link, before the app; never once the
// app has started, whose page is the real one.
if (!document.documentElement.dataset.appReady) {
  const search = window.location.search
  const today = isoToday()
  const needs = earlyNeeds(search, today)
  if (needs) {
    // The route's words and the answers' reasons, asked for now rather than after the
    // modules below have arrived and run: the painting finds the same downloads under way.
    // A failure is the app's to explain, so it is not reported here.
    loadRouteContent(needs.route).catch(() => undefined)
    loadReasonBook(needs.questions).catch(() => undefined)
    const { paintEarlyResult } = await import('./early-result')
    const result = await paintEarlyResult(document, search, today)
    // The boot module loads the app once this module has finished: wait until the early
    // result is on screen, so the app's downloads do not hold it back.
    if (result) await shown()
  }
}

/**
 * Resolves once the browser has shown the early result (a largest-contentful-paint
 * entry inside it), after the next frame where that API is missing, or after a second.
 */
function shown(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000)
    if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      requestAnimationFrame(() => setTimeout(resolve))
      return
    }
    new PerformanceObserver((list, observer) => {
      const inEarlyResult = (entry: PerformanceEntry) =>
        Boolean((entry as LargestContentfulPaint).element?.closest('.app-loading'))
      if (list.getEntries().some(inEarlyResult)) {
        observer.disconnect()
        resolve()
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
}
