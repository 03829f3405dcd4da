import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeStorage } from '@/lib/storage/safe-storage'
import {
  emptyDraft,
  isRecordDraft,
  MAX_TEXT_LENGTH,
  type NoteKey,
  type RecordDetailField,
  type RecordDraft,
} from './record-draft'

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
