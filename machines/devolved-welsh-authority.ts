// Who is a devolved Welsh authority under the Procurement Act 2023, as the app reads it.
import type { RegimeId } from './regimes'

/**
 * A Procurement Act result for a body in Wales: the app treats the body as a devolved Welsh
 * authority, whose notices go through Sell2Wales (WSI 2024/782, reg 5) and to whom some of the
 * Act's duties apply differently.
 */
export function isDevolvedWelshAuthority(body: {
  regime: RegimeId
  jurisdiction: 'england' | 'wales' | 'northern-ireland' | 'scotland'
}): boolean {
  return body.regime === 'pa-2023' && body.jurisdiction === 'wales'
}
