// The hand-off bookmarklet in real headless Chromium (Debian `chromium`, driven by
// playwright-core): taken from the Worker's page under `wrangler dev`, clicked on fixture
// pages this test serves itself on 127.0.0.1, it opens that page, which checks the article.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { launchChromium } from './chromium'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildBookmarklet, buildHandoff, ORIGIN_PLACEHOLDER } from '../../scripts/build-bookmarklet.mjs'
import { startDevServer } from '../../scripts/dev-server.mjs'
import { check } from '../../src/index'
import { exampleGold, exampleText } from '../examples'

const root = new URL('../../', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)
const output = new URL('test-output/', root)
const STRICT = "default-src 'self'"
const TEMPLATE = new URL('build/handoff.url.txt', root)

// Rebuilds the hand-off bookmarklet when it is missing or older than what it is built from, before the Worker bundles it
async function built() {
  const sources = [new URL('src/bookmarklet/handoff.ts', root), new URL('scripts/build-bookmarklet.mjs', root)]
  if (!existsSync(TEMPLATE) || Math.max(...sources.map((s) => statSync(s).mtimeMs)) > statSync(TEMPLATE).mtimeMs) await buildHandoff({ quiet: true })
  if (!existsSync(new URL('build/assets/bookmarklet.url.txt', root))) await buildBookmarklet({ quiet: true })
}

// The example as a page of paragraphs, and a page far over the limit
const EXAMPLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Putin vows to expand relations with North Korea</title></head>
<body><nav><a href="/">Home</a></nav><main>${exampleText.trim().split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</main></body></html>`
// A page with a few words only (the section front of fixtures/no-article.html has 549 characters of teasers in its <main>, which this bookmarklet sends)
const EMPTY_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><main><h1>Sign in</h1><p>Sign in to read on.</p></main></body></html>'
const LONG_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Long</title></head><body><article>${'<p>The committee met again on Tuesday and agreed to publish its findings after the summer recess, a spokesman said.</p>'.repeat(3000)}</article></body></html>`

// Fixture pages, each under the strict policy; `/` stands for a Provenance page that never answers
function serve(): Promise<Server> {
  const pages: Record<string, string> = {
    '/article-csp.html': readFileSync(new URL('article.html', fixtures), 'utf8'),
    '/example-csp.html': EXAMPLE_PAGE,
    '/empty.html': EMPTY_PAGE,
    '/long.html': LONG_PAGE,
    '/sender.html': '<!doctype html><meta charset="utf-8"><title>Sender</title><p>A page that sends messages.</p>',
    '/': '<!doctype html><meta charset="utf-8"><title>Silent</title><p>Not Provenance.</p>',
    '/site.css': readFileSync(new URL('site.css', fixtures), 'utf8'),
    '/site.js': readFileSync(new URL('site.js', fixtures), 'utf8'),
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const page = pages[path]
    if (path === '/favicon.ico') return void res.writeHead(204).end()
    if (page === undefined) return void res.writeHead(404).end()
    const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8'
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': STRICT }).end(page)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// What each page's window carries: the test's log of CSP violations
type Logged = Window & { __violations: string[] }
type Stats = { sentences: number; claims: number; direct: number; reported: number; unattributed: number }

describe('the hand-off bookmarklet, in headless Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let worker: Awaited<ReturnType<typeof startDevServer>>
  // The runtime wrangler dev starts, not its dev proxy (see page.test.ts); the page's origin
  let base: string
  let fixtureServer: Server
  let site: string
  let url: string
  let code: string
  const problems: string[] = []

  beforeAll(async () => {
    mkdirSync(output, { recursive: true })
    await built()
    // each kept as soon as it is up, so that afterAll stops it even if another fails
    await Promise.all([
      startDevServer().then((w) => {
        worker = w
        base = w.runtimeUrl
      }),
      serve().then((s) => {
        fixtureServer = s
        site = `http://127.0.0.1:${(s.address() as AddressInfo).port}`
      }),
      launchChromium().then((b) => (browser = b)),
    ])
    // The URL exactly as the Worker's page offers it, its origin filled in
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(base + '/')
    url = (await page.locator('a.provenance-handoff').getAttribute('href'))!
    await context.close()
    // What a browser runs for a javascript: URL: the percent-decoded text after the scheme
    code = decodeURIComponent(url.slice('javascript:'.length))
  }, 120_000)

  let failed = false
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') failed = true
  })

  afterAll(async () => {
    if (failed) console.error(worker?.output())
    await browser?.close()
    await worker?.stop()
    await new Promise((r) => (fixtureServer ? fixtureServer.close(r) : r(null)))
  })

  // A browser context that logs every CSP violation and page error, popups included
  async function newContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(() => {
      const w = window as unknown as Logged
      w.__violations = []
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`))
    })
    context.on('page', (p) => {
      p.on('pageerror', (e) => problems.push(`${p.url()}: ${e.message}`))
      p.on('console', (m) => m.type() === 'error' && problems.push(`${p.url()}: ${m.text()}`))
    })
    return context
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as Logged).__violations)

  // Clicks the bookmarklet on `page` (see bookmarklet.test.ts on why evaluating it is the same) and returns the page it opens
  async function handOff(page: Page): Promise<Page> {
    const opened = page.context().waitForEvent('page')
    await page.evaluate(code)
    return opened
  }

  async function checked(popup: Page) {
    // the popup may not have parsed #status yet when polling starts (seen under load)
    await popup.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Checked') ?? false)
  }

  const stats = (popup: Page) =>
    popup.evaluate(() => {
      const n = (k: string) => Number(document.querySelector(`[data-stat="${k}"]`)!.textContent)
      return { sentences: n('sentences'), claims: n('claims'), direct: n('direct'), reported: n('reported'), unattributed: n('unattributed') }
    }) as Promise<Stats>

  // Text of each highlighted sentence on the page, by label; sentences that are no claim apart
  const sentences = (popup: Page) =>
    popup.$$eval('#article .s', (els) => {
      const out: Record<string, string[]> = {}
      for (const e of els) (out[e.classList.contains('nc') ? 'other' : e.classList[1]] ??= []).push(e.textContent!)
      return out
    })

  // Alerts a page shows, dismissed as a reader would
  function alerts(page: Page): string[] {
    const said: string[] = []
    page.on('dialog', (d) => {
      said.push(`${d.type()}: ${d.message()}`)
      void d.dismiss()
    })
    return said
  }

  it('is offered on the page with that page’s origin filled in, under 8,000 characters, beside the full bookmarklet', async () => {
    expect(url.startsWith('javascript:')).toBe(true)
    expect(url.length).toBeLessThan(8000)
    expect(url).toBe(readFileSync(TEMPLATE, 'utf8').trim().replaceAll(ORIGIN_PLACEHOLDER, base))
    expect(code).toContain(JSON.stringify(base))
    expect(code).not.toContain(ORIGIN_PLACEHOLDER)

    const context = await newContext()
    const page = await context.newPage()
    await page.goto(base + '/')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
    // The full bookmarklet is still there, with its copy button
    const full = page.locator('a.provenance-bookmarklet:not(.provenance-handoff)')
    expect((await full.getAttribute('href'))!.length).toBeGreaterThan(65_536)
    expect(await page.locator('#bookmarklet').textContent()).toMatch(/In Firefox, .* use Provenance \(Firefox, opens this page\)/)
    // The second link is one to drag too, and its own button copies it
    const link = page.locator('a.provenance-handoff')
    expect(await link.textContent()).toBe('Provenance (Firefox, opens this page)')
    expect(await link.getAttribute('draggable')).toBe('true')
    await link.click()
    await expect.poll(() => page.locator('.provenance-copied').textContent()).toMatch(/Drag the link to your bookmarks bar/)
    expect(context.pages()).toHaveLength(1)
    await page.locator('[data-provenance-copy="handoff"]').click()
    await expect.poll(() => page.locator('.provenance-copied').textContent()).toMatch(/^Copied/)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
    await page.locator('[data-provenance-copy]:not([data-provenance-copy="handoff"])').click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(url)
    expect((await page.evaluate(() => navigator.clipboard.readText())) === (await full.getAttribute('href'))).toBe(true)
    expect(await violations(page)).toEqual([])
    await page.locator('#bookmarklet').screenshot({ path: new URL('handoff-install.png', output).pathname })
    await context.close()
  })

  it("hands the article from a page under a strict Content-Security-Policy to the Worker's page, which checks it", async () => {
    const context = await newContext()
    const page = await context.newPage()
    const response = await page.goto(site + '/article-csp.html')
    expect(response!.headers()['content-security-policy']).toBe(STRICT)
    const said = alerts(page)
    const popup = await handOff(page)
    await checked(popup)
    expect(new URL(popup.url()).origin).toBe(base)

    // The text it received: the page's main element, paragraphs as blank lines
    const received = await popup.inputValue('#text')
    expect(received).toContain('Russian President Vladimir Putin has told North Korean leader Kim Jong-un')
    expect(received).toMatch(/Pyongyang state media reported on Monday\.\n\nIn a letter sent to Kim/)
    expect(received).not.toContain('Most read')
    expect(received).not.toContain('We use cookies')
    expect(await popup.textContent('#from')).toBe(`From: ${await page.title()} (${site}/article-csp.html)`)

    // The counts the page shows are the engine's for that text
    const { summary } = check(received)
    expect(await stats(popup)).toEqual({ sentences: summary.sentences, claims: summary.claims, direct: summary.direct, reported: summary.reported, unattributed: summary.unattributed })
    // and the example's claims are there, each with its label
    const got = await sentences(popup)
    for (const s of exampleGold.sentences.filter((s) => s.claim)) expect(got[s.label], s.text).toContain(s.text)
    expect(got.reported).toContain('North Korean officials have raised the possibility of workers from the country being sent to areas in eastern Ukraine to help with construction and other activities.')

    await popup.screenshot({ path: new URL('handoff.png', output).pathname })
    // Neither window.open nor postMessage is something a CSP governs: nothing was blocked
    expect(await violations(page)).toEqual([])
    expect(await violations(popup)).toEqual([])
    expect(said).toEqual([])
    expect(problems.splice(0)).toEqual([])
    await context.close()
  })

  it("shows the example's report for the example, and sends only the selection when there is one", async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(site + '/example-csp.html')
    let popup = await handOff(page)
    await checked(popup)
    expect(await popup.inputValue('#text')).toBe(exampleText.trim())
    expect(await stats(popup)).toEqual({ sentences: 23, claims: 11, direct: 6, reported: 1, unattributed: 4 })
    await popup.close()

    // Two paragraphs selected: only they are sent
    await page.evaluate(() => {
      const p = document.querySelectorAll('main p')
      const range = document.createRange()
      range.setStart(p[1], 0)
      range.setEnd(p[2], p[2].childNodes.length)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
    })
    popup = await handOff(page)
    await checked(popup)
    const paragraphs = exampleText.split('\n\n')
    expect((await popup.inputValue('#text')).replace(/\n+/g, '\n')).toBe(`${paragraphs[1]}\n${paragraphs[2]}`)
    expect(await stats(popup)).toMatchObject({ sentences: 2, claims: 2, direct: 2 })
    expect(await violations(page)).toEqual([])
    expect(problems.splice(0)).toEqual([])
    await context.close()
  })

  it('says so, and opens nothing, when there is no article, too short a selection or too long an article', async () => {
    const context = await newContext()
    const page = await context.newPage()
    const said = alerts(page)
    await page.goto(site + '/empty.html')
    await page.evaluate(code)
    await page.evaluate(() => {
      const range = document.createRange()
      range.selectNodeContents(document.querySelector('p')!)
      getSelection()!.addRange(range)
    })
    await page.evaluate(code)
    await page.goto(site + '/long.html')
    await page.evaluate(code)
    expect(said).toEqual([
      'alert: No article found on this page. Open a single news story and click the bookmarklet again.',
      'alert: The selected text is too short to check. Select the whole article, or nothing, and click the bookmarklet again.',
      expect.stringMatching(/^alert: This article is too long to check: about [\d,]+ characters, and Provenance checks up to 300,000\. Select the part you need/),
    ])
    expect(context.pages()).toHaveLength(1)
    await context.close()
  })

  it('says so when the page it opens never answers', async () => {
    // The same bookmarklet, pointed at a page that is not Provenance
    const silent = decodeURIComponent(readFileSync(TEMPLATE, 'utf8').trim().slice('javascript:'.length)).replaceAll(ORIGIN_PLACEHOLDER, site)
    const context = await newContext()
    const page = await context.newPage()
    await page.clock.install()
    await page.goto(site + '/example-csp.html')
    const said = alerts(page)
    const opened = context.waitForEvent('page')
    await page.evaluate(silent)
    const popup = await opened
    await popup.waitForLoadState()
    expect(await popup.title()).toBe('Silent')
    await page.clock.runFor(30_000)
    await expect.poll(() => said).toEqual([`alert: Provenance did not answer from ${site}. Check that the page opens, then click the bookmarklet again.`])
    await context.close()
  })

  it('ignores malformed messages and messages from other windows, and takes exactly one article', async () => {
    const context = await newContext()
    const sender = await context.newPage()
    await sender.goto(site + '/sender.html')
    // The handshake, as the bookmarklet does it
    const opened = context.waitForEvent('page')
    await sender.evaluate((origin) => {
      const w = window as unknown as { popup: Window | null; ready: Promise<string> }
      w.ready = new Promise((resolve) =>
        addEventListener('message', (e) => {
          if (e.source === w.popup && e.data?.type === 'provenance-ready') resolve(e.origin)
        }),
      )
      w.popup = window.open(origin + '/#handoff', '_blank')
    }, base)
    const popup = await opened
    expect(await sender.evaluate(() => (window as unknown as { ready: Promise<string> }).ready)).toBe(base)
    expect(await popup.textContent('#status')).toBe('Waiting for the article from the bookmarklet…')

    const title = '<img src=x onerror="document.title=1"> Putin & Kim'
    const from = 'https://news.example/story?a=1&b=<2>'
    // From the page itself, not its opener: ignored. The marker that follows it from the same
    // window arrives after it, so once it is seen the message was handled.
    const forged = await popup.evaluate(
      ([title, from]) =>
        new Promise<string>((resolve) => {
          addEventListener('message', function mark(e) {
            if (e.data !== 'mark') return
            removeEventListener('message', mark)
            resolve((document.querySelector('#text') as HTMLTextAreaElement).value)
          })
          postMessage({ type: 'provenance-handoff', text: 'Forged text, from a window that is not the opener. '.repeat(10), url: from, title }, '*')
          postMessage('mark', '*')
        }),
      [title, from],
    )
    expect(forged).toBe('')

    // From the opener: malformed messages first, then the article, then a second article
    const MARK = 'mark'
    const taken = popup.evaluate(
      (MARK) =>
        new Promise<string>((resolve) =>
          addEventListener('message', (e) => {
            if (e.data === MARK) resolve((document.querySelector('#text') as HTMLTextAreaElement).value)
          }),
        ),
      MARK,
    )
    await sender.evaluate(
      ([text, title, from, MARK]) => {
        const popup = (window as unknown as { popup: Window }).popup
        const send = (data: unknown) => popup.postMessage(data, '*')
        const ok = { type: 'provenance-handoff', text, url: from, title }
        for (const bad of [
          'provenance-handoff',
          null,
          [ok],
          { type: 'provenance-handoff' },
          { ...ok, type: 'provenance-ready' },
          { ...ok, type: 'Provenance-Handoff' },
          { ...ok, text: 42 },
          { ...ok, text: ['Kim said so.'] },
          { ...ok, text: ' \n\t ' },
          { ...ok, text: 'Kim said so. '.repeat(25_000) },
          { ...ok, url: 5 },
          { ...ok, title: { toString: null } },
          { ...ok, title: undefined },
        ])
          send(bad)
        send(ok)
        send({ ...ok, text: 'A second article, which must be ignored, said nobody in particular.'.repeat(5) })
        send(MARK)
      },
      [exampleText, title, from, MARK],
    )
    expect(await taken).toBe(exampleText)
    await checked(popup)
    expect(await stats(popup)).toEqual({ sentences: 23, claims: 11, direct: 6, reported: 1, unattributed: 4 })
    expect(await popup.inputValue('#text')).toBe(exampleText)
    // Title and address as plain text, never as HTML
    expect(await popup.textContent('#from')).toBe(`From: ${title} (${from})`)
    expect(await popup.locator('#from *').count()).toBe(0)
    expect(await popup.locator('img').count()).toBe(0)
    expect(await popup.title()).toBe('Provenance: where does each claim come from?')
    // A reload is a plain page again
    expect(new URL(popup.url()).hash).toBe('')
    expect(await violations(popup)).toEqual([])
    expect(problems.splice(0)).toEqual([])
    await context.close()
  })
})
