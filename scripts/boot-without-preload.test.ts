import { describe, expect, it } from 'vitest'
import { importsAFile, unwrapPreloads } from './boot-without-preload'

// The boot chunk as Rolldown renders it, before minifying (vite build, Vite 8).
const rendered = `import { t as __vitePreload } from "./preload-helper-!~{00i}~.js";

// src/boot/entry.ts
var importAll = (files) => Promise.all(files.map((file) => __vitePreload(() => import(
\t/* @vite-ignore */
\t\`/\${file}\`
), __VITE_PRELOAD__)));
var script = document.querySelector("script[data-boot]");
`

describe('unwrapPreloads', () => {
  it('leaves a plain import() and no import of the helper', () => {
    const code = unwrapPreloads(rendered)
    expect(code).not.toContain('__vitePreload')
    expect(importsAFile(code)).toBe(false)
    expect(code).toMatch(
      /files\.map\(\(file\) => import\(\n\t\/\* @vite-ignore \*\/\n\t`\/\$\{file\}`\n\)\)\)/,
    )
  })

  it('leaves code without the helper as it is', () => {
    const plain = 'var a = () => import("/x.js");\n'
    expect(unwrapPreloads(plain)).toBe(plain)
  })
})

describe('importsAFile', () => {
  it.each([
    'import { t as e } from "./preload-helper.js";',
    'import{t as e}from"./preload-helper-7y9sWmk5.js";function t(){}',
    'import"./side-effect.js";',
    "import * as m from './m.js'",
    'export{a}from"./a.js";',
  ])('finds the static import in %s', (code) => {
    expect(importsAFile(code)).toBe(true)
  })

  it.each([
    'var s=t=>Promise.all(t.map(t=>import("/"+t)));',
    'var importAll = (files) => files;',
    'const x = "imported from the page";',
  ])('finds none in %s', (code) => {
    expect(importsAFile(code)).toBe(false)
  })
})
