import type { MouseEvent } from 'react'

/**
 * Follows an in-page link by moving focus to its target and scrolling it to the top of the
 * window, without a history entry (the address keeps only the answers). A click with a
 * modifier or another button is left to the browser.
 */
export function jumpOnClick(target: () => HTMLElement | null) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    const element = target()
    if (!element) return
    event.preventDefault()
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
    element.scrollIntoView({ block: 'start' })
    element.focus({ preventScroll: true })
  }
}
