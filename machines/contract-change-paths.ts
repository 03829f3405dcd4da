import { answerOnPath, type DatedPath, type PathAnswers } from './body'
import {
  asksModHealthCare,
  asksPsrContinuity,
  belowThresholdAtAward,
  belowThresholdContract,
  changeFigures,
  changeThreshold,
  isWorks,
  keepsNature,
  minorUnderAct,
  overValueCap,
  termWithinLimit,
  withinHalfCap,
} from './contract-change'
import { LAST_DAY_BEFORE_PA_2023 } from './dates'
import { deMinimis, minorCap, modificationLimits, withinPsrLimits } from './modification-arithmetic'
import { type NumberQuestionId, numberQuestions } from './questions'
import { changeRegime } from './regime'
import { FIGURES_OF_2026, thresholdOn } from './threshold'

/**
 * How the path enumeration (paths.ts) walks the changes journey: which figures it tries for
 * each number question, so that every boundary of section 8.5.1 is taken on both sides, and
 * what of a path so far can change what follows, so that paths with the same future are
 * finished once.
 */

const { psrPounds, psrPercent, halfPercent } = modificationLimits

/** The smallest whole number n with n × 100 ≥ pct × whole: the first figure at pct% or above. */
const firstAtPercent = (whole: number, pct: number) => Math.ceil((pct * whole) / 100)
/** The largest whole number n with n × 100 ≤ pct × whole: the last figure at pct% or below. */
const lastWithinPercent = (whole: number, pct: number) => Math.floor((pct * whole) / 100)

/**
 * The figures to try for a number question of the changes journey, given the path so far:
 * each limit's last passing and first failing figure.
 */
export function changeFiguresToTry(question: NumberQuestionId, c: DatedPath): number[] {
  const { min, max } = numberQuestions[question]
  return [...new Set(candidates(question, c))]
    .filter((n) => Number.isInteger(n) && n >= min && n <= max)
    .sort((a, b) => a - b)
}

function candidates(question: NumberQuestionId, c: DatedPath): number[] {
  const regime = changeRegime(c)
  const psr = regime === 'psr-2023' || regime === 'psr-wales-2025'
  const t = changeThreshold(c) ?? 0
  switch (question) {
    case 'mod-original-value': {
      // Under a PSR: a contract whose 25% is below £500,000 and one whose 25% is above it.
      if (psr) return [1_000_000, 4_000_000]
      // Below and at the threshold at award (test B1 reads the band's figures).
      const start = answerOnPath(c, 'mod-procurement-start')
      const day = start === 'from-2026' ? FIGURES_OF_2026 : LAST_DAY_BEFORE_PA_2023
      const atAward = thresholdOn(c, day)?.amount ?? t
      return [atAward - 1, atAward, t - 1, t]
    }
    case 'mod-earlier-changes-value':
      return [0, 1_000]
    case 'mod-change-value':
      return changeValues(c, psr, t)
    case 'mod-max-term-months':
      return [36]
    case 'mod-extension-months': {
      const maxTerm = Number(answerOnPath(c, 'mod-max-term-months') ?? 0)
      return [0, lastWithinPercent(maxTerm, 10), lastWithinPercent(maxTerm, 10) + 1]
    }
    default:
      return [numberQuestions[question].min]
  }
}

function changeValues(c: DatedPath, psr: boolean, t: number): number[] {
  const original = Number(answerOnPath(c, 'mod-original-value') ?? 0)
  const earlier = Number(answerOnPath(c, 'mod-earlier-changes-value') ?? 0)
  const now = original + earlier
  const around = (n: number) => [n - 1, n]
  if (psr) {
    // Vcum below £500,000, and below 25% of V0: the last passing and first failing Vc.
    return [
      0,
      ...around(psrPounds - earlier),
      ...around(firstAtPercent(original, psrPercent) - earlier),
    ]
  }
  const cap = minorCap(isWorks(c))
  const underAct = changeRegime(c) === 'pa-2023'
  const base = underAct ? now : original
  return [
    0,
    // Vnew below T (tests A2, B1) and Vcum below T (A6, B4).
    ...around(t - now),
    ...around(t - earlier),
    // The 10% (15% works) caps: of Vnow for A6 ("not more than"), of V0 for B4 ("below").
    lastWithinPercent(now, cap),
    lastWithinPercent(now, cap) + 1,
    ...around(firstAtPercent(original, cap) - earlier),
    // The 50% caps.
    lastWithinPercent(base, halfPercent),
    lastWithinPercent(base, halfPercent) + 1,
  ]
}

/**
 * What a later step of the changes journey may read from the path so far, in place of the
 * new-award context: the regime; what sets the threshold and the questions still to come
 * (the kind of body, the category, the class); the figures themselves while they are being
 * asked, and afterwards only what they pass and fail; and the answers later rules test.
 * Everything else (which nation, which timing band) matters only through these, except at
 * `mod-health-care` itself: there the nation decides which Provider Selection Regime a `yes`
 * sets (England's or Wales's), so it is read as that regime. Without it an English and a Welsh
 * council waiting on that question looked alike, and the Welsh regime's results were finished
 * along the first option only.
 */
export function changeFuture(
  c: PathAnswers & { startDate?: string | undefined; today: string },
): string {
  const dated: DatedPath = { ...c, startDate: c.startDate }
  const read = (q: Parameters<typeof answerOnPath>[1]) => String(answerOnPath(c, q) ?? '')
  const figures = changeFigures(c)
  const threshold = changeThreshold(dated)
  const start = answerOnPath(c, 'mod-procurement-start')
  const atAward = thresholdOn(
    dated,
    start === 'from-2026' ? FIGURES_OF_2026 : LAST_DAY_BEFORE_PA_2023,
  )?.amount
  // Once the figures are in, what they pass and fail is all a later rule reads of them, of
  // the threshold, and of the body, category and class that set it.
  const before = figures
    ? [
        belowThresholdAtAward(dated),
        belowThresholdContract(dated),
        minorUnderAct(dated),
        threshold !== undefined && deMinimis(figures, threshold, isWorks(c)),
        withinHalfCap(c),
        withinPsrLimits(figures),
      ]
    : [
        read('jurisdiction') === 'northern-ireland',
        read('authority-type'),
        read('mod-contract-category'),
        read('threshold-class'),
        read('mod-regulated-award') === 'no',
        read('mod-original-value'),
        read('mod-earlier-changes-value'),
        threshold,
        atAward,
      ]
  return [
    changeRegime(c),
    psrIfHealthCare(c),
    ...before,
    read('mod-supplier-change'),
    read('mod-max-term-months') === '' ? read('mod-extends-term') : termWithinLimit(c),
    asksPsrContinuity(c),
    answerOnPath(c, 'mod-changes-nature') === undefined ? '' : keepsNature(c),
    overValueCap(c),
  ].join(',')
}

/** The Provider Selection Regime a `yes` to `mod-health-care` would set, while it is still to come. */
function psrIfHealthCare(c: PathAnswers): string {
  if (!asksModHealthCare(c) || answerOnPath(c, 'mod-health-care') !== undefined) return ''
  return changeRegime({
    answers: { ...c.answers, 'mod-health-care': 'yes' },
    asked: [...c.asked, 'mod-health-care'],
  })
}
