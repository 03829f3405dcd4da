// Build-time only: renders pages to HTML with react-dom/server and a static router, so
// the first paint needs no JavaScript. scripts/prerender.mjs writes the files.
import { questionTitle } from '@machines/content/wording'
import { questionIds } from '@machines/questions'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom'
import { routes } from '@/app/routes'
import { ErrorBoundary } from '@/components/error-boundary/error-boundary'
import { paths } from '@/config/paths'

export type PrerenderPage = { path: string; title: string; module?: string }

/** The shell's content: the layout and a loading message, for every other page. */
export const shell: PrerenderPage = { path: paths.shell, title: 'Route Finder' }

/** The result page, which the shell paints early (src/boot/early-result.ts). */
export const resultPath = paths.result

/** The pages whose HTML depends on their path alone. */
export const pages: PrerenderPage[] = [
  { path: paths.start, title: 'Find a route to commission a public service' },
  { path: paths.privacy, title: 'Privacy' },
  { path: paths.accessibility, title: 'Accessibility statement' },
  { path: paths.notCovered, title: 'What this tool does not cover yet' },
  ...questionIds.map((id) => ({
    path: paths.question(id),
    title: questionTitle(id),
    module: 'src/app/pages/question-page.tsx',
  })),
]

export async function render(path: string): Promise<string> {
  const handler = createStaticHandler(routes)
  const context = await handler.query(new Request(`http://localhost${path}`))
  if (context instanceof Response) throw new Error(`Unexpected response for ${path}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToString(
    <StrictMode>
      <ErrorBoundary>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </ErrorBoundary>
    </StrictMode>,
  )
}
