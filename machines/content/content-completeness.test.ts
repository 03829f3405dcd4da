import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate'
import { type RegimeId, regimeIds, regimes } from '../regimes'
import type { Result } from '../result'
import { routeContext } from '../route-context'
import { sourceById, sources } from '../sources'
import { enumeratedPaths } from '../testing/enumerated-paths'
import { routeCatalogue } from './route-catalogue'
import { choiceWording, contractValueWording, questionHint } from './wording'

const today = '2026-11-25'
const words = (text: string) => text.split(/\s+/).filter(Boolean).length
/** Sentences end at . ? or ! followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter(Boolean)
const longest = (text: string) => Math.max(0, ...sentences(text).map(words))

// One representative path for every reachable route, variant, regime, jurisdiction,
// kind of body and SIB flag, enumerated from the machine rather than listed by hand.
const representatives = new Map<string, Result>()
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
  if (!representatives.has(key)) representatives.set(key, evaluate(path.answers, { today }))
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

  it('writes each route summary as one paragraph of 80 to 150 words', () => {
    for (const [key, r] of results) {
      const text = routeCatalogue[r.route!].text(
        routeContext({ answers: pathAnswers(r), asked: r.asked }, r.route!, r.variant, { today }),
      )
      expect(words(text.summary), key).toBeGreaterThanOrEqual(80)
      expect(words(text.summary), key).toBeLessThanOrEqual(150)
      expect(text.summary.includes('\n'), key).toBe(false)
    }
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
        if (owner && owner !== r.regime && !scottishCallOff)
          throw new Error(`${key}: ${r.regime} result cites ${ref.source} (${ref.citation})`)
      }
    }
  })
})

describe('the wording', () => {
  it('keeps every sentence of question text, hints and summaries to 30 words or fewer', () => {
    const texts: string[] = [contractValueWording.title, contractValueWording.hint]
    for (const [id, w] of Object.entries(choiceWording)) {
      texts.push(w.title)
      for (const regime of regimeIds) {
        for (const sib of [true, false]) texts.push(questionHint(id as never, { regime, sib }))
      }
      for (const o of Object.values(w.options) as {
        label: string
        hint?: string
        reason: string
      }[]) {
        texts.push(o.label, o.hint ?? '', o.reason)
      }
      if (w.notSure) texts.push(w.notSure.assumed, w.notSure.why, w.notSure.check)
    }
    for (const [, r] of results) texts.push(r.summary, ...r.risks, ...r.nextSteps, ...r.notes)
    const long = texts.flatMap(sentences).filter((s) => words(s) > 30)
    expect(long).toEqual([])
    expect(Math.max(...texts.map(longest))).toBeLessThanOrEqual(30)
  })
})

function pathAnswers(r: Result) {
  return Object.fromEntries(r.rationale.map((e) => [e.question, e.answer]))
}
