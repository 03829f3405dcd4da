import type { RegimeId } from '../regimes'

/**
 * Added to every result reached with the user-choice flag (decision model, section 2): one
 * person's chosen provider, at or above the threshold, under the 2015 Regulations or the
 * Scottish regulations, neither of which has a user choice ground. The four points of the
 * spec: no such ground; a prior information notice published continuously can advertise an
 * open arrangement (reg 75(1)(b) in both sets of regulations); a single placement valued over
 * its own term is often below the threshold; the person could take a direct payment. Kept
 * short, as the SIB notes are: the summary becomes a note, the rest is appended.
 */
export type UserChoiceNotes = { summary: string; nextSteps: string[]; risks: string[] }

const regulationsName: Partial<Record<RegimeId, string>> = {
  'pcr-2015': 'the Public Contracts Regulations 2015',
  'pcr-scotland-2015': 'the Public Contracts (Scotland) Regulations 2015',
}

export function userChoiceNotesFor(regime: RegimeId): UserChoiceNotes {
  const rules = regulationsName[regime] ?? 'these rules'
  const act =
    regime === 'pcr-scotland-2015'
      ? 'The Procurement Act 2023’s user choice ground does not apply to a devolved Scottish body.'
      : 'The Procurement Act 2023’s user choice ground reaches only procurements under the Act.'
  return {
    summary: `You told us one person, or their carer, chose the provider. ${capitalise(rules)} have no ground for awarding a contract directly for that reason. ${act}`,
    nextSteps: [
      'Value the placement over its own likely term, and record how. A placement for one person is often below the threshold, where the full procedures do not apply.',
      'To let people choose among several providers, consider an open arrangement such as an approved list, advertised by a prior information notice published continuously (reg 75(1)(b)).',
      'Ask whether the person could take a direct payment instead. They would then arrange the service themselves, and you would award no contract.',
    ],
    risks: [
      `Above the threshold, a direct award needs a ground in ${rules}. A person’s preference alone is not one, so an award made on it can be challenged.`,
    ],
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
