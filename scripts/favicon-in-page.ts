import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * Writes the favicon into each built page as a data address, in place of a link to
 * /favicon.svg. Fetched, the icon took one of the six connections a browser opens to a
 * server over HTTP/1.1 while the page's stylesheets and scripts were still arriving; on a
 * result link it held back the early result's files (src/boot/README.md, load step 5).
 * public/favicon.svg stays: the web manifest names it.
 */
export function faviconInPage(file = 'public/favicon.svg'): Plugin {
  return {
    name: 'route-finder-favicon-in-page',
    apply: 'build',
    transformIndexHtml(html) {
      const link = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />'
      if (!html.includes(link)) throw new Error(`index.html has no ${link} to write in`)
      return html.replace(
        link,
        `<link rel="icon" href="${svgDataUrl(readFileSync(file, 'utf8'))}" />`,
      )
    },
  }
}

/** An SVG as a `data:` address that needs no escaping inside a double-quoted attribute. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`
}
