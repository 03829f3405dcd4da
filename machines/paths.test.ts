import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import { allPaths, coveringPaths } from './paths'
import { regimeFor } from './regime'
import type { Replay } from './replay'

const today = '2026-12-02'

/** What a set of paths reaches: each result, and each answer with where it leads. */
function reached(paths: Iterable<Replay>) {
  const results = new Set<string>()
  const answers = new Set<string>()
  const notSure = new Set<string>()
  let count = 0
  for (const run of paths) {
    count++
    results.add(`${run.route}|${run.variant}|${regimeFor(run)}`)
    run.asked.forEach((q, i) => {
      const leadsTo = run.asked[i + 1] ?? `${run.route}|${run.variant}`
      answers.add(`${q}=${run.answers[q]}>${leadsTo}`)
      if (run.answers[q] === 'not-sure') notSure.add(q)
    })
  }
  return { results, answers, notSure, count }
}

// Sub-trees small enough to enumerate in full, chosen where the pruning has most to do: the
// long contract branch, with the body questions already answered.
const subTrees: [string, Answers][] = [
  [
    'an English other public body not sure it is bound, buying services',
    {
      jurisdiction: 'england',
      'authority-type': 'other-public-body',
      approach: 'buy-services',
      'contracting-authority': 'not-sure',
      'existing-procurement': 'no',
      'provider-relationship': 'other',
    },
  ],
  [
    'a Welsh council buying standard services under the Act',
    {
      jurisdiction: 'wales',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'no',
      'provider-relationship': 'other',
      'service-category': 'standard',
    },
  ],
  [
    'a devolved Scottish body’s Social Impact Bond for light touch services',
    {
      jurisdiction: 'scotland',
      'authority-type': 'central-government',
      'scotland-body': 'devolved',
      approach: 'social-impact-bond',
      'sib-initiator': 'commissioner',
      'contracting-authority': 'yes',
      'provider-relationship': 'other',
      'service-category': 'light-touch',
    },
  ],
  [
    'an English NHS body’s health contract, after a bridging extension of the same character',
    {
      jurisdiction: 'england',
      'authority-type': 'nhs',
      approach: 'change-existing-contract',
      'mod-health-care': 'yes',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 600_000,
      'mod-supplier-change': 'no',
      'mod-extends-term': 'yes',
      'mod-bridging': 'yes',
      'mod-changes-nature': 'no',
    },
  ],
  [
    'an English department’s 2015 Regulations contract, 30% more of the same nature',
    {
      jurisdiction: 'england',
      'authority-type': 'central-government',
      approach: 'change-existing-contract',
      'mod-procurement-start': 'before-act',
      'mod-contract-category': 'other-services-or-goods',
      'mod-original-value': 2_000_000,
      'mod-earlier-changes-value': 0,
      'mod-change-value': 600_000,
      'mod-supplier-change': 'no',
      'mod-extends-term': 'no',
      'mod-changes-nature': 'no',
    },
  ],
]

describe('coveringPaths', () => {
  for (const [name, from] of subTrees) {
    it(`reaches every result and takes every answer that allPaths does, for ${name}`, () => {
      const all = reached(allPaths({ today, from }))
      const covering = reached(coveringPaths({ today, from }))
      expect(covering.results).toEqual(all.results)
      expect(covering.answers).toEqual(all.answers)
      expect(covering.notSure).toEqual(all.notSure)
      // The point of it: far fewer paths.
      expect(covering.count).toBeLessThan(all.count / 3)
    }, 60_000)
  }

  it('tries both sides of the Provider Selection Regime’s £500,000 and 25% limits', () => {
    const from: Answers = {
      jurisdiction: 'wales',
      'authority-type': 'nhs',
      approach: 'change-existing-contract',
      'mod-health-care': 'yes',
      'mod-original-value': 1_000_000,
      'mod-earlier-changes-value': 0,
    }
    const values = new Set(
      [...coveringPaths({ today, from })].map((p) => p.answers['mod-change-value']),
    )
    // 25% of £1m is £250,000, below £500,000: the last passing and first failing change of each.
    expect([...values].sort((a, b) => Number(a) - Number(b))).toEqual([
      0, 249_999, 250_000, 499_999, 500_000,
    ])
  })

  it('tries both sides of the services and the concession thresholds', () => {
    const from: Answers = {
      jurisdiction: 'england',
      'authority-type': 'local-authority',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'no',
      'provider-relationship': 'other',
      'service-category': 'standard',
      'use-framework': 'no',
    }
    const values = new Set(
      [...coveringPaths({ today, from })].map((p) => p.answers['contract-value']),
    )
    // Sub-central, 2026 (207,720), and the concession figure, 2026 (5,193,000).
    expect([...values].sort((a, b) => Number(a) - Number(b))).toEqual([
      207_719, 207_720, 5_192_999, 5_193_000,
    ])
  })
})
