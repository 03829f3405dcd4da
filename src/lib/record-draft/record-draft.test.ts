import { beforeEach, describe, expect, it } from 'vitest'
import { isRecordDraft, MAX_TEXT_LENGTH, useRecordDraft } from './record-draft'

describe('the record draft', () => {
  beforeEach(() => useRecordDraft.getState().reset())

  it('refuses a decision date that is not a real day', () => {
    expect(isRecordDraft({ notes: {}, decisionDate: '2026-02-28' })).toBe(true)
    for (const date of ['2026-02-31', '9999-99-99', '2026-13-01']) {
      expect(isRecordDraft({ notes: {}, decisionDate: date })).toBe(false)
    }
  })

  it('marks text cut at the limit, and clears the mark when it fits again', () => {
    const { setNote, setDetail } = useRecordDraft.getState()
    setNote('result', 'x'.repeat(MAX_TEXT_LENGTH + 1))
    setDetail('title', 'short')
    expect(useRecordDraft.getState().draft.notes.result).toHaveLength(MAX_TEXT_LENGTH)
    expect(useRecordDraft.getState().cut).toEqual({ result: true })
    setNote('result', 'shorter')
    expect(useRecordDraft.getState().cut).toEqual({})
  })
})
