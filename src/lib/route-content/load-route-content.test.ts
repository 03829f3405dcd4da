import { routeLoaders } from '@machines/content/route-loaders'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadedRouteContent, loadRouteContent } from './load-route-content'

afterEach(() => vi.restoreAllMocks())

describe('loadRouteContent', () => {
  it("loads a route's content once, as the same promise each time", async () => {
    const load = vi.spyOn(routeLoaders, 'grant')
    expect(loadedRouteContent('grant')).toBeUndefined()
    const first = loadRouteContent('grant')
    expect(loadRouteContent('grant')).toBe(first)
    const content = await first
    expect(content.id).toBe('grant')
    expect(loadedRouteContent('grant')).toBe(content)
    expect(load).toHaveBeenCalledTimes(1)
    expect(loadedRouteContent('below-threshold')).toBeUndefined()
  })

  it('tries again after a failed download', async () => {
    const load = vi
      .spyOn(routeLoaders, 'below-threshold')
      .mockRejectedValueOnce(new Error('offline'))
    await expect(loadRouteContent('below-threshold')).rejects.toThrow('offline')
    expect(loadedRouteContent('below-threshold')).toBeUndefined()
    expect((await loadRouteContent('below-threshold')).id).toBe('below-threshold')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
