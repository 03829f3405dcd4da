import { describe, expect, it } from 'vitest'
import { modificationDuties, modificationNotes, retentionStep, terminationRisk } from './sentences'
import { modContext } from './test-contexts'

/** Issue 16, decision model 6.1, 8.1, 8.8.1 and 8.11: the notes and duties of every changes result. */

describe('notes of the changes journey', () => {
  it('says the result assumes an other public body is a contracting authority (8.1)', () => {
    const ctx = modContext('modification-permitted', 'provided-for', 'pa-2023', {
      authorityType: 'other-public-body',
    })
    expect(modificationNotes(ctx).join(' ')).toMatch(
      /assumes your organisation is a contracting authority/,
    )
    expect(
      modificationNotes(modContext('modification-permitted', 'provided-for', 'pa-2023')),
    ).toEqual([])
  })

  it('says a Scottish result does not cover a call-off under a UK framework, and a reserved body must check its rules (8.1, 8.11 item 10)', () => {
    expect(
      modificationNotes(modContext('modification-minor', 'de-minimis', 'pcr-scotland-2015')).join(
        ' ',
      ),
    ).toMatch(/does not cover a call-off under a UK-wide framework/)
    const reserved = modContext('modification-minor', 'de-minimis', 'pcr-2015', {
      jurisdiction: 'scotland',
      reservedBodyInScotland: true,
    })
    expect(modificationNotes(reserved).join(' ')).toMatch(
      /check which regulations governed this contract/,
    )
  })

  it('under a PSR, puts the overlap with the PCR saving as a check (8.11 item 12), and in Wales the pre-2025 reading (item 11)', () => {
    const england = modificationNotes(
      modContext('psr-modification-permitted', 'urgent', 'psr-2023'),
    ).join(' ')
    expect(england).toMatch(
      /check how their saving and this regime’s rules on changes fit together/,
    )
    expect(england).not.toMatch(/reg 13\(2\)-\(5\)/)
    const wales = modificationNotes(
      modContext('psr-modification-permitted', 'urgent', 'psr-wales-2025'),
    ).join(' ')
    expect(wales).toMatch(/we applied reg 13\(2\)-\(5\), the cautious reading: check it/)
  })
})

describe('points of 8.11 the notes state only as checks', () => {
  it('reg 72 for a light touch contract (item 8) and Scottish contracts awarded before 18 April 2016 (item 24)', () => {
    const lightTouch = modContext('modification-permitted', 'not-substantial', 'pcr-2015', {
      answers: { 'mod-contract-category': 'light-touch-services' },
    })
    expect(modificationNotes(lightTouch).join(' ')).toMatch(
      /reg 72 to this light touch contract, .*: check it/,
    )
    const old = modContext('modification-minor', 'de-minimis', 'pcr-scotland-2015', {
      answers: { 'mod-procurement-start': 'before-2024' },
    })
    expect(modificationNotes(old).join(' ')).toMatch(/before 18 April 2016, check which rules/)
    const recent = modContext('modification-minor', 'de-minimis', 'pcr-scotland-2015', {
      answers: { 'mod-procurement-start': 'before-act' },
    })
    expect(modificationNotes(recent).join(' ')).not.toMatch(/18 April 2016/)
  })
})

describe('duties in place of the social value note (6.1)', () => {
  it('names the procurement objectives under the Act and the principles under each PSR', () => {
    const act = modificationDuties(modContext('modification-permitted', 'provided-for', 'pa-2023'))
    expect(act.text).toMatch(/s\.12 with s\.1\(1\)\(b\)/)
    expect(
      modificationDuties(modContext('psr-modification-permitted', 'urgent', 'psr-2023'))
        .references[0]?.citation,
    ).toBe('SI 2023/1348, reg 4')
    expect(
      modificationDuties(modContext('psr-modification-permitted', 'urgent', 'psr-wales-2025'))
        .references[0]?.citation,
    ).toBe('WSI 2025/99, reg 5')
  })

  it('states no social value duty as law under the 2015 Regulations', () => {
    const pcr = modificationDuties(modContext('modification-minor', 'de-minimis', 'pcr-2015'))
    expect(pcr.text).toMatch(/set no separate social value duty/)
    expect(pcr.references).toEqual([])
  })
})

describe('records and termination (8.8.1)', () => {
  it('keeps records three years, with s.98 reaching changes only as a check (8.11 item 20)', () => {
    expect(retentionStep('pa-2023')).toMatch(/check whether it reaches changes/)
    expect(retentionStep('psr-wales-2025')).toMatch(/reg 30, for three years/)
  })

  it('gives each regime’s termination right, the Welsh one as a check (8.11 item 13)', () => {
    expect(terminationRisk('pa-2023')).toMatch(/s\.78\(2\)\(a\)/)
    expect(terminationRisk('pcr-2015')).toMatch(/reg 73\(1\)\(a\)/)
    expect(terminationRisk('psr-2023')).toMatch(/reg 22\(1\)\(a\)/)
    expect(terminationRisk('psr-wales-2025')).toMatch(/probably means reg 13 \(check\)/)
  })
})
