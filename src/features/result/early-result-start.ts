import { isoToday } from '@/features/clock/today'
import { paintEarlyResult } from './early-result'

// Loaded by the shell's boot module on a result link, before the app; never once the
// app has started, whose page is the real one.
if (!document.documentElement.dataset.appReady) {
  paintEarlyResult(document, window.location.search, isoToday())
}
