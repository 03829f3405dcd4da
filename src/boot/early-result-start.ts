import { isoToday } from '@/lib/clock/today'
import { paintEarlyResult } from './early-result'

// Loaded by the shell's boot module on a result link, before the app; never once the
// app has started, whose page is the real one.
if (!document.documentElement.dataset.appReady) {
  const result = await paintEarlyResult(document, window.location.search, isoToday())
  // The boot module loads the app once this module has finished: wait until the early
  // result is on screen, so the app's downloads do not hold it back.
  if (result) await shown()
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
