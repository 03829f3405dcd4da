import { and, assign, setup } from 'xstate'
import type { Answers } from './answers'
import { answerOnPath } from './body'
import { type ConditionName, conditions } from './conditions'
import type { IsoDate } from './dates'
import { decisionTable, type Rule, type StepId } from './decision-table'
import {
  type ChoiceQuestionId,
  choiceOptions,
  isNumberQuestion,
  isQuestionId,
  type QuestionId,
} from './questions'
import { routeIds } from './routes'

/**
 * The decision table (decision-table.ts) as a statechart: one state per question, one
 * per step that asks nothing, one final state per route. The routing is written in the
 * table only. The what-if panel runs it here; the result, the wizard's next question and
 * the runner walk the same table directly (replay.ts), which replay.matches-machine.test.ts
 * checks against this machine (machine-replay.ts) on every enumerated path.
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

type AnswerParams = { question: QuestionId; values: readonly string[] }
type ConditionGuard = (args: { context: DecisionContext }) => boolean

/** Each named condition of the table, as a named guard of the same name. */
const conditionGuards = Object.fromEntries(
  Object.entries(conditions).map(([name, holds]) => [
    name,
    ({ context }: { context: DecisionContext }) => holds(context),
  ]),
) as Record<ConditionName, ConditionGuard>

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
    answerIs: ({ context }, { question, values }: AnswerParams) =>
      values.includes(onPath(context, question) as string),
    /** An `answer` event for the question being asked, with an allowed value. */
    answersCurrentQuestion: ({ event }, { question }: { question: QuestionId }) =>
      event.question === question &&
      (isNumberQuestion(question)
        ? typeof event.value === 'number'
        : (choiceOptions[question as ChoiceQuestionId] as readonly unknown[]).includes(
            event.value,
          )),
    ...conditionGuards,
  },
  actions: {
    markAsked: assign({
      asked: ({ context }, { question }: { question: QuestionId }) => [...context.asked, question],
    }),
    recordAnswer: assign({
      answers: ({ context, event }) => ({ ...context.answers, [event.question]: event.value }),
    }),
    setVariant: assign({ variant: (_, { variant }: { variant: string }) => variant }),
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
  initial: decisionTable.first,
  states: {
    ...Object.fromEntries(
      (Object.entries(decisionTable.steps) as [StepId, readonly Rule[]][]).map(([id, rules]) => [
        id,
        isQuestionId(id) ? questionState(id, rules) : { always: rules.map((r) => transition(r)) },
      ]),
    ),
    // Routes (section 4)
    ...Object.fromEntries(routeIds.map((id) => [id, { type: 'final' as const }])),
  },
})

/** A question's state: marked as asked on entry, it moves on once its answer is in. */
function questionState(question: QuestionId, rules: readonly Rule[]) {
  return {
    entry: { type: 'markAsked', params: { question } },
    on: {
      answer: {
        guard: { type: 'answersCurrentQuestion', params: { question } },
        actions: 'recordAnswer',
      },
    },
    always: rules.map((rule) => transition(rule, question)),
  } as const
}

/**
 * One rule as a guarded eventless transition: its answers (or, without any, that the
 * question is answered) and its condition; a route sets its variant on the way in.
 */
function transition(rule: Rule, question?: QuestionId) {
  const answer = question
    ? rule.answers
      ? ({ type: 'answerIs', params: { question, values: rule.answers } } as const)
      : ({ type: 'answered', params: { question } } as const)
    : undefined
  const guard = answer && rule.when ? and([answer, rule.when]) : (answer ?? rule.when)
  return {
    ...(guard ? { guard } : {}),
    target: rule.next ?? rule.route,
    ...(rule.variant
      ? { actions: { type: 'setVariant' as const, params: { variant: rule.variant } } }
      : {}),
  }
}
