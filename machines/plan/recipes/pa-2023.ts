/** The Procurement Act 2023 recipes (plan-model.md section 6.1, and 6.7.1 for contract changes). */
import type { Recipe, RecipeEntry } from '../recipe'
import type { Settings } from '../step'

const callOffUk6: RecipeEntry = {
  id: 'pa.uk6',
  requirement: 'conditional',
  condition: () => ({
    key: 'call-off-above-threshold',
    text: 'the call-off is above the threshold (check: whether a call-off below it needs a contract award notice is UNVERIFIED)',
    holds: undefined,
  }),
}

/** The award steps after the tenders: a mandatory standstill unless the route is exempt (s.51(3)). */
function award(s: Settings, exempt: boolean, uk6: RecipeEntry = 'pa.uk6'): RecipeEntry[] {
  const standstill = exempt || s.lightTouch ? 'pa.standstill.voluntary' : 'pa.standstill.mandatory'
  return [uk6, standstill, 'pa.entry', 'pa.entry.actual', 'pa.uk7', 'pa.contract-copy']
}

function competitive(s: Settings, without: string[] = []): Recipe {
  const steps: RecipeEntry[] = [
    'pa.uk1',
    'pa.pme',
    'pa.uk2',
    'pa.uk3',
    'pa.conflicts',
    'pa.lots',
    'pa.uk4',
    'pa.participation-deadline',
    'pa.itt',
    'pa.tender-deadline',
    'pa.assessment-summaries',
    'pa.kpis',
    ...award(s, false),
  ]
  return { steps: steps.filter((e) => !without.includes(typeof e === 'string' ? e : e.id)) }
}

const modification: Recipe = {
  steps: [
    'pa.uk10',
    'pa.mod.standstill.voluntary',
    'pa.mod.earliest',
    'pa.mod.made.actual',
    'pa.mod.s77',
  ],
}

const noNotices = (why: string): Recipe => ({ none: why })

export function paRecipe(s: Settings): Recipe | undefined {
  const v = s.variant
  switch (s.route) {
    case 'competitive-procedure':
    case 'light-touch-flexible':
      return ['conventional', 'open-book', 'outcomes-based'].includes(v ?? '')
        ? competitive(s)
        : undefined
    case 'innovation-partnership':
    case 'alliance-partnership':
    case 'reserved-contract-supported-employment':
      return v === 'standard' || v === 'light-touch' ? competitive(s) : undefined
    case 'reserved-contract-mutual':
      return v === 'light-touch' ? competitive(s) : undefined
    case 'concession-contract':
      return v === 'standard' || v === 'light-touch' ? competitive(s, ['pa.kpis']) : undefined
    case 'direct-award-uniqueness':
      if (v !== 'standard' && v !== 'light-touch') return undefined
      return {
        steps: [
          'pa.pme',
          'pa.uk2',
          'pa.conflicts',
          'pa.uk5',
          'pa.da.csi',
          'pa.kpis',
          ...award(s, false),
        ],
      }
    case 'direct-award-urgency':
      if (v !== 'standard' && v !== 'light-touch') return undefined
      return { steps: ['pa.conflicts', 'pa.uk5', 'pa.da.csi', 'pa.kpis', ...award(s, true)] }
    case 'framework-call-off':
      if (v !== 'standard' && v !== 'light-touch') return undefined
      return {
        steps: ['pa.kpis', ...award(s, true, callOffUk6)],
        notes: [
          'The call-off competition sets its own time limits (no statutory minimum); none if the framework allows a direct call-off (s.45(4)).',
        ],
      }
    case 'direct-award-user-choice':
      return v === null
        ? {
            steps: ['pa.uc.conditions', 'pa.uc.exclusion-check', 'pa.da.csi', 'pa.uc.entry.actual'],
            notes: [
              'No statutory notice and no standstill: no transparency notice (s.44(3)), no contract award notice (s.50(6)(b)), no contract details notice or copy of the contract (s.53(6)(b)), no KPIs (s.52(6)(d)), no mandatory standstill (s.51(3)(f)).',
            ],
          }
        : undefined
    case 'below-threshold':
      if (v === null)
        return { steps: ['pa.bt.uk4', 'pa.bt.deadline', 'pa.bt.entry.actual', 'pa.bt.uk7'] }
      if (v === 'user-choice') return { steps: ['pa.bt.entry.actual', 'pa.bt.uk7'] }
      if (v === 'concession')
        return noNotices(
          'No statutory procurement notice: a below-threshold concession is not a regulated below-threshold contract (s.84(1)(b)).',
        )
      return undefined
    case 'public-public-exempt':
      return v === 'vertical' || v === 'horizontal'
        ? noNotices(
            'No statutory procurement notice, period or standstill: an exempted contract is not a public contract (Sch 2 paras 2-3, s.3). You may publish voluntary notices for transparency.',
          )
        : undefined
    case 'modification-permitted':
      return [
        'provided-for',
        'not-substantial',
        'unforeseeable',
        'known-risk',
        'additional-supplies',
        'urgency',
        'corporate-restructuring',
      ].includes(v ?? '')
        ? modification
        : undefined
    case 'modification-minor':
      return v === 'below-threshold-modification' ? modification : undefined
    case 'modification-freely-permitted':
      if (v === 'light-touch')
        return noNotices(
          'No statutory notices: a light touch contract may be modified without a ground, with no change notice (s.74(2), s.75(6)(b), s.77(2)(a)).',
        )
      if (v === 'below-threshold-contract')
        return noNotices(
          'No statutory notices: sections 74 to 77 reach only public and convertible contracts.',
        )
      return undefined
    case 'modification-not-permitted':
      return ['no-ground', 'over-value-cap', 'supplier-change'].includes(v ?? '')
        ? noNotices(
            'No change steps: the change must not be made. Plan a new award for the route the new-award questions find.',
          )
        : undefined
    default:
      return undefined
  }
}
