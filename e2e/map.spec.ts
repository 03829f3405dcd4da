import { readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Answers } from '../machines/answers'
import { answerLabel } from '../machines/content/wording'
import { progress } from '../machines/progress'
import { type QuestionId, questionIds } from '../machines/questions'
import { routeIds } from '../machines/routes'
import { axeViolations, expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-text'
import { walk } from './support/walk'

const modelIds = [...questionIds, ...routeIds].sort()

// A local authority in England buying light touch services, to an alliance partnership; the
// questions of ruleset 2027-01 answered so that they open no route of their own.
const answers: Answers = {
  jurisdiction: 'england',
  'authority-type': 'local-authority',
  approach: 'buy-services',
  'existing-procurement': 'no',
  'health-care': 'no',
  'provider-relationship': 'other',
  'service-category': 'light-touch',
  'user-choice': 'no',
  'use-framework': 'no',
  'contract-value': 900_000,
  concession: 'no',
  innovation: 'no',
  'single-provider': 'no',
  'extreme-urgency': 'no',
  'supported-employment-reservation': 'no',
  'mutual-reservation': 'no',
  'relationship-model': 'alliance',
}
const query = `?${new URLSearchParams(Object.entries(answers).map(([k, v]) => [k, String(v)]))}`

const today = () => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
/** What the machine says the path is: the questions asked, then the route. */
function expectedPath(given: Answers) {
  const run = progress(given, { today: today() })
  if (!run.route) throw new Error('The scenario does not reach a route')
  return { asked: run.asked, steps: [...run.asked, run.route] as string[] }
}

// Laying out and drawing the whole model takes seconds on a busy 2-core machine.
const drawing = { timeout: 30_000 }

async function openMap(page: Page, search = '') {
  await page.goto(`/map${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Decision map' })).toBeVisible()
  await expect(page.locator('[data-layout="drawn"] svg')).toBeVisible(drawing)
}

const attributes = (page: Page, selector: string, name: string) =>
  page
    .locator(selector)
    .evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name)
    .then((values) => values.sort())

test('the map draws every question and route of the model, and its list says the same', async ({
  page,
  offOrigin,
  pageErrors,
}) => {
  await openMap(page)
  await expect(page).toHaveTitle(/^Decision map/)
  const nodes = await attributes(page, 'svg [data-node-id]', 'data-node-id')
  expect(nodes).toEqual(modelIds)

  // Every edge joins two drawn nodes and is labelled with the answers that take it.
  const edges = await attributes(page, 'svg [data-edge-id]', 'data-edge-id')
  expect(edges.length).toBeGreaterThan(nodes.length)
  for (const id of edges) {
    const [source, target] = id.split('->')
    expect(nodes).toContain(source)
    expect(nodes).toContain(target)
  }
  await expect(page.locator('[data-edge-id="contract-value->below-threshold"]')).toContainText(
    'Below threshold',
  )
  // Ruleset 2027-01's questions and routes (decision model, sections 1, 2 and 4.1), and the
  // answers that lead to the new routes (one word of each label: labels wrap).
  for (const id of [
    'contracting-authority',
    'user-choice',
    'concession',
    'extreme-urgency',
    'supported-employment-reservation',
    'psr-framework',
    'psr-urgent',
    'outside-procurement-rules',
    'direct-award-user-choice',
    'direct-award-urgency',
    'concession-contract',
    'reserved-contract-supported-employment',
  ]) {
    await expect(page.locator(`svg [data-node-id="${id}"]`), id).toBeVisible()
  }
  for (const [edge, label] of [
    ['contracting-authority->outside-procurement-rules', 'No'],
    ['user-choice->outside-procurement-rules', 'payment'],
    ['contract-value->direct-award-user-choice', 'chose'],
    ['concession->concession-contract', 'above'],
    ['concession->below-threshold', 'below'],
    ['extreme-urgency->direct-award-urgency', 'Yes'],
    ['supported-employment-reservation->reserved-contract-supported-employment', 'Yes'],
    ['psr-framework->provider-selection-regime', 'Yes'],
    ['psr-urgent->provider-selection-regime', 'Yes'],
  ] as const) {
    await expect(page.locator(`svg [data-edge-id="${edge}"]`), edge).toContainText(label)
  }

  // The text alternative: the same nodes and edges.
  expect(await attributes(page, '[data-outline-id]', 'data-outline-id')).toEqual(nodes)
  expect(await attributes(page, '[data-outline-edge]', 'data-outline-edge')).toEqual(edges)

  expect(await axeViolations(page)).toEqual([])
  expect(offOrigin).toEqual([])
  expect(pageErrors).toEqual([])
})

test('the path walked in the wizard is marked, with the answers given', async ({
  page,
  pageErrors,
}) => {
  await walk(page, answers)
  // The menu link carries the session's answers to the map.
  await page.getByRole('link', { name: 'Decision map' }).click()
  await expect(page.locator('[data-layout="drawn"] svg')).toBeVisible(drawing)
  const { asked, steps } = expectedPath(answers)

  expect(await attributes(page, 'svg [data-node-id][data-on-path="true"]', 'data-node-id')).toEqual(
    [...steps].sort(),
  )
  for (const id of asked) {
    const node = page.locator(`svg [data-node-id="${id}"]`)
    await expect(node).toContainText('✓ On your path')
    await expect(node).toContainText(`Your answer: ${answerLabel(id, answers[id] as string)}`)
  }
  await expect(page.locator(`svg [data-node-id="${steps.at(-1)}"]`)).toContainText('✓ Your route')
  for (let i = 0; i + 1 < steps.length; i++) {
    const edge = page.locator(`svg [data-edge-id="${steps[i]}->${steps[i + 1]}"]`)
    await expect(edge).toHaveAttribute('data-on-path', 'true')
    await expect(edge).toContainText('✓')
  }
  // Off the path: no mark, no answer.
  const off = page.locator('svg [data-node-id="psr-existing-only"]')
  await expect(off).not.toHaveAttribute('data-on-path', 'true')
  await expect(off).not.toContainText('✓')
  await expect(off).not.toContainText('Your answer')
  await expect(page.locator('svg [data-node-id="grant"]')).not.toHaveAttribute('data-on-path')

  // The list marks the same path.
  expect(
    await attributes(page, 'li[data-outline-id][data-on-path="true"]', 'data-outline-id'),
  ).toEqual([...steps].sort())
  expect(pageErrors).toEqual([])
})

test('without answers in the link, the most recently saved session is marked', async ({ page }) => {
  await walk(page, answers)
  await page.getByRole('button', { name: 'Save this session' }).click()
  await expect(page.getByText('Saved in this browser')).toBeVisible()
  await openMap(page)
  await expect(page.getByText(/most recently saved session/)).toBeVisible()
  const { steps } = expectedPath(answers)
  expect(await attributes(page, 'svg [data-node-id][data-on-path="true"]', 'data-node-id')).toEqual(
    [...steps].sort(),
  )
})

test('a question on the path opens in the wizard with the answers kept, by click or Enter', async ({
  page,
}) => {
  await openMap(page, query)
  await page.locator('svg [data-node-id="service-category"]').click()
  await expect(page).toHaveURL(/\/questions\/service-category\?/)
  const kept = new URL(page.url()).searchParams
  for (const [id, value] of Object.entries(answers)) expect(kept.get(id)).toBe(String(value))
  await expect(page.locator('input[name="service-category"][value="light-touch"]')).toBeChecked()

  await openMap(page, query)
  // Path questions are links in the tab order; Enter follows them.
  await page.locator('svg [data-node-id="approach"] a').focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/questions\/approach\?/)
  await expect(page.locator('input[name="approach"][value="buy-services"]')).toBeChecked()

  // A node off the path is not a link.
  await openMap(page, query)
  await expect(page.locator('svg [data-node-id="grant"] a')).toHaveCount(0)
})

test('the map pans and zooms by buttons, keys, wheel and drag', async ({ page }) => {
  await openMap(page, query)
  const pan = page.locator('.app-map__pan')
  const transform = () => pan.getAttribute('transform')
  const scale = async () => Number((await transform())?.match(/scale\(([\d.]+)\)/)?.[1])
  const fitted = 'translate(0 0) scale(1)'
  expect(await transform()).toBe(fitted)

  await page.getByRole('button', { name: 'Zoom in' }).click()
  expect(await scale()).toBeGreaterThan(1)
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: 'Zoom out' }).click()
  expect(await scale()).toBeLessThan(1)
  await page.getByRole('button', { name: 'Fit to screen' }).click()
  expect(await transform()).toBe(fitted)

  const viewport = page.getByRole('region', { name: 'Decision map diagram' })
  await viewport.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  expect(await transform()).toMatch(/^translate\(-[\d.]+ -[\d.]+\) scale\(1\)$/)
  await page.keyboard.press('+')
  expect(await scale()).toBeGreaterThan(1)
  await page.keyboard.press('0')
  expect(await transform()).toBe(fitted)

  const box = await viewport.boundingBox()
  if (!box) throw new Error('no map on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(0, -300)
  await expect.poll(scale).toBeGreaterThan(1)

  // A drag that starts on a path node moves the map and does not follow the link.
  await page.getByRole('button', { name: 'Fit to screen' }).click()
  const node = await page.locator('svg [data-node-id="jurisdiction"] rect').boundingBox()
  if (!node) throw new Error('no node on screen')
  await page.mouse.move(node.x + node.width / 2, node.y + node.height / 2)
  await page.mouse.down()
  await page.mouse.move(node.x + 80, node.y + 60, { steps: 5 })
  await page.mouse.up()
  expect(await transform()).not.toBe(fitted)
  await expect(page).toHaveURL(/\/map\?/)
})

test('the map prints on one A3 landscape sheet', async ({ page }) => {
  await openMap(page, query)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true })
  // The whole map, however it was zoomed on screen, path marks included.
  const text = await pdfText(pdf)
  expect(text).toContain('Where is your organisation')
  expect(text).toContain('Your route')
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  expect(doc.numPages).toBe(1)
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 })
  // A3 is 420 by 297 mm: 1191 by 842 points.
  expect(Math.round(width)).toBe(1191)
  expect(Math.round(height)).toBe(842)
})

test('the start page loads neither the map nor ELK; the map page loads both', async ({ page }) => {
  const assets = readdirSync('dist/assets')
  const mapChunks = assets.filter((f) => /^map-page-.*\.js$/.test(f))
  const elkChunks = assets.filter((f) => /elk/i.test(f))
  expect(mapChunks).not.toEqual([])
  expect(elkChunks).not.toEqual([])
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))

  await page.goto('/')
  await page.waitForLoadState('networkidle')
  const lazy = (url: string) => [...mapChunks, ...elkChunks].some((f) => url.includes(f))
  expect(requested.filter(lazy)).toEqual([])
  expect(requested.filter((url) => /elk/i.test(url))).toEqual([])

  await page.getByRole('link', { name: 'Decision map' }).click()
  await expect(page.locator('[data-layout="drawn"] svg')).toBeVisible(drawing)
  expect(requested.some((url) => mapChunks.some((f) => url.includes(f)))).toBe(true)
  expect(requested.some((url) => elkChunks.some((f) => url.includes(f)))).toBe(true)
})

test('keyboard users reach the diagram, its path links and the list', async ({ page }) => {
  await openMap(page, query)
  const first = expectedPath(answers).asked[0] as QuestionId
  await page.getByRole('link', { name: 'Skip the diagram and read the map as a list' }).focus()
  // Zoom in, Zoom out, Fit to screen, Focus on my path, Full screen, then the diagram.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab')
  await expect(page.getByRole('region', { name: 'Decision map diagram' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.locator(`svg [data-node-id="${first}"] a`)).toBeFocused()
  // The focused node is drawn in the focus colour.
  const fill = await page
    .locator(`svg [data-node-id="${first}"] rect`)
    .evaluate((el) => getComputedStyle(el).fill)
  expect(fill).toBe('rgb(255, 221, 0)')

  // The skip link leads past the diagram to the list.
  await page.getByRole('link', { name: 'Skip the diagram and read the map as a list' }).click()
  await expect(page).toHaveURL(/#app-map-outline$/)
  await expect(page.getByRole('heading', { name: 'The map as a list' })).toBeInViewport()
})

test('full screen: the map and its buttons fill the screen, and Escape leaves', async ({
  page,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await openMap(page, query)
  const map = page.locator('.app-map')
  await page.getByRole('button', { name: 'Full screen' }).click()
  await expect(map).toHaveAttribute('data-full-screen', /^(native|window)$/)
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible()
  await expect.poll(async () => (await map.boundingBox())?.height).toBe(1080)
  expect((await map.boundingBox())?.width).toBe(1920)
  // The diagram takes what the buttons leave of the screen.
  const diagram = await page.getByRole('region', { name: 'Decision map diagram' }).boundingBox()
  expect(diagram?.height ?? 0).toBeGreaterThan(850)
  await page.keyboard.press('Escape')
  await expect(map).toHaveAttribute('data-full-screen', 'off')
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible()
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
  expect(pageErrors).toEqual([])
})

test('full screen without the Fullscreen API covers the window instead', async ({ page }) => {
  // axe over the whole drawn model takes a while on a busy machine.
  test.slow()
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false })
  })
  await page.setViewportSize({ width: 1280, height: 800 })
  await openMap(page, query)
  const map = page.locator('.app-map')
  await page.getByRole('button', { name: 'Full screen' }).click()
  await expect(map).toHaveAttribute('data-full-screen', 'window')
  expect(await map.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 })
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Exit full screen' }).click()
  await expect(map).toHaveAttribute('data-full-screen', 'off')
  await page.getByRole('button', { name: 'Full screen' }).click()
  await page.keyboard.press('Escape')
  await expect(map).toHaveAttribute('data-full-screen', 'off')
})

test('focus on my path greys the branches not taken', async ({ page }) => {
  // axe over the whole drawn model takes a while on a busy machine.
  test.slow()
  await openMap(page, query)
  const toggle = page.getByRole('button', { name: 'Focus on my path' })
  const stroke = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).stroke)
  const offBox = 'svg [data-node-id="grant"] rect'
  const offLine = 'svg [data-edge-id]:not([data-on-path]) path'
  const pathBox = 'svg [data-node-id="jurisdiction"] rect'
  const before = {
    off: await stroke(offBox),
    line: await stroke(offLine),
    on: await stroke(pathBox),
  }
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  // GOV.UK's black at 80% tint: lighter than the lines' usual grey.
  const greyed = 'rgb(206, 206, 206)'
  expect(await stroke(offBox)).toBe(greyed)
  expect(await stroke(offLine)).toBe(greyed)
  expect(before.off).not.toBe(greyed)
  expect(before.line).not.toBe(greyed)
  // The path keeps its colour.
  expect(await stroke(pathBox)).toBe(before.on)
  expect(await axeViolations(page)).toEqual([])
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  expect(await stroke(offBox)).toBe(before.off)
})

test('the labels are never drawn smaller than 10 px: hidden until zoomed in', async ({ page }) => {
  await openMap(page, query)
  const map = page.locator('.app-map')
  const label = page.locator('svg [data-node-id="jurisdiction"] text')
  const seen = new Set<string>()
  for (let step = 0; step < 7; step++) {
    const state = await map.getAttribute('data-labels')
    // The smallest text is 13 units; the SVG's screen matrix turns units into pixels.
    const px = await page
      .locator('.app-map__pan')
      .evaluate((g) => 13 * ((g as SVGGraphicsElement).getScreenCTM()?.a ?? 0))
    const opacity = await label.evaluate((el) => getComputedStyle(el).opacity)
    if (state === 'shown') {
      expect(px).toBeGreaterThanOrEqual(10)
      expect(opacity).toBe('1')
    } else {
      expect(state).toBe('hidden')
      expect(px).toBeLessThan(10)
      expect(opacity).toBe('0')
      await expect(page.getByText('Zoom in to read the labels')).toBeVisible()
    }
    seen.add(state ?? '')
    await page.getByRole('button', { name: 'Zoom in' }).click()
  }
  expect([...seen].sort()).toEqual(['hidden', 'shown'])
})

test('on a phone the list comes first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openMap(page, query)
  const list = await page.getByRole('heading', { name: 'The map as a list' }).boundingBox()
  const diagram = await page.getByRole('region', { name: 'Decision map diagram' }).boundingBox()
  expect(list?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(diagram?.y ?? 0)
  await expect(page.getByRole('heading', { name: 'The map as a list' })).toBeInViewport()
  // The list comes first in reading order too, so no link skips the diagram.
  const order = await page
    .locator('#app-map-outline, [aria-label="Decision map diagram"][tabindex]')
    .evaluateAll((els) => els.map((e) => e.id || 'diagram'))
  expect(order).toEqual(['app-map-outline', 'diagram'])
  await expect(page.getByRole('link', { name: 'Skip the diagram' })).toHaveCount(0)
})
