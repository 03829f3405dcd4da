// Writes a prerendered HTML file for every page that depends on its path alone, plus
// app.html, the empty shell served for every other path. Needs the client build in
// `dist` and the server build of src/prerender.tsx in `ssr`.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
    resultPath,
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

  // A page's first paint needs only its HTML and CSS, so the app loads after it: the boot
  // module (src/boot/, built as an entry of its own) imports the entry then, and, in the
  // shell on a result link, the early result first. What it loads is written into its
  // script tag, so nothing competes with the HTML and CSS before the first paint.
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+)"><\/script>/.exec(
    template,
  )?.[1]
  if (!entry) throw new Error('No entry script in the built index.html')
  const boot = manifest['src/boot/entry.ts']?.file
  if (!boot) throw new Error('No boot module in the build manifest')
  // The entry and its own imports, fetched together rather than one after another.
  const app = [entry, ...assetsOf('index.html').js]
  const files = (list) => [...new Set(list)].join(' ')
  /** Points the page at the boot module, with what it loads in its data attributes. */
  const withBoot = (html, data) => {
    const attributes = Object.entries({ app: files(app), ...data })
      .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
      .join('')
    return html
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace(
        `<script type="module" crossorigin src="/${entry}"></script>`,
        `<script type="module" crossorigin src="/${boot}" data-boot${attributes}></script>`,
      )
  }
  const deferred = withBoot(template, {})

  // The shell serves every page that is not prerendered: the layout and a loading
  // message. On a result link, the page most links open, its boot module first imports the
  // early result's files all at once (the recommendation painted without React: what finds
  // the route, src/boot/early-result-start.ts, and what paints it, src/boot/early-result.ts,
  // which the first calls once it knows the route), then, once that has painted (or failed
  // to), the app and the result page's modules all at once. The result page's stylesheet
  // is linked.
  const early = [
    ...new Set([
      ...assetsOf('src/boot/early-result-start.ts').js,
      ...assetsOf('src/boot/early-result.ts').js,
    ]),
  ]
  if (early.length === 0) throw new Error('No early result chunk in the build manifest')
  const result = assetsOf('src/app/pages/result-page.tsx')
  const shellBoot = {
    'result-path': resultPath,
    early: files(early),
    'result-page': files(result.js),
  }
  const shellBody = await render(shellPage.path)
  const shell = withLinks(withBoot(template, shellBoot), { js: [], css: result.css }).replace(
    '<div id="root"></div>',
    `<div id="root">${shellBody}</div>`,
  )
  writeFileSync(join(dist, 'app.html'), shell)
  // The same shell at the result's own address, asking for the early result's files beside
  // the stylesheets, so they are here when the boot module imports them after the first
  // paint (src/boot/README.md, load step 5). They run only then: a module preload runs nothing.
  const resultShell = join(dist, resultPath, 'index.html')
  mkdirSync(dirname(resultShell), { recursive: true })
  // Largest first: over HTTP/1.1 a browser opens six connections to a server, and the
  // stylesheets and the boot module hold most of them until the first paint, so the files
  // asked for first are the ones that start at once; a small file waits least for a free one.
  const largestFirst = [...early].sort(
    (a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size,
  )
  // Without the web manifest: Chrome fetches it, and the icon it names, as the page loads,
  // holding two of those connections. The app links it once the page has loaded
  // (src/features/offline/link-manifest.ts).
  const withoutManifest = shell.replace(/\s*<link rel="manifest"[^>]*>/, '')
  if (withoutManifest === shell) throw new Error('No web manifest link in the shell')
  writeFileSync(resultShell, withLinks(withoutManifest, { js: largestFirst, css: [] }))

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
