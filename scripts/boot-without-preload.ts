import type { Plugin } from 'vite'

/**
 * Vite wraps every dynamic `import()` in its preload helper (`__vitePreload`), which
 * fetches the imported chunk's own dependencies and stylesheets alongside it, and so
 * makes the chunk import the helper's file statically. The boot module's imports name
 * files it already lists in full (src/boot/boot-plan.ts), so the wrapper has nothing to
 * add there, while its static import cost the first paint: the browser fetched the helper
 * before it ran the boot module at all (src/boot/README.md, load step 1).
 *
 * So the boot chunk's wrappers are taken off before Vite fills them in and the chunk is
 * minified, leaving a plain `import()`, and the build fails if any wrapper or static import
 * is left. Vite's manifest still lists the helper among the boot entry's imports; that is
 * harmless, since the app's entry imports it too (scripts/bundle-size.mjs counts it once).
 */
export function bootWithoutPreload(chunkName = 'boot'): Plugin {
  return {
    name: 'route-finder-boot-without-preload',
    apply: 'build',
    renderChunk(code, chunk) {
      if (chunk.name !== chunkName || !chunk.isEntry) return null
      const unwrapped = unwrapPreloads(code)
      if (unwrapped.includes('__vitePreload') || importsAFile(unwrapped))
        this.error(`the ${chunkName} chunk still imports a file before it runs:\n${unwrapped}`)
      return { code: unwrapped, map: null }
    },
  }
}

const helperImport = /^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m
// Anchored by the wrapper's own tail, so parentheses inside the import() do not end it early.
const wrapper = /__vitePreload\(\(\) => (import\([\s\S]*?\)), __VITE_PRELOAD__\)/g

/** The code with Vite's preload helper's import and wrappers taken off. */
export function unwrapPreloads(code: string): string {
  if (!code.includes('__vitePreload')) return code
  return code.replace(helperImport, '').replace(wrapper, '$1')
}

/**
 * Whether module code imports or re-exports another file statically (`import … from "x"`,
 * `import "x"`, `export … from "x"`), minified or not; a dynamic `import()` does not count.
 */
export function importsAFile(code: string): boolean {
  return /\bimport\s*["']|\bfrom\s*["'][^"'\n]+["']/.test(code)
}
