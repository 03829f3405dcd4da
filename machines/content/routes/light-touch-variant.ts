// The light-touch / standard variant that several routes share, read once from the context.
import type { RouteContext, RouteText, TextFor } from '../route-content'

/** A text written for both variants, given whether this result is the light touch one. */
export function byVariant(text: (ctx: RouteContext, lightTouch: boolean) => RouteText): TextFor {
  return (ctx) => text(ctx, ctx.variant === 'light-touch')
}
