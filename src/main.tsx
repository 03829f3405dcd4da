import './styles/main.scss'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, RouterProvider } from 'react-router-dom'
import { routerWindow } from '@/app/navigation/router-window'
import { routes } from '@/app/routes'
import { ErrorBoundary } from '@/components/error-boundary/error-boundary'

// GOV.UK Frontend styles some components differently once JavaScript runs; the CSP
// forbids the usual inline script, so the bundle sets the classes itself.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

async function start(root: HTMLElement) {
  // A page prerendered for this path is hydrated; anything else is rendered afresh.
  const prerendered = root.dataset.prerendered === window.location.pathname
  // The page's lazy module is loaded before the first render: a hydrated page's first
  // render must match its HTML, and a fresh one replaces the shell's loading message (or
  // the early result) with the whole page at once, never with an empty layout.
  const lazy = matchRoutes(routes, window.location)?.filter((m) => m.route.lazy) ?? []
  await Promise.all(
    lazy.map(async ({ route }) => {
      // Our routes use the function form of `lazy`.
      const load = route.lazy as () => Promise<Record<string, unknown>>
      try {
        Object.assign(route, { ...(await load()), lazy: undefined })
      } catch {
        // Left to the router, which tries again and shows its error page if it fails.
      }
    }),
  )
  const app = (
    <StrictMode>
      <ErrorBoundary>
        <RouterProvider router={createBrowserRouter(routes, { window: routerWindow(window) })} />
      </ErrorBoundary>
    </StrictMode>
  )
  if (prerendered) hydrateRoot(root, app)
  else {
    keepFocusInPage(root)
    // A transition lets React build a long page (a result) in short slices, so the
    // browser stays responsive; what is on screen stays until the page is ready.
    const fresh = createRoot(root)
    startTransition(() => fresh.render(app))
  }
}

/**
 * Rendering afresh replaces the shell (and the early result, whose links can be reached
 * while the app loads). If focus was in it, it moves to the new page's heading rather
 * than falling back to the top of the document.
 */
function keepFocusInPage(root: HTMLElement) {
  if (!root.contains(document.activeElement)) return
  const observer = new MutationObserver(() => {
    if (!document.documentElement.dataset.appReady) return
    observer.disconnect()
    if (document.activeElement === document.body) root.querySelector<HTMLElement>('h1')?.focus()
  })
  observer.observe(document.documentElement, { attributeFilter: ['data-app-ready'] })
}

const root = document.getElementById('root')
if (root) void start(root)

// Offline support and the web manifest load after the page, so they never delay the first
// paint. On a prerendered page this module itself runs after the load event.
const afterLoad = () => {
  void import('@/features/offline/link-manifest').then((m) => m.linkManifest(document))
  void import('@/features/offline/register-offline').then((m) => m.registerOffline())
}
if (document.readyState === 'complete') afterLoad()
else window.addEventListener('load', afterLoad)
