// The grounds each regime tests, in the order of the decision model (8.5.2-8.5.4), with what each
// needs, in words. "Alternatives considered" on a changes result lists each ground tested, in
// order, with the reason it passed or failed (6.1): the machine knows which test failed and why;
// these are the names and conditions it shows beside that reason.
import type { RegimeId } from '../../regimes'
import type { ModificationRouteId } from './route'

export type ChangeGround = {
  /** The test's id in the decision model: A1-A10, B1-B7, C1-C7. */
  test: string
  route: ModificationRouteId
  variant: string
  /** A short name, as in a list of grounds. */
  name: string
  /** One sentence: what the ground needs. */
  needs: string
}

const act: ChangeGround[] = [
  {
    test: 'A1',
    route: 'modification-freely-permitted',
    variant: 'light-touch',
    name: 'Light touch contract',
    needs:
      'The contract is a light touch contract and the supplier stays the same (s.74(2) and (9)).',
  },
  {
    test: 'A2',
    route: 'modification-freely-permitted',
    variant: 'below-threshold-contract',
    name: 'Below-threshold contract',
    needs: 'The contract’s value stays below the threshold before and after the change.',
  },
  {
    test: 'A3',
    route: 'modification-permitted',
    variant: 'corporate-restructuring',
    name: 'Corporate restructuring',
    needs:
      'A new supplier takes over after a corporate restructuring and is not an excluded supplier (Schedule 8, paragraph 9).',
  },
  {
    test: 'A4',
    route: 'modification-permitted',
    variant: 'provided-for',
    name: 'Provided for in the contract',
    needs:
      'The contract and the tender or transparency notice both provide for the change, and the contract’s overall nature stays the same.',
  },
  {
    test: 'A5',
    route: 'modification-permitted',
    variant: 'not-substantial',
    name: 'Not a substantial modification',
    needs:
      'The term grows by no more than 10%, with no new kind of supply and no shift in the supplier’s favour (s.74(3)).',
  },
  {
    test: 'A6',
    route: 'modification-minor',
    variant: 'below-threshold-modification',
    name: 'Below-threshold modification',
    needs:
      'The change is within 10% of the value (15% for works), changes together stay below the threshold, and nothing new is supplied.',
  },
  {
    test: 'A7',
    route: 'modification-permitted',
    variant: 'unforeseeable',
    name: 'Unforeseeable circumstances',
    needs:
      'Circumstances that could not reasonably have been foreseen, the same overall nature, and an increase of no more than 50%.',
  },
  {
    test: 'A8',
    route: 'modification-permitted',
    variant: 'known-risk',
    name: 'A known risk has materialised',
    needs:
      'A risk described in the tender or transparency notice has happened, and the increase is no more than 50%.',
  },
  {
    test: 'A9',
    route: 'modification-permitted',
    variant: 'additional-supplies',
    name: 'Additional goods, services or works',
    needs:
      'A different supplier would cause incompatibility and duplicated costs, and the increase is no more than 50%.',
  },
  {
    test: 'A10',
    route: 'modification-permitted',
    variant: 'urgency',
    name: 'Extreme and unavoidable urgency',
    needs:
      'Extreme and unavoidable urgency you did not cause, such that a direct award under s.41 could meet the change’s purpose.',
  },
]

const regulations: ChangeGround[] = [
  {
    test: 'B1',
    route: 'modification-freely-permitted',
    variant: 'below-threshold-contract',
    name: 'Contract below the thresholds',
    needs: 'The contract was below the threshold when awarded and stays below it after the change.',
  },
  {
    test: 'B2',
    route: 'modification-permitted',
    variant: 'corporate-restructuring',
    name: 'New contractor after a restructuring or under a review clause',
    needs:
      'A new contractor succeeds after a takeover, merger, acquisition or insolvency, or an unequivocal review clause provides for it (reg 72(1)(d)).',
  },
  {
    test: 'B3',
    route: 'modification-permitted',
    variant: 'provided-for',
    name: 'Provided for in the procurement documents',
    needs:
      'A clear, precise and unequivocal clause in the initial procurement documents covers the change, and the overall nature stays the same.',
  },
  {
    test: 'B4',
    route: 'modification-minor',
    variant: 'de-minimis',
    name: 'De minimis change',
    needs:
      'All changes together are below both the threshold and 10% of the initial value (15% for works).',
  },
  {
    test: 'B5',
    route: 'modification-permitted',
    variant: 'not-substantial',
    name: 'Not a substantial modification',
    needs:
      'The change passes every test of reg 72(8): character, other bidders, economic balance and scope.',
  },
  {
    test: 'B6',
    route: 'modification-permitted',
    variant: 'unforeseeable',
    name: 'Unforeseeable circumstances',
    needs:
      'Circumstances a diligent authority could not have foreseen, the same overall nature, and no more than 50% of the initial value.',
  },
  {
    test: 'B7',
    route: 'modification-permitted',
    variant: 'additional-supplies',
    name: 'Additional works, services or supplies',
    needs:
      'A new contractor is impossible for economic or technical reasons, and the increase is no more than 50% of the initial value.',
  },
]

const psr: ChangeGround[] = [
  {
    test: 'C1',
    route: 'psr-modification-permitted',
    variant: 'provider-succession',
    name: 'New provider by succession',
    needs:
      'The provider changes solely by succession after corporate changes, or a clause in the contract provides for it.',
  },
  {
    test: 'C2',
    route: 'psr-modification-permitted',
    variant: 'original-direct-award',
    name: 'Contract awarded by a direct award process',
    needs:
      'The contract was awarded by the direct award process the regulations name, and its character stays the same.',
  },
  {
    test: 'C3',
    route: 'psr-modification-permitted',
    variant: 'provided-for',
    name: 'Provided for in the contract',
    needs: 'The contract documents clearly and unambiguously provide for the change.',
  },
  {
    test: 'C4',
    route: 'psr-modification-permitted',
    variant: 'external-factors',
    name: 'External factors',
    needs:
      'The change responds to factors beyond your control and the provider’s, and the contract’s character stays the same.',
  },
  {
    test: 'C5',
    route: 'psr-modification-permitted',
    variant: 'within-value-limits',
    name: 'Within the value limits',
    needs:
      'The contract’s character stays the same, and all changes together are below £500,000 or less than 25% of the original lifetime value.',
  },
  {
    test: 'C6',
    route: 'psr-modification-permitted',
    variant: 'urgent',
    name: 'Urgent modification',
    needs:
      'An urgent change for a reason you did not foresee or cause, where delay would likely put patients or the public at risk.',
  },
  {
    test: 'C7',
    route: 'psr-modification-permitted',
    variant: 'continuity',
    name: 'Keeping the service running during a standstill',
    needs:
      'The replacement award’s standstill has begun with independent expert advice, and the current contract ends before it does.',
  },
]

/** The grounds a regime tests, in the order tested. */
export function changeGroundsFor(regime: RegimeId): readonly ChangeGround[] {
  if (regime === 'pa-2023') return act
  if (regime === 'psr-2023' || regime === 'psr-wales-2025') return psr
  return regulations
}
