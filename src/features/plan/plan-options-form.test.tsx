// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useRecordDraft } from '@/lib/record-draft/record-draft'
import PlanSection from './plan-section'
import { england, resetPlanTest, planResult as result } from './plan-test-cases'

afterEach(resetPlanTest)

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save plan settings' }))
const question = (legend: string) => screen.getByRole('group', { name: legend })

describe('PlanOptionsForm in the plan section', () => {
  it('shows the default procedure selected; choosing restricted adds the participation step', () => {
    const { container } = render(
      <PlanSection
        result={result('competitive-procedure', 'conventional', 'pcr-2015')}
        answers={england}
        today="2027-01-04"
      />,
    )
    const procedure = question('Which procedure will you use?')
    expect((within(procedure).getByLabelText('Open procedure') as HTMLInputElement).checked).toBe(
      true,
    )
    expect(container.querySelector('[data-step="pcr.rtp-deadline"]')).toBeNull()
    fireEvent.click(within(procedure).getByLabelText('Restricted procedure'))
    submit()
    expect(container.querySelector('[data-step="pcr.rtp-deadline"]')).not.toBeNull()
    expect(useRecordDraft.getState().draft.plan?.options).toEqual({ procedure: 'restricted' })
    expect(
      screen.getByText(/The plan settings are saved/).closest('[role="status"]'),
    ).not.toBeNull()
  })

  it('asks about a participation stage once the competitive flexible procedure is chosen (PA 2023)', () => {
    const { container } = render(
      <PlanSection
        result={result('competitive-procedure', 'conventional', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    expect(screen.queryByRole('group', { name: 'Will there be a participation stage?' })).toBeNull()
    fireEvent.click(screen.getByLabelText('Competitive flexible procedure'))
    const stage = question('Will there be a participation stage?')
    fireEvent.click(within(stage).getByLabelText('Yes'))
    submit()
    expect(container.querySelector('[data-step="pa.participation-deadline"]')).not.toBeNull()
    expect(useRecordDraft.getState().draft.plan?.options).toEqual({
      procedure: 'competitive-flexible',
      participationStage: true,
    })
  })

  it('advises recording why urgency applies', () => {
    render(
      <PlanSection
        result={result('competitive-procedure', 'conventional', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    const urgency = question('Does a state of urgency make the usual time limits impractical?')
    expect(urgency.textContent).toContain('Record why')
    expect((within(urgency).getByLabelText('No') as HTMLInputElement).checked).toBe(true)
  })

  it('reads an asset transfer’s own amount in whole pounds and says what to enter when it cannot', () => {
    // The subsidy of a transfer is its undervalue, not the asset's value: asked here, not taken from the record.
    useRecordDraft.setState((s) => ({
      draft: { ...s.draft, amount: '900,000', plan: { pinned: {}, options: { subsidy: 'mfa' } } },
    }))
    render(
      <PlanSection
        result={result('community-asset-transfer', 'undervalue', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    const amount = screen.getByLabelText('How much is the subsidy or assistance?')
    fireEvent.change(amount, { target: { value: '12.50' } })
    submit()
    expect(screen.getAllByText('Enter the amount in whole pounds, without pence').length).toBe(2)
    expect(useRecordDraft.getState().draft.plan?.options).toEqual({ subsidy: 'mfa' })
    fireEvent.change(amount, { target: { value: '£150,000' } })
    submit()
    expect(useRecordDraft.getState().draft.plan?.options).toEqual({
      subsidy: 'mfa',
      amountGbp: 150000,
    })
  })

  it('on a grant, does not ask the amount: the database entry follows the record’s "Amount (£)"', () => {
    const setAmount = (text: string) =>
      act(() => useRecordDraft.getState().setDetail('amount', text))
    const { container } = render(
      <PlanSection
        result={result('grant', 'minimal-financial-assistance', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    expect(screen.queryByLabelText('How much is the subsidy or assistance?')).toBeNull()
    expect(
      screen.getByText(/^No grant amount is given yet\. Give it in the record details under/),
    ).toBeTruthy()
    const database = () => container.querySelector('[data-step="sca.database"]')
    // Minimal financial assistance: an entry only above £100,000 (plan-model.md 6.6).
    setAmount('£150,000')
    expect(database()).not.toBeNull()
    expect(
      screen.getByText(
        /^The plan uses the grant amount given in the record details under Amount \(£\): £150,000\.$/,
      ),
    ).toBeTruthy()
    setAmount('50,000')
    expect(database()).toBeNull()
    expect(screen.queryByLabelText('How much is the subsidy or assistance?')).toBeNull()
  })

  it('on a grant, ignores an amount an older draft kept in the plan settings', () => {
    useRecordDraft.setState((s) => ({
      draft: { ...s.draft, amount: '150,000', plan: { pinned: {}, options: { amountGbp: 5 } } },
    }))
    const { container } = render(
      <PlanSection
        result={result('grant', 'minimal-financial-assistance', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    // £5 would need no entry; the record's £150,000 does.
    expect(container.querySelector('[data-step="sca.database"]')).not.toBeNull()
  })

  it('keeps the changes journey’s option untouched', () => {
    useRecordDraft.setState((s) => ({
      draft: { ...s.draft, plan: { pinned: {}, options: { urgency: true } } },
    }))
    render(
      <PlanSection
        result={result('competitive-procedure', 'conventional', 'pa-2023')}
        answers={england}
        today="2027-01-04"
      />,
    )
    const urgency = question('Does a state of urgency make the usual time limits impractical?')
    expect((within(urgency).getByLabelText('Yes') as HTMLInputElement).checked).toBe(true)
    // Back to the default: nothing is kept.
    fireEvent.click(within(urgency).getByLabelText('No'))
    submit()
    expect(useRecordDraft.getState().draft.plan?.options).toBeUndefined()
  })
})
