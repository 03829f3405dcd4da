import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate'
import { choiceOptions } from '../questions'
import { type RegimeId, regimeIds, regimes } from '../regimes'
import type { Result } from '../result'
import { routeContext } from '../route-context'
import { sourceById, sources } from '../sources'
import { enumeratedPaths } from '../testing/enumerated-paths'
import { copyStyleProblems, longSentences } from './copy-style'
import type { HintContext } from './question-wording'
import { routeCatalogue } from './route-catalogue'
import type { RouteContext } from './route-content'
import {
  choiceWording,
  contractValueWording,
  optionHint,
  questionChecklist,
  questionHint,
} from './wording'

const today = '2026-11-25'

// One representative path for every reachable route, variant, regime, jurisdiction,
// kind of body and SIB flag, enumerated from the machine rather than listed by hand.
const representatives = new Map<string, Result>()
/** The route context of each representative, for the copy style check. */
const contexts = new Map<string, RouteContext>()
const combos = new Set<string>()
for (const path of enumeratedPaths({ today })) {
  const ctx = routeContext(
    { answers: path.answers, asked: path.asked },
    path.route!,
    path.variant,
    { today },
  )
  combos.add(`${path.route}|${path.variant}|${ctx.regime}`)
  const key = [
    path.route,
    path.variant,
    ctx.regime,
    ctx.jurisdiction,
    ctx.authorityType,
    ctx.sib,
    ctx.lightTouch,
  ].join('|')
  if (!representatives.has(key)) {
    representatives.set(key, evaluate(path.answers, { today }))
    contexts.set(key, ctx)
  }
}
const results = [...representatives.entries()]

describe('route content for every reachable route, variant and regime', () => {
  it('covers every combination the machine reaches', () => {
    expect(combos.size).toBeGreaterThan(60)
    const covered = new Set(results.map(([, r]) => `${r.route}|${r.variant}|${r.regime}`))
    expect([...combos].filter((c) => !covered.has(c))).toEqual([])
  })

  it('gives every result each field, with substance', () => {
    for (const [key, r] of results) {
      const context = `${key}`
      expect(r.title.length, context).toBeGreaterThan(10)
      expect(r.rationale.length, context).toBeGreaterThanOrEqual(3)
      expect(r.references.length, context).toBeGreaterThanOrEqual(1)
      expect(r.risks.length, context).toBeGreaterThanOrEqual(3)
      expect(r.nextSteps.length, context).toBeGreaterThanOrEqual(4)
      expect(r.socialValue?.text.length ?? 0, context).toBeGreaterThan(40)
      expect(r.alternatives.length, context).toBeGreaterThanOrEqual(1)
      for (const a of r.alternatives)
        expect(a.whyNot.length + a.wouldApplyIf.length, context).toBeGreaterThan(40)
      for (const entry of r.rationale)
        expect(entry.reason.length, `${context} ${entry.question}`).toBeGreaterThan(20)
    }
  })

  it('keeps the house copy style in every result, at every value that changes the wording', () => {
    let checked = 0
    for (const [key, ctx] of contexts) {
      for (const value of valuesToTry(ctx)) {
        const text = routeCatalogue[ctx.route].text({ ...ctx, contractValue: value })
        expect(copyStyleProblems(text), `${key} at ${value}`).toEqual([])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(contexts.size)
  })

  it('cites only sources in the table, each with a URL and a check date', () => {
    for (const s of sources) {
      expect(s.url, s.id).toMatch(/^https:\/\//)
      expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    for (const [key, r] of results) {
      const cited: string[] = [...r.references, ...(r.socialValue?.references ?? [])].map(
        (ref) => ref.source,
      )
      cited.push(...(r.threshold?.source ?? []), ...r.caseStudies.map((c) => c.source))
      for (const id of cited) expect(sourceById(id), `${key} cites ${id}`).toBeDefined()
      for (const ref of r.references) expect(ref.url, key).toMatch(/^https:\/\//)
    }
  })

  it('never cites another regime’s instrument', () => {
    const instrumentOf = new Map<string, RegimeId>(
      regimeIds.map((id) => [regimes[id].instrument, id]),
    )
    for (const [key, r] of results) {
      for (const ref of r.references) {
        const owner = instrumentOf.get(ref.source)
        // A devolved Scottish body calling off a PCR 2015 framework is pointed to the Scottish
        // regulations to check (legal review 2026-12 B, #2).
        const scottishCallOff =
          r.route === 'framework-call-off' &&
          owner === 'pcr-scotland-2015' &&
          r.rationale.some((e) => e.question === 'jurisdiction' && e.answer === 'scotland') &&
          !r.rationale.some((e) => e.question === 'scotland-body' && e.answer === 'reserved')
        // Not bound by the rules: the path never asks when the procurement began, so the
        // 2015 Regulations' contracting-authority test is stated beside the Act's (spec 6.2).
        const earlierTest =
          r.route === 'outside-procurement-rules' &&
          owner === 'pcr-2015' &&
          /reg (2\(1\)|13)$/.test(ref.citation)
        if (owner && owner !== r.regime && !scottishCallOff && !earlierTest)
          throw new Error(`${key}: ${r.regime} result cites ${ref.source} (${ref.citation})`)
      }
    }
  })
})

describe('the wording', () => {
  it('keeps every sentence of question text, hints and notes to 30 words or fewer', () => {
    const texts: string[] = [contractValueWording.title]
    for (const context of hintContexts()) {
      texts.push(questionHint('contract-value', context))
      for (const [id, w] of Object.entries(choiceWording)) {
        texts.push(questionHint(id as never, context))
        const list = questionChecklist(id as never, context)
        if (list) texts.push(list.intro, ...list.items, list.after ?? '', list.link?.text ?? '')
        for (const option of Object.keys(w.options))
          texts.push(optionHint(id as never, option, context) ?? '')
      }
    }
    for (const [, w] of Object.entries(choiceWording)) {
      texts.push(w.title)
      for (const o of Object.values(w.options) as { label: string; reason: string }[]) {
        texts.push(o.label, o.reason)
      }
      if (w.notSure) texts.push(w.notSure.assumed, w.notSure.why, w.notSure.check)
    }
    // Route text is checked with the rest of the copy style above; the notes are added here.
    for (const [, r] of results) texts.push(...r.notes)
    expect([...new Set(texts)].flatMap((t) => longSentences(t))).toEqual([])
  })
})

/**
 * The contract value as answered, and on the same side of the threshold (so the machine's
 * route is unchanged) the figures at which wording changes: the notifiable values of s.87(4),
 * Scotland's regulated procurement line, the threshold itself and the over-£5m line.
 */
function valuesToTry(ctx: RouteContext): (number | undefined)[] {
  const t = ctx.threshold
  const v = ctx.contractValue
  if (!t || v === undefined) return [v]
  const below = v < t.amount
  const lines = [11_999, 12_000, 29_999, 30_000, 49_999, 50_000, t.amount - 1, t.amount]
  return [v, ...[...lines, 5_000_000, 5_000_001].filter((x) => x < t.amount === below)]
}

/** Every context a hint can be read in: each regime, flag, nation, body and concession state. */
function* hintContexts(): Generator<HintContext> {
  for (const regime of regimeIds)
    for (const sib of [true, false])
      for (const userChoice of [true, false])
        for (const nation of [undefined, ...choiceOptions.jurisdiction])
          for (const body of [undefined, ...choiceOptions['authority-type']])
            for (const concession of ['yes', 'no', 'possible'] as const)
              yield { regime, sib, userChoice, nation, body, concession }
}
