import { useMemo } from 'react'
import { useLocation } from 'react-router-dom'
import { useToday } from '@/features/clock/use-today'
import { parseAnswerQuery } from './answer-query'

/** The answers in the page's URL, parsed once per URL and day. */
export function useAnswerQuery() {
  const { search } = useLocation()
  const today = useToday()
  return useMemo(() => {
    const parsed = parseAnswerQuery(search)
    return { ...parsed, search, dates: { startDate: parsed.startDate, today } }
  }, [search, today])
}
