import { answerOnPath, isReservedBodyInScotland, type PathAnswers } from './body'
import { formatDate } from './content/date'
import { type IsoDate, PA_2023_IN_FORCE } from './dates'
import { isOutsideProcurement, type RouteId } from './routes'
import { type AppliedThreshold, isConcession } from './threshold'
import { THRESHOLD_HORIZON } from './thresholds'

/**
 * What a result takes for granted without a "not sure" answer: the start date, the
 * regime for routes that never asked about timing, figures not yet confirmed.
 */
export function resultNotes(
  path: PathAnswers,
  route: RouteId | null,
  threshold: AppliedThreshold | undefined,
  startDate: IsoDate | undefined,
): string[] {
  const notes: string[] = []
  const existing = answerOnPath(path, 'existing-procurement')
  if (existing === 'yes' && !startDate) {
    // The Provider Selection Regime replaced the 2015 Regulations for health care in England
    // on 1 January 2024, so only those results need the earlier rules named (review B, #29).
    const psrEngland =
      answerOnPath(path, 'health-care') === 'yes' &&
      answerOnPath(path, 'jurisdiction') === 'england'
    notes.push(
      psrEngland
        ? 'This result assumes the procurement began on or after 1 January 2024, the start of this ruleset. Before then, the 2015 Regulations also applied to health care in England.'
        : 'This result assumes the procurement began on or after 1 January 2024, the start of this ruleset.',
    )
  }
  if (
    answerOnPath(path, 'framework-regime') === 'pa-2023' &&
    (existing === 'yes' || (startDate !== undefined && startDate < PA_2023_IN_FORCE))
  ) {
    // No framework under the Act existed before it came into force (review A, M5).
    notes.push(
      'Your answers conflict: no framework or dynamic market under the Procurement Act 2023 existed before 24 February 2025, so a call-off under one cannot have started earlier. This result follows the framework’s rules. Check when the call-off started and which rules the framework was set up under.',
    )
  }
  if (existing === 'yes' && isReservedBodyInScotland(path)) {
    notes.push(
      'You are a reserved body in Scotland and began before 24 February 2025. Whether the UK or the Scottish 2015 Regulations governed that procurement is disputed: check with your legal team.',
    )
  }
  if (route && !path.asked.includes('existing-procurement') && isOutsideProcurement(route)) {
    notes.push(
      'On your answers this route sits outside procurement law, so we did not ask when a procurement started. Its references apply under every procurement regime.',
    )
  }
  if (startDate && startDate >= THRESHOLD_HORIZON) {
    notes.push(
      `Your start date is on or after ${formatDate(THRESHOLD_HORIZON)}, when the thresholds are next due to be revised. The figures used may have changed: check them.`,
    )
  }
  if (threshold?.unconfirmed) notes.push(unconfirmedFigureNote(threshold))
  return notes
}

/** Why a figure used is shown with "check": which figure, and what to check it against. */
function unconfirmedFigureNote(threshold: AppliedThreshold): string {
  if (!isConcession(threshold.kind)) {
    return 'The Scottish figure for this threshold is taken to match the UK figure. Check SPPN 4/2025 before relying on it.'
  }
  if (threshold.rules === 'scotland') {
    return 'The concession threshold used is the figure last read in the Concession Contracts (Scotland) Regulations 2016. Check whether the 2025 Scottish threshold amendments changed it from 1 January 2026 before relying on it.'
  }
  return 'The concession threshold used for procurements begun before 1 January 2026 is taken to match the works figure of the time. Check the figure in the regulations that applied on your start date before relying on it.'
}
