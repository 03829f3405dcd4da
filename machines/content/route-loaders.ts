import type { RouteId } from '../routes'
import type { RouteContent } from './route-content'

/**
 * Each route's content, loaded when a result needs it. The app builds each `import()` into a
 * chunk of its own, so a result page downloads and runs the content of the route it reached
 * and no other, however many routes the model has (e2e/route-chunks.spec.ts checks it). The
 * runner and the tests load them all at once (route-catalogue.ts). Adding a route is one
 * entry here; a route id without one does not compile.
 */
export const routeLoaders: Record<RouteId, () => Promise<RouteContent>> = {
  grant: () => import('./routes/grant').then((m) => m.grant),
  'community-asset-transfer': () =>
    import('./routes/community-asset-transfer').then((m) => m.communityAssetTransfer),
  'joint-venture-partnership': () =>
    import('./joint-venture-note').then((m) => m.jointVentureWithNote),
  'public-public-exempt': () =>
    import('./routes/public-public-exempt').then((m) => m.publicPublicExempt),
  'provider-selection-regime': () =>
    import('./routes/provider-selection-regime').then((m) => m.providerSelectionRegime),
  'below-threshold': () => import('./routes/below-threshold').then((m) => m.belowThreshold),
  'concession-contract': () =>
    import('./routes/concession-contract').then((m) => m.concessionContract),
  'light-touch-flexible': () =>
    import('./routes/light-touch-flexible').then((m) => m.lightTouchFlexible),
  'competitive-procedure': () =>
    import('./routes/competitive-procedure').then((m) => m.competitiveProcedure),
  'innovation-partnership': () =>
    import('./routes/innovation-partnership').then((m) => m.innovationPartnership),
  'direct-award-uniqueness': () =>
    import('./routes/direct-award-uniqueness').then((m) => m.directAwardUniqueness),
  'direct-award-urgency': () =>
    import('./routes/direct-award-urgency').then((m) => m.directAwardUrgency),
  'framework-call-off': () => import('./routes/framework-call-off').then((m) => m.frameworkCallOff),
  'reserved-contract-supported-employment': () =>
    import('./routes/reserved-contract-supported-employment').then(
      (m) => m.reservedContractSupportedEmployment,
    ),
  'reserved-contract-mutual': () =>
    import('./routes/reserved-contract-mutual').then((m) => m.reservedContractMutual),
  'alliance-partnership': () =>
    import('./routes/alliance-partnership').then((m) => m.alliancePartnership),
  'outside-procurement-rules': () =>
    import('./routes/outside-procurement-rules').then((m) => m.outsideProcurementRules),
  'direct-award-user-choice': () =>
    import('./routes/direct-award-user-choice').then((m) => m.directAwardUserChoice),
  // Section 8: the changes journey.
  'modification-permitted': () =>
    import('./routes/modification-permitted').then((m) => m.modificationPermitted),
  'modification-minor': () =>
    import('./routes/modification-minor').then((m) => m.modificationMinor),
  'modification-freely-permitted': () =>
    import('./routes/modification-freely-permitted').then((m) => m.modificationFreelyPermitted),
  'psr-modification-permitted': () =>
    import('./routes/psr-modification-permitted').then((m) => m.psrModificationPermitted),
  'modification-not-permitted': () =>
    import('./routes/modification-not-permitted').then((m) => m.modificationNotPermitted),
}
