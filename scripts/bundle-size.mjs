// Reads the build: what the start page loads before interaction, and every chunk's size.
// Shared by the size-budget test and the benchmark. Deterministic: no timing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * The files a page loads before interaction: its scripts, module preloads and
 * stylesheets, and, where the boot module starts the app after the first paint, the app's
 * entry with everything it imports statically.
 */
export function initialFiles(dist = 'dist', html = 'index.html') {
  const text = readFileSync(join(dist, html), 'utf8')
  const refs = [
    ...text.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...text.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
  ].map((m) => m[1])
  // A build without Vite's manifest (the benchmark's peer) counts what its HTML loads.
  const manifestFile = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestFile)) return [...new Set(refs)]
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]))
  const files = new Set(refs)
  const visit = (file) => {
    const chunk = byFile.get(file)
    if (!chunk) return
    files.add(file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const key of chunk.imports ?? []) {
      const imported = manifest[key]?.file
      if (imported && !files.has(imported)) visit(imported)
    }
  }
  for (const ref of refs) visit(ref)
  // The boot module (src/boot/) imports the app's entry after the first paint: the files
  // named in its script tag's data-app count, with everything they import.
  for (const [, list] of text.matchAll(/<script[^>]+data-boot[^>]+data-app="([^"]*)"/g))
    for (const file of list.split(' ').filter(Boolean)) visit(file)
  return [...files]
}

export function bundleReport(dist = 'dist') {
  const initial = initialFiles(dist)
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f))
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
  const chunkOf = (pattern) =>
    Object.entries(manifest)
      .filter(([key]) => pattern.test(key))
      .map(([, chunk]) => chunk.file)
  return {
    initial: initial.map((file) => ({ file, gzip: gzip(join(dist, file)) })),
    initialGzip: initial.reduce((sum, file) => sum + gzip(join(dist, file)), 0),
    allGzip: assets.reduce((sum, file) => sum + gzip(join(dist, 'assets', file)), 0),
    /** Chunks that must load on demand only. */
    lazy: {
      docx: chunkOf(/node_modules\/docx\//),
      elk: chunkOf(/node_modules\/elkjs\//),
      map: chunkOf(/src\/features\/map\//),
      compare: chunkOf(/src\/features\/compare\/compare-page/),
    },
  }
}
