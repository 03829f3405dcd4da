import { describe, expect, it } from 'vitest'
import { afterAnswer, backFrom } from './flow'

const dates = { today: '2026-11-25' }
const start = { jurisdiction: 'england', 'authority-type': 'local-authority' }

describe('the wizard flow', () => {
  it('goes to the question the machine asks next', () => {
    expect(afterAnswer(start, 'approach', 'buy-services', dates, undefined)).toBe(
      '/questions/existing-procurement?jurisdiction=england&authority-type=local-authority&approach=buy-services&ruleset=2027-01',
    )
  })

  it('steps forward one question when going back through answered ones', () => {
    const answers = { ...start, approach: 'fund-organisation', 'enforceable-deliverables': 'no' }
    expect(afterAnswer(answers, 'jurisdiction', 'england', dates, undefined)).toMatch(
      /^\/questions\/authority-type\?/,
    )
  })

  it('goes to check answers when the path is complete, dropping answers off the path', () => {
    const answers = {
      ...start,
      approach: 'fund-organisation',
      'enforceable-deliverables': 'no',
      'mfa-headroom': 'yes',
    }
    const url = afterAnswer(answers, 'economic-activity', 'no', dates, undefined)
    expect(url).toBe(
      '/check-answers?jurisdiction=england&authority-type=local-authority&approach=fund-organisation&enforceable-deliverables=no&economic-activity=no&ruleset=2027-01',
    )
  })

  it('returns to check answers after a change, asking any new question first', () => {
    const grant = {
      ...start,
      approach: 'fund-organisation',
      'enforceable-deliverables': 'no',
      'economic-activity': 'no',
    }
    expect(afterAnswer(grant, 'economic-activity', 'yes', dates, 'check')).toMatch(
      /^\/questions\/mfa-headroom\?.*return=check&ruleset=2027-01$/,
    )
    expect(
      afterAnswer({ ...grant, 'economic-activity': 'yes' }, 'mfa-headroom', 'no', dates, 'check'),
    ).toMatch(/^\/check-answers\?/)
  })

  it('links Back to the previous question on the path, and from the first to the start', () => {
    expect(backFrom('approach', start, dates)).toBe(
      '/questions/authority-type?jurisdiction=england&authority-type=local-authority&ruleset=2027-01',
    )
    expect(backFrom('jurisdiction', start, dates)).toBe('/')
  })
})

describe('the first question', () => {
  it('is the statechart’s initial state', async () => {
    const { decisionMachine } = await import('@machines/decision-machine')
    const { paths } = await import('@/config/paths')
    expect(paths.firstQuestion).toBe(paths.question(String(decisionMachine.config.initial)))
  })
})
