import { pa2023 } from '../common-references'
import { PA } from '../legislation'
import { ref } from '../reference'
import {
  byRegime,
  type Reference,
  type RouteContent,
  type RouteContext,
  type RouteText,
} from '../route-content'
import { valueSentence } from '../value-sentence'

/**
 * Direct award of a user choice contract (decision model, sections 5.1 and 6.2): Procurement
 * Act 2023 s.41 with Schedule 5, paragraphs 15 to 17. The Act only: the 2015 Regulations and
 * the Scottish regulations have no such ground (spec 5.2), so the machine never reaches this
 * route under them and those paths carry the user-choice flag instead. A user choice contract
 * is always light touch (para 16(a)), so there is no variant.
 *
 * No notice is needed at all (ss.44(3), 50(6)(b), 53(6)(b)) and the mandatory standstill does
 * not apply to a light touch contract (s.51(3)(f)). Which enactment meets para 16(c) is named
 * only for England, where the Care Act 2014 s.30 choice of accommodation rules are confirmed;
 * whether other duties qualify, and the laws of the other nations, are left to check.
 */

/** The law that requires regard to the person's views (para 16(c)), by nation. */
type ViewsLaw = { step: string; references: Reference[] }

const englandViews = (): ViewsLaw => ({
  step: 'Name the law that requires you to have regard to the person’s views. The Care Act 2014 s.30 choice of accommodation rules are the clearest example; whether other duties qualify is a point to check.',
  references: [
    ref(
      'care-act-2014',
      'Choice of accommodation: regulations may require a council to arrange the adult’s preferred accommodation',
      'Care Act 2014, s.30',
      'https://www.legislation.gov.uk/ukpga/2014/23/section/30',
    ),
    ref(
      'choice-of-accommodation-regs-2014',
      'The adult’s preferred accommodation, and the conditions for arranging it',
      'The Care and Support and After-care (Choice of Accommodation) Regulations 2014 (SI 2014/2670)',
    ),
  ],
})

const viewsToCheck = (where: string) => (): ViewsLaw => ({
  step: `Name the law that requires you to have regard to the person’s views about who provides the service. Check which law does so ${where}: the English choice of accommodation rules do not apply there.`,
  references: [],
})

const viewsLaw = (ctx: RouteContext): ViewsLaw =>
  ctx.jurisdiction === 'england'
    ? englandViews()
    : viewsToCheck(
        ctx.jurisdiction === 'wales'
          ? 'in Wales'
          : ctx.jurisdiction === 'northern-ireland'
            ? 'in Northern Ireland'
            : 'for a person in Scotland',
      )()

function paText(ctx: RouteContext): RouteText {
  const views = viewsLaw(ctx)
  return {
    title: 'Direct award of a user choice contract (Procurement Act 2023)',
    summary: [
      'You told us this contract is for one person’s light touch services, and that the person, or their carer, chose the provider.',
      'The Procurement Act 2023 lets you award it directly as a user choice contract, without a competition (s.41 and Schedule 5, paragraphs 15 to 17).',
      'A law must require you to have regard to the person’s or carer’s views on who provides the services.',
      'They must have said which provider they want, or only one provider can meet the needs, and you must consider a competition is not in the person’s best interests.',
      valueSentence(ctx),
      'No transparency, contract award or contract details notice is needed, and no mandatory standstill applies.',
      'You commit to recording each condition before you award, because no notice lets anyone test it.',
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Direct award: only to a supplier that is not excluded, after considering whether it is excludable',
        'Procurement Act 2023, s.41(1), (2) and (4)',
        `${PA}/section/41`,
      ),
      ref(
        'pa-2023',
        'User choice contracts: the ground, user choice services, and the conditions',
        'Procurement Act 2023, Schedule 5, paragraphs 15 to 17',
        `${PA}/schedule/5`,
      ),
      pa2023.lightTouchContracts,
      ref(
        'pa-2023',
        'No transparency notice for a user choice contract',
        'Procurement Act 2023, s.44(3)',
        `${PA}/section/44`,
      ),
      ref(
        'pa-2023',
        'No contract award notice for a user choice contract',
        'Procurement Act 2023, s.50(6)(b)',
        `${PA}/section/50`,
      ),
      ref(
        'pa-2023',
        'Light touch contracts are exempt from the mandatory standstill',
        'Procurement Act 2023, s.51(3)(f)',
        `${PA}/section/51`,
      ),
      ref(
        'pa-2023',
        'No contract details notice for a user choice contract',
        'Procurement Act 2023, s.53(6)(b)',
        `${PA}/section/53`,
      ),
      ref(
        'pa-2023',
        'Valuation: contracts that could reasonably be one are valued together, and no value may be set to avoid the Act',
        'Procurement Act 2023, s.4(3) and Schedule 3, paragraph 4',
        `${PA}/schedule/3`,
      ),
      ...views.references,
      pa2023.directAwardGuidance,
    ],
    risks: [
      'The ground covers a contract for one person only. A block contract or an approved list for many people needs a competition or a framework.',
      'Value each person’s contract over its whole likely term. Contracts that could reasonably be one must be valued together unless there are good reasons (Sch 3 para 4).',
      'No value may be set to avoid the Act (s.4(3)). How that applies to a series of single placements is a judgement to write down.',
      'No notice lets anyone test the award, so a missing record of the best-interests decision or the law relied on leaves you unable to show the ground applied.',
      'Relying on one chosen provider leaves the person exposed if it fails, so agree how the placement is reviewed and how it ends.',
    ],
    nextSteps: [
      'Before you award, record on the person’s file that the services are light touch services for them alone, and what they or their carer said about the provider.',
      views.step,
      'Record why a competition is not in the person’s best interests, or why only one provider can meet the needs.',
      'Check that the provider is not an excluded supplier, and consider whether it is an excludable supplier (s.41).',
      'Agree the terms with the provider: price, quality, outcomes, review dates and how the placement ends.',
      'Award the contract. No transparency notice (s.44(3)), contract award notice (s.50(6)(b)) or contract details notice (s.53(6)(b)) is needed.',
      'No mandatory standstill applies to a light touch contract (s.51(3)(f)), so you may sign once the record is complete.',
    ],
  }
}

export const directAwardUserChoice: RouteContent = {
  id: 'direct-award-user-choice',
  name: 'Direct award of a user choice contract',
  appliesWhen:
    'The contract is for one person’s light touch services, a law requires you to have regard to their views on the provider, they chose one, and a competition is not in their best interests.',
  variantLabels: {},
  text: byRegime({ 'pa-2023': paText }),
}
