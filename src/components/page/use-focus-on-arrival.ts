import { type RefObject, useEffect } from 'react'
import { afterPaint } from '@/lib/navigation/after-paint'

/**
 * Moves focus to the page's heading when the person arrives from another page of the
 * app, so screen reader and keyboard users start at the new content. `key` changes with
 * the page; on the first load the browser's own starting point is right.
 *
 * Focus moves just after the new page's first frame: focusing makes the browser lay the
 * page out there and then, which would otherwise hold that frame back.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>, key: string) {
  useEffect(() => {
    if (!key) return
    // Where focus is now: the body, as the control that led here has gone (or the
    // Continue button, which stays). If the person has moved it in the meantime (an error
    // summary takes it), it stays there.
    const before = document.activeElement
    let cancelled = false
    afterPaint(() => {
      // Read only now: this page's history entry is written just after the click.
      if (cancelled || !(window.history.state?.idx > 0)) return
      const now = document.activeElement
      if (now === before || now === null || now === document.body) ref.current?.focus()
    })
    return () => {
      cancelled = true
    }
  }, [ref, key])
}
