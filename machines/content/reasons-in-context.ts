import { nhsOutsideEnglandAndWales } from './questions/authority-type'
import { existingProcurementInContext } from './questions/existing-procurement'
import { frameworkRegimeConflict, frameworkRegimeScottishBody } from './questions/framework-regime'

/**
 * The reasons other answers on the path change (rationale.ts, `reasonInContext`). The build
 * replaces this module with its value as plain data (scripts/build-time-data.ts): the
 * question modules these sentences live in carry their pages' whole wording.
 */
export const reasonsInContext = {
  nhsOutsideEnglandAndWales,
  frameworkRegimeConflict,
  frameworkRegimeScottishBody,
  existingProcurement: existingProcurementInContext,
}
