import { type RefObject, useEffect } from 'react'

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
    if (!key || !(window.history.state?.idx > 0)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => ref.current?.focus())
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ref, key])
}
