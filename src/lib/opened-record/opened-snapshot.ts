import type { Answers } from '@machines/answers'
import { create } from 'zustand'

/** What the opened file said, kept by the "Open a saved file" page. */
export type OpenedSnapshot = {
  route: string | null
  variant: string | null
  regime: string
  title: string
  /** The ruleset the record was made under. */
  ruleset: string
  /** The record's answers: its result is compared only while the answers still hold them. */
  answers: Answers
}

/**
 * The last record opened, in memory only. It outlives navigation because a record made under
 * an earlier ruleset may need a new question answered before its result can be compared.
 */
export const useOpenedRecord = create<{
  opened: OpenedSnapshot | undefined
  open: (snapshot: OpenedSnapshot) => void
}>((set) => ({ opened: undefined, open: (opened) => set({ opened }) }))

/**
 * Whether these answers continue the opened record: none of its answers changed. One may be
 * gone: the wizard drops answers that leave the path, as when a question the record never
 * had (asked because the rules changed) ends the path sooner with another route.
 */
export function continuesRecord(snapshot: OpenedSnapshot, answers: Answers): boolean {
  const saved = Object.entries(snapshot.answers) as [keyof Answers, unknown][]
  return (
    saved.some(([id]) => answers[id] !== undefined) &&
    saved.every(([id, value]) => answers[id] === undefined || answers[id] === value)
  )
}
