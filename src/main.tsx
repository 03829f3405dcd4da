import './styles/main.scss'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import { routes } from '@/app/routes'
import { ErrorBoundary } from '@/components/error-boundary/error-boundary'

// GOV.UK Frontend styles some components differently once JavaScript runs; the CSP
// forbids the usual inline script, so the bundle sets the classes itself.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

const router = createBrowserRouter(routes)
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </StrictMode>,
  )
}
