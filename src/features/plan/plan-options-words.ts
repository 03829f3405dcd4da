/**
 * The words of "Change the plan's settings" (plan-model.md section 2, `PlanInput.options`), kept
 * apart from the form so the wording can change without touching the layout. Legal references
 * come from the domain files: plan-model.md section 2 and 5.6, legal-facts.md.
 */
import type { ChoosableOption } from '@machines/plan/relevant-options'

type Question = {
  legend: string
  hint?: string
  /** A GOV.UK warning shown with the question, whatever the answer. */
  warning?: string
  /** Labels (and hints) of an enum's values; booleans use Yes and No. */
  values?: Record<string, { label: string; hint?: string }>
}

export const optionsWords = {
  summary: 'Change the plan’s settings',
  intro:
    'Answer these to fit the plan to how you will run the procurement. Only the questions that change this plan’s steps or dates are asked. The answers already selected are the ones the plan uses now. Some answers bring up a further question below them.',
  submit: 'Save plan settings',
  yes: 'Yes',
  no: 'No',
  updated: 'The plan settings are saved. The steps and dates below use them.',
  amountPrefix: '£',
  /** On a grant the amount is not asked here: the grant is the subsidy, given once in the record details. */
  recordAmount: {
    field: 'Amount (£)',
    given: {
      before: 'The plan uses the grant amount given in the record details under ',
      after: (pounds: string) => `: £${pounds}.`,
    },
    none: {
      before: 'No grant amount is given yet. Give it in the record details under ',
      after: () => ' and the plan uses it.',
    },
  },
  questions: {
    procedure: {
      legend: 'Which procedure will you use?',
      values: {
        open: {
          label: 'Open procedure',
          hint: 'Any supplier may tender in response to the tender notice, in a single stage.',
        },
        'competitive-flexible': {
          label: 'Competitive flexible procedure',
          hint: 'You design the stages yourself, for example shortlisting suppliers first or negotiating (Procurement Act 2023 s.20).',
        },
        restricted: {
          label: 'Restricted procedure',
          hint: 'Suppliers first ask to take part, and only those you select are invited to tender.',
        },
        cpn: {
          label: 'Competitive procedure with negotiation',
          hint: 'Selected suppliers send initial tenders, which you may negotiate before final tenders.',
        },
        'competitive-dialogue': {
          label: 'Competitive dialogue',
          hint: 'You discuss solutions with selected suppliers before they send final tenders.',
        },
        'innovation-partnership': {
          label: 'Innovation partnership',
          hint: 'To develop something not yet available on the market and then buy it.',
        },
      },
    },
    participationStage: {
      legend: 'Will there be a participation stage?',
      hint: 'Suppliers first send requests to participate, and only the suppliers you select are invited to tender.',
    },
    electronicSubmission: {
      legend: 'Will suppliers send their tenders electronically?',
      hint: 'Tenders sent on paper need a longer minimum tendering period.',
    },
    documentsWithNotice: {
      legend: 'Will all the tender documents be available when the tender notice is published?',
      hint: 'If some documents come later, the minimum tendering period is longer.',
    },
    urgency: {
      legend: 'Does a state of urgency make the usual time limits impractical?',
      hint: 'The plan then uses the shorter periods allowed in urgency.',
      warning:
        'The shorter periods depend on a real state of urgency that makes the usual ones impractical. Record why, and keep that record with your procurement file.',
    },
    negotiatedTenderingPeriod: {
      legend: 'Will you agree the tendering period with every supplier you selected?',
      hint: 'Only a body that is not a central government authority can do this, and only with every pre-selected supplier.',
    },
    voluntaryStandstill: {
      legend: 'Will you keep a voluntary standstill period?',
      hint: 'The law does not require one here, but it is recommended: suppliers can then challenge the award before the contract is entered into.',
    },
    pipelineAuthority: {
      legend: 'Do you expect to pay more than £100 million under contracts in the financial year?',
      hint: 'If so, you must publish a pipeline notice (Procurement Act 2023 s.93).',
    },
    preliminaryMarketEngagement: {
      legend:
        'Will you talk to suppliers before the tender notice (preliminary market engagement)?',
      hint: 'The plan then includes the steps that go with it.',
    },
    devolvedWelsh: {
      legend: 'Is your organisation a devolved Welsh authority?',
      hint: 'Its notices are published through Sell2Wales, which passes them to Find a Tender.',
    },
    transferredNI: {
      legend: 'Is your organisation a transferred Northern Ireland authority?',
      hint: 'Some steps of the Procurement Act 2023 apply differently to these authorities.',
    },
    openSpace: {
      legend: 'Is the land open space?',
      hint: 'A principal council in England or Wales must advertise a disposal of open space in a local newspaper for two weeks in a row and consider objections (Local Government Act 1972 s.123(2A)). In Wales this does not cover playing fields under the 2010 Measure.',
    },
    concessionStages: {
      legend: 'Will you ask for initial tenders only after the applications?',
      hint: 'Awarding the concession in stages gives initial tenders their own minimum period.',
    },
    groupedAwardNotices: {
      legend: 'Will you group your award notices each quarter?',
      hint: 'Award notices for light touch contracts may be sent together, grouped by quarter.',
    },
    coreSupplierInfoGiven: {
      legend: 'Has the supplier given its core supplier information?',
      hint: 'If the supplier gives core supplier information, you confirm before the award that it was shared through the central digital platform (Procurement Regulations 2024 reg 6). For a user choice provider, check how this applies.',
    },
    callOff: {
      legend: 'How will contracts be awarded under the framework?',
      values: {
        competition: { label: 'By a competition between the providers on the framework' },
        'without-competition': { label: 'Without a competition' },
        'single-provider': { label: 'The framework has a single provider' },
      },
    },
    subsidy: {
      legend: 'What kind of subsidy is it?',
      hint: 'This decides, for example, whether an entry on the subsidy database is needed.',
      values: {
        none: { label: 'It is not a subsidy' },
        mfa: { label: 'Minimal financial assistance' },
        spei: { label: 'Assistance for services of public economic interest' },
        scheme: { label: 'A subsidy given under a subsidy scheme' },
        standalone: { label: 'A subsidy not given under a scheme' },
      },
    },
    amountGbp: {
      legend: 'How much is the subsidy or assistance?',
      hint: 'In whole pounds, for example 120,000. Leave it blank to use the estimated value you gave.',
    },
  } satisfies Record<ChoosableOption, Question>,
} as const

/** The words of a question, read with its optional parts. */
export const questionWords = (name: ChoosableOption): Question => optionsWords.questions[name]
