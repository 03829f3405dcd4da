/** The PCR 2015 and PCS Regs 2015 recipes (plan-model.md sections 6.2, 6.3, 6.7.2, 6.7.3). */
import type { Recipe, RecipeEntry } from '../recipe'
import type { Settings } from '../step'

const NEW_AWARD = ['conventional', 'open-book', 'outcomes-based']
const BOTH = ['standard', 'light-touch']
const none = (why: string): Recipe => ({ none: why })

const regulated = () => ({
  key: 'regulated-procurement',
  text: 'a regulated procurement: £50,000 or more for goods and services, £2m or more for works (figures dated; check)',
  holds: undefined as boolean | undefined,
})

export function publicContractsRecipe(s: Settings): Recipe | undefined {
  const scot = s.regime === 'pcr-scotland-2015'
  const p = scot ? 'pcs' : 'pcr'
  const v = s.variant ?? ''
  const ids = {
    pin: scot ? 'pcs.pin' : 'pcr.f01',
    notice: scot ? 'pcs.contract-notice' : 'pcr.f02',
    decision: scot ? 'pcs.reg85' : 'pcr.reg86',
    can: scot ? 'pcs.can' : 'pcr.f03',
    veat: scot ? 'pcs.veat' : 'pcr.f15',
    call: scot ? 'pcs.sss.call' : 'pcr.lt.call',
    ltAward: scot ? 'pcs.sss.award-notice' : 'pcr.lt.award-notice',
  }
  const cf = (...steps: string[]) => (scot ? [] : steps)
  const award = [ids.decision, `${p}.standstill`, `${p}.entry`, `${p}.entry.actual`]
  const competitive: Recipe = {
    steps: [
      ...(s.route === 'innovation-partnership' ? [] : [ids.pin]),
      ids.notice,
      ...cf('pcr.cf.opportunity'),
      `${p}.rtp-deadline`,
      `${p}.itt`,
      `${p}.tender-deadline`,
      ...cf('pcr.clarification-cutoff'),
      ...award,
      ids.can,
      ...cf('pcr.cf.award'),
    ],
  }
  const lightTouch: Recipe = {
    steps: [ids.call, ...cf('pcr.cf.opportunity'), ...award, ids.ltAward, ...cf('pcr.cf.award')],
  }
  const withoutNotice = (lt: boolean): Recipe => ({
    steps: [
      ids.veat,
      `${p}.veat-wait`,
      `${p}.entry`,
      `${p}.entry.actual`,
      lt ? ids.ltAward : ids.can,
      ...cf('pcr.cf.award'),
    ],
  })
  const concession = (lt: boolean): Recipe => ({
    steps: [
      ...(lt
        ? [`${p}.conc.sss.pin`]
        : [
            `${p}.conc.notice`,
            `${p}.conc.application-deadline`,
            `${p}.conc.itt`,
            `${p}.conc.tender-deadline`,
            `${p}.conc.clarification-cutoff`,
          ]),
      scot ? 'pcs.conc.reg49' : 'pcr.conc.reg47',
      `${p}.conc.standstill`,
      `${p}.conc.entry`,
      `${p}.conc.entry.actual`,
      `${p}.conc.award-notice`,
    ],
  })
  const belowThreshold: Recipe = scot
    ? {
        steps: [
          'pcs.reg.contract-notice',
          'pcs.entry.actual',
          'pcs.reg.notify',
          'pcs.reg.award-notice',
        ].map(
          (id): RecipeEntry => ({
            id,
            condition: (st: Settings) => ({
              ...regulated(),
              holds: st.value === undefined ? undefined : st.value >= 50_000,
            }),
          }),
        ),
        notes: ['No standstill. Below £50,000 (goods and services) no statutory notice applies.'],
      }
    : {
        steps: ['pcr.bt.cf', 'pcr.bt.cf-award'],
        notes: [
          'Contracts Finder duties apply only if the opportunity is advertised (regs 109-112).',
        ],
      }
  const modification = (notice: boolean): Recipe => ({
    steps: [
      `${p}.mod.veat`,
      `${p}.mod.veat-wait`,
      `${p}.mod.made.actual`,
      ...(notice ? [scot ? 'pcs.mod.notice' : 'pcr.f20'] : []),
    ],
  })

  switch (s.route) {
    case 'competitive-procedure':
      return NEW_AWARD.includes(v) ? competitive : undefined
    case 'light-touch-flexible':
      return NEW_AWARD.includes(v) ? lightTouch : undefined
    case 'innovation-partnership':
    case 'alliance-partnership':
    case 'reserved-contract-supported-employment':
      return v === 'standard' ? competitive : v === 'light-touch' ? lightTouch : undefined
    case 'reserved-contract-mutual':
      return !scot && v === 'light-touch' ? lightTouch : undefined
    case 'direct-award-uniqueness':
    case 'direct-award-urgency':
      return BOTH.includes(v) ? withoutNotice(v === 'light-touch') : undefined
    case 'framework-call-off':
      if (!BOTH.includes(v)) return undefined
      if (scot)
        return {
          steps: ['pcs.entry.actual'],
          notes: [
            'No award decision notice, standstill or contract award notice for a call-off (regs 85(4)(b), 86(2)(c), 51(4)); the mini-competition sets its own time limits. Whether a Procurement Reform (Scotland) Act award notice is due: check (UNVERIFIED).',
          ],
        }
      return {
        steps: [
          { id: 'pcr.reg86', requirement: 'recommended' },
          'pcr.voluntary-standstill',
          'pcr.entry',
          'pcr.entry.actual',
          ...(v === 'light-touch'
            ? [
                {
                  id: 'pcr.lt.award-notice',
                  requirement: 'conditional' as const,
                  condition: () => ({
                    key: 'call-off-award-notice',
                    text: 'check: reg 50(4) exempts call-offs from the reg 50 notice; whether reg 75(3) still requires a light touch award notice is UNVERIFIED',
                    holds: undefined,
                  }),
                },
              ]
            : []),
          'pcr.cf.award',
        ],
        notes: [
          'No contract award notice for each call-off (reg 50(4)); the mini-competition must allow a sufficiently long time (R9).',
        ],
      }
    case 'concession-contract':
      return BOTH.includes(v) ? concession(v === 'light-touch') : undefined
    case 'below-threshold':
      if (s.variant === null || v === 'user-choice') return belowThreshold
      if (v === 'concession')
        return none(
          scot
            ? 'No statutory notices under the Concession Contracts (Scotland) Regulations 2016 below their threshold; whether the Procurement Reform (Scotland) Act 2014 reaches a concession: check (UNVERIFIED).'
            : 'No statutory notices: below the threshold the Concession Contracts Regulations 2016 do not apply, and PCR Part 4 does not reach concessions.',
        )
      return undefined
    case 'public-public-exempt':
      return ['vertical', 'horizontal'].includes(v)
        ? none(
            'No statutory procurement notice, period or standstill: the contract is exempt (public-public cooperation).',
          )
        : undefined
    case 'modification-permitted':
      if (['unforeseeable', 'additional-supplies'].includes(v)) return modification(true)
      if (['provided-for', 'not-substantial', 'corporate-restructuring'].includes(v))
        return modification(false)
      return undefined
    case 'modification-minor':
      return v === 'de-minimis' ? modification(false) : undefined
    case 'modification-freely-permitted':
      return v === 'below-threshold-contract'
        ? none('No statutory notices for a change to a below-threshold contract (check).')
        : undefined
    case 'modification-not-permitted':
      return ['no-ground', 'over-value-cap', 'supplier-change'].includes(v)
        ? none('No change steps: the change must not be made. A new procurement is needed.')
        : undefined
    default:
      return undefined
  }
}
