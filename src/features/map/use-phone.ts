import { useSyncExternalStore } from 'react'

/** GOV.UK Frontend's mobile breakpoint: narrower than its tablet width of 641 px. */
const PHONE = '(max-width: 640px)'

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Whether the screen is a phone's width, following rotation and resizing. */
export function usePhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  )
}
