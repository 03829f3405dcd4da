/**
 * The plan in a record file (record version 2, issue 17): the dates pinned, the date worked back
 * from and the plan options, in the runner's input shape (plan-model.md section 2.1). Checked
 * strictly: a date must be a real civil date, an option one of the closed list, a step id a step
 * of the record's regime. Each refusal says where and why.
 */
import { isCivilDate } from '@machines/plan/civil-date'
import { inLibrary } from '@machines/plan/library'
import {
  BOOLEAN_OPTIONS,
  CHANGE_BOOLEANS,
  CHANGE_NUMBERS,
  ENUM_OPTIONS,
  WHOLE_POUND_OPTIONS,
} from '@machines/plan/options'
import { isRegimeId } from '@machines/regimes'
import * as v from 'valibot'
import type { PlanDraft } from '@/lib/record-draft/plan-draft'

/** The record's plan: the plan draft as saved. */
export type RecordPlan = PlanDraft

/** Step ids are short (`pa.standstill.voluntary`); anything longer is not one. */
const MAX_STEP_ID = 100
const stepId = v.pipe(
  v.string('must be a step id'),
  v.minLength(1, 'must be a step id'),
  v.maxLength(MAX_STEP_ID, 'is too long for a step id'),
)
const civilDate = v.pipe(
  v.string('must be a date (YYYY-MM-DD)'),
  v.check((value: string) => isCivilDate(value), 'is not a real date (YYYY-MM-DD)'),
)
const flag = v.optional(v.boolean('must be true or false'))
const whole = (message: string) =>
  v.pipe(v.number(message), v.safeInteger(message), v.minValue(0, message))

const wholeNumber = whole('must be a whole number')
const changeSchema = v.strictObject(
  {
    ...(Object.fromEntries(CHANGE_NUMBERS.map((k) => [k, wholeNumber])) as Record<
      (typeof CHANGE_NUMBERS)[number],
      typeof wholeNumber
    >),
    ...(Object.fromEntries(CHANGE_BOOLEANS.map((k) => [k, flag])) as Record<
      (typeof CHANGE_BOOLEANS)[number],
      typeof flag
    >),
    works: v.boolean('must be true or false'),
  },
  'is not part of a change',
)

const pounds = v.optional(whole('must be a whole number of pounds'))
type EnumSchemas = {
  [K in keyof typeof ENUM_OPTIONS]: v.OptionalSchema<
    v.PicklistSchema<(typeof ENUM_OPTIONS)[K], string>,
    undefined
  >
}
const optionsSchema = v.strictObject(
  {
    ...(Object.fromEntries(BOOLEAN_OPTIONS.map((k) => [k, flag])) as Record<
      (typeof BOOLEAN_OPTIONS)[number],
      typeof flag
    >),
    ...(Object.fromEntries(
      Object.entries(ENUM_OPTIONS).map(([k, values]) => [
        k,
        v.optional(v.picklist(values, `must be one of ${values.join(', ')}`)),
      ]),
    ) as EnumSchemas),
    ...(Object.fromEntries(WHOLE_POUND_OPTIONS.map((k) => [k, pounds])) as Record<
      (typeof WHOLE_POUND_OPTIONS)[number],
      typeof pounds
    >),
    change: v.optional(changeSchema),
  },
  'is not an option of the plan',
)

/**
 * The `plan` entry of a version 2 record. Its options are built from the lists in
 * machines/plan/options.ts, so the type is stated: the schema checks every name it lists.
 */
export const recordPlanSchema: v.GenericSchema<unknown, RecordPlan> = v.strictObject(
  {
    pinned: v.pipe(
      // A list would pass as a record of "0", "1"…; it is not one.
      v.custom<Record<string, unknown>>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'must be step ids with their dates',
      ),
      v.record(stepId, civilDate, 'must be step ids with their dates'),
    ),
    options: v.optional(optionsSchema),
    target: v.optional(
      v.strictObject(
        { step: stepId, date: civilDate },
        'is not part of the date to work back from',
      ),
    ),
  },
  'is not part of a plan',
)

const shown = (key: unknown) => {
  const text = String(key)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** Where in the plan a problem is, in words: the path below `plan`. */
function placeOf(keys: unknown[]): string {
  const [first, second, third] = keys
  if (first === undefined) return 'the plan'
  if (first === 'pinned')
    return second === undefined ? 'its pinned dates' : `the date for step "${shown(second)}"`
  if (first === 'target')
    return second === 'date'
      ? 'the date it works back from'
      : second === 'step'
        ? 'the step it works back from'
        : second === undefined
          ? 'the date it works back from'
          : `"${shown(second)}"`
  if (first === 'options') {
    if (second === undefined) return 'its options'
    if (second === 'change' && third !== undefined) return `the option "change.${shown(third)}"`
    return `the option "${shown(second)}"`
  }
  return `"${shown(first)}"`
}

/** The message for a schema problem inside `plan`, or undefined for one elsewhere. */
export function planIssueMessage(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = (issue.path ?? []).map((p) => p.key)
  if (keys[0] !== 'plan') return undefined
  // A required entry that is absent reports its object's message; say it is missing.
  const missing = issue.kind === 'schema' && issue.input === undefined
  const message = missing
    ? 'is missing'
    : issue.message.startsWith('Invalid')
      ? 'is not allowed'
      : issue.message
  return `The record’s plan cannot be used: ${placeOf(keys.slice(1))} ${message}.`
}

/**
 * The first step id in the plan that is not a step of the record's regime (the runner refuses
 * such an input, plan-model.md section 2.1), as a message; undefined when every id is one.
 */
export function unknownPlanStep(
  plan: RecordPlan,
  regime: string,
  rawPinned?: unknown,
): string | undefined {
  const isStep = (id: string) => isRegimeId(regime) && inLibrary(regime, id)
  // Keys such as `__proto__` are dropped by the schema; the file is refused, not opened without them.
  const dropped =
    typeof rawPinned === 'object' && rawPinned !== null
      ? Object.keys(rawPinned).find((k) => !Object.hasOwn(plan.pinned, k))
      : undefined
  const id = dropped ?? Object.keys(plan.pinned).find((k) => !isStep(k))
  if (id !== undefined)
    return `The record’s plan has a date for "${shown(id)}", which is not a step of this plan.`
  if (plan.target && !isStep(plan.target.step))
    return `The record’s plan works back from "${shown(plan.target.step)}", which is not a step of this plan.`
  return undefined
}
