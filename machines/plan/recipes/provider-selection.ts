/** The Provider Selection Regime recipes, England and Wales (plan-model.md sections 6.4 and 6.5). */
import type { Recipe, RecipeEntry } from '../recipe'
import type { Settings } from '../step'

const later = (id: string): RecipeEntry => ({
  id,
  requirement: 'conditional',
  condition: () => ({
    key: 'urgent-later',
    text: 'you later make an urgent award or modification',
    holds: undefined,
  }),
})

/** PSR modifications (plan-model.md sections 6.7.4 and 6.7.5), England (`psr`) or Wales (`psrw`). */
function psrModification(s: Settings, p: 'psr' | 'psrw'): Recipe | undefined {
  const made = `${p}.mod.made`
  switch (s.variant) {
    case 'original-direct-award':
    case 'provided-for':
    case 'within-value-limits':
      return { steps: [made, `${p}.modification`] }
    case 'provider-succession':
    case 'external-factors':
      return {
        steps: [made, { id: `${p}.modification`, requirement: 'recommended' }],
        notes: [
          'The regulation limits the duty to changes attributable to your decision; NHS England’s flowchart shows a notice (check).',
        ],
      }
    case 'urgent':
      return { steps: [made, `${p}.urgent`] }
    case 'continuity':
      return {
        steps: [made],
        notes: ['No notice for a continuity change; it is counted in the annual summary.'],
      }
    default:
      return undefined
  }
}

export function psrRecipe(s: Settings): Recipe | undefined {
  if (s.route === 'psr-modification-permitted') return psrModification(s, 'psr')
  if (s.route === 'modification-not-permitted')
    return {
      none: 'No change steps: the change must not be made. Plan a new award under the Provider Selection Regime.',
    }
  if (s.route !== 'provider-selection-regime') return undefined
  const standstill = [
    'psr.standstill',
    'psr.standstill.reps',
    'psr.entry',
    'psr.entry.actual',
    'psr.award-notice.after-standstill',
  ]
  const every = (urgent = false): RecipeEntry[] => [
    urgent ? 'psr.urgent' : later('psr.urgent'),
    'psr.abandon',
    'psr.annual-summary',
  ]
  const steps = (() => {
    switch (s.variant) {
      case 'direct-award-a':
      case 'direct-award-b':
        return ['psr.award-a-b', 'psr.award-notice.sch2']
      case 'direct-award-c':
        return ['psr.c.decision', 'psr.intent.c', ...standstill]
      case 'most-suitable-provider':
        return ['psr.msp.intent-follow', 'psr.msp.step2', 'psr.intent.msp', ...standstill]
      case 'competitive-process':
        return ['psr.cp.invite', 'psr.cp.inform', 'psr.intent.cp', ...standstill]
      case 'framework-call-off':
        return s.options.callOff === 'competition'
          ? [
              'psr.fw.invite',
              'psr.fw.offers-deadline',
              'psr.cp.inform',
              'psr.intent.cp',
              ...standstill,
            ]
          : ['psr.fw.award', 'psr.award-notice.sch2']
      case 'urgent-award':
        return ['psr.urgent.award']
      default:
        return undefined
    }
  })()
  return steps ? { steps: [...steps, ...every(s.variant === 'urgent-award')] } : undefined
}

export function psrwRecipe(s: Settings): Recipe | undefined {
  if (s.route === 'psr-modification-permitted') return psrModification(s, 'psrw')
  if (s.route === 'modification-not-permitted')
    return {
      none: 'No change steps: the change must not be made. Plan a new award under the Provider Selection Regime.',
    }
  if (s.route !== 'provider-selection-regime') return undefined
  const award = [
    'psrw.standstill',
    'psrw.standstill.reps',
    'psrw.entry',
    'psrw.entry.actual',
    'psrw.award-notice',
  ]
  const callOff = [
    'psrw.fw.intent.published',
    'psrw.fw.standstill',
    'psrw.standstill.reps',
    'psrw.entry',
    'psrw.entry.actual',
  ]
  const every = (urgent = false): RecipeEntry[] => [
    urgent ? 'psrw.urgent' : later('psrw.urgent'),
    'psrw.abandon',
    'psrw.annual-summary',
  ]
  const steps = (() => {
    switch (s.variant) {
      case 'direct-award-1':
        return ['psrw.intent.1', ...award]
      case 'direct-award-2':
        return ['psrw.intent.2', ...award]
      case 'most-suitable-provider':
        return ['psrw.msp.intent-follow', 'psrw.msp.step2', 'psrw.intent.msp', ...award]
      case 'competitive-process':
        return ['psrw.cp.invite', 'psrw.cp.inform', 'psrw.intent.cp', ...award]
      case 'framework-call-off':
        if (s.options.callOff === 'single-provider')
          return ['psrw.fw.single.award', 'psrw.fw.award-notice.single']
        if (s.options.callOff === 'without-competition')
          return ['psrw.fw.intent.direct', ...callOff, 'psrw.fw.award-notice.direct']
        return [
          'psrw.fw.invite',
          'psrw.fw.offers-deadline',
          'psrw.fw.inform',
          'psrw.fw.intent.comp',
          ...callOff,
          'psrw.fw.award-notice.comp',
        ]
      case 'urgent-award':
        return ['psrw.urgent.award']
      default:
        return undefined
    }
  })()
  return steps ? { steps: [...steps, ...every(s.variant === 'urgent-award')] } : undefined
}
