import { type ReactNode, useEffect, useRef } from 'react'

const SERVICE = 'Route Finder'

/**
 * One page's title and h1. The h1 takes focus when the page changes, so screen reader
 * and keyboard users start at the top of the new content.
 */
export function Page({
  title,
  heading,
  caption,
  error = false,
  children,
}: {
  title: string
  heading?: ReactNode
  caption?: ReactNode
  error?: boolean
  children?: ReactNode
}) {
  const h1 = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title} – ${SERVICE}`
  }, [title, error])
  // Focus the heading when the person arrives from another page of the app; on the
  // first load the browser's own starting point is right.
  const focusKey = title
  useEffect(() => {
    if (focusKey && window.history.state?.idx > 0) h1.current?.focus()
  }, [focusKey])
  return (
    <>
      {caption}
      <h1 className="govuk-heading-l" tabIndex={-1} ref={h1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  )
}
