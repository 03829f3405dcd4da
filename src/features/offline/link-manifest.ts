/** Where the web manifest is: vite-plugin-pwa links it in every page but a result link's. */
export const MANIFEST_PATH = '/manifest.webmanifest'

/**
 * Links the web manifest if the page does not: a result link's own shell leaves it out
 * (scripts/prerender-pages.mjs), because Chrome fetches the manifest, and the icon it
 * names, as the page loads, two requests that held connections the early result needs
 * before its first paint (src/boot/README.md, step 5). Linked once the page has loaded,
 * the app can still be installed from it.
 */
export function linkManifest(doc: Document): void {
  if (doc.querySelector('link[rel="manifest"]')) return
  const link = doc.createElement('link')
  link.rel = 'manifest'
  link.href = MANIFEST_PATH
  doc.head.append(link)
}
