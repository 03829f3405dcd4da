// Writes a prerendered HTML file for every page that depends on its path alone, plus
// app.html, the empty shell served for every other path. Needs the client build in
// `dist` and the server build of src/prerender.tsx in `ssr`.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export async function prerenderPages(dist = 'dist', ssr = 'dist-ssr') {
  // Vite's index.html, before any page is written over it.
  const template = readFileSync(join(dist, 'index.html'), 'utf8')
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
  const {
    pages,
    render,
    shell: shellPage,
  } = await import(`${pathToFileURL(join(ssr, 'prerender.js')).href}?t=${Date.now()}`)

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

  // The shell serves every page that is not prerendered. It shows the layout and a
  // loading message, loads the app at once, and preloads the result page, the page most
  // links open.
  const result = assetsOf('src/features/result/result-page.tsx')
  const shellBody = await render(shellPage.path)
  writeFileSync(
    join(dist, 'app.html'),
    withLinks(template, result).replace(
      '<div id="root"></div>',
      `<div id="root">${shellBody}</div>`,
    ),
  )

  // A prerendered page is readable before any script runs, so the app loads after the
  // first paint: a tiny boot module imports it then, and nothing competes with the HTML
  // and CSS for the first paint.
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+)"><\/script>/.exec(
    template,
  )?.[1]
  if (!entry) throw new Error('No entry script in the built index.html')
  const bootCode = `requestAnimationFrame(()=>setTimeout(()=>import("/${entry}")))\n`
  const boot = `assets/boot-${createHash('sha256').update(bootCode).digest('hex').slice(0, 8)}.js`
  writeFileSync(join(dist, boot), bootCode)
  const deferred = template
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(
      `<script type="module" crossorigin src="/${entry}"></script>`,
      `<script type="module" crossorigin src="/${boot}"></script>`,
    )

  for (const page of pages) {
    const body = await render(page.path)
    let html = deferred
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)} – Route Finder</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered="${page.path}">${body}</div>`,
      )
    // A lazily loaded page's CSS is needed for the first paint; its JS comes with the app.
    if (page.module) html = withLinks(html, { js: [], css: assetsOf(page.module).css })
    const file = page.path === '/' ? join(dist, 'index.html') : join(dist, page.path, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, html)
  }
  rmSync(ssr, { recursive: true, force: true })
  return pages.length
}

/** Adds stylesheet and module preload links for files the page does not link yet. */
function withLinks(html, { js, css }) {
  const missing = (f) => !html.includes(`/${f}"`)
  const links = [
    ...css.filter(missing).map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
    ...js.filter(missing).map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
  ]
  return links.length ? html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`) : html
}
