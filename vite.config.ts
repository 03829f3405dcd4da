import { existsSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { contentSecurityPolicy } from './deploy/policy.ts'

/**
 * The CSP goes into the built page only: the dev server injects inline scripts
 * (React refresh) that the policy would block.
 */
function cspMeta(): Plugin {
  return {
    name: 'route-finder-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      )
    },
  }
}

/**
 * `vite preview` serves the prerendered page for a path when there is one, and the
 * empty shell (app.html) for every other page, never the start page's HTML.
 */
function prerenderedPages(): Plugin {
  return {
    name: 'route-finder-prerendered-pages',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir
      server.middlewares.use((req, _res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?')
        const isPage = req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)
        if (isPage) {
          const page = join(path, 'index.html')
          const target = existsSync(join(dist, page)) ? page : '/app.html'
          req.url = query === undefined ? target : `${target}?${query}`
        }
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), cspMeta(), prerenderedPages()],
  resolve: {
    alias: { '@': '/src', '@machines': '/machines' },
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
  },
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { port: 4173, strictPort: true },
})
