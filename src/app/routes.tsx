import type { RouteObject } from 'react-router-dom'
import { RouteRecoveryPage } from '@/components/error-boundary/recovery-page'
import { paths } from '@/config/paths'
import { AccessibilityPage } from '@/pages/accessibility-page'
import { LoadingPage } from '@/pages/loading-page'
import { NotCoveredPage } from '@/pages/not-covered-page'
import { NotFoundPage } from '@/pages/not-found-page'
import { PrivacyPage } from '@/pages/privacy-page'
import { StartPage } from '@/pages/start-page'
import { Layout } from './layout'

/**
 * The app's routes, shared by the browser router and the build's prerender step. The
 * start and information pages are in the first load; the wizard, the result and the
 * workshop pages load on demand, so the start page stays small.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteRecoveryPage />,
    children: [
      { path: paths.start, element: <StartPage /> },
      {
        path: paths.questionPattern,
        lazy: () =>
          import('@/app/pages/question-page').then((m) => ({ Component: m.QuestionPage })),
      },
      {
        path: paths.checkAnswers,
        lazy: () =>
          import('@/features/wizard/check-answers-page').then((m) => ({
            Component: m.CheckAnswersPage,
          })),
      },
      {
        path: paths.result,
        lazy: () => import('@/app/pages/result-page').then((m) => ({ Component: m.ResultPage })),
      },
      {
        path: paths.sessions,
        lazy: () =>
          import('@/features/sessions/sessions-page').then((m) => ({ Component: m.SessionsPage })),
      },
      {
        path: paths.open,
        lazy: () =>
          import('@/features/open-file/open-file-page').then((m) => ({
            Component: m.OpenFilePage,
          })),
      },
      {
        path: paths.map,
        lazy: () => import('@/features/map/map-page').then((m) => ({ Component: m.MapPage })),
      },
      {
        path: paths.compare,
        lazy: () =>
          import('@/features/compare/compare-page').then((m) => ({ Component: m.ComparePage })),
      },
      { path: paths.shell, element: <LoadingPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.notCovered, element: <NotCoveredPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
