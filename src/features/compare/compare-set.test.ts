import { describe, expect, it } from 'vitest'
import { compareSetQuery, readCompareSet, scenarioFromLink } from './compare-set'

describe('the compare set', () => {
  it('round-trips up to four scenarios through the URL', () => {
    const set = ['jurisdiction=england', 'jurisdiction=wales&authority-type=nhs']
    expect(readCompareSet(compareSetQuery(set))).toEqual(set)
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
    expect(scenarioFromLink('/result?jurisdiction=mars')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/problem/),
    })
  })
})
