// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { useRef, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentsList } from './contents-list'

afterEach(cleanup)

function Sections({ extra = false }: { extra?: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  const [more, setMore] = useState(extra)
  return (
    <>
      <ContentsList source={ref} />
      <div ref={ref}>
        <h2 id="why">Why this route</h2>
        <h2>What this result takes for granted</h2>
        {more && <h2>Social value</h2>}
        <div className="app-print-only">
          <h2>Notes</h2>
        </div>
        <button type="button" onClick={() => setMore(true)}>
          more
        </button>
      </div>
    </>
  )
}

describe('ContentsList', () => {
  it('lists the h2 headings of its source, in order, linking each by id', () => {
    render(<Sections />)
    const nav = screen.getByRole('navigation', { name: 'Contents' })
    const links = [...nav.querySelectorAll('a')]
    expect(links.map((a) => a.textContent)).toEqual([
      'Why this route',
      'What this result takes for granted',
    ])
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#why',
      '#what-this-result-takes-for-granted',
    ])
    expect(document.getElementById('what-this-result-takes-for-granted')?.tagName).toBe('H2')
  })

  it('follows a section that appears', async () => {
    render(<Sections />)
    screen.getByRole('button', { name: 'more' }).click()
    const nav = screen.getByRole('navigation', { name: 'Contents' })
    await expect.poll(() => nav.querySelectorAll('a').length).toBe(3)
    expect(nav.textContent).toContain('Social value')
  })
})
