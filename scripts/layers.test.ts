import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { crossFeatureImports, type Import, importsOf, srcImports } from './layers'

/**
 * Which layer a path under the repository belongs to. Imports go one way: machines and
 * config → lib → exports → components → features → pages → app (bulletproof-react's
 * shared → features → app). src/boot/ starts the app, so like src/app/ it may use anything.
 */
function layerOf(path: string): string {
  if (path.startsWith('machines/')) return 'machines'
  const feature = /^src\/features\/([^/]+)\//.exec(path)?.[1]
  if (feature) return `feature:${feature}`
  const folder = /^src\/([^/]+)\//.exec(path)?.[1]
  return folder ?? 'app' // src/main.tsx and src/prerender.tsx start the app
}

const shared = ['machines', 'config', 'lib', 'styles']
const allowed: Record<string, (layer: string, from: string) => boolean> = {
  config: (to) => to === 'config',
  lib: (to) => shared.includes(to),
  exports: (to) => ['machines', 'config', 'lib', 'exports'].includes(to),
  components: (to) => [...shared, 'components'].includes(to),
  pages: (to) => [...shared, 'components', 'pages'].includes(to),
  app: () => true,
  boot: () => true,
}
const feature = (to: string, from: string) =>
  [...shared, 'components', 'exports', from].includes(to)

function breaksLayers({ from, to }: Import): boolean {
  const source = layerOf(from)
  const target = layerOf(to)
  if (source.startsWith('feature:')) return !feature(target, source)
  const rule = allowed[source]
  return rule ? !rule(target, source) : false
}

describe('the layers of src/', () => {
  const imports = srcImports()

  it('reads static, type and dynamic imports, with @/ and relative paths', () => {
    expect(importsOf('src/app/routes.tsx')).toContainEqual({
      from: 'src/app/routes.tsx',
      to: 'src/app/pages/question-page',
    })
    expect(importsOf('src/app/routes.tsx')).toContainEqual({
      from: 'src/app/routes.tsx',
      to: 'src/app/layout',
    })
    expect(imports.length).toBeGreaterThan(200)
  })

  it('has no feature importing another', () => {
    expect(crossFeatureImports(imports)).toEqual([])
  })

  it('imports only downwards: lib, exports, components, features, pages, app', () => {
    expect(imports.filter(breaksLayers)).toEqual([])
  })

  it('would catch a feature importing another, or lib importing a feature', () => {
    expect(breaksLayers({ from: 'src/features/map/x.ts', to: 'src/features/wizard/flow' })).toBe(
      true,
    )
    expect(breaksLayers({ from: 'src/lib/x/y.ts', to: 'src/features/map/map-page' })).toBe(true)
    expect(breaksLayers({ from: 'src/components/x/y.tsx', to: 'src/app/layout' })).toBe(true)
    expect(breaksLayers({ from: 'src/exports/x.ts', to: 'src/components/page/page' })).toBe(true)
    expect(breaksLayers({ from: 'src/app/layout.tsx', to: 'src/features/map/map-page' })).toBe(
      false,
    )
  })

  it('has a Biome restricted-imports override for every feature folder', () => {
    const biome = JSON.parse(readFileSync('biome.json', 'utf8')) as {
      overrides: { includes: string[]; linter?: { rules?: { style?: object } } }[]
    }
    const guarded = biome.overrides
      .filter((o) => o.linter?.rules?.style && 'noRestrictedImports' in o.linter.rules.style)
      .flatMap((o) => o.includes)
    const features = readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/features/${d.name}/**`)
    expect(features.length).toBeGreaterThan(0)
    expect(features.filter((f) => !guarded.includes(f))).toEqual([])
    for (const layer of ['src/lib/**', 'src/exports/**', 'src/components/**', 'src/pages/**'])
      expect(guarded).toContain(layer)
  })
})
