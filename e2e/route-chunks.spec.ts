import { readFileSync, statSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { answerReasons } from '../machines/content/answer-reasons'
import { isChoiceQuestion, questionIds } from '../machines/questions'
import { importsAFile } from '../scripts/boot-without-preload'

// Each route's content is a chunk of its own, loaded only by a result on that route
// (machines/content/route-loaders.ts). Its names come with the decision logic, built in as
// data (scripts/build-time-data.ts): if that stopped working, every route's text would be
// back in the first download of the decision logic, and these tests would fail.

type Chunk = {
  file: string
  name?: string
  imports?: string[]
  isEntry?: boolean
  isDynamicEntry?: boolean
}
const manifest: Record<string, Chunk> = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))

/** The modules route-loaders.ts imports, as manifest keys: one per route. */
const loaderModules = [
  ...readFileSync('machines/content/route-loaders.ts', 'utf8').matchAll(/import\('\.\/([^']+)'\)/g),
].map((m) => `machines/content/${m[1]}.ts`)

/** The files a manifest entry loads: its own and everything it imports. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const i of chunk.imports ?? []) closure(i, seen)
  return seen
}

const routeEntries = new Map(loaderModules.map((key) => [key, manifest[key]?.file]))
const otherEntries = Object.keys(manifest).filter(
  (key) => (manifest[key]?.isEntry || manifest[key]?.isDynamicEntry) && !routeEntries.has(key),
)
const notContent = new Set(otherEntries.flatMap((key) => [...closure(key)]))
/** Files that only route content needs: each route's chunk and what routes alone share. */
const contentOnly = new Set(
  loaderModules.flatMap((key) => [...closure(key)]).filter((file) => !notContent.has(file)),
)

/** The script files the page fetched, as paths under the site root without the slash. */
function scriptsFetched(page: Page): string[] {
  const fetched: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1)
    if (path.endsWith('.js')) fetched.push(path)
  })
  return fetched
}

/** A path to the mutual reservation (the benchmark's result page). */
const mutual =
  'jurisdiction=england&authority-type=local-authority&approach=buy-services&existing-procurement=no&health-care=no&provider-relationship=other&service-category=light-touch&user-choice=no&use-framework=no&contract-value=800000&concession=no&innovation=no&single-provider=no&extreme-urgency=no&supported-employment-reservation=no&mutual-reservation=yes&mutual-conditions=yes'

// The service worker would fetch every chunk to precache it; only the page's own count.
test.use({ serviceWorkers: 'block' })

test('every route has a content chunk of its own, apart from the rest of the app', () => {
  expect(loaderModules.length).toBeGreaterThanOrEqual(13)
  for (const [key, file] of routeEntries) {
    expect(file, `${key} is not a chunk of its own`).toBeTruthy()
    expect(contentOnly.has(file ?? ''), `${key} is in a chunk the app loads anyway`).toBe(true)
  }
})

test('the start page and a question page load no route content', async ({ page }) => {
  const fetched = scriptsFetched(page)
  await page.goto('/')
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  await page.goto('/questions/approach?jurisdiction=england&authority-type=local-authority')
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  expect(fetched.some((file) => /^assets\/question-page-/.test(file))).toBe(true)
  expect(fetched.filter((file) => contentOnly.has(file))).toEqual([])
})

test("a result link loads the reached route's content and no other route's", async ({ page }) => {
  const fetched = scriptsFetched(page)
  await page.goto(`/result?${mutual}`)
  await expect(page.locator('[data-route]')).toHaveAttribute(
    'data-route',
    'reserved-contract-mutual',
  )
  await page.waitForLoadState('networkidle')
  const reached = closure('machines/content/routes/reserved-contract-mutual.ts')
  const content = fetched.filter((file) => contentOnly.has(file))
  expect(content.filter((file) => !reached.has(file))).toEqual([])
  const routesFetched = [...routeEntries].filter(([, file]) => file && fetched.includes(file))
  expect(routesFetched.map(([key]) => key)).toEqual([
    'machines/content/routes/reserved-contract-mutual.ts',
  ])
})

// machines/rationale.ts, headlineQuestions: the early result shows the reasons of the answer
// that settled the route and of each "not sure", each question's in a file of its own
// (scripts/answer-reason-files.ts); the result page brings the whole table with it.
test("a result link fetches the reasons of the questions it shows, and no other's", async ({
  page,
}) => {
  // A question's file is named for it (the virtual module's \0 becomes an underscore).
  const reasonFiles = new Map(
    Object.values(manifest).flatMap((chunk) => {
      const question = /^_reasons-(.+)$/.exec(chunk.name ?? '')?.[1]
      return question ? [[chunk.file, question] as const] : []
    }),
  )
  expect(reasonFiles.size).toBe(questionIds.filter(isChoiceQuestion).length)
  const fetched = scriptsFetched(page)
  // Not sure of the mutual's conditions, then an alliance: the reasons shown are the
  // alliance's (the answer that settled the route) and the "not sure"'s.
  const notSure = `${mutual.replace('mutual-conditions=yes', 'mutual-conditions=not-sure')}&relationship-model=alliance`
  await page.goto(`/result?${notSure}`)
  await expect(page.locator('.app-assumptions')).toContainText(
    answerReasons['mutual-conditions'].notSure?.assumed ?? 'no assumption',
  )
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  const reasonsFetched = fetched.filter((file) => reasonFiles.has(file))
  expect(reasonsFetched.map((file) => reasonFiles.get(file)).sort()).toEqual([
    'mutual-conditions',
    'relationship-model',
  ])
})

test('a result reached in the app loads its content then, never leaving the page blank', async ({
  page,
}) => {
  const fetched = scriptsFetched(page)
  await page.goto(`/check-answers?${mutual}`)
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  expect(fetched.filter((file) => contentOnly.has(file))).toEqual([])
  // Records any moment the main area has no heading: between the two pages only the
  // result page's loading message may show.
  await page.evaluate(() => {
    const main = document.getElementById('main-content')
    const seen: string[] = []
    Object.assign(window, { headingsSeen: seen })
    if (!main) return
    new MutationObserver(() => {
      seen.push(main.querySelector('h1')?.textContent ?? '(none)')
    }).observe(main, { childList: true, subtree: true, characterData: true })
  })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('[data-route]')).toHaveAttribute(
    'data-route',
    'reserved-contract-mutual',
  )
  const seen = await page.evaluate(
    () => (window as unknown as { headingsSeen: string[] }).headingsSeen,
  )
  expect(seen).not.toContain('(none)')
  expect(seen.at(-1)).toBe('Competitive flexible procedure reserved to public service mutuals')
  const entry = routeEntries.get('machines/content/routes/reserved-contract-mutual.ts')
  expect(fetched).toContain(entry)
})

// src/boot/README.md, load steps 1 and 5: the boot module runs as soon as it arrives, and the
// result's own shell fetches the early result's files beside the stylesheets.
test('the boot module imports no file, and a result link fetches the early result at once', async ({
  page,
}) => {
  const boot = manifest['src/boot/entry.ts']?.file ?? ''
  const early = manifest['src/boot/early-result-start.ts']?.file ?? ''
  expect(boot && early).toBeTruthy()
  const code = readFileSync(`dist/${boot}`, 'utf8')
  expect(importsAFile(code)).toBe(false)
  await page.goto(`/result?${mutual}`)
  // As served: once the app runs, its dynamic imports add links of their own.
  const html = await (await page.request.get(`/result?${mutual}`)).text()
  const preloaded = [
    ...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g),
  ].map((m) => m[1] ?? '')
  // Both steps: what finds the route, and what paints it. None of the changes journey's
  // own words: they wait for a changes route.
  const paint = manifest['src/boot/early-result.ts']?.file ?? ''
  expect(paint).toBeTruthy()
  expect(preloaded).toEqual(expect.arrayContaining([`/${early}`, `/${paint}`]))
  const changes = Object.values(manifest).find((chunk) => chunk.name === 'changes-shared')?.file
  expect(changes).toBeTruthy()
  expect(preloaded).not.toContain(`/${changes}`)
  // Largest first, so the longest download starts while connections are free.
  const sizes = preloaded.map((path) => statSync(`dist${path}`).size)
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  // Neither the question pages' hints (here mutual-reservation's) nor the reasons of
  // questions the top of the result does not show (here mutual-reservation's own).
  const notShown = answerReasons['mutual-reservation'].reasons.yes ?? ''
  expect(notShown).toBeTruthy()
  for (const path of preloaded) {
    const code = readFileSync(`dist${path}`, 'utf8')
    expect(code, path).not.toContain('controlled by its employees')
    expect(code, path).not.toContain(notShown)
  }
  // The web manifest waits for the app (src/features/offline/link-manifest.ts), at the
  // address the other pages link.
  expect(html).not.toContain('rel="manifest"')
  const linked = page.locator('link[rel="manifest"]')
  await expect(linked).toHaveCount(1)
  const href = (await linked.getAttribute('href')) ?? ''
  expect(readFileSync('dist/app.html', 'utf8')).toContain(`<link rel="manifest" href="${href}">`)
  const manifestResponse = await page.request.get(href)
  expect(manifestResponse.status()).toBe(200)
  expect((await manifestResponse.json()).name).toBe('Route Finder')
  // The start page's HTML asks for none (the app's own imports add links once it runs).
  const start = await (await page.request.get('/')).text()
  expect(start).toContain('data-boot')
  expect(start).not.toContain('rel="modulepreload"')
})
