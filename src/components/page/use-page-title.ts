import { useEffect } from 'react'

const SERVICE = 'Route Finder'

/** Each page has its own title; pages with errors start it with "Error:", as GOV.UK does. */
export function usePageTitle(title: string, error = false) {
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title} – ${SERVICE}`
  }, [title, error])
}
