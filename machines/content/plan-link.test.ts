import { describe, expect, it } from 'vitest'
import { linkedSteps, parsePlanLinks, plainWords, planLink } from './plan-link'

describe('plan links in content text', () => {
  const text = 'Publish it, then wait for [the standstill](plan:pa.standstill.mandatory) to end.'

  it('cuts the text into plain runs and links, in order', () => {
    expect(parsePlanLinks(text)).toEqual([
      { text: 'Publish it, then wait for ' },
      { text: 'the standstill', step: 'pa.standstill.mandatory' },
      { text: ' to end.' },
    ])
  })

  it('reads two links and a link at either end', () => {
    const two = `${planLink('Notice', 'pa.uk6')} and ${planLink('standstill', 'psrw.fw.standstill')}`
    expect(parsePlanLinks(two)).toEqual([
      { text: 'Notice', step: 'pa.uk6' },
      { text: ' and ' },
      { text: 'standstill', step: 'psrw.fw.standstill' },
    ])
    expect(linkedSteps(two)).toEqual(['pa.uk6', 'psrw.fw.standstill'])
  })

  it('leaves text with no link as one run', () => {
    expect(parsePlanLinks('No link (s.50).')).toEqual([{ text: 'No link (s.50).' }])
    expect(parsePlanLinks('')).toEqual([])
  })

  it('leaves an ordinary link or a malformed token alone', () => {
    const other =
      'See [the guidance](https://example.gov.uk) or [words](plan:) or [x](plan:Bad Id).'
    expect(parsePlanLinks(other)).toEqual([{ text: other }])
    expect(linkedSteps(other)).toEqual([])
  })

  it('gives the plain words for exports', () => {
    expect(plainWords(text)).toBe('Publish it, then wait for the standstill to end.')
    expect(plainWords('Plain.')).toBe('Plain.')
  })

  it('writes the token it reads', () => {
    expect(planLink('the tender notice', 'pa.uk4')).toBe('[the tender notice](plan:pa.uk4)')
    expect(linkedSteps(planLink('w', 'pcs.reg.award-notice'))).toEqual(['pcs.reg.award-notice'])
  })
})
