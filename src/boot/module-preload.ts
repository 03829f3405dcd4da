/**
 * Asks the browser to fetch (and compile, but not run) `files` now, beside the page's
 * stylesheets, so that importing them after the first paint finds them already here
 * rather than starting a round of downloads then. A `<link rel="modulepreload">` runs
 * nothing and does not hold back the first paint.
 */
export function preloadModules(doc: Document, files: readonly string[]): void {
  for (const file of files) {
    const link = doc.createElement('link')
    link.rel = 'modulepreload'
    link.href = `/${file}`
    doc.head.append(link)
  }
}
