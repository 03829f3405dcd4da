import { useSyncExternalStore } from 'react'
import { useLocation } from 'react-router-dom'

const noSubscription = () => () => {}

/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards and
 * on every client render. Pages prerendered from their path alone use it to apply the
 * URL's answers only after hydration, so the first client render matches the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/** The URL's query string, once it is safe to render from it. */
export function useHydratedSearch(): string {
  const { search } = useLocation()
  return useHydrated() ? search : ''
}
