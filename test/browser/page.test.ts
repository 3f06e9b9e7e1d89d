// The page at `/` in real headless Chromium (Debian `chromium`, driven by playwright-core),
// served by the Worker under `wrangler dev` on 127.0.0.1: no network is needed.
import { mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, type Page } from 'playwright-core'
import { launchChromium } from './chromium'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../scripts/dev-server.mjs'
import { exampleText } from '../examples'

const root = new URL('../../', import.meta.url)
const output = new URL('test-output/', root)
const kcna = exampleText

const ARTICLE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Putin vows to expand ties</title></head>
<body><nav>Home · World</nav><article><h1>Putin vows to expand ties</h1>
<p>Russian President Vladimir Putin has told North Korean leader Kim Jong-un that the two countries will expand relations, Pyongyang state media reported.</p>
<p>North Korean officials have raised the possibility of workers being sent to Ukraine.</p>
<p>Largely isolated, North Korea has declared support for Moscow.</p></article><footer>About us</footer></body></html>`

/** A page server of the test's own, for the URL form (the Worker may fetch 127.0.0.1 here). */
function serveArticle(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/article.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_PAGE)
    else res.writeHead(404).end()
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((x) => {
      const v = Number(x) / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

async function pasteAndCheck(page: Page, text: string) {
  await page.fill('#text', text)
  await page.click('#check-text')
  await page.waitForSelector('#report:not([hidden])')
  await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('Checked'))
}

const stat = (page: Page, name: string) => page.textContent(`[data-stat="${name}"]`)

describe('the page at /, in headless Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let worker: Awaited<ReturnType<typeof startDevServer>>
  // The runtime wrangler dev starts, not its dev proxy, which now and then restarts the
  // runtime mid-request (wrangler 4.86; see scripts/load.mjs)
  let base: string
  let articles: Server
  const problems: string[] = []

  beforeAll(async () => {
    mkdirSync(output, { recursive: true })
    // each kept as soon as it is up, so that afterAll stops it even if another fails
    await Promise.all([
      // 127.0.0.1 is private: let this Worker fetch the test's own page server
      startDevServer({ vars: { ALLOW_PRIVATE_URLS: 'true' } }).then((w) => {
        worker = w
        base = w.runtimeUrl
      }),
      serveArticle().then((s) => (articles = s)),
      launchChromium().then((b) => (browser = b)),
    ])
  }, 120_000)

  let failed = false
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') failed = true
  })

  afterAll(async () => {
    // what wrangler said, when something went wrong
    if (failed) console.error(worker?.output())
    await browser?.close()
    await worker?.stop()
    await new Promise((r) => (articles ? articles.close(r) : r(null)))
  })

  async function open(width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } })
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    // Nothing may leave 127.0.0.1: no CDN, no fonts, no analytics
    page.on('request', (r) => !r.url().startsWith(base) && !r.url().startsWith('javascript:') && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`))
    await page.goto(base + '/')
    return page
  }

  it('never serves the page’s template unfilled, which the Worker reads from its static assets', async () => {
    const res = await fetch(base + '/templates/page.html')
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('{{nonce}}')
    const page = await (await fetch(base + '/')).text()
    expect(page).not.toMatch(/\{\{(?:nonce|origin)\}\}|<!--bookmarklet-->/)
  })

  it('serves the OpenAPI document, which the build writes among the static assets, through the Worker: with its CORS and security headers', async () => {
    const res = await fetch(base + '/openapi.json', { headers: { Origin: 'https://news.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Object.keys((await res.json()).paths)).toContain('/v1/check')
  })

  it('highlights every sentence of the example article and shows the summary, flags and sources', async () => {
    const page = await open(1280, 900)
    await pasteAndCheck(page, kcna)

    expect(await stat(page, 'sentences')).toBe('23')
    expect(await stat(page, 'claims')).toBe('11')
    expect(await stat(page, 'direct')).toBe('6')
    expect(await stat(page, 'reported')).toBe('1')
    expect(await stat(page, 'unattributed')).toBe('4')
    expect(await stat(page, 'attributedShare')).toBe('64%')

    // every sentence is one highlight, in its label's colour; claims counted as in the summary
    expect(await page.locator('#article .s').count()).toBe(23)
    expect(await page.locator('#article .s.direct:not(.nc)').count()).toBe(6)
    expect(await page.locator('#article .s.reported:not(.nc)').count()).toBe(1)
    expect(await page.locator('#article .s.unattributed:not(.nc)').count()).toBe(4)
    const article = await page.textContent('#article')
    expect(article!.replace(/\s+/g, '')).toBe(kcna.replace(/\s+/g, ''))
    const backgrounds = await page.$$eval('#article .s:not(.nc)', (els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))])
    expect(backgrounds).toHaveLength(3)

    expect(await page.locator('#flags li').count()).toBeGreaterThanOrEqual(3)
    expect(await page.textContent('#flags')).toContain('state media')
    const sources = await page.$$eval('#sources tbody tr', (rows) => rows.map((r) => r.textContent))
    expect(sources.some((r) => r!.includes('Vladimir Putin'))).toBe(true)
    expect(sources.some((r) => r!.includes('KCNA') && r!.includes('state media'))).toBe(true)

    // hover: the cue, the source, its type and the via chain
    await page.hover('#article .s:has-text("In a letter sent to Kim")')
    const details = await page.textContent('#details')
    expect(details).toContain('stressed that')
    expect(details).toContain('Vladimir Putin → via KCNA')
    expect(details).toContain('person')
    expect(details).toContain('state media')

    await page.screenshot({ path: new URL('page.png', output).pathname, fullPage: true })
    expect(problems.splice(0)).toEqual([])
  })

  it('works from the keyboard', async () => {
    const page = await open(1280, 900)
    await page.focus('#text')
    await page.keyboard.insertText(kcna)
    await page.keyboard.press('Tab') // format
    await page.keyboard.press('Tab') // the check button
    await page.keyboard.press('Enter')
    await page.waitForSelector('#report:not([hidden])')
    // Tab on into the article: one stop for all its sentences
    await page.locator('#article .s').first().waitFor()
    let focused = ''
    for (let i = 0; i < 30 && focused !== 's0'; i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.id ?? '')
    }
    expect(focused).toBe('s0')
    expect(await page.textContent('#details')).toContain('Sentence 1 of 23')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s2')
    expect(await page.getAttribute('#s2', 'aria-current')).toBe('true')
    expect(await page.getAttribute('#s2', 'tabindex')).toBe('0')
    expect(await page.getAttribute('#s0', 'tabindex')).toBe('-1')
    expect(await page.textContent('#details')).toContain('Sentence 3 of 23')
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s22')
    // a visible focus ring
    const outline = await page.$eval('#s22', (e) => getComputedStyle(e).outlineStyle)
    expect(outline).not.toBe('none')
    // a flag's sentence links move the focus to that sentence
    await page.click('#flags [data-goto]')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('s'))).toBe(true)
    expect(problems.splice(0)).toEqual([])
  })

  it('has sufficient contrast (WCAG AA) for highlights, text and controls', async () => {
    const page = await open(1280, 900)
    await pasteAndCheck(page, kcna)
    const pairs = await page.evaluate(() => {
      const bg = (e: Element): string => {
        for (let x: Element | null = e; x; x = x.parentElement) {
          const c = getComputedStyle(x).backgroundColor
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c
        }
        return 'rgb(255, 255, 255)'
      }
      const sel = ['#article .s.direct', '#article .s.reported', '#article .s.unattributed', '#article .s.nc', '.lede', '.hint', 'label', 'button#check-text', 'nav a', '.stats dt', '#flags li', '#sources td', 'footer', '.legend li']
      return sel.map((s) => {
        const e = document.querySelector(s)!
        return { s, fg: getComputedStyle(e).color, bg: bg(e) }
      })
    })
    for (const { s, fg, bg } of pairs) expect(contrast(fg, bg), s).toBeGreaterThanOrEqual(4.5)
  })

  it('fits a phone (390 px) with no sideways scrolling', async () => {
    const page = await open(390, 844)
    await pasteAndCheck(page, kcna)
    expect(await stat(page, 'claims')).toBe('11')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.click('#article .s:has-text("North Korean officials have raised")')
    expect(await page.textContent('#details')).toContain('North Korean officials')
    await page.screenshot({ path: new URL('page-390.png', output).pathname, fullPage: true })
    await page.screenshot({ path: new URL('page-390-viewport.png', output).pathname })
    expect(problems.splice(0)).toEqual([])
  })

  it('fetches and checks a page by its URL', async () => {
    const page = await open(1280, 900)
    const url = `http://127.0.0.1:${(articles.address() as AddressInfo).port}/article.html`
    await page.fill('#url', url)
    await page.click('#check-url')
    await page.waitForSelector('#report:not([hidden])')
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('Checked'))
    expect(await page.textContent('#status')).toContain(url)
    expect(await stat(page, 'reported')).toBe('1')
    const text = await page.textContent('#article')
    expect(text).toContain('Vladimir Putin')
    expect(text).not.toContain('About us')
  })

  it('shows API errors as a message', async () => {
    const page = await open(1280, 900)
    await page.fill('#url', 'ftp://example.com/a')
    await page.click('#check-url')
    await page.waitForFunction(() => document.querySelector('#status')!.classList.contains('error'))
    expect(await page.textContent('#status')).toContain('only http and https')
  })

  it('shows a long article whole and still answers a click on any sentence', async () => {
    const page = await open(1280, 900)
    // about 250 KB, 2,000+ sentences; how fast is measured by npm run bench, not here
    const body = kcna.split('\n\n').slice(1).join('\n\n')
    const long = Array.from({ length: 100 }, () => body).join('\n\n')
    // as if pasted: typing 250 KB through the protocol would take long
    await page.$eval('#text', (t: HTMLTextAreaElement, value) => (t.value = value), long)
    await page.click('#check-text')
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('Checked'), undefined, { timeout: 60_000 })
    const sentences = await page.locator('#article .s').count()
    expect(sentences).toBeGreaterThan(2000)
    await page.click('#s1500')
    const detail = await page.textContent('#details')
    const text = await page.textContent('#s1500')
    expect(detail).toContain(text!.trim().slice(0, 30))
  })
})
