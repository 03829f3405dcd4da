/**
 * The plan engine: from a route, variant and regime to the ordered, dated steps (plan-model.md
 * sections 2-6), with the in-band checks of section 8 and planning backwards (section 3.6).
 * Pure: `today` comes in with the input.
 */
import type { IsoDate } from '../dates'
import { planBackwards } from './backward'
import { dated, inherit } from './counting'
import { libraryStep } from './library'
import { entryId, type Recipe, type RecipeEntry } from './recipe'
import { recipeFor } from './recipes'
import { settingsOf } from './settings'
import {
  type Computed,
  type ConditionCheck,
  type Ctx,
  type Reading,
  resolveTiming,
  type Settings,
  type StepDef,
} from './step'
import type { Plan, PlanInput, PlanMessage, PlanStep, Requirement, SkippedDay } from './types'
import { noNoticesOf } from './undated-steps'
import { validate } from './validate'
import { nonWorkingDayName } from './working-day'

/** What each bound of section 2.1 means, as a step title. */
const boundTitles = {
  begins: 'Standstill begins',
  'qppn-earliest': 'Earliest tender notice for the planned procurement notice to count',
  'qppn-latest': 'Latest tender notice for the planned procurement notice to count',
  'with-pin': 'Tender deadline had a qualifying prior information notice been sent',
} as const

/** A step of the recipe whose condition does not fail, with the recipe's requirement. */
export type Shown = {
  def: StepDef
  requirement: Requirement
  condition: ConditionCheck | undefined
}

/** The recipe's steps as shown: a conditional step whose condition fails is hidden (section 2 rule 1). */
export function shownSteps(s: Settings, recipe: Recipe): Shown[] {
  if (!('steps' in recipe)) return []
  const shown: Shown[] = []
  for (const entry of recipe.steps) {
    const def = libraryStep(entryId(entry))
    if (!def) throw new Error(`recipe names an unknown step ${entryId(entry)}`)
    const override: Exclude<RecipeEntry, string> = typeof entry === 'string' ? { id: entry } : entry
    const condition = (override.condition ?? def.condition)?.(s)
    if (condition?.holds === false) continue
    shown.push({ def, requirement: override.requirement ?? def.requirement, condition })
  }
  return shown
}

/** What a run computed: each step's date as shown (pinned where pinned) and as the law alone gives it. */
export type Run = { shown: Computed; statutory: Computed }

/** Computes every shown step under one reading of the UNVERIFIED points. */
export function run(
  s: Settings,
  steps: Shown[],
  reading: Reading,
  pinned: Readonly<Record<string, IsoDate>>,
): Map<string, Run> {
  const byId = new Map(steps.map((st) => [st.def.id, st]))
  const done = new Map<string, Run>()
  const busy = new Set<string>()
  const ctx: Ctx = {
    ...s,
    pinned,
    reading,
    get: (id) => resolve(id)?.shown,
    first: (...ids) => {
      for (const id of ids) {
        const r = resolve(id)
        if (r) return r.shown
      }
      return undefined
    },
    has: (id) => byId.has(id),
  }
  function resolve(id: string): Run | undefined {
    const known = done.get(id)
    if (known) return known
    const step = byId.get(id)
    if (!step || busy.has(id)) return undefined
    busy.add(id)
    const statutory = step.def.compute(ctx)
    const pin = pinned[id]
    const shown: Computed =
      pin && step.def.pinnable
        ? { date: pin, dateKind: 'pinned', warnings: [], reasons: [] }
        : statutory
    busy.delete(id)
    const r = { shown, statutory }
    done.set(id, r)
    return r
  }
  for (const st of steps) resolve(st.def.id)
  return done
}

/** The plan for a normalised input; `recipe` undefined means the runner refuses the input. */
export function planSettings(s: Settings, recipe: Recipe, target: PlanInput['target']): Plan {
  const steps = shownSteps(s, recipe)
  const notes = recipe.notes ?? []
  if (!('steps' in recipe))
    return {
      steps: [],
      none: recipe.none,
      warnings: notes.map((message) => ({ code: 'note', message })),
      errors: [],
    }
  if (steps.length === 0)
    return {
      steps: [],
      none: 'No statutory notice, period or standstill applies on these answers.',
      warnings: notes.map((message) => ({ code: 'note', message })),
      errors: [],
    }
  const backward = target ? planBackwards(s, steps, target) : undefined
  const pinned = backward?.pinned ?? s.pinned
  const main = run(s, steps, 'main', pinned)
  const alt = run(s, steps, 'alt', pinned)
  const checked = validate(s, steps, main)
  const errors: PlanMessage[] = [...checked.errors, ...(backward?.errors ?? [])]
  const warnings: PlanMessage[] = [
    ...notes.map((message) => ({ code: 'note', message })),
    ...checked.warnings,
    ...(backward?.warnings ?? []),
  ]
  const out: PlanStep[] = []
  const ids = new Set(steps.map((st) => st.def.id))
  const inPlan = (id: string) => ids.has(id)
  for (const st of steps) {
    const m = main.get(st.def.id) as Run
    const a = alt.get(st.def.id)?.shown
    const latest = backward?.latest.has(st.def.id)
    const shown: Computed = latest
      ? {
          ...m.shown,
          dateKind: 'latest',
          warnings: m.statutory.warnings.filter((w) => !w.startsWith('proposed')),
        }
      : m.shown
    const extra = backward?.stepWarnings.get(st.def.id) ?? []
    out.push(toStep(s, st, shown, a, out.length + 1, extra, inPlan))
    for (const b of st.def.bounds?.(contextFor(s, steps, main)) ?? []) {
      out.push({
        id: `${st.def.id}#${b.name}`,
        title: boundTitles[b.name],
        order: out.length + 1,
        phase: st.def.phase,
        kind: 'milestone',
        requirement: 'information',
        timing: { rule: 'USER', anchor: st.def.id, bound: 'none' },
        result: {
          date: b.computed.date,
          dateKind: b.computed.date ? b.computed.dateKind : 'none',
          warnings: b.computed.warnings,
        },
        sources: st.def.sources,
      })
    }
  }
  return { steps: out, warnings, errors }
}

/** A read-only context over a finished run, for the bounds. */
function contextFor(s: Settings, steps: Shown[], done: Map<string, Run>): Ctx {
  const ids = new Set(steps.map((st) => st.def.id))
  const get = (id: string) => done.get(id)?.shown
  return {
    ...s,
    reading: 'main',
    get,
    first: (...list) => list.map(get).find((c) => c !== undefined),
    has: (id) => ids.has(id),
  }
}

function toStep(
  s: Settings,
  st: Shown,
  c: Computed,
  alt: Computed | undefined,
  order: number,
  extra: string[],
  inPlan: (id: string) => boolean,
): PlanStep {
  const notice = typeof st.def.notice === 'function' ? st.def.notice(s) : st.def.notice
  const altDate =
    c.dateKind !== 'pinned' && dated(alt) && alt.date !== c.date ? alt.date : undefined
  const reasons = inherit([c, alt])
  return {
    id: st.def.id,
    title: st.def.title,
    order,
    phase: st.def.phase,
    kind: st.def.kind,
    ...(notice ? { notice } : {}),
    requirement: st.requirement,
    ...(st.condition && st.requirement === 'conditional'
      ? { condition: { key: st.condition.key, text: st.condition.text } }
      : {}),
    timing: resolveTiming(st.def.timing(s), inPlan),
    result: {
      date: c.date,
      dateKind: c.date === null ? 'none' : c.dateKind,
      ...(altDate
        ? { altDate, altReason: reasons.join('; ') || 'the other reading of an UNVERIFIED point' }
        : {}),
      ...(c.generous && c.dateKind !== 'pinned' ? { generousDate: c.generous } : {}),
      ...(c.nextWorkingDay ? { nextWorkingDay: c.nextWorkingDay } : {}),
      ...skippedOf(s, c),
      warnings: [...c.warnings, ...extra],
    },
    sources: st.def.sources,
  }
}

/** The non-working days that moved a computed date, named in the calendar the plan counts in. */
function skippedOf(s: Settings, c: Computed): { skipped?: SkippedDay[] } {
  if (c.dateKind === 'pinned') return {}
  const rolled = c.rolledPast ?? []
  const days: SkippedDay[] = [
    ...rolled.map((date) => ({ date, how: 'rolled' as const })),
    ...(c.holidays ?? [])
      .filter((date) => !rolled.includes(date))
      .map((date) => ({ date, how: 'counted' as const })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((d) => ({ ...d, name: nonWorkingDayName(s.calendar, d.date) }))
  return days.length > 0 ? { skipped: days } : {}
}

/** The plan for an input the runner has checked (section 2.1). */
export function plan(input: PlanInput, today: IsoDate): Plan {
  const s = settingsOf(input, today)
  const recipe = recipeFor(s)
  if (!recipe) throw new Error(`no recipe for ${input.route} / ${input.variant} / ${input.regime}`)
  const p = planSettings(s, recipe, input.target)
  const noNotices = noNoticesOf(s, p.none)
  return noNotices ? { ...p, noNotices } : p
}
