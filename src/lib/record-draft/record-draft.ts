import { isQuestionId, type QuestionId } from '@machines/questions'

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
