import type { AnswerProblem, Answers } from '@machines/answers'
import { useMemo } from 'react'
import { type LinkFault, parseAnswerQuery } from '@/lib/answers/answer-query'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { type SavedSession, useSessions } from '@/lib/sessions/sessions-store'

export type MapAnswers = {
  answers: Answers
  startDate: string | undefined
  today: string
  /**
   * Where the answers came from: this page's link, the latest saved session, or nowhere;
   * `link-problem` when the link is faulty: no path is marked and the problems are shown.
   */
  source: 'link' | 'link-problem' | 'session' | 'none'
  session?: SavedSession
  problems?: AnswerProblem[]
  faults?: LinkFault[]
}

/**
 * The session the map marks: the answers in the link, as the wizard's pages carry them,
 * or else the most recently saved session in this browser.
 */
export function useMapAnswers(): MapAnswers {
  const { answers, startDate, dates, problems, faults } = useAnswerQuery()
  const sessions = useSessions((s) => s.sessions)
  return useMemo(() => {
    // As every other page does, a faulty link is refused, not half-followed.
    if (problems.length > 0) {
      return {
        answers: {},
        startDate: undefined,
        today: dates.today,
        source: 'link-problem',
        problems,
        faults,
      }
    }
    if (Object.keys(answers).length > 0) {
      return { answers, startDate, today: dates.today, source: 'link' }
    }
    const session = latest(sessions)
    if (session) {
      const saved = parseAnswerQuery(session.query)
      if (Object.keys(saved.answers).length > 0) {
        return {
          answers: saved.answers,
          startDate: saved.startDate,
          today: dates.today,
          source: 'session',
          session,
        }
      }
    }
    return { answers: {}, startDate: undefined, today: dates.today, source: 'none' }
  }, [answers, startDate, dates.today, sessions, problems, faults])
}

function latest(sessions: SavedSession[]): SavedSession | undefined {
  return sessions.reduce<SavedSession | undefined>(
    (best, s) => (best === undefined || s.savedAt > best.savedAt ? s : best),
    undefined,
  )
}
