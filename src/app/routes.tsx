import type { RouteObject } from 'react-router-dom'
import { RouteRecoveryPage } from '@/components/error-boundary/recovery-page'
import { paths } from '@/config/paths'
import { LoadingPage } from '@/pages/loading-page'
import { NotFoundPage } from '@/pages/not-found-page'
import { StartPage } from '@/pages/start-page'
import { Layout } from './layout'

/**
 * The app's routes, shared by the browser router and the build's prerender step. The
 * start page is in the first load; the wizard, the result, the workshop and the information
 * pages load on demand, so the start page stays small.
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
      // The information pages load on demand too: the "not covered yet" list grows with each
      // ruleset, and the start page's budget is 120 KB.
      {
        path: paths.privacy,
        lazy: () => import('@/pages/privacy-page').then((m) => ({ Component: m.PrivacyPage })),
      },
      {
        path: paths.accessibility,
        lazy: () =>
          import('@/pages/accessibility-page').then((m) => ({ Component: m.AccessibilityPage })),
      },
      {
        path: paths.notCovered,
        lazy: () =>
          import('@/pages/not-covered-page').then((m) => ({ Component: m.NotCoveredPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
