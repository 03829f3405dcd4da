import { type ReactNode, useRef } from 'react'
import { useFocusOnArrival } from './use-focus-on-arrival'
import { usePageTitle } from './use-page-title'

/** Each prop is described in `page.examples.ts`. */
export type PageProps = {
  title: string
  heading?: ReactNode
  caption?: ReactNode
  error?: boolean
  /** Changes when the page's content changes without a new title. */
  focusKey?: string
  children?: ReactNode
}

/** A page's title and h1, with focus moved to the h1 on arrival. */
export function Page({ title, heading, caption, error = false, focusKey, children }: PageProps) {
  const h1 = useRef<HTMLHeadingElement>(null)
  usePageTitle(title, error)
  useFocusOnArrival(h1, focusKey ?? title)
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
