/**
 * The in-band checks of plan-model.md section 8 on the dates the user pinned: before a statutory
 * minimum or out of order (items 1, 8), after a deadline (item 2), outside the regime's dates
 * (item 4), past a suggested target (item 9, a warning). None of them stops the plan.
 */
import type { Run, Shown } from './plan'
import type { Settings } from './step'
import type { PlanMessage } from './types'

export function validate(
  s: Settings,
  steps: Shown[],
  main: Map<string, Run>,
): { errors: PlanMessage[]; warnings: PlanMessage[] } {
  const errors: PlanMessage[] = []
  const warnings: PlanMessage[] = []
  const shown = new Set(steps.map((st) => st.def.id))
  for (const id of Object.keys(s.pinned)) {
    if (!shown.has(id))
      warnings.push({
        code: 'not-in-plan',
        step: id,
        message: `${id} is not a step of this plan: its date is not used`,
      })
  }
  for (const { def } of steps) {
    const pin = s.pinned[def.id]
    if (!pin) continue
    if (!def.pinnable) {
      warnings.push({
        code: 'not-pinnable',
        step: def.id,
        message: `${def.id} is computed, never pinned: its date is not used`,
      })
      continue
    }
    if (def.notBefore && pin < def.notBefore)
      errors.push({
        code: 'regime-date',
        step: def.id,
        message: `${pin} is before ${def.notBefore}: the regime did not apply then`,
      })
    if (def.notOnOrAfter && pin >= def.notOnOrAfter)
      errors.push({
        code: 'regime-date',
        step: def.id,
        message: `${pin} is on or after ${def.notOnOrAfter}: a new call for competition under this regime is refused (the Procurement Act 2023 applies)`,
      })
    const statutory = main.get(def.id)?.statutory
    if (!statutory) continue
    const orderOnly = def.timing(s).rule === 'ORDER_ONLY'
    if (statutory.floor && pin < statutory.floor)
      errors.push({
        code: 'before-minimum',
        step: def.id,
        message: `earlier than the statutory minimum (${statutory.floorRule ?? 'the order of the steps'}); earliest is ${statutory.floor}`,
      })
    if (statutory.ceiling && pin > statutory.ceiling) {
      if (statutory.ceilingIsTarget)
        warnings.push({
          code: 'after-target',
          step: def.id,
          message: `later than the suggested date (${statutory.ceiling}), which is not a statutory deadline`,
        })
      else if (orderOnly)
        errors.push({
          code: 'order',
          step: def.id,
          message: `after the step it must come before (${statutory.ceiling})`,
        })
      else
        errors.push({
          code: 'after-maximum',
          step: def.id,
          message: `later than the statutory deadline (${statutory.ceiling})`,
        })
    }
  }
  return { errors, warnings }
}
