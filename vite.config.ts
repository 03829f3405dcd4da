import { existsSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicy } from './deploy/policy.ts'
import { answerReasonFiles } from './scripts/answer-reason-files.ts'
import { bootWithoutPreload } from './scripts/boot-without-preload.ts'
import { buildTimeData } from './scripts/build-time-data.ts'
import { faviconInPage } from './scripts/favicon-in-page.ts'
import { prerenderPages } from './scripts/prerender-pages.mjs'
import { resultChunks } from './scripts/result-chunks.ts'

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

/**
 * After the client build, builds src/prerender.tsx for Node and writes the prerendered
 * pages, before the service worker is generated, so it precaches them too.
 */
function prerender(): Plugin {
  let outDir = 'dist'
  return {
    name: 'route-finder-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const ssr = `${outDir}-ssr`
        await build({
          logLevel: 'warn',
          build: { ssr: 'src/prerender.tsx', outDir: ssr, emptyOutDir: true },
        })
        await prerenderPages(outDir, ssr)
      },
    },
  }
}

/** The service worker: the app works offline after the first visit, including the lazy pages. */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    // Registered by src/features/offline/register-offline.ts: the CSP allows no inline
    // script and requires a trusted type for the worker's URL.
    injectRegister: false,
    manifest: {
      name: 'Route Finder',
      short_name: 'Route Finder',
      description: 'Find a route to commission a public service.',
      start_url: '/',
      display: 'standalone',
      theme_color: '#0b0c0c',
      background_color: '#ffffff',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,txt,webmanifest}'],
      // The map's layout library is large; it must still work offline.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: '/app.html',
      // Answers live in the query string: a cached page serves any answers.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // The worker's own response carries the page's CSP (nginx, _headers), which requires
      // a trusted type for importScripts: the Workbox runtime goes inside sw.js instead.
      inlineWorkboxRuntime: true,
    },
    integration: { closeBundleOrder: 'post' },
  })

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    // Route names without the routes' text: see scripts/build-time-data.ts.
    buildTimeData([
      'machines/content/route-summaries.ts',
      'machines/content/answer-reasons.ts',
      'machines/content/reasons-in-context.ts',
    ]),
    // A file per question's reasons, for the early result: see the script.
    answerReasonFiles(),
    // A result link's modules in a few files rather than thirty: see the script.
    ...(isSsrBuild ? [] : [resultChunks()]),
    // The boot module imports nothing before the first paint: see the script.
    bootWithoutPreload(),
    cspMeta(),
    // One request fewer before the first paint: see the script.
    faviconInPage(),
    prerenderedPages(),
    ...(isSsrBuild ? [] : [prerender(), offline()]),
  ],
  resolve: {
    alias: { '@': '/src', '@machines': '/machines' },
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The early result is a second entry: the shell loads it on a result link before the app.
    rollupOptions: {
      input: {
        index: 'index.html',
        boot: 'src/boot/entry.ts',
        'early-result': 'src/boot/early-result-start.ts',
      },
    },
  },
  preview: { port: 4173, strictPort: true },
}))
