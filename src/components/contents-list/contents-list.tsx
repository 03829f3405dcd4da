import { type RefObject, useEffect, useId, useState } from 'react'
import { jumpOnClick } from './jump'

type Item = { id: string; text: string }

/**
 * A "Contents" navigation built from the h2 headings inside `source`, so it always lists
 * what the page shows, in its order, and follows sections that come and go. A heading
 * without an id is given one made from its words. Not printed.
 */
export function ContentsList({ source }: { source: RefObject<HTMLElement | null> }) {
  const [items, setItems] = useState<Item[]>([])
  const headingId = useId()

  // After the commit: the source's ref is attached only once its later siblings' layout
  // effects have run, so a layout effect here would find it empty.
  useEffect(() => {
    const root = source.current
    if (!root) return
    const read = () => {
      const taken = new Set<string>()
      // Headings shown only in print are not on the screen to jump to.
      const shown = [...root.querySelectorAll('h2')].filter((h2) => !h2.closest('.app-print-only'))
      const next = shown.map((h2) => {
        if (!h2.id) h2.id = uniqueSlug(h2.textContent ?? '', taken)
        taken.add(h2.id)
        return { id: h2.id, text: (h2.textContent ?? '').trim() }
      })
      setItems((shown) => (sameItems(shown, next) ? shown : next))
    }
    read()
    const observer = new MutationObserver(read)
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [source])

  if (items.length === 0) return null
  return (
    <nav className="app-contents app-no-print" aria-labelledby={headingId}>
      <h2 className="govuk-heading-s" id={headingId}>
        Contents
      </h2>
      <ol className="govuk-list app-contents__list">
        {items.map((item) => (
          <li key={item.id}>
            <a
              className="govuk-link"
              href={`#${item.id}`}
              onClick={jumpOnClick(() => document.getElementById(item.id))}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

function sameItems(a: Item[], b: Item[]) {
  return (
    a.length === b.length && a.every((item, i) => item.id === b[i]?.id && item.text === b[i]?.text)
  )
}

/** "What this result takes for granted" -> "what-this-result-takes-for-granted". */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base =
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  let slug = base
  for (let n = 2; taken.has(slug) || document.getElementById(slug); n++) slug = `${base}-${n}`
  return slug
}
