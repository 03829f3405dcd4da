import { and, assign, setup } from 'xstate'
import type { Answers } from './answers'
import { answerOnPath, isDevolvedScottishBody } from './body'
import type { IsoDate } from './dates'
import { type ChoiceQuestionId, choiceOptions, type QuestionId } from './questions'
import { thresholdFor } from './threshold'

/**
 * The decision model (shared/domain/decision-model.md) as a statechart: one state per
 * question, one final state per route. It is the only place routing is written; the
 * result, the wizard's next question and the decision map are all derived from it.
 *
 * Each question state waits for its answer. Once the answer is in the context, the
 * state's guarded eventless transitions pick the next state. So the same machine serves
 * the wizard (an `answer` event per question) and the runner (all answers given as
 * input, replayed in one step).
 */

export type DecisionContext = {
  answers: Answers
  startDate: IsoDate | undefined
  today: IsoDate
  /** Question ids on the path so far, in the order asked. */
  asked: QuestionId[]
  /** The route's variant, set by the transition into its final state. */
  variant: string | null
}

export type DecisionInput = { answers?: Answers; startDate?: IsoDate | undefined; today: IsoDate }
export type DecisionEvent = { type: 'answer'; question: QuestionId; value: string | number }

/** An answer counts only once its question has been asked on this path. */
const onPath = answerOnPath

const is = (context: DecisionContext, question: QuestionId, ...values: string[]) =>
  values.includes(onPath(context, question) as string)

const isLightTouch = (c: DecisionContext) => is(c, 'service-category', 'light-touch')

type AnswerParams = { question: QuestionId; values: readonly string[] }

export const decisionMachine = setup({
  types: {
    context: {} as DecisionContext,
    input: {} as DecisionInput,
    events: {} as DecisionEvent,
  },
  guards: {
    /** The question has an answer (so its state can move on). */
    answered: ({ context }, { question }: { question: QuestionId }) =>
      onPath(context, question) !== undefined,
    /** The answer to `question` on this path is one of `values`. */
    answerIs: ({ context }, { question, values }: AnswerParams) => is(context, question, ...values),
    /** An `answer` event for the question being asked, with an allowed value. */
    answersCurrentQuestion: ({ event }, { question }: { question: QuestionId }) =>
      event.question === question &&
      (question === 'contract-value'
        ? typeof event.value === 'number'
        : (choiceOptions[question as ChoiceQuestionId] as readonly unknown[]).includes(
            event.value,
          )),
    asksScotlandBody: ({ context }) =>
      is(context, 'jurisdiction', 'scotland') &&
      is(context, 'authority-type', 'central-government', 'other-public-body'),
    isDevolvedScottishBody: ({ context }) => isDevolvedScottishBody(context),
    /** Health care for the health service may fall under a Provider Selection Regime. */
    psrMayApply: ({ context }) =>
      is(context, 'authority-type', 'nhs', 'local-authority') &&
      (is(context, 'jurisdiction', 'england') ||
        (is(context, 'jurisdiction', 'wales') && is(context, 'existing-procurement', 'no'))),
    inEngland: ({ context }) => is(context, 'jurisdiction', 'england'),
    isLightTouch: ({ context }) => isLightTouch(context),
    asksThresholdClass: ({ context }) =>
      is(context, 'authority-type', 'nhs', 'other-public-body') && !isLightTouch(context),
    belowThreshold: ({ context }) => {
      const value = onPath(context, 'contract-value')
      const threshold = thresholdFor(context)
      return typeof value === 'number' && threshold !== undefined && value < threshold.amount
    },
    /** Scotland did not adopt reserved contracts for mutuals. */
    mutualsReservable: ({ context }) => isLightTouch(context) && !isDevolvedScottishBody(context),
  },
  actions: {
    markAsked: assign({
      asked: ({ context }, { question }: { question: QuestionId }) => [...context.asked, question],
    }),
    recordAnswer: assign({
      answers: ({ context, event }) => ({ ...context.answers, [event.question]: event.value }),
    }),
    setVariant: assign({ variant: (_, { variant }: { variant: string }) => variant }),
    /** The routes whose variant is the service category: light touch or standard. */
    setCategoryVariant: assign({
      variant: ({ context }) => (isLightTouch(context) ? 'light-touch' : 'standard'),
    }),
  },
}).createMachine({
  id: 'decision',
  context: ({ input }) => ({
    answers: input.answers ?? {},
    startDate: input.startDate,
    today: input.today,
    asked: [],
    variant: null,
  }),
  initial: 'jurisdiction',
  states: {
    // 1. Who is commissioning, and which rules apply
    jurisdiction: {
      entry: { type: 'markAsked', params: { question: 'jurisdiction' } },
      on: answerEvent('jurisdiction'),
      always: [{ guard: answered('jurisdiction'), target: 'authority-type' }],
    },
    'authority-type': {
      entry: { type: 'markAsked', params: { question: 'authority-type' } },
      on: answerEvent('authority-type'),
      always: [
        { guard: and([answered('authority-type'), 'asksScotlandBody']), target: 'scotland-body' },
        { guard: answered('authority-type'), target: 'approach' },
      ],
    },
    'scotland-body': {
      entry: { type: 'markAsked', params: { question: 'scotland-body' } },
      on: answerEvent('scotland-body'),
      always: [{ guard: answered('scotland-body'), target: 'approach' }],
    },
    approach: {
      entry: { type: 'markAsked', params: { question: 'approach' } },
      on: answerEvent('approach'),
      always: [
        { guard: answer('approach', 'transfer-asset'), target: 'asset-service-obligations' },
        {
          guard: answer('approach', 'fund-organisation', 'not-sure'),
          target: 'enforceable-deliverables',
        },
        { guard: answer('approach', 'social-impact-bond'), target: 'sib-initiator' },
        { guard: answer('approach', 'buy-services'), target: 'contract-branch' },
      ],
    },

    // 2a. Asset transfer
    'asset-service-obligations': {
      entry: { type: 'markAsked', params: { question: 'asset-service-obligations' } },
      on: answerEvent('asset-service-obligations'),
      always: [
        { guard: answer('asset-service-obligations', 'no'), target: 'asset-value' },
        { guard: answered('asset-service-obligations'), target: 'contract-branch' },
      ],
    },
    'asset-value': {
      entry: { type: 'markAsked', params: { question: 'asset-value' } },
      on: answerEvent('asset-value'),
      always: [
        {
          guard: answer('asset-value', 'full-value'),
          target: 'community-asset-transfer',
          actions: { type: 'setVariant', params: { variant: 'full-value' } },
        },
        {
          guard: answered('asset-value'),
          target: 'community-asset-transfer',
          actions: { type: 'setVariant', params: { variant: 'undervalue' } },
        },
      ],
    },

    // 2b. Funding an organisation: grant or contract is decided by substance
    'enforceable-deliverables': {
      entry: { type: 'markAsked', params: { question: 'enforceable-deliverables' } },
      on: answerEvent('enforceable-deliverables'),
      always: [
        { guard: answer('enforceable-deliverables', 'no'), target: 'economic-activity' },
        { guard: answered('enforceable-deliverables'), target: 'direct-benefit' },
      ],
    },
    'direct-benefit': {
      entry: { type: 'markAsked', params: { question: 'direct-benefit' } },
      on: answerEvent('direct-benefit'),
      always: [
        { guard: answer('direct-benefit', 'no'), target: 'economic-activity' },
        { guard: answered('direct-benefit'), target: 'contract-branch' },
      ],
    },
    'economic-activity': {
      entry: { type: 'markAsked', params: { question: 'economic-activity' } },
      on: answerEvent('economic-activity'),
      always: [
        {
          guard: answer('economic-activity', 'no'),
          target: 'grant',
          actions: { type: 'setVariant', params: { variant: 'not-a-subsidy' } },
        },
        { guard: answered('economic-activity'), target: 'mfa-headroom' },
      ],
    },
    'mfa-headroom': {
      entry: { type: 'markAsked', params: { question: 'mfa-headroom' } },
      on: answerEvent('mfa-headroom'),
      always: [
        {
          guard: answer('mfa-headroom', 'yes'),
          target: 'grant',
          actions: { type: 'setVariant', params: { variant: 'minimal-financial-assistance' } },
        },
        {
          guard: answered('mfa-headroom'),
          target: 'grant',
          actions: { type: 'setVariant', params: { variant: 'subsidy-assessment' } },
        },
      ],
    },

    // 2c. Social Impact Bond
    'sib-initiator': {
      entry: { type: 'markAsked', params: { question: 'sib-initiator' } },
      on: answerEvent('sib-initiator'),
      always: [
        { guard: answer('sib-initiator', 'commissioner'), target: 'contract-branch' },
        { guard: answered('sib-initiator'), target: 'sib-authority-pays' },
      ],
    },
    'sib-authority-pays': {
      entry: { type: 'markAsked', params: { question: 'sib-authority-pays' } },
      on: answerEvent('sib-authority-pays'),
      always: [
        { guard: answer('sib-authority-pays', 'yes'), target: 'contract-branch' },
        { guard: answered('sib-authority-pays'), target: 'joint-venture-partnership' },
      ],
    },

    // 2d. Contract branch. Devolved Scottish bodies are never asked about timing: the
    // Scottish regulations apply to them whenever the procurement began.
    'contract-branch': {
      always: [
        { guard: 'isDevolvedScottishBody', target: 'provider-relationship' },
        { target: 'existing-procurement' },
      ],
    },
    'existing-procurement': {
      entry: { type: 'markAsked', params: { question: 'existing-procurement' } },
      on: answerEvent('existing-procurement'),
      always: [
        { guard: and([answered('existing-procurement'), 'psrMayApply']), target: 'health-care' },
        { guard: answered('existing-procurement'), target: 'provider-relationship' },
      ],
    },
    'health-care': {
      entry: { type: 'markAsked', params: { question: 'health-care' } },
      on: answerEvent('health-care'),
      always: [
        { guard: answer('health-care', 'yes'), target: 'psr-existing-only' },
        { guard: answered('health-care'), target: 'provider-relationship' },
      ],
    },
    'psr-existing-only': {
      entry: { type: 'markAsked', params: { question: 'psr-existing-only' } },
      on: answerEvent('psr-existing-only'),
      always: [
        {
          guard: and([answer('psr-existing-only', 'yes'), 'inEngland']),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'direct-award-a' } },
        },
        {
          guard: answer('psr-existing-only', 'yes'),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'direct-award-1' } },
        },
        // Wales has no patient choice process.
        { guard: and([answered('psr-existing-only'), 'inEngland']), target: 'psr-patient-choice' },
        { guard: answered('psr-existing-only'), target: 'psr-continue-existing' },
      ],
    },
    'psr-patient-choice': {
      entry: { type: 'markAsked', params: { question: 'psr-patient-choice' } },
      on: answerEvent('psr-patient-choice'),
      always: [
        {
          guard: answer('psr-patient-choice', 'yes'),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'direct-award-b' } },
        },
        { guard: answered('psr-patient-choice'), target: 'psr-continue-existing' },
      ],
    },
    'psr-continue-existing': {
      entry: { type: 'markAsked', params: { question: 'psr-continue-existing' } },
      on: answerEvent('psr-continue-existing'),
      always: [
        {
          guard: and([answer('psr-continue-existing', 'yes'), 'inEngland']),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'direct-award-c' } },
        },
        {
          guard: answer('psr-continue-existing', 'yes'),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'direct-award-2' } },
        },
        { guard: answered('psr-continue-existing'), target: 'psr-most-suitable' },
      ],
    },
    'psr-most-suitable': {
      entry: { type: 'markAsked', params: { question: 'psr-most-suitable' } },
      on: answerEvent('psr-most-suitable'),
      always: [
        {
          guard: answer('psr-most-suitable', 'yes'),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'most-suitable-provider' } },
        },
        {
          guard: answered('psr-most-suitable'),
          target: 'provider-selection-regime',
          actions: { type: 'setVariant', params: { variant: 'competitive-process' } },
        },
      ],
    },
    'provider-relationship': {
      entry: { type: 'markAsked', params: { question: 'provider-relationship' } },
      on: answerEvent('provider-relationship'),
      always: [
        {
          guard: answer('provider-relationship', 'controlled-company'),
          target: 'public-public-exempt',
          actions: { type: 'setVariant', params: { variant: 'vertical' } },
        },
        {
          guard: answer('provider-relationship', 'public-body-cooperation'),
          target: 'public-public-exempt',
          actions: { type: 'setVariant', params: { variant: 'horizontal' } },
        },
        { guard: answered('provider-relationship'), target: 'service-category' },
      ],
    },
    'service-category': {
      entry: { type: 'markAsked', params: { question: 'service-category' } },
      on: answerEvent('service-category'),
      always: [
        {
          guard: and([answered('service-category'), 'asksThresholdClass']),
          target: 'threshold-class',
        },
        { guard: answered('service-category'), target: 'contract-value' },
      ],
    },
    'threshold-class': {
      entry: { type: 'markAsked', params: { question: 'threshold-class' } },
      on: answerEvent('threshold-class'),
      always: [{ guard: answered('threshold-class'), target: 'contract-value' }],
    },
    'contract-value': {
      entry: { type: 'markAsked', params: { question: 'contract-value' } },
      on: answerEvent('contract-value'),
      always: [
        { guard: and([answered('contract-value'), 'belowThreshold']), target: 'below-threshold' },
        { guard: answered('contract-value'), target: 'innovation' },
      ],
    },
    innovation: {
      entry: { type: 'markAsked', params: { question: 'innovation' } },
      on: answerEvent('innovation'),
      always: [
        {
          guard: answer('innovation', 'yes'),
          target: 'innovation-partnership',
          actions: 'setCategoryVariant',
        },
        { guard: answered('innovation'), target: 'single-provider' },
      ],
    },
    'single-provider': {
      entry: { type: 'markAsked', params: { question: 'single-provider' } },
      on: answerEvent('single-provider'),
      always: [
        {
          guard: answer('single-provider', 'yes'),
          target: 'direct-award-uniqueness',
          actions: 'setCategoryVariant',
        },
        { guard: answered('single-provider'), target: 'use-framework' },
      ],
    },
    'use-framework': {
      entry: { type: 'markAsked', params: { question: 'use-framework' } },
      on: answerEvent('use-framework'),
      always: [
        { guard: answer('use-framework', 'yes'), target: 'framework-regime' },
        {
          guard: and([answered('use-framework'), 'mutualsReservable']),
          target: 'mutual-reservation',
        },
        { guard: answered('use-framework'), target: 'relationship-model' },
      ],
    },
    'framework-regime': {
      entry: { type: 'markAsked', params: { question: 'framework-regime' } },
      on: answerEvent('framework-regime'),
      always: [
        {
          guard: answered('framework-regime'),
          target: 'framework-call-off',
          actions: 'setCategoryVariant',
        },
      ],
    },
    'mutual-reservation': {
      entry: { type: 'markAsked', params: { question: 'mutual-reservation' } },
      on: answerEvent('mutual-reservation'),
      always: [
        { guard: answer('mutual-reservation', 'yes'), target: 'mutual-conditions' },
        { guard: answered('mutual-reservation'), target: 'relationship-model' },
      ],
    },
    'mutual-conditions': {
      entry: { type: 'markAsked', params: { question: 'mutual-conditions' } },
      on: answerEvent('mutual-conditions'),
      always: [
        {
          guard: answer('mutual-conditions', 'yes'),
          target: 'reserved-contract-mutual',
          actions: 'setCategoryVariant',
        },
        { guard: answered('mutual-conditions'), target: 'relationship-model' },
      ],
    },
    'relationship-model': {
      entry: { type: 'markAsked', params: { question: 'relationship-model' } },
      on: answerEvent('relationship-model'),
      always: [
        {
          guard: answer('relationship-model', 'alliance'),
          target: 'alliance-partnership',
          actions: 'setCategoryVariant',
        },
        {
          guard: and([answer('relationship-model', 'open-book-partnership'), 'isLightTouch']),
          target: 'light-touch-flexible',
          actions: { type: 'setVariant', params: { variant: 'open-book' } },
        },
        {
          guard: answer('relationship-model', 'open-book-partnership'),
          target: 'competitive-procedure',
          actions: { type: 'setVariant', params: { variant: 'open-book' } },
        },
        {
          guard: and([answered('relationship-model'), 'isLightTouch']),
          target: 'light-touch-flexible',
          actions: { type: 'setVariant', params: { variant: 'conventional' } },
        },
        {
          guard: answered('relationship-model'),
          target: 'competitive-procedure',
          actions: { type: 'setVariant', params: { variant: 'conventional' } },
        },
      ],
    },

    // Routes (section 4)
    grant: { type: 'final' },
    'community-asset-transfer': { type: 'final' },
    'joint-venture-partnership': { type: 'final' },
    'public-public-exempt': { type: 'final' },
    'provider-selection-regime': { type: 'final' },
    'below-threshold': { type: 'final' },
    'light-touch-flexible': { type: 'final' },
    'competitive-procedure': { type: 'final' },
    'innovation-partnership': { type: 'final' },
    'direct-award-uniqueness': { type: 'final' },
    'framework-call-off': { type: 'final' },
    'reserved-contract-mutual': { type: 'final' },
    'alliance-partnership': { type: 'final' },
  },
})

function answerEvent(question: QuestionId) {
  return {
    answer: {
      guard: { type: 'answersCurrentQuestion', params: { question } },
      actions: 'recordAnswer',
    },
  } as const
}

function answered(question: QuestionId) {
  return { type: 'answered', params: { question } } as const
}

function answer(question: QuestionId, ...values: string[]) {
  return { type: 'answerIs', params: { question, values } } as const
}
