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

export default defineConfig({
  plugins: [react(), cspMeta()],
  resolve: {
    alias: { '@': '/src', '@machines': '/machines' },
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
  },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
})
