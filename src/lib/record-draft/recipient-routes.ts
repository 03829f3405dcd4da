import type { RouteId } from '@machines/routes'

/**
 * The routes that give money or an asset to a named organisation (a grant, an asset
 * transfer): their records may say how much and to whom ("Amount (£)", "Recipient").
 */
export const routesWithRecipient: readonly RouteId[] = ['grant', 'community-asset-transfer']

export const takesRecipient = (route: RouteId) => routesWithRecipient.includes(route)
