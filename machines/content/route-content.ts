import type { Answers } from '../answers'
import type { RegimeId } from '../regimes'
import type { RouteId } from '../routes'
import type { SourceId } from '../sources'
import type { AppliedThreshold } from '../threshold'

export type Jurisdiction = 'england' | 'wales' | 'northern-ireland' | 'scotland'

/** A legal reference: what it is, the exact citation, a link, and the source it comes from. */
export type Reference = {
  label: string
  citation: string
  url: string
  source: SourceId
}

/** What a route's content may depend on. Everything here is derived from the path. */
export type RouteContext = {
  route: RouteId
  variant: string | null
  regime: RegimeId
  /** The body's own regime (differs from `regime` for a call-off or under a Provider Selection Regime). */
  bodyRegime: RegimeId
  jurisdiction: Jurisdiction
  authorityType: 'central-government' | 'local-authority' | 'nhs' | 'other-public-body'
  /** Reached through the Social Impact Bond branch. */
  sib: boolean
  /**
   * The user-choice flag (spec section 2): one person's chosen provider, at or above the
   * threshold, under rules with no user choice ground (pcr-2015, pcr-scotland-2015).
   */
  userChoice: boolean
  /** service-category is light-touch. */
  lightTouch: boolean
  /** A reserved (UK-wide) body operating in Scotland. */
  reservedBodyInScotland: boolean
  threshold: AppliedThreshold | undefined
  contractValue: number | undefined
  /** The answers on the path only. */
  answers: Answers
}

/** The words of one result, for its route, variant, regime and jurisdiction. */
export type RouteText = {
  title: string
  /** One paragraph, about 80-150 words: what the route is, why it fits, what it commits the authority to. */
  summary: string
  references: Reference[]
  /** What goes wrong on this route in practice. */
  risks: string[]
  /**
   * In order, naming the notices, the standstill and the bodies to involve. A notice or period
   * the plan computes is named with a plan link, `[words](plan:step-id)` (plan-link.ts), not
   * restated: the plan is the one place its period is counted (issue 17).
   */
  nextSteps: string[]
}

export type RouteContent = {
  id: RouteId
  /** A short name that holds under every regime, for lists of alternatives. */
  name: string
  /** One sentence: when this route applies. Used when it is an alternative. */
  appliesWhen: string
  /** Label of each variant, for display. */
  variantLabels: Record<string, string>
  text: (context: RouteContext) => RouteText
  /** Notes every result on this route carries, after the general ones. */
  notes?: readonly string[]
}

/** One text of a route: for a regime, or for a nation under a regime where the law differs. */
export type TextFor = (context: RouteContext) => RouteText

/**
 * A route's texts keyed by the regimes the machine reaches it under (content-completeness.test.ts
 * enumerates them). A regime with no text is one the machine never reaches for this route, so
 * asking for it is a bug.
 */
export function byRegime(texts: Partial<Record<RegimeId, TextFor>>): TextFor {
  return (ctx) => {
    const text = texts[ctx.regime]
    if (!text) throw new Error(`${ctx.route} is never reached under ${ctx.regime}`)
    return text(ctx)
  }
}

/** Where the law differs by nation: a text for each nation that differs, `elsewhere` for the rest. */
export function byNation(
  texts: Partial<Record<Jurisdiction, TextFor>> & { elsewhere: TextFor },
): TextFor {
  return (ctx) => (texts[ctx.jurisdiction] ?? texts.elsewhere)(ctx)
}

/**
 * A route's texts keyed by variant, for a route whose variants are its own (not the service
 * category of light-touch-variant.ts). A variant with no text is one the machine never gives
 * this route, so asking for it is a bug.
 */
export function byVariantId(texts: Record<string, TextFor>): TextFor {
  return (ctx) => {
    const text = ctx.variant === null ? undefined : texts[ctx.variant]
    if (!text) throw new Error(`${ctx.route} has no variant ${ctx.variant}`)
    return text(ctx)
  }
}
