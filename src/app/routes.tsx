import type { RouteObject } from 'react-router-dom'
import { RecoveryPage } from '@/components/error-boundary/recovery-page'
import { paths } from '@/config/paths'
import { OpenFilePage } from '@/features/open-file/open-file-page'
import { ResultPage } from '@/features/result/result-page'
import { SessionsPage } from '@/features/sessions/sessions-page'
import { CheckAnswersPage } from '@/features/wizard/check-answers-page'
import { QuestionPage } from '@/features/wizard/question-page'
import { AccessibilityPage } from '@/pages/accessibility-page'
import { NotCoveredPage } from '@/pages/not-covered-page'
import { NotFoundPage } from '@/pages/not-found-page'
import { PrivacyPage } from '@/pages/privacy-page'
import { StartPage } from '@/pages/start-page'
import { Layout } from './layout'

/** The app's routes, shared by the browser router and the build's prerender step. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RecoveryPage />,
    children: [
      { path: paths.start, element: <StartPage /> },
      { path: paths.questionPattern, element: <QuestionPage /> },
      { path: paths.checkAnswers, element: <CheckAnswersPage /> },
      { path: paths.result, element: <ResultPage /> },
      { path: paths.sessions, element: <SessionsPage /> },
      { path: paths.open, element: <OpenFilePage /> },
      // Workshop pages load on demand: they are not part of the start page's bundle.
      {
        path: paths.map,
        lazy: () => import('@/features/map/map-page').then((m) => ({ Component: m.MapPage })),
      },
      {
        path: paths.compare,
        lazy: () =>
          import('@/features/compare/compare-page').then((m) => ({ Component: m.ComparePage })),
      },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.notCovered, element: <NotCoveredPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
