// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { linkManifest, MANIFEST_PATH } from './link-manifest'

describe('linkManifest', () => {
  it('links the manifest where the page left it out', () => {
    const doc = document.implementation.createHTMLDocument('Route Finder')
    linkManifest(doc)
    const links = doc.querySelectorAll('link[rel="manifest"]')
    expect(links).toHaveLength(1)
    expect(links[0]?.getAttribute('href')).toBe(MANIFEST_PATH)
  })

  it('leaves a page that links it alone', () => {
    const doc = document.implementation.createHTMLDocument('Route Finder')
    doc.head.innerHTML = '<link rel="manifest" href="/manifest.webmanifest">'
    linkManifest(doc)
    expect(doc.querySelectorAll('link[rel="manifest"]')).toHaveLength(1)
  })
})
