import type { RouteId } from '../routes'
import type { RouteContent } from './route-content'
import { alliancePartnership } from './routes/alliance-partnership'
import { belowThreshold } from './routes/below-threshold'
import { communityAssetTransfer } from './routes/community-asset-transfer'
import { competitiveProcedure } from './routes/competitive-procedure'
import { concessionContract } from './routes/concession-contract'
import { directAwardUniqueness } from './routes/direct-award-uniqueness'
import { directAwardUrgency } from './routes/direct-award-urgency'
import { directAwardUserChoice } from './routes/direct-award-user-choice'
import { frameworkCallOff } from './routes/framework-call-off'
import { grant } from './routes/grant'
import { innovationPartnership } from './routes/innovation-partnership'
import { jointVenturePartnership } from './routes/joint-venture-partnership'
import { lightTouchFlexible } from './routes/light-touch-flexible'
import { outsideProcurementRules } from './routes/outside-procurement-rules'
import { providerSelectionRegime } from './routes/provider-selection-regime'
import { publicPublicExempt } from './routes/public-public-exempt'
import { reservedContractMutual } from './routes/reserved-contract-mutual'
import { reservedContractSupportedEmployment } from './routes/reserved-contract-supported-employment'

/** Every route's content, one file per route (final state) of the machine. */
export const routeCatalogue: Record<RouteId, RouteContent> = {
  grant,
  'community-asset-transfer': communityAssetTransfer,
  'joint-venture-partnership': jointVenturePartnership,
  'public-public-exempt': publicPublicExempt,
  'provider-selection-regime': providerSelectionRegime,
  'below-threshold': belowThreshold,
  'concession-contract': concessionContract,
  'light-touch-flexible': lightTouchFlexible,
  'competitive-procedure': competitiveProcedure,
  'innovation-partnership': innovationPartnership,
  'direct-award-uniqueness': directAwardUniqueness,
  'direct-award-urgency': directAwardUrgency,
  'framework-call-off': frameworkCallOff,
  'reserved-contract-supported-employment': reservedContractSupportedEmployment,
  'reserved-contract-mutual': reservedContractMutual,
  'alliance-partnership': alliancePartnership,
  'outside-procurement-rules': outsideProcurementRules,
  'direct-award-user-choice': directAwardUserChoice,
}
