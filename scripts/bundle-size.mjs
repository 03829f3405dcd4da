// Reads the build: what the start page loads before interaction, and every chunk's size.
// Shared by the size-budget test and the benchmark. Deterministic: no timing.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** The files a page's HTML loads before interaction: its scripts, module preloads and stylesheets. */
export function initialFiles(dist = 'dist', html = 'index.html') {
  const text = readFileSync(join(dist, html), 'utf8')
  const refs = [
    ...text.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...text.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
  ].map((m) => m[1])
  return [...new Set(refs)]
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
