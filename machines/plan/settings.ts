/** The input with its defaults applied (plan-model.md section 2): what every step reads. */
import type { Settings } from './step'
import type { PlanInput } from './types'
import type { CalendarId } from './working-day'

const LIGHT_TOUCH_ROUTES = [
  'light-touch-flexible',
  'reserved-contract-mutual',
  'direct-award-user-choice',
]

/** True for the routes and variants the Act and the Regulations treat as light touch (section 2.1). */
export const isLightTouch = (route: string, variant: string | null) =>
  LIGHT_TOUCH_ROUTES.includes(route) || variant === 'light-touch'

/** The regime's working-day calendar, and the jurisdiction's own list where that is the other reading (section 3.3). */
export function calendarsFor(
  input: Pick<PlanInput, 'regime' | 'jurisdiction'>,
): [CalendarId, CalendarId | undefined] {
  switch (input.regime) {
    case 'pa-2023':
      return ['uk-union', undefined]
    case 'pcr-2015': {
      const own: CalendarId =
        input.jurisdiction === 'northern-ireland'
          ? 'northern-ireland'
          : input.jurisdiction === 'scotland'
            ? 'scotland'
            : 'england-and-wales'
      return ['uk-union', own]
    }
    case 'pcr-scotland-2015':
      return ['scotland', undefined]
    case 'psr-2023':
    case 'psr-wales-2025':
      return ['england-and-wales', undefined]
  }
}

/** The default procedure by route (section 6.1): open unless the route needs a negotiation or a reservation. */
function defaultProcedure(
  route: string,
  variant: string | null,
): NonNullable<NonNullable<PlanInput['options']>['procedure']> {
  if (route === 'innovation-partnership') return 'competitive-flexible'
  if (
    [
      'reserved-contract-mutual',
      'reserved-contract-supported-employment',
      'alliance-partnership',
    ].includes(route)
  )
    return 'competitive-flexible'
  if (variant === 'open-book') return 'competitive-flexible'
  return 'open'
}

/** PCR and PCS have no competitive flexible procedure: a negotiation is a competitive procedure with negotiation. */
function procedureFor(
  input: PlanInput,
  fixedCfp: boolean,
): NonNullable<NonNullable<PlanInput['options']>['procedure']> {
  const asked = input.options?.procedure
  if (input.regime === 'pa-2023')
    return fixedCfp
      ? 'competitive-flexible'
      : (asked ?? defaultProcedure(input.route, input.variant))
  if (input.route === 'innovation-partnership' && input.variant === 'standard')
    return 'innovation-partnership'
  const p = asked ?? defaultProcedure(input.route, input.variant)
  return p === 'competitive-flexible' ? 'cpn' : p
}

/**
 * A change that may not be made but is urgent (plan-model.md 6.7.2 and 6.7.3) is planned as
 * the new short contract it leads to, a direct award for urgency: under the Act for a
 * contract under the 2015 Regulations, under the PCS Regs for a Scottish one. Its variant is
 * the standard one, as the change journey does not say whether the new contract is light touch.
 */
function plannedAs(input: PlanInput): PlanInput {
  if (input.route !== 'modification-not-permitted' || input.variant !== 'urgent-direct-award')
    return input
  const urgent = { ...input, route: 'direct-award-urgency', variant: 'standard' }
  if (input.regime === 'pcr-2015') return { ...urgent, regime: 'pa-2023' }
  if (input.regime === 'pcr-scotland-2015') return urgent
  return input
}

export function settingsOf(given: PlanInput, today: string): Settings {
  const input = plannedAs(given)
  const o = input.options ?? {}
  const [calendar, altCalendar] = calendarsFor(input)
  const lightTouch = isLightTouch(input.route, input.variant)
  const fixedCfp = [
    'innovation-partnership',
    'reserved-contract-mutual',
    'reserved-contract-supported-employment',
  ].includes(input.route)
  return {
    route: input.route,
    variant: input.variant,
    regime: input.regime,
    jurisdiction: input.jurisdiction,
    authorityType: input.authorityType,
    thresholdClass:
      input.thresholdClass ??
      (input.authorityType === 'local-authority' ? 'sub-central' : 'central'),
    lightTouch,
    value: input.value,
    today: input.today ?? today,
    options: {
      ...o,
      procedure: procedureFor(input, fixedCfp),
      participationStage: o.participationStage ?? input.route === 'innovation-partnership',
      electronicSubmission: o.electronicSubmission ?? true,
      documentsWithNotice: o.documentsWithNotice ?? true,
      urgency: o.urgency ?? false,
      voluntaryStandstill: o.voluntaryStandstill ?? true,
      preliminaryMarketEngagement: o.preliminaryMarketEngagement ?? true,
      devolvedWelsh:
        o.devolvedWelsh ??
        (input.jurisdiction === 'wales' && input.authorityType !== 'central-government'),
      transferredNI:
        o.transferredNI ??
        (input.jurisdiction === 'northern-ireland' && input.authorityType !== 'central-government'),
      callOff: o.callOff ?? 'competition',
      coreSupplierInfoGiven: o.coreSupplierInfoGiven ?? input.route !== 'direct-award-user-choice',
    },
    calendar,
    altCalendar,
    pinned: input.pinned,
  }
}
