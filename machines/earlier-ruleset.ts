import type { QuestionId } from './questions'
import { ruleset } from './ruleset'

/**
 * Links, saved sessions and records made under an earlier ruleset (decision model, section
 * 9). Ids never change meaning, so old answers keep theirs; a path may simply need a
 * question the old ruleset did not ask there.
 */

/** The rulesets a link or file may name; one that names none was made under the first. */
export const knownRulesets = ['2026-11', ruleset.version] as const
export const RULESET_BEFORE_VERSIONING = '2026-11'

export const isKnownRuleset = (version: string) =>
  (knownRulesets as readonly string[]).includes(version)

/**
 * Questions 2027-01 asks where 2026-11 did not: the new ones, and the framework questions,
 * now asked before the threshold test.
 */
export const questionsNewOnOldPaths: readonly QuestionId[] = [
  'contracting-authority',
  'user-choice',
  'concession',
  'extreme-urgency',
  'supported-employment-reservation',
  'psr-framework',
  'psr-urgent',
  'use-framework',
  'framework-regime',
]

/**
 * Whether the question about to be asked is there because the rules changed since the link or
 * file was made: a one-line notice says so instead of treating the answers as faulty.
 */
export function askedBecauseRulesChanged(madeUnder: string, next: QuestionId | null): boolean {
  return madeUnder !== ruleset.version && next !== null && questionsNewOnOldPaths.includes(next)
}

/**
 * What made a re-opened record's result differ from the one it saved: the questions on the
 * new path that the record never answered (asked because the rules changed, or because an
 * answer changed since), or, when there are none, the rules themselves.
 */
export function whatChanged(
  saved: { answers: Readonly<Record<string, unknown>>; ruleset: string },
  now: { asked: readonly QuestionId[] },
): { newlyAnswered: QuestionId[]; rulesChanged: boolean } {
  return {
    newlyAnswered: now.asked.filter((id) => saved.answers[id] === undefined),
    rulesChanged: saved.ruleset !== ruleset.version,
  }
}
