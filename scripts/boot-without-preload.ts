import type { Plugin } from 'vite'

/**
 * Vite wraps every dynamic `import()` in its preload helper (`__vitePreload`), which
 * fetches the imported chunk's own dependencies and stylesheets alongside it, and so
 * makes the chunk import the helper's file statically. The boot module's imports name
 * files it already lists in full (src/boot/boot-plan.ts), so the wrapper has nothing to
 * add there, while its static import costs the first paint a round trip: the browser
 * fetches the helper before it runs the boot module at all, and on a result link the boot
 * module's early fetches wait behind it. Measured with Lighthouse on a result link
 * (src/boot/README.md, load step 5): the early result's files started a round later.
 *
 * So the boot chunk's wrappers are taken off before Vite fills them in, leaving a plain
 * `import()`, and the build fails if the boot chunk still imports anything.
 */
export function bootWithoutPreload(chunkName = 'boot'): Plugin {
  return {
    name: 'route-finder-boot-without-preload',
    apply: (config) => !config.build?.ssr,
    renderChunk(code, chunk) {
      if (chunk.name !== chunkName || !chunk.isEntry) return null
      const unwrapped = unwrapPreloads(code)
      if (/^\s*import\s*[{*\w]/m.test(unwrapped))
        this.error(`the ${chunkName} chunk still imports a file before it runs:\n${unwrapped}`)
      return { code: unwrapped, map: null }
    },
  }
}

const helperImport = /^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m
const wrapper = /__vitePreload\(\(\) => (import\([\s\S]*?\)), __VITE_PRELOAD__\)/g

/** The code with Vite's preload helper's import and wrappers taken off. */
export function unwrapPreloads(code: string): string {
  if (!code.includes('__vitePreload')) return code
  return code.replace(helperImport, '').replace(wrapper, '$1')
}
