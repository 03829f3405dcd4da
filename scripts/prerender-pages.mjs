// Writes a prerendered HTML file for every page that depends on its path alone, plus
// app.html, the empty shell served for every other path. Needs the client build in
// `dist` and the server build of src/prerender.tsx in `ssr`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export async function prerenderPages(dist = 'dist', ssr = 'dist-ssr') {
  // app.html is the untouched shell; running again starts from it, not from a rendered page.
  const shell = join(dist, 'app.html')
  const template = readFileSync(existsSync(shell) ? shell : join(dist, 'index.html'), 'utf8')
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
  const { pages, render } = await import(
    `${pathToFileURL(join(ssr, 'prerender.js')).href}?t=${Date.now()}`
  )

  /** The JS and CSS a lazily loaded page module needs, from Vite's manifest. */
  const assetsOf = (module) => {
    const js = new Set()
    const css = new Set()
    const visit = (key) => {
      const chunk = manifest[key]
      if (!chunk || js.has(chunk.file)) return
      js.add(chunk.file)
      for (const c of chunk.css ?? []) css.add(c)
      for (const i of chunk.imports ?? []) visit(i)
    }
    visit(module)
    return { js: [...js], css: [...css] }
  }

  writeFileSync(shell, template)
  for (const page of pages) {
    const body = await render(page.path)
    let html = template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)} – Route Finder</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered="${page.path}">${body}</div>`,
      )
    if (page.module) {
      const { js, css } = assetsOf(page.module)
      const missing = (f) => !template.includes(`/${f}"`)
      const links = [
        ...css.filter(missing).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
        ...js.filter(missing).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
      ]
      html = html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`)
    }
    const file = page.path === '/' ? join(dist, 'index.html') : join(dist, page.path, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, html)
  }
  rmSync(ssr, { recursive: true, force: true })
  return pages.length
}
