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
    // Where focus is now: the body, as the control that led here has gone. If the person
    // has moved it in the meantime (an error summary takes it), it stays there.
    const before = document.activeElement
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const now = document.activeElement
        if (now === before || now === null || now === document.body) ref.current?.focus()
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ref, key])
}
