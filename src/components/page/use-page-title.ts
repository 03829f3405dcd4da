import { useEffect } from 'react'
import { afterPaint } from '@/lib/navigation/after-paint'

const SERVICE = 'Route Finder'

/**
 * Each page has its own title; pages with errors start it with "Error:", as GOV.UK does.
 * It is set just after the page's first frame, once the page's history entry exists, so
 * the title belongs to the new entry rather than the one before it.
 */
export function usePageTitle(title: string, error = false) {
  useEffect(() => {
    const text = `${error ? 'Error: ' : ''}${title} – ${SERVICE}`
    afterPaint(() => {
      document.title = text
    })
  }, [title, error])
}
