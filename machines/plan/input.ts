/**
 * Checks a runner input (plan-model.md section 2.1) and names every problem that stops the runner
 * (exit 2): malformed input, a combination with no recipe, a step id outside the regime's library,
 * a date that is not a real calendar date. Everything else is reported in-band by the plan.
 */
import { isRegimeId } from '../regimes'
import { isCivilDate } from './civil-date'
import { inLibrary } from './library'
import {
  BOOLEAN_OPTIONS,
  CHANGE_BOOLEANS,
  CHANGE_NUMBERS,
  ENUM_OPTIONS,
  WHOLE_POUND_OPTIONS,
} from './options'
import { recipeFor } from './recipes'
import { settingsOf } from './settings'
import type { PlanInput } from './types'

const JURISDICTIONS = ['england', 'wales', 'scotland', 'northern-ireland']
const AUTHORITY_TYPES = ['central-government', 'local-authority', 'nhs', 'other-public-body']
const THRESHOLD_CLASSES = ['central', 'sub-central']

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isOneOf = (list: readonly string[], v: unknown) => typeof v === 'string' && list.includes(v)
const isWhole = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0

export type Checked = { ok: true; input: PlanInput } | { ok: false; problems: string[] }

function checkOptions(options: unknown, problems: string[]) {
  if (options === undefined) return
  if (!isObject(options)) {
    problems.push('options must be an object')
    return
  }
  for (const [key, value] of Object.entries(options)) {
    if (isOneOf(BOOLEAN_OPTIONS, key)) {
      if (typeof value !== 'boolean') problems.push(`options.${key} must be true or false`)
    } else if (Object.hasOwn(ENUM_OPTIONS, key)) {
      const values: readonly string[] = ENUM_OPTIONS[key as keyof typeof ENUM_OPTIONS]
      if (!isOneOf(values, value))
        problems.push(`options.${key} must be one of ${values.join(', ')}`)
    } else if (isOneOf(WHOLE_POUND_OPTIONS, key)) {
      if (!isWhole(value)) problems.push(`options.${key} must be a whole number of pounds`)
    } else if (key === 'change') {
      if (!isObject(value)) problems.push('options.change must be an object')
      else {
        for (const k of CHANGE_NUMBERS)
          if (!isWhole(value[k])) problems.push(`options.change.${k} must be a whole number`)
        if (typeof value.works !== 'boolean')
          problems.push('options.change.works must be true or false')
        for (const k of CHANGE_BOOLEANS.slice(1))
          if (value[k] !== undefined && typeof value[k] !== 'boolean')
            problems.push(`options.change.${k} must be true or false`)
      }
    } else problems.push(`options.${key} is not an option of the plan`)
  }
}

export function checkPlanInput(item: unknown, today: string): Checked {
  if (!isObject(item)) return { ok: false, problems: ['each input must be a JSON object'] }
  const problems: string[] = []
  const {
    route,
    variant,
    regime,
    jurisdiction,
    authorityType,
    thresholdClass,
    value,
    pinned,
    target,
  } = item
  if (typeof route !== 'string') problems.push('route is required (a string)')
  if (!('variant' in item) || (variant !== null && typeof variant !== 'string'))
    problems.push('variant is required (a string, or null)')
  if (typeof regime !== 'string' || !isRegimeId(regime))
    problems.push(
      'regime is required: pa-2023, pcr-2015, pcr-scotland-2015, psr-2023 or psr-wales-2025',
    )
  if (!JURISDICTIONS.includes(jurisdiction as string))
    problems.push(`jurisdiction is required: ${JURISDICTIONS.join(', ')}`)
  if (!AUTHORITY_TYPES.includes(authorityType as string))
    problems.push(`authorityType is required: ${AUTHORITY_TYPES.join(', ')}`)
  if (thresholdClass !== undefined && !THRESHOLD_CLASSES.includes(thresholdClass as string))
    problems.push('thresholdClass must be central or sub-central')
  if (value !== undefined && !isWhole(value))
    problems.push('value must be a whole number of pounds including VAT')
  if (item.today !== undefined && !isCivilDate(item.today))
    problems.push(`today is not a real date (YYYY-MM-DD): ${JSON.stringify(item.today)}`)
  checkOptions(item.options, problems)
  if (!isObject(pinned))
    problems.push('pinned is required (an object of step id to YYYY-MM-DD, possibly {})')
  else
    for (const [id, date] of Object.entries(pinned))
      if (!isCivilDate(date))
        problems.push(`pinned ${id} is not a real date (YYYY-MM-DD): ${JSON.stringify(date)}`)
  if (target !== undefined) {
    if (!isObject(target) || typeof target.step !== 'string')
      problems.push('target must be { "step": step id, "date": YYYY-MM-DD }')
    else if (!isCivilDate(target.date))
      problems.push(`target.date is not a real date (YYYY-MM-DD): ${JSON.stringify(target.date)}`)
  }
  if (problems.length > 0) return { ok: false, problems }
  const input = item as unknown as PlanInput
  if (!recipeFor(settingsOf(input, today)))
    return {
      ok: false,
      problems: [
        `no plan recipe for route ${input.route}, variant ${input.variant}, regime ${input.regime}`,
      ],
    }
  for (const id of Object.keys(input.pinned))
    if (!inLibrary(input.regime, id))
      problems.push(`pinned ${id} is not a step of the ${input.regime} library`)
  if (input.target && !inLibrary(input.regime, input.target.step))
    problems.push(`target.step ${input.target.step} is not a step of the ${input.regime} library`)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input }
}
