import type { Answers } from '@machines/answers'
import { useMemo } from 'react'
import { parseAnswerQuery } from '@/lib/answers/answer-query'
import { useAnswerQuery } from '@/lib/answers/use-answer-query'
import { type SavedSession, useSessions } from '@/lib/sessions/sessions-store'

export type MapAnswers = {
  answers: Answers
  startDate: string | undefined
  today: string
  /** Where the answers came from: this page's link, the latest saved session, or nowhere. */
  source: 'link' | 'session' | 'none'
  session?: SavedSession
}

/**
 * The session the map marks: the answers in the link, as the wizard's pages carry them,
 * or else the most recently saved session in this browser.
 */
export function useMapAnswers(): MapAnswers {
  const { answers, startDate, dates } = useAnswerQuery()
  const sessions = useSessions((s) => s.sessions)
  return useMemo(() => {
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
  }, [answers, startDate, dates.today, sessions])
}

function latest(sessions: SavedSession[]): SavedSession | undefined {
  return sessions.reduce<SavedSession | undefined>(
    (best, s) => (best === undefined || s.savedAt > best.savedAt ? s : best),
    undefined,
  )
}
