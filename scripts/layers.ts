/**
 * The layers of `src/` and the imports between them, read from the source text. Biome's
 * `noRestrictedImports` overrides in biome.json enforce the layers per folder; this scan
 * is the backstop that catches what a per-folder pattern list can miss (a new feature
 * folder, a relative `../` import). Run it with `npx tsx scripts/layers.ts` for the counts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..')

export type Import = { from: string; to: string }

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

/** Static imports, re-exports and dynamic `import()`s, as paths under the repository root. */
export function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8')
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'([^']+)'/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!)
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [{ from: file, to: `src/${specifier.slice(2)}` }]
    if (specifier.startsWith('@machines/'))
      return [{ from: file, to: `machines/${specifier.slice(10)}` }]
    if (specifier.startsWith('.'))
      return [{ from: file, to: posix.normalize(posix.join(posix.dirname(file), specifier)) }]
    return []
  })
}

/** Every import made by a file under `src/`. */
export function srcImports(): Import[] {
  return filesUnder('src').flatMap(importsOf)
}

/** The feature folder a path sits in (`src/features/<name>/…`), if any. */
export function featureOf(path: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1]
}

/** Imports from one feature folder into another. */
export function crossFeatureImports(imports = srcImports()): Import[] {
  return imports.filter((i) => {
    const from = featureOf(i.from)
    const to = featureOf(i.to)
    return from !== undefined && to !== undefined && from !== to
  })
}

if (process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === '') {
  const all = srcImports()
  const cross = crossFeatureImports(all)
  const pairs = new Set(cross.map((i) => `${featureOf(i.from)} → ${featureOf(i.to)}`))
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort()
  const unordered = new Set(
    cross.map((i) => sorted([featureOf(i.from)!, featureOf(i.to)!]).join(' ↔ ')),
  )
  const cycles = [...unordered].filter((p) => {
    const [a, b] = p.split(' ↔ ')
    return pairs.has(`${a} → ${b}`) && pairs.has(`${b} → ${a}`)
  })
  console.log(`feature → feature imports: ${cross.length}`)
  console.log(`ordered pairs: ${pairs.size}, unordered pairs: ${unordered.size}`)
  console.log(`two-way pairs: ${cycles.join(', ') || 'none'}`)
  const fromExports = all.filter((i) => i.from.startsWith('src/exports/') && featureOf(i.to))
  console.log(`src/exports → feature imports: ${fromExports.length}`)
  for (const i of cross) console.log(`  ${i.from} → ${i.to}`)
}
