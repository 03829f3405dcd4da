import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { faviconInPage, svgDataUrl } from './favicon-in-page'

describe('the favicon written into the page', () => {
  it('is the same SVG, decoded', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8')
    const url = svgDataUrl(svg)
    expect(url.startsWith('data:image/svg+xml,')).toBe(true)
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim())
  })

  it('cannot end the attribute it sits in', () => {
    expect(svgDataUrl('<svg a="1" b=\'2\'>&</svg>')).not.toMatch(/["<>&]/)
  })

  it('replaces the link to the file, and fails where there is none', () => {
    const plugin = faviconInPage()
    const transform = plugin.transformIndexHtml as (html: string) => string
    const page = transform(
      '<head><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head>',
    )
    expect(page).toContain('<link rel="icon" href="data:image/svg+xml,%3Csvg')
    expect(page).not.toContain('/favicon.svg')
    expect(() => transform('<head></head>')).toThrow(/no <link rel="icon"/)
  })
})
