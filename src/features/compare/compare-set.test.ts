import { describe, expect, it } from 'vitest'
import { compareSetQuery, readCompareSet, scenarioFromLink } from './compare-set'

describe('the compare set', () => {
  it('round-trips up to four scenarios through the URL', () => {
    const set = ['jurisdiction=england', 'jurisdiction=wales&authority-type=nhs']
    expect(readCompareSet(compareSetQuery(set)).map((s) => s.query)).toEqual(set)
    expect(readCompareSet(compareSetQuery(['a', 'b', 'c', 'd', 'e']))).toHaveLength(4)
  })

  it('takes a full share link, a path or a bare query', () => {
    for (const link of [
      'http://localhost:4173/result?jurisdiction=england&authority-type=nhs',
      '/result?jurisdiction=england&authority-type=nhs#top',
      'jurisdiction=england&authority-type=nhs',
    ]) {
      const s = scenarioFromLink(link)
      expect(s.ok && s.parsed.answers).toEqual({ jurisdiction: 'england', 'authority-type': 'nhs' })
    }
  })

  it('explains a link it cannot use', () => {
    expect(scenarioFromLink('')).toEqual({ ok: false, message: 'Enter a Route Finder link' })
    expect(scenarioFromLink('https://example.com/')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no answers/),
    })
    expect(scenarioFromLink('/result?jurisdiction=mars')).toEqual({
      ok: false,
      message:
        'That link cannot be added. The link’s answer to “Where is your organisation constituted?” is not one of that question’s answers.',
    })
    for (const garbage of ['hello world', 'https://example.com/?q=route', '!!!']) {
      expect(scenarioFromLink(garbage), garbage).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^That is not a Route Finder link/),
      })
    }
    expect(scenarioFromLink('/result?jurisdiction=england&colour=blue')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/question Route Finder does not ask/),
    })
  })

  it('keeps each scenario’s name beside its answers in the URL', () => {
    const named = [
      { query: 'jurisdiction=england', name: 'As it is' },
      { query: 'jurisdiction=wales', name: '' },
      { query: 'jurisdiction=scotland', name: '  Scotland   instead ' },
    ]
    expect(readCompareSet(compareSetQuery(named))).toEqual([
      named[0],
      named[1],
      { query: 'jurisdiction=scotland', name: 'Scotland instead' },
    ])
    // Without names the link stays as short as before, and old links still open.
    expect(compareSetQuery(['jurisdiction=england'])).toBe('?s=jurisdiction%3Dengland')
    expect(readCompareSet('?s=jurisdiction%3Dengland')).toEqual([
      { query: 'jurisdiction=england', name: '' },
    ])
    expect(
      readCompareSet(compareSetQuery([{ query: 'a=b', name: 'x'.repeat(200) }]))[0]?.name,
    ).toHaveLength(80)
  })
})
