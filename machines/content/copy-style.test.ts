import { describe, expect, it } from 'vitest'
import { copyStyleProblems, longSentences, sentencesOf, wordCount } from './copy-style'
import type { RouteText } from './route-content'

const sentence = (n: number) => `${Array.from({ length: n - 1 }, () => 'word').join(' ')} end.`

/** A text that keeps every rule: a summary of 3 sentences of 30 words (90 words). */
const good: RouteText = {
  title: 'A route',
  summary: [sentence(30), sentence(30), sentence(30)].join(' '),
  references: [
    { label: 'A rule', citation: 'An Act, s.1', url: 'https://example.org', source: 'pa-2023' },
  ],
  risks: ['One.', 'Two.', 'Three.'],
  nextSteps: ['One.', 'Two.', 'Three.', 'Four.'],
}

describe('copy style', () => {
  it('keeps a citation such as s.12 or reg 5(1) inside its sentence', () => {
    expect(sentencesOf('Read s.12 first. Then reg 5(1)! Done? Yes')).toEqual([
      'Read s.12 first.',
      'Then reg 5(1)!',
      'Done?',
      'Yes',
    ])
    expect(wordCount('  two  words ')).toBe(2)
  })

  it('flags a sentence of 31 words but not one of 30', () => {
    expect(longSentences(`${sentence(30)} ${sentence(31)}`)).toEqual([sentence(31)])
  })

  it('passes a text that keeps every rule', () => {
    expect(copyStyleProblems(good)).toEqual([])
  })

  it('holds the summary to 80-150 words in one paragraph', () => {
    expect(copyStyleProblems({ ...good, summary: sentence(30).repeat(1) })).toHaveLength(1)
    expect(
      copyStyleProblems({ ...good, summary: `${sentence(30)} ${sentence(30)} ${sentence(20)}` }),
    ).toEqual([])
    expect(
      copyStyleProblems({ ...good, summary: `${sentence(30)} ${sentence(30)} ${sentence(19)}` }),
    ).toHaveLength(1)
    const long = Array.from({ length: 5 }, () => sentence(30)).join(' ')
    expect(copyStyleProblems({ ...good, summary: long })).toEqual([])
    expect(copyStyleProblems({ ...good, summary: `${long} one` })).toHaveLength(1)
    expect(copyStyleProblems({ ...good, summary: good.summary.replace(' ', '\n') })).toHaveLength(1)
  })

  it('holds risks to 3-5 and next steps to 4-8, with no step repeated', () => {
    expect(copyStyleProblems({ ...good, risks: ['One.', 'Two.'] })).toHaveLength(1)
    expect(copyStyleProblems({ ...good, risks: ['1', '2', '3', '4', '5', '6'] })).toHaveLength(1)
    expect(copyStyleProblems({ ...good, nextSteps: ['1', '2', '3'] })).toHaveLength(1)
    expect(
      copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] }),
    ).toHaveLength(1)
    expect(copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', '3'] })).toEqual([
      'next steps: repeated',
    ])
  })

  it('wants a title, a reference and labelled citations, and short sentences in risks and steps', () => {
    expect(copyStyleProblems({ ...good, title: ' ' })).toEqual(['title: empty'])
    expect(copyStyleProblems({ ...good, references: [] })).toEqual(['references: none'])
    expect(
      copyStyleProblems({ ...good, references: [{ ...good.references[0]!, label: '' }] }),
    ).toHaveLength(1)
    expect(copyStyleProblems({ ...good, risks: ['One.', 'Two.', sentence(31)] })).toHaveLength(1)
    expect(copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', sentence(31)] })).toHaveLength(1)
  })

  // Issue 17: next steps name the plan's steps
  it('reads a next step by its words, and flags a plan link that does not parse', () => {
    const linked = (n: number) =>
      `Wait for [the standstill](plan:pa.standstill.mandatory) ${sentence(n)}`
    expect(copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', linked(26)] })).toEqual([])
    expect(copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', linked(27)] })).toHaveLength(1)
    expect(
      copyStyleProblems({ ...good, nextSteps: ['1', '2', '3', 'Wait for [it](plan:Bad Id).'] }),
    ).toHaveLength(1)
  })
})
