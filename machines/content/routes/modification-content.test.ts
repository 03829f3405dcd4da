import { describe, expect, it } from 'vitest'
import type { RegimeId } from '../../regimes'
import { sourceById } from '../../sources'
import { copyStyleProblems } from '../copy-style'
import type { ModificationRouteContent } from '../modification/route'
import { type Figures, modContext } from '../modification/test-contexts'
import type { Jurisdiction } from '../route-content'
import { modificationFreelyPermitted } from './modification-freely-permitted'
import { modificationMinor } from './modification-minor'
import { modificationNotPermitted } from './modification-not-permitted'
import { modificationPermitted } from './modification-permitted'
import { psrModificationPermitted } from './psr-modification-permitted'

/**
 * Issue 16: every route, variant and regime of the changes journey (decision model 4.2), in each
 * nation the regime reaches, keeps the house copy style and cites only sources in the table,
 * at figures on both sides of each limit that changes the wording.
 */

type Combo = { content: ModificationRouteContent; variant: string; regime: RegimeId }

const act = ['pa-2023'] as const
const regs = ['pcr-2015', 'pcr-scotland-2015'] as const
const psr = ['psr-2023', 'psr-wales-2025'] as const

const combos: Combo[] = [
  ...[
    'provided-for',
    'not-substantial',
    'unforeseeable',
    'additional-supplies',
    'corporate-restructuring',
  ].flatMap((variant) =>
    [...act, ...regs].map((regime) => ({ content: modificationPermitted, variant, regime })),
  ),
  ...['urgency', 'known-risk'].map((variant) => ({
    content: modificationPermitted,
    variant,
    regime: 'pa-2023' as RegimeId,
  })),
  { content: modificationMinor, variant: 'below-threshold-modification', regime: 'pa-2023' },
  ...regs.map((regime) => ({ content: modificationMinor, variant: 'de-minimis', regime })),
  { content: modificationFreelyPermitted, variant: 'light-touch', regime: 'pa-2023' },
  ...[...act, ...regs].map((regime) => ({
    content: modificationFreelyPermitted,
    variant: 'below-threshold-contract',
    regime,
  })),
  ...Object.keys(psrModificationPermitted.variantLabels).flatMap((variant) =>
    psr.map((regime) => ({ content: psrModificationPermitted, variant, regime })),
  ),
  ...['no-ground', 'over-value-cap', 'supplier-change'].flatMap((variant) =>
    [...act, ...regs, ...psr].map((regime) => ({
      content: modificationNotPermitted,
      variant,
      regime,
    })),
  ),
  ...regs.map((regime) => ({
    content: modificationNotPermitted,
    variant: 'urgent-direct-award',
    regime,
  })),
]

function nationsOf(regime: RegimeId): Jurisdiction[] {
  if (regime === 'pcr-scotland-2015') return ['scotland']
  if (regime === 'psr-2023') return ['england']
  if (regime === 'psr-wales-2025') return ['wales']
  return ['england', 'wales', 'northern-ireland', 'scotland']
}

const figureSets: Figures[] = [
  {
    original: 1_000_000,
    earlier: 0,
    change: 100_000,
    maxTerm: 60,
    extension: 6,
    threshold: 214_904,
  },
  {
    original: 1_000_000,
    earlier: 50_000,
    change: 100_001,
    maxTerm: 60,
    extension: 7,
    threshold: 5_372_609,
  },
  {
    original: 40_000_000,
    earlier: 600_000,
    change: 20_000_000,
    maxTerm: 120,
    extension: 0,
    threshold: 214_904,
  },
  { original: 100_000, earlier: 0, change: 0, threshold: 214_904 },
  {
    original: 1_000_000_000_000,
    earlier: 1_000_000_000_000,
    change: 1_000_000_000_000,
    maxTerm: 1200,
    extension: 1200,
  },
]

const answerSets: Record<string, string | number>[] = [
  {},
  { 'mod-contract-category': 'works', 'mod-bridging': 'yes', 'mod-supplier-change': 'yes' },
  { 'mod-ni-transferred': 'yes', 'mod-contract-category': 'light-touch-services' },
]

describe('changes journey content', () => {
  it('lists 55 route, variant and regime combinations, from section 4.2', () => {
    expect(combos.length).toBe(55)
  })

  it('keeps the house copy style and cites known sources in every combination', () => {
    let checked = 0
    const problems = new Set<string>()
    for (const { content, variant, regime } of combos) {
      expect(content.variantLabels[variant], `${content.id} ${variant}`).toBeTruthy()
      for (const jurisdiction of nationsOf(regime))
        for (const figures of figureSets)
          for (const answers of answerSets) {
            const ctx = modContext(content.id, variant, regime, { jurisdiction, figures, answers })
            const text = content.text(ctx)
            const key = `${content.id}|${variant}|${regime}|${jurisdiction}|${JSON.stringify(figures)}|${JSON.stringify(answers)}`
            for (const p of copyStyleProblems(text))
              problems.add(`${content.id}|${variant}|${regime}: ${p}`)
            for (const r of text.references) {
              expect(sourceById(r.source), key).toBeDefined()
              expect(r.url, key).toMatch(/^https:\/\//)
            }
            checked++
          }
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })

  it('refuses a variant or regime the machine never gives the route', () => {
    expect(() =>
      modificationPermitted.text(modContext('modification-permitted', 'urgency', 'pcr-2015')),
    ).toThrow()
    expect(() =>
      psrModificationPermitted.text(modContext('psr-modification-permitted', 'urgent', 'pa-2023')),
    ).toThrow()
    expect(() =>
      modificationFreelyPermitted.text(
        modContext('modification-freely-permitted', 'light-touch-x', 'pa-2023'),
      ),
    ).toThrow()
  })
})
