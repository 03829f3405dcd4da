import { PA, PCR, PCS } from '../legislation'
import { ref } from '../reference'
import {
  byRegime,
  byVariantId,
  type Reference,
  type RouteContent,
  type RouteText,
} from '../route-content'

type Regime = 'pa-2023' | 'pcr-2015' | 'pcr-scotland-2015'
/** The two sets of 2015 regulations, whose exemptions (reg 12, and the Scottish reg 13) read alike. */
type Regulations = Exclude<Regime, 'pa-2023'>

/** What a court can do if the exemption turns out not to apply. */
const remedy: Record<Regime, string> = {
  'pa-2023': 'a court can set the contract aside',
  'pcr-2015': 'a court can declare the contract ineffective',
  'pcr-scotland-2015': 'a court can declare the contract ineffective',
}

/** How the regulations are named in sentences. */
const opening: Record<Regulations, string> = {
  'pcr-2015':
    'Under the Public Contracts Regulations 2015, which govern procurements begun before 24 February 2025, reg 12 takes some public-public contracts outside the rules.',
  'pcr-scotland-2015':
    'Under the Public Contracts (Scotland) Regulations 2015, reg 13 takes some public-public contracts outside the rules.',
}

const regNo: Record<Regulations, string> = {
  'pcr-2015': 'reg 12',
  'pcr-scotland-2015': 'reg 13',
}

function regRef(regime: Regulations, label: string): Reference {
  return regime === 'pcr-2015'
    ? ref('pcr-2015', label, 'Public Contracts Regulations 2015, reg 12', `${PCR}/regulation/12`)
    : ref(
        'pcs-regs-2015',
        label,
        'Public Contracts (Scotland) Regulations 2015, reg 13',
        `${PCS}/regulation/13`,
      )
}

/** Under the Act, an exempted contract is not a public contract (s.3). */
const exemptedContracts = ref(
  'pa-2023',
  'Public contracts exclude exempted contracts',
  'Procurement Act 2023, s.3',
  `${PA}/section/3`,
)

/** Under the 2015 Regulations, the notice that protects a disputed exemption from ineffectiveness. */
const pcrTransparencyNotice = ref(
  'pcr-2015',
  'Voluntary transparency notice and ineffectiveness',
  'Public Contracts Regulations 2015, reg 99(3)',
  `${PCR}/regulation/99`,
)

/** The notices step: none is required, and what to do if the exemption could be disputed. */
function noticeSteps(regime: Regime): string[] {
  switch (regime) {
    case 'pa-2023':
      return [
        'Record the decision and your reasons. The Act’s notices and standstill do not apply to an exempted contract.',
      ]
    case 'pcr-2015':
      return [
        'Record the decision and your reasons. You need not publish a Find a Tender or Contracts Finder notice for a contract outside the Regulations.',
        'If the exemption could be disputed, consider a voluntary transparency (VEAT) notice and the wait before signing that reg 99(3) requires, which protect against ineffectiveness.',
      ]
    case 'pcr-scotland-2015':
      return [
        'Record the decision and your reasons. You need not publish a Public Contracts Scotland notice for an excluded contract.',
        'If the exemption could be disputed, ask your legal team about a voluntary transparency notice and a wait before you sign.',
      ]
  }
}

const verticalCommit =
  'You commit to keeping these conditions true for as long as the contract runs.'
const horizontalCommit =
  'You commit to genuine co-operation, not a purchase from another authority under another name.'

/** What the vertical texts share under every regime. */
const verticalShared = {
  governance: 'You keep the performance risk as owner, so weak governance can hide a poor service.',
  activities:
    'If the body’s work for others grows, it can fail the 80 per cent activities test and lose the exemption.',
  agreement:
    'Agree a written service agreement with the body, with outcomes, performance measures and review points.',
  finance:
    'With your finance team, calculate the share of the body’s activities carried out for you and bodies you control, and record the method.',
  review:
    'Review the conditions every year, and plan a procurement if the body’s outside work grows.',
}

function paVertical(): RouteText {
  const regime = 'pa-2023'
  const shared = verticalShared
  return {
    title: 'Exempted vertical arrangement with a body you control (Procurement Act 2023)',
    summary: [
      'You can award a contract to a company or other body you control without a competition.',
      'The Procurement Act 2023 treats it as an exempted contract under Schedule 2, paragraph 2.',
      'You said the provider is a company you control, alone or with other contracting authorities.',
      'You, alone or jointly, must be its parent undertaking, in effect its controlling owner.',
      'No one else may exert decisive influence over its decisions.',
      'More than 80 per cent of its activities must be carried out for you, or for bodies you control.',
      'No one other than a public authority may hold shares in it (paragraph 2(3)).',
      verticalCommit,
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Exempted contracts: vertical arrangements, including the control conditions and the bar on shareholders that are not public authorities',
        'Procurement Act 2023, Schedule 2, paragraph 2',
        `${PA}/schedule/2/paragraph/2`,
      ),
      exemptedContracts,
      ref(
        'pa-2023',
        'A commercial controlled body is treated as a public authority for its sub-contracts',
        'Procurement Act 2023, s.2(10)',
        `${PA}/section/2`,
      ),
    ],
    risks: [
      `If any condition fails, the award is a direct award without a legal basis, and ${remedy[regime]}.`,
      'Any shareholding by a person that is not a public authority breaks the exemption (Schedule 2, paragraph 2(3)).',
      shared.activities,
      'If the body operates commercially, the Act treats it as a public authority when it sub-contracts this work (s.2(10)).',
      shared.governance,
    ],
    nextSteps: [
      'Ask your legal team to test each condition of Schedule 2, paragraph 2 against the body’s articles, shareholders and board.',
      shared.finance,
      'Under joint control, check that each controlling authority sits on the board and that the body acts against none of their interests.',
      shared.agreement,
      ...noticeSteps(regime),
      shared.review,
    ],
  }
}

function regulationsVertical(regime: Regulations): RouteText {
  const shared = verticalShared
  const reg = regNo[regime]
  return {
    title:
      regime === 'pcr-2015'
        ? 'Public-public contract with a body you control (Public Contracts Regulations 2015, reg 12)'
        : 'Public-public contract with a body you control (Public Contracts (Scotland) Regulations 2015, reg 13)',
    summary: [
      opening[regime],
      'You said the provider is a company you control, alone or with other contracting authorities.',
      'Your control must be similar to the control you have over your own departments.',
      'More than 80% of its activities must be carried out for you, or for other bodies you control.',
      `There must be no direct private capital participation in it, apart from narrow exceptions in ${reg}.`,
      verticalCommit,
    ].join(' '),
    references: [
      regRef(regime, 'Contracts between entities within the public sector: controlled bodies'),
      ...(regime === 'pcr-2015' ? [pcrTransparencyNotice] : []),
    ],
    risks: [
      `If any condition fails, the award is a direct award without a legal basis, and ${remedy[regime]}.`,
      'Direct private capital participation in the body breaks the exemption.',
      shared.activities,
      'The body may itself be a contracting authority that must follow procurement rules for its own purchases.',
      shared.governance,
    ],
    nextSteps: [
      `Ask your legal team to test each condition of ${reg} against the body’s articles, shareholders and board.`,
      shared.finance,
      shared.agreement,
      ...noticeSteps(regime),
      shared.review,
    ],
  }
}

/** What the horizontal texts share under every regime. */
const horizontalShared = (regime: Regime) => ({
  purchase: `If one authority is in substance buying services from the other, the exemption fails and ${remedy[regime]}.`,
  private: 'Bringing a private partner into the arrangement takes it outside the exemption.',
  disputes:
    'Unclear cost sharing or liability can cause disputes between the authorities, so write them down.',
  conflicts:
    'Officers who act for both authorities must manage conflicts of interest, and record how they did so.',
  objectives:
    'Set out in writing the public objectives you share and what each authority contributes.',
  agreement:
    'Agree an inter-authority agreement covering governance, cost sharing, data, liability and exit.',
  review: 'Review the arrangement every year against the conditions.',
})

function paHorizontal(): RouteText {
  const regime = 'pa-2023'
  const shared = horizontalShared(regime)
  return {
    title: 'Exempted horizontal arrangement between contracting authorities (Procurement Act 2023)',
    summary: [
      'Contracting authorities can work together to deliver their public functions without a competition.',
      'The Procurement Act 2023 exempts a contract made only between contracting authorities that relates to a horizontal arrangement (Schedule 2, paragraph 3).',
      'You said you will co-operate with another public body.',
      'The arrangement must aim at objectives you share in exercising your public functions, and be entered into solely in the public interest.',
      'No more than 20 per cent of the activities it covers may be carried out for other purposes.',
      horizontalCommit,
    ].join(' '),
    references: [
      ref(
        'pa-2023',
        'Exempted contracts: horizontal arrangements',
        'Procurement Act 2023, Schedule 2, paragraph 3',
        `${PA}/schedule/2/paragraph/3`,
      ),
      exemptedContracts,
    ],
    risks: [
      shared.purchase,
      'If more than 20 per cent of the activities serve purposes other than your public functions, the exemption ends.',
      shared.private,
      shared.disputes,
      shared.conflicts,
    ],
    nextSteps: [
      shared.objectives,
      'Confirm with your legal team that every party is a contracting authority and the arrangement serves only the public interest.',
      'With your finance team, estimate the share of activities for purposes other than your public functions, and keep it at 20 per cent or less.',
      shared.agreement,
      ...noticeSteps(regime),
      shared.review,
    ],
  }
}

function regulationsHorizontal(regime: Regulations): RouteText {
  const shared = horizontalShared(regime)
  return {
    title:
      regime === 'pcr-2015'
        ? 'Co-operation between contracting authorities (Public Contracts Regulations 2015, reg 12)'
        : 'Co-operation between contracting authorities (Public Contracts (Scotland) Regulations 2015, reg 13)',
    summary: [
      opening[regime],
      'You said you will co-operate with another public body.',
      'The co-operation must aim to provide public services the authorities must perform, to achieve objectives they share.',
      'It must be governed solely by public interest considerations.',
      'The authorities must perform less than 20% of the activities it concerns on the open market.',
      horizontalCommit,
    ].join(' '),
    references: [
      regRef(
        regime,
        'Contracts between entities within the public sector: co-operation between authorities',
      ),
      ...(regime === 'pcr-2015' ? [pcrTransparencyNotice] : []),
    ],
    risks: [
      shared.purchase,
      'If the authorities perform 20% or more of the activities on the open market, the exemption ends.',
      shared.private,
      shared.disputes,
      shared.conflicts,
    ],
    nextSteps: [
      shared.objectives,
      `Confirm with your legal team that every party is a contracting authority and each condition of ${regNo[regime]} is met.`,
      'With your finance team, estimate the share of the activities performed on the open market, and keep it below 20%.',
      shared.agreement,
      ...noticeSteps(regime),
      shared.review,
    ],
  }
}

export const publicPublicExempt: RouteContent = {
  id: 'public-public-exempt',
  name: 'Public-public arrangement (exempt from competition)',
  appliesWhen:
    'You contract with a body you control, or co-operate with other public bodies, within the conditions the rules set.',
  variantLabels: {
    vertical: 'A body you control (vertical)',
    horizontal: 'Co-operation between public bodies (horizontal)',
  },
  text: byRegime({
    'pa-2023': byVariantId({ vertical: paVertical, horizontal: paHorizontal }),
    'pcr-2015': byVariantId({
      vertical: () => regulationsVertical('pcr-2015'),
      horizontal: () => regulationsHorizontal('pcr-2015'),
    }),
    'pcr-scotland-2015': byVariantId({
      vertical: () => regulationsVertical('pcr-scotland-2015'),
      horizontal: () => regulationsHorizontal('pcr-scotland-2015'),
    }),
  }),
}
