import { evaluate } from '@machines/evaluate'
import { describe, expect, it } from 'vitest'
import { buildRecord, type DecisionRecord } from './decision-record'
import { recordToMarkdown } from './markdown'
import { planView } from './plan-view'
import { grantAnswers, recordWithPlan, subsidyRecordWithPlan } from './record.examples'
import type { RecordPlan } from './record-plan'

describe('the plan in the record formats', () => {
  it('gives each step its notice code and name, its date with what kind it is, and its rule', () => {
    const plan = planView(recordWithPlan())
    const uk6 = plan?.rows.find((r) => r.step.startsWith('UK6 '))
    expect(uk6).toEqual({
      step: 'UK6 Contract award notice. Where: Find a Tender (the central digital platform). Required.',
      date: '18 March 2027 (your date)',
      rule: 'The date you choose. PA 2023 s.50.',
    })
    const entry = plan?.rows.find((r) => r.step.startsWith('Contract entered into'))
    expect(entry?.date).toBe('1 April 2027 (earliest lawful date, proposed)')
    expect(plan?.rows.find((r) => r.step.startsWith('UK7 '))?.date).toBe(
      '29 July 2027 (latest date)',
    )
  })

  it('gives the other reading of an UNVERIFIED point beside the date, as "Check: …"', () => {
    const row = planView(subsidyRecordWithPlan())?.rows.find((r) => r.date.includes('Check:'))
    expect(row?.date).toMatch(/^14 April 2027 \(latest date\)\. Check: 15 April 2027/)
  })

  it('says where a pinned date breaks a statutory minimum', () => {
    const record = recordWithPlan()
    record.plan = { pinned: { 'pa.uk6': '2027-03-18', 'pa.entry.actual': '2027-03-20' } }
    expect(planView(record)?.messages.join('\n')).toMatch(/^Contract entered into: earlier than/)
  })

  it('says the date it works back from, and gives each earlier step its latest date', () => {
    const record = recordWithPlan()
    record.plan = { pinned: {}, target: { step: 'pa.entry.actual', date: '2027-04-01' } }
    const plan = planView(record)
    expect(plan?.target).toMatch(/^Worked back from 1 April 2027 \(Contract entered into\)/)
    // Case B01: eight working days of standstill across Easter 2027 end on 31 March.
    expect(plan?.rows.find((r) => r.step.startsWith('UK6 '))?.date).toBe(
      '18 March 2027 (latest date)',
    )
  })

  it('is a Markdown table after the next steps, with the pinned date', () => {
    const md = recordToMarkdown(recordWithPlan())
    const at = md.indexOf('## Your procurement plan')
    expect(at).toBeGreaterThan(md.indexOf('## Next steps'))
    expect(md).toContain('| Step | Date | Rule and source |')
    expect(md).toContain(
      '| UK6 Contract award notice. Where: Find a Tender (the central digital platform). Required. | 18 March 2027 (your date) | The date you choose. PA 2023 s.50. |',
    )
  })

  it('lists the undated steps of a route with no procurement notice', () => {
    const record = subsidyRecordWithPlan()
    const plan = planView({
      ...record,
      result: { ...record.result, route: 'public-public-exempt', variant: 'vertical' },
      plan: { pinned: {} },
    })
    expect(plan?.none).toMatch(/^No statutory procurement notice/)
    expect(plan?.undated).toContain('Publish a voluntary notice, for transparency (Optional).')
  })
})

describe('a grant’s plan in the record formats', () => {
  // Minimal financial assistance: a database entry only above £100,000 (plan-model.md 6.6).
  const grant = (amount: string, plan: RecordPlan) => {
    const answers = grantAnswers
    const result = evaluate(answers, { today: '2026-11-25' })
    return buildRecord({
      result,
      answers,
      startDate: undefined,
      draft: { notes: {}, amount, plan },
      createdAt: '2026-11-25T10:00:00.000Z',
    })
  }
  const hasDatabaseEntry = (record: DecisionRecord) =>
    planView(record)?.rows.some((r) => /database/i.test(r.step))

  it('takes the amount from the record’s "Amount (£)"', () => {
    expect(grant('150,000', { pinned: {} }).result.variant).toBe('minimal-financial-assistance')
    expect(hasDatabaseEntry(grant('150,000', { pinned: {} }))).toBe(true)
    expect(hasDatabaseEntry(grant('50,000', { pinned: {} }))).toBe(false)
  })

  it('ignores, and does not write, an amount an older draft kept in the plan settings', () => {
    const record = grant('150,000', { pinned: {}, options: { amountGbp: 5, urgency: true } })
    expect(record.plan?.options).toEqual({ urgency: true })
    expect(hasDatabaseEntry(record)).toBe(true)
    // A file written before: its plan still carries the amount; the record's own wins.
    expect(hasDatabaseEntry({ ...record, plan: { pinned: {}, options: { amountGbp: 5 } } })).toBe(
      true,
    )
  })
})
