import { useMemo } from 'react'
import { useToday } from '@/lib/clock/use-today'
import { useHydrated, useHydratedSearch } from '@/lib/navigation/use-hydrated'
import { parseAnswerQuery } from './answer-query'

/**
 * The answers in the page's URL, parsed once per URL and day. `hydrated` is false while
 * a prerendered page hydrates: the page then renders as it was prerendered, from its
 * path alone.
 */
export function useAnswerQuery() {
  const search = useHydratedSearch()
  const hydrated = useHydrated()
  const today = useToday()
  return useMemo(() => {
    const parsed = parseAnswerQuery(search)
    return { ...parsed, search, hydrated, dates: { startDate: parsed.startDate, today } }
  }, [search, hydrated, today])
}
