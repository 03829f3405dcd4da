import { isQuestionId, type QuestionId } from '@machines/questions'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeStorage } from '@/lib/storage/safe-storage'

/** The details a decision record carries beside the answers. All optional. */
export const recordDetailFields = [
  'title',
  'organisation',
  'preparedBy',
  'approvedBy',
  'decisionDate',
] as const
export type RecordDetailField = (typeof recordDetailFields)[number]

/** Where a note belongs: a question of the path, or the result as a whole. */
export type NoteKey = QuestionId | 'result'

export type RecordDraft = Partial<Record<RecordDetailField, string>> & {
  notes: Partial<Record<NoteKey, string>>
}

export const MAX_TEXT_LENGTH = 10_000

export const emptyDraft = (): RecordDraft => ({ notes: {} })

export function isNoteKey(key: string): key is NoteKey {
  return key === 'result' || isQuestionId(key)
}

/** True for a draft as we store it: short strings only, notes keyed by question. */
export function isRecordDraft(value: unknown): value is RecordDraft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  const textOk = (v: unknown) =>
    v === undefined || (typeof v === 'string' && v.length <= MAX_TEXT_LENGTH)
  if (!recordDetailFields.every((f) => textOk(draft[f]))) return false
  const notes = draft.notes
  if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) return false
  return Object.entries(notes).every(([k, v]) => isNoteKey(k) && textOk(v))
}

type DraftState = {
  draft: RecordDraft
  setDetail: (field: RecordDetailField, value: string) => void
  setNote: (key: NoteKey, value: string) => void
  replace: (draft: RecordDraft | undefined) => void
  reset: () => void
}

/**
 * The record details and notes of the session in this tab. Kept in sessionStorage, so a
 * reload keeps them and a new tab or a shared link starts clean; a saved session keeps a
 * copy. The answers themselves live only in the URL.
 */
export const useRecordDraft = create<DraftState>()(
  persist(
    (set) => ({
      draft: emptyDraft(),
      setDetail: (field, value) =>
        set((s) => ({
          draft: { ...s.draft, [field]: value.slice(0, MAX_TEXT_LENGTH) || undefined },
        })),
      setNote: (key, value) =>
        set((s) => ({
          draft: {
            ...s.draft,
            notes: { ...s.draft.notes, [key]: value.slice(0, MAX_TEXT_LENGTH) || undefined },
          },
        })),
      replace: (draft) => set({ draft: draft && isRecordDraft(draft) ? draft : emptyDraft() }),
      reset: () => set({ draft: emptyDraft() }),
    }),
    {
      name: 'route-finder-draft',
      version: 1,
      storage: safeStorage<{ draft: RecordDraft }>(
        () => window.sessionStorage,
        () => {},
      ),
      partialize: (s) => ({ draft: s.draft }),
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: unknown })?.draft
        return { ...current, draft: isRecordDraft(draft) ? draft : emptyDraft() }
      },
      skipHydration: true,
    },
  ),
)

export function loadDraft() {
  void useRecordDraft.persist.rehydrate()
}

/** The draft without empty values, for exports and saved sessions. */
export function compactDraft(draft: RecordDraft): RecordDraft {
  const notes = Object.fromEntries(Object.entries(draft.notes).filter(([, v]) => v?.trim()))
  const out: RecordDraft = { notes }
  for (const f of recordDetailFields) {
    const v = draft[f]?.trim()
    if (v) out[f] = v
  }
  return out
}
