import { type RefObject, useEffect } from 'react'

/**
 * Moves focus to the page's heading when the person arrives from another page of the
 * app, so screen reader and keyboard users start at the new content. `key` changes with
 * the page; on the first load the browser's own starting point is right.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>, key: string) {
  useEffect(() => {
    if (key && window.history.state?.idx > 0) ref.current?.focus()
  }, [ref, key])
}
