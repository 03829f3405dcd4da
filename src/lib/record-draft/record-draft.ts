import { isIsoDate } from '@machines/dates'
// The ids alone, not every question's options: this store loads with the start page.
import { isQuestionId, type QuestionId } from '@machines/question-ids'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { type StorageStatus, safeStorage } from '@/lib/storage/safe-storage'
import { isPlanDraft, type PlanDraft } from './plan-draft-shape'

/** The details a decision record carries beside the answers. All optional. */
export const recordDetailFields = [
  'title',
  'organisation',
  'preparedBy',
  'approvedBy',
  'decisionDate',
  // Only for the routes that give money or an asset to a named organisation
  // (routesWithRecipient); `amount` is kept as typed and read by parseRecordAmount.
  'amount',
  'recipient',
] as const
export type RecordDetailField = (typeof recordDetailFields)[number]

/** Where a note belongs: a question of the path, or the result as a whole. */
export type NoteKey = QuestionId | 'result'

export type RecordDraft = Partial<Record<RecordDetailField, string>> & {
  notes: Partial<Record<NoteKey, string>>
  /** "Your procurement plan": pinned dates, target and options (plan-draft.ts reads and writes it). */
  plan?: PlanDraft
  /** The route, variant and regime the plan was made for (planRouteKey): another result clears it. */
  planRoute?: string
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
  // A real calendar date: 2026-02-31 would print as "31 February".
  if (draft.decisionDate !== undefined && !isIsoDate(draft.decisionDate)) return false
  if (draft.plan !== undefined && !isPlanDraft(draft.plan)) return false
  if (draft.planRoute !== undefined && !textOk(draft.planRoute)) return false
  const notes = draft.notes
  if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) return false
  return Object.entries(notes).every(([k, v]) => isNoteKey(k) && textOk(v))
}

type DraftState = {
  draft: RecordDraft
  /** The fields and notes whose typed or pasted text was cut at MAX_TEXT_LENGTH. */
  cut: Partial<Record<RecordDetailField | NoteKey, true>>
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
      cut: {},
      setDetail: (field, value) =>
        set((s) => ({
          draft: { ...s.draft, [field]: value.slice(0, MAX_TEXT_LENGTH) || undefined },
          cut: markCut(s.cut, field, value),
        })),
      setNote: (key, value) =>
        set((s) => ({
          draft: {
            ...s.draft,
            notes: { ...s.draft.notes, [key]: value.slice(0, MAX_TEXT_LENGTH) || undefined },
          },
          cut: markCut(s.cut, key, value),
        })),
      replace: (draft) =>
        set({ draft: draft && isRecordDraft(draft) ? draft : emptyDraft(), cut: {} }),
      reset: () => set({ draft: emptyDraft(), cut: {} }),
    }),
    {
      name: 'route-finder-draft',
      version: 1,
      storage: safeStorage<{ draft: RecordDraft }>(() => window.sessionStorage, setDraftStorage),
      partialize: (s) => ({ draft: s.draft }),
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: unknown })?.draft
        return { ...current, draft: isRecordDraft(draft) ? draft : emptyDraft() }
      },
      skipHydration: true,
    },
  ),
)

function markCut(cut: DraftState['cut'], key: RecordDetailField | NoteKey, value: string) {
  const over = value.length > MAX_TEXT_LENGTH
  if (Boolean(cut[key]) === over) return cut
  const { [key]: _, ...rest } = cut
  return over ? { ...rest, [key]: true as const } : rest
}

/**
 * Whether this tab's storage keeps the draft. When it does not (storage refused or
 * full), the notes live in the page only and a reload loses them: the fields say so.
 */
export const useDraftStorage = create<{ status: StorageStatus }>(() => ({ status: 'ok' }))
function setDraftStorage(status: StorageStatus) {
  if (useDraftStorage.getState().status !== status) useDraftStorage.setState({ status })
}

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
  if (draft.plan) out.plan = draft.plan
  if (draft.planRoute) out.planRoute = draft.planRoute
  return out
}
