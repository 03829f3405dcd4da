import { beforeEach, describe, expect, it } from 'vitest'
import { keepPlanFor, planDraftFor, selectPinned, setPlanDraft } from './plan-draft'
import { compactDraft, isRecordDraft, useRecordDraft } from './record-draft'

const ltf = { route: 'light-touch-flexible', variant: 'conventional', regime: 'pa-2023' }
const grant = { route: 'grant', variant: 'subsidy-assessment', regime: 'pa-2023' }
const plan = {
  pinned: { 'pa.uk6': '2027-03-18' },
  target: { step: 'pa.entry', date: '2027-04-01' },
}

describe('the plan draft', () => {
  beforeEach(() => useRecordDraft.getState().reset())

  it('is kept in the record draft and survives compacting for a session or an export', () => {
    keepPlanFor(ltf)
    setPlanDraft(plan)
    const { draft } = useRecordDraft.getState()
    expect(selectPinned(useRecordDraft.getState())).toEqual({ 'pa.uk6': '2027-03-18' })
    expect(compactDraft(draft)).toMatchObject({
      plan,
      planRoute: 'light-touch-flexible|conventional|pa-2023',
    })
  })

  it('is cleared when another route is shown, and adopted by the first result when it has none', () => {
    setPlanDraft(plan)
    keepPlanFor(ltf)
    expect(useRecordDraft.getState().draft.plan).toEqual(plan)
    keepPlanFor(grant)
    expect(useRecordDraft.getState().draft.plan).toBeUndefined()
  })

  it('is empty for a result it was not made for', () => {
    const draft = { plan, planRoute: 'light-touch-flexible|conventional|pa-2023' }
    expect(planDraftFor(draft, ltf)).toBe(plan)
    expect(planDraftFor(draft, grant).pinned).toEqual({})
  })

  it('refuses a stored plan with a date that is not a real day', () => {
    expect(isRecordDraft({ notes: {}, plan })).toBe(true)
    expect(isRecordDraft({ notes: {}, plan: { pinned: { 'pa.uk6': '2027-02-30' } } })).toBe(false)
    expect(
      isRecordDraft({
        notes: {},
        plan: { pinned: {}, target: { step: 'pa.entry', date: 'soon' } },
      }),
    ).toBe(false)
  })
})
