/** Every URL of the app, in one table. */
export const paths = {
  start: '/',
  question: (id: string) => `/questions/${id}`,
  /** The machine's first question (a test keeps the two equal). */
  firstQuestion: '/questions/jurisdiction',
  questionPattern: '/questions/:questionId',
  checkAnswers: '/check-answers',
  result: '/result',
  sessions: '/sessions',
  open: '/open',
  notCovered: '/not-covered',
  privacy: '/privacy',
  accessibility: '/accessibility',
  map: '/map',
  /** Rendered into the shell (app.html) at build time only. */
  shell: '/shell',
  compare: '/compare',
} as const
