// Notices of a devolved Welsh authority under the Procurement Act 2023 (legal review 2026-12 A,
// W2 and I10). The Welsh Ministers, not a Minister of the Crown, set what its notices contain
// (PA 2023 ss.111, 113(1)), in the Procurement (Wales) Regulations 2024 (WSI 2024/782); and it
// meets the duty to publish on the central digital platform by submitting each notice through
// the Welsh digital platform, Sell2Wales (WSI 2024/782, reg 5(1)-(2)). Regulation 5(5) lists the
// notices this covers, among them the transparency notice (s.44(1), para (j)), the below-threshold
// tender notice (s.87(1), para (w)) and the contract details notice after a notifiable
// below-threshold contract (s.87(3), para (x)): legislation.gov.uk text, read for the 2026-12-02
// check. Which regulation of WSI 2024/782 sets the content of a transparency notice is not
// confirmed, so none is cited.
import { procurementWales2024 } from './common-references'
import { ref } from './reference'
import type { Reference } from './route-content'

/** The Procurement (Wales) Regulations 2024 on legislation.gov.uk (revised text). */
export const WSI_2024_782 = 'https://www.legislation.gov.uk/wsi/2024/782'

/** "submit the tender notice through Sell2Wales, …": the Welsh way to publish a notice. */
export function throughSell2Wales(notice: string): string {
  return `submit the ${notice} through Sell2Wales, the Welsh digital platform, which passes it to the central digital platform (WSI 2024/782, reg 5)`
}

export const welshDigitalPlatformReference: Reference =
  procurementWales2024.publicationThroughWelshPlatform

/**
 * The same rule cited to the paragraph of reg 5(5) that lists the notice: `paragraphs` is, for
 * example, "j" for the transparency notice or "w)-(x" for the below-threshold notices.
 */
export function welshPlatformReferenceFor(notices: string, paragraphs: string): Reference {
  return ref(
    'procurement-wales-regs-2024',
    `${notices}: published by submitting to the Welsh digital platform (Sell2Wales)`,
    `Procurement (Wales) Regulations 2024, reg 5(2) and (5)(${paragraphs})`,
    `${WSI_2024_782}/regulation/5`,
  )
}

export const welshNoticeContentReference: Reference = ref(
  'procurement-wales-regs-2024',
  'What the notices of a devolved Welsh authority must contain, including the transparency notice',
  'Procurement (Wales) Regulations 2024 (WSI 2024/782)',
  `${WSI_2024_782}/contents`,
)
