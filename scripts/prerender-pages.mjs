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

  // A page's first paint needs only its HTML and CSS, so the app loads after it: a tiny
  // boot module imports the entry then (and, in the shell, the page the address names),
  // and nothing competes with the HTML and CSS before the first paint.
  const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+)"><\/script>/.exec(
    template,
  )?.[1]
  if (!entry) throw new Error('No entry script in the built index.html')
  const importAll = (files) =>
    `Promise.all([${[...new Set(files)].map((f) => `import("/${f}")`).join(',')}])`
  // The entry and its own imports, fetched together rather than one after another.
  const app = [entry, ...assetsOf('index.html').js]
  /**
   * Writes a boot module running `code`, and points the page at it. `later(f)` runs f
   * once the page has painted its content (the first contentful paint, then the next
   * frame), or after a second: a tab opened in the background paints nothing until
   * it is shown.
   *
   * A question's form sent before the app is live would go out as a plain GET of its
   * fields alone, losing the answers in the address. The boot module holds it and sends it
   * again (the last one only) once the app has marked the page ready.
   */
  const withBoot = (html, code) => {
    const bootCode = `${[
      'const root=document.documentElement;let held;',
      "document.addEventListener('submit',e=>{if(root.dataset.appReady)return;e.preventDefault();",
      'const first=!held;held={form:e.target,by:e.submitter};if(!first)return;',
      'new MutationObserver((_,o)=>{if(!root.dataset.appReady)return;o.disconnect();',
      'setTimeout(()=>{const{form,by}=held;if(form.isConnected)form.requestSubmit(by&&by.isConnected?by:undefined)})',
      "}).observe(root,{attributeFilter:['data-app-ready']})},true);",
      'const later=f=>{',
      'let done=false;const once=()=>{if(!done){done=true;f()}};',
      'const next=()=>requestAnimationFrame(()=>setTimeout(once));',
      'setTimeout(once,1000);',
      "if(performance.getEntriesByName('first-contentful-paint').length>0)return next();",
      "try{new PerformanceObserver((l,o)=>{if(l.getEntriesByName('first-contentful-paint').length>0){o.disconnect();setTimeout(once)}}).observe({type:'paint',buffered:true})}catch{next()}",
      '};',
    ].join('')}${code}\n`
    const boot = `assets/boot-${createHash('sha256').update(bootCode).digest('hex').slice(0, 8)}.js`
    writeFileSync(join(dist, boot), bootCode)
    return html
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      .replace(
        `<script type="module" crossorigin src="/${entry}"></script>`,
        `<script type="module" crossorigin src="/${boot}"></script>`,
      )
  }
  const deferred = withBoot(template, `later(()=>${importAll(app)})`)

  // The shell serves every page that is not prerendered: the layout and a loading
  // message. On a result link, the page most links open, its boot module first loads the
  // early result (the recommendation painted without React, src/features/result/
  // early-result.ts), then, once that has painted (or failed to), the app and the result
  // page's modules all at once. The result page's stylesheet is linked.
  const early = assetsOf('src/features/result/early-result-start.ts').js
  if (early.length === 0) throw new Error('No early result chunk in the build manifest')
  const result = assetsOf('src/features/result/result-page.tsx')
  const isResult = `[${JSON.stringify(resultPath)},${JSON.stringify(`${resultPath}/`)}].includes(location.pathname)`
  const shellBoot = `const app=()=>${importAll([...app, ...result.js])};later(()=>${isResult}?${importAll(early)}.then(()=>later(app),app):${importAll(app)})`
  const shellBody = await render(shellPage.path)
  writeFileSync(
    join(dist, 'app.html'),
    withLinks(withBoot(template, shellBoot), { js: [], css: result.css }).replace(
      '<div id="root"></div>',
      `<div id="root">${shellBody}</div>`,
    ),
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
