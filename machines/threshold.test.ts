import { describe, expect, it } from 'vitest'
import {
  belowThreshold,
  isBelowThreshold,
  thresholdDate,
  thresholdFor,
  thresholdKind,
} from './threshold'
import { thresholdTableOn } from './thresholds'

const ctx = (answers: Record<string, string | number>, startDate?: string) => ({
  answers,
  asked: Object.keys(answers) as never[],
  startDate,
  today: '2026-11-25',
})

describe('thresholds', () => {
  it('finds the table in force on a day, and none before the ruleset', () => {
    expect(thresholdTableOn('2025-12-31')?.amounts.central).toBe(139_688)
    expect(thresholdTableOn('2026-01-01')?.amounts.central).toBe(135_018)
    expect(thresholdTableOn('2023-12-31')).toBeUndefined()
  })
  it('picks the kind from the service category, the body and the class', () => {
    expect(
      thresholdFor(ctx({ 'authority-type': 'local-authority', 'service-category': 'light-touch' }))
        ?.kind,
    ).toBe('light-touch')
    expect(thresholdFor(ctx({ 'authority-type': 'local-authority' }))?.amount).toBe(207_720)
    expect(
      thresholdFor(ctx({ 'authority-type': 'nhs', 'threshold-class': 'not-sure' }))?.kind,
    ).toBe('central')
    expect(
      thresholdFor(ctx({ 'authority-type': 'nhs', 'threshold-class': 'sub-central' }))?.kind,
    ).toBe('sub-central')
  })
  it('uses the day before the Act for an old-rules procurement with no date', () => {
    const t = thresholdFor(
      ctx({ 'authority-type': 'central-government', 'existing-procurement': 'yes' }),
    )
    expect(t?.date).toBe('2025-02-23')
    expect(t?.amount).toBe(139_688)
  })
  it('measures a 2015 Regulations procurement or call-off against their own figures', () => {
    const callOff = {
      'authority-type': 'local-authority',
      'existing-procurement': 'no',
      'framework-regime': 'pcr-2015',
    }
    const t = thresholdFor(ctx(callOff))
    expect(t?.amount).toBe(214_904)
    expect(t?.source).toEqual(['ppn-11-23'])
    expect(t?.rules).toBe('pcr-2015')
    // The call-off's own start date does not move the 2015 Regulations' figures.
    expect(thresholdFor(ctx(callOff, '2026-06-01'))?.amount).toBe(214_904)
    expect(thresholdFor(ctx({ ...callOff, 'framework-regime': 'pa-2023' }))?.amount).toBe(207_720)
  })
  it('cites the instrument that set each figure under the Act', () => {
    const council = { 'authority-type': 'local-authority', 'existing-procurement': 'no' }
    expect(thresholdFor(ctx(council))?.source).toEqual(['si-2025-1200', 'ppn-023'])
    expect(thresholdFor(ctx({ ...council, jurisdiction: 'wales' }))?.source).toEqual([
      'pa-2023-thresholds-wales-2025',
    ])
    const in2025 = thresholdFor(ctx(council, '2025-06-01'))
    expect(in2025?.source).toEqual(['si-2025-163'])
    expect(in2025?.inForceFrom).toBe('2025-02-24')
    // The light touch figure is the Act's own, unchanged in 2026.
    const lightTouch = thresholdFor(ctx({ ...council, 'service-category': 'light-touch' }))
    expect(lightTouch?.source).toEqual(['pa-2023'])
    expect(lightTouch?.inForceFrom).toBe('2025-02-24')
  })
  it('cites the Scottish notes for a devolved Scottish body and flags unconfirmed figures', () => {
    const t = thresholdFor(ctx({ jurisdiction: 'scotland', 'authority-type': 'local-authority' }))
    expect(t?.source).toEqual(['sppn-4-2025'])
    expect(t?.unconfirmed).toBe(true)
    const central = thresholdFor(
      ctx({ jurisdiction: 'scotland', 'authority-type': 'nhs', 'threshold-class': 'central' }),
    )
    expect(central?.unconfirmed).toBe(false)
  })
})

describe('below the threshold', () => {
  it('is one pound under it; the threshold itself is not below', () => {
    expect(isBelowThreshold(207_719, { amount: 207_720 })).toBe(true)
    expect(isBelowThreshold(207_720, { amount: 207_720 })).toBe(false)
  })
})

// Decision model sections 3.1 and 3.4: which figure, and which day's figures.
describe('which figure and which day', () => {
  it('measures central government against the central figure, whatever else was answered', () => {
    // Only NHS and other bodies are asked their threshold class (3.1); an answer to it on a
    // central government path (kept from a changed answer) does not move the figure.
    const central = ctx({
      'authority-type': 'central-government',
      'threshold-class': 'sub-central',
    })
    expect(thresholdKind(central)).toBe('central')
    expect(thresholdFor(central)?.amount).toBe(135_018)
  })

  it('names whose figures apply: the Act, the Welsh Ministers or the 2015 Regulations', () => {
    const council = { 'authority-type': 'local-authority', 'existing-procurement': 'no' }
    expect(thresholdFor(ctx({ ...council, jurisdiction: 'england' }))?.rules).toBe('pa-2023')
    expect(thresholdFor(ctx({ ...council, jurisdiction: 'northern-ireland' }))?.rules).toBe(
      'pa-2023',
    )
    expect(thresholdFor(ctx({ ...council, jurisdiction: 'wales' }))?.rules).toBe('pa-2023-wales')
    expect(
      thresholdFor(ctx({ ...council, jurisdiction: 'england', 'existing-procurement': 'yes' }))
        ?.rules,
    ).toBe('pcr-2015')
  })

  it('reads a procurement begun under the 2015 Regulations on its own start date', () => {
    const before = { 'authority-type': 'central-government', 'existing-procurement': 'yes' }
    expect(thresholdFor(ctx(before, '2024-06-03'))?.date).toBe('2024-06-03')
    expect(thresholdFor(ctx(before, '2025-02-23'))?.date).toBe('2025-02-23')
  })

  it('reads a call-off under a 2015 Regulations framework from 2025-02-24 on 2025-02-23', () => {
    // The Regulations keep the figures they held on the last day before the Act, so a
    // call-off made on the day the Act came into force, or later, still uses that day.
    const callOff = {
      'authority-type': 'local-authority',
      'existing-procurement': 'no',
      'framework-regime': 'pcr-2015',
    }
    expect(thresholdFor(ctx(callOff, '2025-02-24'))?.date).toBe('2025-02-23')
    expect(thresholdFor(ctx(callOff, '2026-01-01'))?.date).toBe('2025-02-23')
  })

  it('reads a procurement begun before the Act, with no start date, on 2025-02-23', () => {
    // Section 3.4 for existing-procurement = yes, also where a later answer (health care
    // under the Provider Selection Regime) replaces the 2015 Regulations as the regime.
    const health = ctx({
      jurisdiction: 'england',
      'authority-type': 'nhs',
      'existing-procurement': 'yes',
      'health-care': 'yes',
    })
    expect(thresholdDate(health)).toBe('2025-02-23')
    expect(thresholdDate({ ...health, startDate: '2024-09-30' })).toBe('2024-09-30')
    const underTheAct = ctx({ 'authority-type': 'nhs', 'existing-procurement': 'no' })
    expect(thresholdDate(underTheAct)).toBe('2026-11-25')
  })

  it('dates a figure under the Act from when it took effect, never before the Act', () => {
    const council = { 'authority-type': 'local-authority', 'existing-procurement': 'no' }
    expect(thresholdFor(ctx(council))?.inForceFrom).toBe('2026-01-01')
    expect(thresholdFor(ctx(council, '2025-12-31'))?.inForceFrom).toBe('2025-02-24')
    expect(thresholdFor(ctx(council, '2025-12-31'))?.amount).toBe(214_904)
    expect(thresholdFor(ctx(council, '2026-01-01'))?.amount).toBe(207_720)
  })

  it('flags unconfirmed services figures only for a devolved Scottish body', () => {
    // Sub-central and light touch are taken as the UK's for Scotland from 2026 (3.5); the
    // same figures are confirmed for the Act in England.
    const england = { jurisdiction: 'england', 'authority-type': 'local-authority' }
    expect(thresholdFor(ctx(england))?.unconfirmed).toBe(false)
    expect(thresholdFor(ctx({ ...england, 'service-category': 'light-touch' }))?.unconfirmed).toBe(
      false,
    )
  })

  it('has no figure outside the ruleset, and nothing is below a figure that does not exist', () => {
    // The ruleset starts on 2024-01-01 (3.4: an earlier start date is refused).
    const early = ctx(
      { 'authority-type': 'central-government', 'existing-procurement': 'no', 'contract-value': 0 },
      '2023-12-31',
    )
    expect(thresholdFor(early)).toBeUndefined()
    expect(belowThreshold(early)).toBe(false)
    expect(belowThreshold({ ...early, startDate: '2024-01-01' })).toBe(true)
  })
})

// Decision model section 3.3: a concession is measured against the concession figure (light
// touch or not), whatever the threshold class; a pcr-2015 concession always takes the
// 2024-2025 row; figures that legal-facts.md has not confirmed are flagged.
describe('the concession thresholds', () => {
  const council = { jurisdiction: 'england', 'authority-type': 'local-authority' }
  const underTheAct = { ...council, 'existing-procurement': 'no', concession: 'yes' }
  const lightTouch = { 'service-category': 'light-touch' }

  it('takes the concession kind, light touch or not, and ignores the threshold class', () => {
    expect(thresholdKind(ctx(underTheAct))).toBe('concession')
    expect(thresholdKind(ctx({ ...underTheAct, ...lightTouch }))).toBe('light-touch-concession')
    const nhs = ctx({
      jurisdiction: 'england',
      'authority-type': 'nhs',
      'existing-procurement': 'no',
      'threshold-class': 'sub-central',
      concession: 'yes',
    })
    expect(thresholdKind(nhs)).toBe('concession')
    expect(thresholdFor(nhs)?.amount).toBe(5_193_000)
    // "Not sure" is measured as an ordinary contract (the stricter rules).
    expect(thresholdKind(ctx({ ...underTheAct, concession: 'not-sure' }))).toBe('sub-central')
  })

  it('uses the 2026 figures under the Act: 5,193,000, and 5,372,609 for light touch', () => {
    const standard = thresholdFor(ctx(underTheAct))
    expect(standard?.amount).toBe(5_193_000)
    expect(standard?.unconfirmed).toBe(false)
    expect(standard?.source).toEqual(['si-2025-1200'])
    const light = thresholdFor(ctx({ ...underTheAct, ...lightTouch }))
    expect(light?.amount).toBe(5_372_609)
    expect(light?.unconfirmed).toBe(false)
  })

  it('uses 5,372,609 before 2026 under the Act, flagged as not yet confirmed', () => {
    for (const answers of [underTheAct, { ...underTheAct, ...lightTouch }]) {
      const t = thresholdFor(ctx(answers, '2025-12-31'))
      expect(t?.amount).toBe(5_372_609)
      expect(t?.unconfirmed).toBe(true)
    }
  })

  it('always uses the 2024-2025 row for a pcr-2015 concession, flagged as not yet confirmed', () => {
    const pcr = { ...council, 'existing-procurement': 'yes', concession: 'yes' }
    for (const startDate of [undefined, '2024-01-01', '2025-02-23']) {
      const t = thresholdFor(ctx(pcr, startDate))
      expect(t?.amount, startDate).toBe(5_372_609)
      expect(t?.unconfirmed, startDate).toBe(true)
      expect(t?.source, startDate).toEqual(['ccr-2016'])
      expect(t?.rules, startDate).toBe('pcr-2015')
    }
    expect(thresholdFor(ctx({ ...pcr, ...lightTouch }))?.amount).toBe(5_372_609)
  })

  it('uses 5,372,609 for a devolved Scottish body: confirmed before 2026, not yet from 2026', () => {
    const scotland = { jurisdiction: 'scotland', 'authority-type': 'nhs', concession: 'yes' }
    for (const answers of [scotland, { ...scotland, ...lightTouch }]) {
      const now = thresholdFor(ctx(answers))
      expect(now?.amount).toBe(5_372_609)
      expect(now?.unconfirmed).toBe(true)
      expect(now?.source).toEqual(['ccr-scotland-2016'])
      const before = thresholdFor(ctx(answers, '2025-06-01'))
      expect(before?.amount).toBe(5_372_609)
      expect(before?.unconfirmed).toBe(false)
    }
  })

  it('counts a value one pound under the concession figure as below it', () => {
    expect(belowThreshold(ctx({ ...underTheAct, 'contract-value': 5_192_999 }))).toBe(true)
    expect(belowThreshold(ctx({ ...underTheAct, 'contract-value': 5_193_000 }))).toBe(false)
    // Far above the services figure, yet below the concession one.
    expect(belowThreshold(ctx({ ...council, 'contract-value': 5_192_999 }))).toBe(false)
  })
})
