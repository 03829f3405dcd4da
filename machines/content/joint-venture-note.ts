import { formatPounds } from './money'
import type { RouteContent } from './route-content'
import { assistancePeriod, subsidyFigures } from './routes/grant'
import { jointVenturePartnership } from './routes/joint-venture-partnership'

/**
 * For the joint-venture result: what the authority's contribution can be. A contribution given
 * in return for services can make the venture a contract (legal review 2026-12 B, #5); one on
 * better than market terms to an organisation that trades can be a subsidy. The MFA limit
 * counts MFA and SPEI assistance over the current financial year so far and the two before it
 * (SCA 2022 s.36(1)-(2)).
 */
export const sibJointVentureNote = [
  'Check your contribution to the venture twice.',
  'First, if money, premises or staff are given in return for the provider’s services, the venture can be a contract that may need a procurement: run the grant-or-contract test.',
  'Second, contributions can be a subsidy under the Subsidy Control Act 2022 when given on better than market terms to an organisation that trades.',
  `Minimal Financial Assistance can cover it if the organisation’s total of MFA and SPEI assistance stays within ${formatPounds(subsidyFigures.mfaLimit)} over ${assistancePeriod}.`,
  'Otherwise, assess the contribution against the subsidy control principles.',
].join(' ')

/**
 * The joint venture route with the note above, which every joint venture result carries.
 * The note reads the grant's figures, so it is loaded with this route's content
 * (route-loaders.ts) rather than with every result: the grant route's content stays in
 * its own chunk.
 */
export const jointVentureWithNote: RouteContent = {
  ...jointVenturePartnership,
  notes: [sibJointVentureNote],
}
