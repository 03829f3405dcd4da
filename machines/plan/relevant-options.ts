/**
 * Which plan options matter for one plan (issue 17): an option is asked only when choosing
 * another value for it changes the plan's steps, their rules or their dates. Found by running
 * the plan with each other value, so no list is kept per route and a new recipe needs no change.
 */
import { BOOLEAN_OPTIONS, ENUM_OPTIONS, SUBSIDY_KINDS_BY_VARIANT } from './options'
import { type PlanRequest, planFor, planInputFor } from './plan-for'
import { PROCEDURES_BY_REGIME } from './procedures'
import { settingsOf } from './settings'
import type { Plan, PlanOptions } from './types'

type BooleanOption = (typeof BOOLEAN_OPTIONS)[number]
type EnumOption = keyof typeof ENUM_OPTIONS

/** One question about an option, with the value the plan uses now and the value it uses by default. */
export type OptionQuestion =
  | {
      name: BooleanOption
      kind: 'boolean'
      /** Undefined when nothing is said and the plan treats that as undecided (open space). */
      value: boolean | undefined
      byDefault: boolean | undefined
    }
  | {
      name: EnumOption
      kind: 'enum'
      values: readonly string[]
      /** Undefined when nothing is said (a subsidy's kind has no default). */
      value: string | undefined
      byDefault: string | undefined
    }
  | { name: 'amountGbp'; kind: 'pounds'; value: number | undefined }

export type ChoosableOption = OptionQuestion['name']

/** The order the questions are asked in: the procedure first, as other answers follow from it. */
export const QUESTION_ORDER: readonly ChoosableOption[] = [
  'procedure',
  ...BOOLEAN_OPTIONS,
  'callOff',
  'subsidy',
  'amountGbp',
]

/**
 * Options that only matter together with another: a participation stage only changes a plan
 * whose procedure is not open, and the amount only changes one whose subsidy is of a kind with
 * a cut-off. So the procedure is asked when it matters with either answer about the stage.
 */
const FOLLOWERS: Partial<Record<ChoosableOption, readonly ChoosableOption[]>> = {
  procedure: ['participationStage'],
  subsidy: ['amountGbp'],
}

/**
 * Corrections to what the jurisdiction implies: asked only there, as a council in England is
 * never a devolved Welsh authority even though the answer would change its notices' platform.
 */
const ASKED_ONLY_IN: Partial<Record<ChoosableOption, string>> = {
  devolvedWelsh: 'wales',
  transferredNI: 'northern-ireland',
}

/** An amount below and one above any cut-off: they differ whenever the amount matters. */
const POUND_PROBES = [0, 999_999_999_999] as const

/** What a person sees of a plan: its steps, their rules, notices and dates. */
function signature(plan: Plan | undefined): string {
  if (!plan) return ''
  return JSON.stringify([
    plan.none ?? null,
    plan.steps.map((s) => [
      s.id,
      s.requirement,
      s.timing,
      s.notice?.platform ?? null,
      s.result.date,
      s.result.dateKind,
      s.result.altDate ?? null,
    ]),
  ])
}

type Value = string | boolean | number | undefined

type Where = { regime: string; route: string; variant: string | null }

function valuesOf(name: ChoosableOption, where: Where, current: Value): readonly Value[] {
  if (name === 'amountGbp') return POUND_PROBES
  if (name === 'procedure')
    return PROCEDURES_BY_REGIME[where.regime as keyof typeof PROCEDURES_BY_REGIME]
  const kinds = SUBSIDY_KINDS_BY_VARIANT[`${where.route}|${where.variant}`]
  if (name === 'subsidy' && kinds) return kinds
  if (name in ENUM_OPTIONS) return ENUM_OPTIONS[name as EnumOption]
  // Undecided is a third state the plan may show differently: try both answers against it.
  return current === undefined ? [true, false] : [!current, current]
}

type Result = Parameters<typeof planFor>[0]

/**
 * The questions worth asking for this plan, in QUESTION_ORDER, with the values now in force.
 * Without dates most steps have none, so each step a person dates (rule USER) that is not
 * pinned is dated today for the comparison: then a changed period shows as a changed date.
 */
export function relevantOptions(result: Result, request: PlanRequest): OptionQuestion[] {
  const input = planInputFor(result, request)
  if (!input) return []
  const key = JSON.stringify(input)
  const known = cache.get(key)
  if (known) return known
  const chosen = request.options ?? {}
  const first = planFor(result, { ...request, target: undefined })
  const pinned = { ...(request.pinned ?? {}) }
  for (const step of first?.steps ?? [])
    if (step.timing.rule === 'USER' && !pinned[step.id]) pinned[step.id] = request.today
  // The same options come up more than once (an option's follower is tried against each value).
  const seen = new Map<string, string>()
  const probe = (options: PlanOptions) => {
    const k = JSON.stringify(options)
    let sig = seen.get(k)
    if (sig === undefined) {
      sig = signature(planFor(result, { ...request, target: undefined, pinned, options }))
      seen.set(k, sig)
    }
    return sig
  }
  const now = settingsOf(input, request.today).options
  const defaults = settingsOf({ ...input, options: {} }, request.today).options
  const current = (name: ChoosableOption): Value =>
    name === 'amountGbp' ? chosen.amountGbp : now[name]
  const base = probe(chosen)

  const matters = (name: ChoosableOption): boolean => {
    // A single value left (the route's variant settled it): nothing to choose.
    if (valuesOf(name, input, undefined).length < 2) return false
    const others = valuesOf(name, input, current(name)).filter((v) => v !== current(name))
    return others.some((v) => {
      const changed = { ...chosen, [name]: v }
      if (probe(changed) !== base) return true
      return (FOLLOWERS[name] ?? []).some((follower) =>
        valuesOf(follower, input, current(follower))
          .filter((f) => f !== current(follower))
          .some(
            (f) => probe({ ...changed, [follower]: f }) !== probe({ ...chosen, [follower]: f }),
          ),
      )
    })
  }

  const questions: OptionQuestion[] = []
  for (const name of QUESTION_ORDER) {
    const only = ASKED_ONLY_IN[name]
    if ((only && only !== input.jurisdiction) || !matters(name)) continue
    if (name === 'amountGbp') questions.push({ name, kind: 'pounds', value: chosen.amountGbp })
    else if (name in ENUM_OPTIONS) {
      const n = name as EnumOption
      questions.push({
        name: n,
        kind: 'enum',
        values: valuesOf(n, input, now[n]) as readonly string[],
        value: now[n],
        byDefault: defaults[n],
      })
    } else {
      const n = name as BooleanOption
      questions.push({ name: n, kind: 'boolean', value: now[n], byDefault: defaults[n] })
    }
  }
  remember(key, questions)
  return questions
}

/** The last few answers: a plan section asks again on every render and every choice. */
const cache = new Map<string, OptionQuestion[]>()
const CACHE_SIZE = 24

function remember(key: string, questions: OptionQuestion[]) {
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  cache.set(key, questions)
}
