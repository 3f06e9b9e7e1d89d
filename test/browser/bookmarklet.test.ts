// The bookmarklet in real headless Chromium (Debian `chromium`, driven by playwright-core),
// on fixture pages this test serves itself on 127.0.0.1: no network is needed.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { launchChromium } from './chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, type Page } from 'playwright-core'
import { check } from '../../src/index'
import type { Block, Report } from '../../src/types'
import { buildBookmarklet } from '../../scripts/build-bookmarklet.mjs'
import { bookmarkletInstallHtml } from '../../src/bookmarklet/page'

const root = new URL('../../', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)
const output = new URL('test-output/', root)

const gold = JSON.parse(readFileSync(new URL('../fixtures/examples/kcna-letter.gold.json', import.meta.url), 'utf8')) as {
  sentences: Array<{ text: string; label: string; claim: boolean; role: string }>
}

// Strings of the site furniture around the story: none may reach the text that is checked.
const FURNITURE = [
  'World Daily', 'Subscribe', 'Share on Facebook', 'Most read', 'Markets rally', 'The finance minister said', 'officials warn',
  'Sign up for our daily briefing', 'North Korea releases video', 'Source link', 'About Admin', 'Check Also', 'Islamic veil',
  'New protests over the death', 'Officials in Seoul said', 'according to diplomats', 'Leave a Reply', 'Your email address',
  'Post Comment', 'All rights reserved', 'We use cookies', 'Updated 2 hours ago',
]

/** Rebuilds when the URL file is missing or older than anything it is built from. */
async function bookmarkletUrl(): Promise<string> {
  const file = new URL('build/assets/bookmarklet.url.txt', root)
  const newest = (dir: URL): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(new URL(`${e.name}/`, dir)) : statSync(new URL(e.name, dir)).mtimeMs)))
  const sources = Math.max(newest(new URL('src/', root)), statSync(new URL('scripts/build-bookmarklet.mjs', root)).mtimeMs)
  if (!existsSync(file) || statSync(file).mtimeMs < sources) await buildBookmarklet({ quiet: true })
  return readFileSync(file, 'utf8')
}

function serve(url: string): Promise<Server> {
  const article = readFileSync(new URL('article.html', fixtures), 'utf8')
  const filler = `<p>${'The committee met again on Tuesday and agreed to publish its findings after the summer recess, a spokesman said. '.repeat(3)}</p>\n`
  const long = article.replace('<div class="entry-content">', `<div class="entry-content">\n${filler.repeat(1000)}`)
  const pages: Record<string, [string, string]> = {
    '/article.html': ['text/html; charset=utf-8', article],
    '/article-csp.html': ['text/html; charset=utf-8', article],
    '/no-article.html': ['text/html; charset=utf-8', readFileSync(new URL('no-article.html', fixtures), 'utf8')],
    '/structure.html': ['text/html; charset=utf-8', readFileSync(new URL('structure.html', fixtures), 'utf8')],
    '/long.html': ['text/html; charset=utf-8', long],
    '/install.html': ['text/html; charset=utf-8', `<!doctype html><meta charset="utf-8"><title>Install</title>${bookmarkletInstallHtml(url, { nonce: 'n0nce' })}`],
    '/site.css': ['text/css', readFileSync(new URL('site.css', fixtures), 'utf8')],
    '/site.js': ['text/javascript', readFileSync(new URL('site.js', fixtures), 'utf8')],
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const page = pages[path]
    if (!page) return void res.writeHead(404).end()
    const headers: Record<string, string> = { 'content-type': page[0], 'cache-control': 'no-store' }
    if (path === '/article-csp.html') headers['content-security-policy'] = "default-src 'self'"
    if (path === '/install.html') headers['content-security-policy'] = "default-src 'self'; script-src 'nonce-n0nce'"
    res.writeHead(200, headers).end(page[1])
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// What the fixture page's window carries: the test's violation log and the site script's state.
type Site = Window & { __violations: string[]; siteLikes?: number; siteUpdatedNode?: Node | null }
type Open = { article: { text: string; blocks: Block[] }; report: Report; mode: string } | undefined
const PROVENANCE = 'provenance'

describe('the bookmarklet, in headless Chromium', { timeout: 60_000 }, () => {
  let browser: Browser
  let server: Server
  let base: string
  let url: string
  let code: string
  const errors: string[] = []

  beforeAll(async () => {
    mkdirSync(output, { recursive: true })
    url = await bookmarkletUrl()
    // What a browser runs for a javascript: URL: the percent-decoded text after the scheme.
    code = decodeURIComponent(url.slice('javascript:'.length))
    server = await serve(url)
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((r) => server?.close(r))
  })

  async function load(path: string, options: { highlightApi?: boolean; width?: number; height?: number } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 } })
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`))
    // Before any page script: log every CSP violation the page reports.
    await page.addInitScript(() => {
      const w = window as unknown as Site
      w.__violations = []
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`))
    })
    if (options.highlightApi === false) await page.addInitScript(() => delete (window as { Highlight?: unknown }).Highlight)
    await page.goto(base + path)
    return page
  }

  /**
   * Clicks the bookmarklet. A click runs the decoded URL as a script in the page's main world;
   * the page's CSP does not apply to that script itself (Chrome exempts bookmarklets) but
   * applies to everything it then does. page.evaluate runs the same text in the same world,
   * also exempt itself through DevTools, and the bookmarklet does its work (extraction,
   * styles, highlights, panel) in a timer callback after that, where the page's CSP holds
   * exactly as after a real click. The first test also clicks the URL as a real link.
   */
  async function click(page: Page) {
    await page.evaluate(code)
  }

  async function settled(page: Page): Promise<string> {
    await page.waitForFunction(() => {
      const state = document.querySelector('provenance-panel')?.shadowRoot?.querySelector('.panel')?.getAttribute('data-state')
      return state && state !== 'checking'
    })
    return panelState(page)
  }

  const panelState = (page: Page) => page.evaluate(() => document.querySelector('provenance-panel')?.shadowRoot?.querySelector('.panel')?.getAttribute('data-state') ?? 'closed')

  const opened = (page: Page) =>
    page.evaluate((key) => {
      const s = (window as unknown as Record<symbol, { article?: { text: string; blocks: unknown }; report?: unknown; mode?: string }>)[Symbol.for(key)]
      return s && { article: { text: s.article!.text, blocks: s.article!.blocks }, report: s.report, mode: s.mode }
    }, PROVENANCE) as Promise<Open>

  const counts = (page: Page) =>
    page.evaluate(() => {
      const shadow = document.querySelector('provenance-panel')!.shadowRoot!
      const n = (k: string) => Number(shadow.querySelector(`[data-count="${k}"]`)!.textContent)
      return { sentences: n('sentences'), claims: n('claims'), direct: n('direct'), reported: n('reported'), unattributed: n('unattributed') }
    })

  /** Text of each highlight of the bookmarklet, whitespace collapsed. */
  const highlights = (page: Page) =>
    page.evaluate(() => {
      const out: Record<string, string[]> = {}
      for (const name of ['direct', 'reported', 'unattributed', 'other', 'focus', 'cue', 'source']) {
        const set = CSS.highlights.get(`provenance-${name}`)
        out[name] = set ? [...set].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()) : []
      }
      return out
    })

  const marks = (page: Page) =>
    page.evaluate(() => {
      const out: Record<string, string[]> = {}
      const seen = new Map<string, string>()
      for (const m of document.querySelectorAll('mark[data-provenance]')) {
        const label = m.getAttribute('data-provenance')!
        ;(out[label] ??= []).push(m.textContent!)
        seen.set(label, getComputedStyle(m).backgroundColor)
      }
      return { texts: out, colours: Object.fromEntries(seen) }
    })

  const dom = (page: Page) => page.evaluate(() => ({ body: document.body.innerHTML, all: document.documentElement.outerHTML }))
  const violations = (page: Page) => page.evaluate(() => (window as unknown as Site).__violations)
  const leftovers = (page: Page) =>
    page.evaluate((key) => ({
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      state: Symbol.for(key) in window,
      panel: !!document.querySelector('provenance-panel'),
      marks: document.querySelectorAll('mark').length,
    }), PROVENANCE)
  const CLEAN = { highlights: 0, sheets: 0, state: false, panel: false, marks: 0 }

  it('is a javascript: URL that Chromium parses back to the built code, and runs as a clicked link', async () => {
    expect(url.startsWith('javascript:')).toBe(true)
    // Booleans: a failed comparison of 170 kB strings would flood the log.
    expect(code === readFileSync(new URL('build/bookmarklet.js', root), 'utf8').trim()).toBe(true)
    // Chromium's limit for any URL (url::kMaxURLChars, 2 MiB).
    expect(url.length).toBeLessThan(2 * 1024 * 1024)
    const page = await load('/article.html')
    // HTML runs a javascript: URL by percent-decoding its serialization (HTML "javascript: URL").
    const href = await page.evaluate((u) => new URL(u).href, url)
    expect(decodeURIComponent(href.slice('javascript:'.length)) === code).toBe(true)
    expect(href.length).toBeLessThan(2 * 1024 * 1024)
    await page.evaluate((u) => {
      const a = document.createElement('a')
      a.href = u
      a.click()
    }, url)
    expect(await settled(page)).toBe('done')
    expect((await counts(page)).claims).toBe(11)
    await page.keyboard.press('Escape')
    expect(await leftovers(page)).toEqual(CLEAN)
    await page.close()
  })

  it('highlights the known sentences of the example in place, with their labels, without touching the DOM', async () => {
    const page = await load('/article.html')
    const before = await dom(page)
    await click(page)
    expect(await settled(page)).toBe('done')
    expect((await opened(page))!.mode).toBe('highlight')
    const got = await highlights(page)
    const claims = gold.sentences.filter((s) => s.claim)
    expect(claims).toHaveLength(11)
    for (const s of claims) expect(got[s.label], s.text).toContain(s.text)
    expect(got.unattributed).toContain('Largely isolated, North Korea has declared support for Moscow since Russia invaded Ukraine in February.')
    expect(got.reported).toEqual([gold.sentences.find((s) => s.label === 'reported' && s.claim)!.text])
    // Headline, subheading and caption are not claims: a neutral highlight only.
    expect(got.other).toEqual(
      expect.arrayContaining([
        'Putin vows to expand relations with North Korea, state media says',
        'Kim also praises bilateral cooperation',
        gold.sentences.find((s) => s.role === 'caption')!.text,
      ]),
    )
    const all = Object.values(got).flat().join('\n')
    for (const f of FURNITURE) expect(all).not.toContain(f)
    // The Highlight API paints without a single DOM change (the panel hangs off <html>).
    expect((await dom(page)).body).toBe(before.body)
    expect(errors).toEqual([])
    await page.close()
  })

  it("shows the report's counts in the panel, for the same text, with the site furniture left out", async () => {
    const page = await load('/article.html')
    await click(page)
    await settled(page)
    const open = (await opened(page))!
    for (const f of FURNITURE) expect(open.article.text).not.toContain(f)
    const report = check(open.article.text, { blocks: open.article.blocks })
    const { sentences, claims, direct, reported, unattributed } = report.summary
    expect(await counts(page)).toEqual({ sentences, claims, direct, reported, unattributed })
    expect(open.report.summary).toEqual(report.summary)
    // The example's figures (SPEC §4): the furniture added no claim.
    expect({ claims, direct, reported, unattributed }).toEqual({ claims: 11, direct: 6, reported: 1, unattributed: 4 })
    const panel = await page.evaluate(() => {
      const shadow = document.querySelector('provenance-panel')!.shadowRoot!
      return {
        flags: [...shadow.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag')),
        sources: [...shadow.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
        claims: shadow.querySelectorAll('button.claim').length,
      }
    })
    expect(panel.flags.sort()).toEqual(report.summary.flags.map((f) => f.code).sort())
    expect(panel.sources).toContainEqual(['KCNA', 'state media (North Korea)', '3'])
    expect(panel.sources).toContainEqual(['North Korean officials', 'unnamed', '1'])
    expect(panel.claims).toBe(reported + unattributed)
    await page.close()
  })

  it('scrolls to a claim picked in the panel and shows its cue and source', async () => {
    const page = await load('/article.html')
    await click(page)
    await settled(page)
    const claim = page.locator('provenance-panel button.claim', { hasText: 'North Korean officials have raised' })
    // Keyboard: the claims are buttons; Enter opens one.
    await claim.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => claim.getAttribute('aria-expanded')).toBe('true')
    const detail = await page.locator('provenance-panel .detail:not([hidden])').textContent()
    expect(detail).toContain('North Korean officials')
    expect(detail).toContain('unnamed')
    const got = await highlights(page)
    expect(got.focus[0]).toMatch(/^North Korean officials have raised the possibility/)
    expect(got.source).toEqual(['North Korean officials'])
    expect(got.cue.join(' ')).toMatch(/raised/)
    const inView = await page.evaluate(() => {
      const r = [...CSS.highlights.get('provenance-focus')!][0] as Range
      const box = r.getBoundingClientRect()
      return box.top >= 0 && box.bottom <= innerHeight && scrollY > 0
    })
    expect(inView).toBe(true)
    // An unattributed claim says it has no source.
    await page.locator('provenance-panel button.claim', { hasText: 'The move led Kiev' }).click()
    expect(await page.locator('provenance-panel .detail:not([hidden])').textContent()).toMatch(/No attribution/)
    await page.locator('provenance-panel button.claim', { hasText: 'North Korean officials have raised' }).click()
    await page.screenshot({ path: new URL('bookmarklet-desktop.png', output).pathname, caret: 'initial' })
    await page.close()
  })

  it('closes on Escape or its close button, leaving the DOM exactly as it was, and toggles on a second click', async () => {
    const page = await load('/article.html')
    const before = await dom(page)
    await click(page)
    await settled(page)
    await page.keyboard.press('Escape')
    expect(await leftovers(page)).toEqual(CLEAN)
    expect(await dom(page)).toEqual(before)

    await click(page)
    expect(await settled(page)).toBe('done')
    await click(page)
    expect(await panelState(page)).toBe('closed')
    expect(await leftovers(page)).toEqual(CLEAN)
    expect(await dom(page)).toEqual(before)

    await click(page)
    await settled(page)
    await page.locator('provenance-panel button.close').click()
    expect(await leftovers(page)).toEqual(CLEAN)
    expect(await dom(page)).toEqual(before)

    // The page's own scripts still work, and the text node they hold is still in the page.
    await page.click('#like')
    expect(await page.evaluate(() => (window as unknown as Site).siteLikes)).toBe(4)
    expect(await page.evaluate(() => (window as unknown as Site).siteUpdatedNode?.isConnected)).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it("works under a strict Content-Security-Policy (default-src 'self') without a single violation", async () => {
    const page = await load('/article-csp.html')
    const response = await page.reload()
    expect(response!.headers()['content-security-policy']).toBe("default-src 'self'")
    const before = await dom(page)
    await click(page)
    expect(await settled(page)).toBe('done')
    expect(await counts(page)).toMatchObject({ claims: 11, direct: 6, reported: 1, unattributed: 4 })
    const got = await highlights(page)
    expect(got.reported).toHaveLength(1)
    expect(await violations(page)).toEqual([])
    await page.locator('provenance-panel button.claim').first().click()
    await page.keyboard.press('Escape')
    expect(await dom(page)).toEqual(before)
    expect(await violations(page)).toEqual([])
    // The log works and the policy is enforced: an inline style element is refused.
    await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'body{color:red}' })))
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^style-src-elem /)])
    await page.close()
  })

  it('falls back to <mark> elements without the Highlight API, also under the strict CSP, and removes them on close', async () => {
    const page = await load('/article-csp.html', { highlightApi: false })
    const before = await dom(page)
    await click(page)
    expect(await settled(page)).toBe('done')
    expect((await opened(page))!.mode).toBe('mark')
    const { texts, colours } = await marks(page)
    const claims = gold.sentences.filter((s) => s.claim)
    for (const s of claims) expect(texts[s.label], s.text).toContain(s.text)
    // The constructed sheet styles the marks: no inline style needed, none blocked.
    expect(colours.unattributed).toBe('rgba(236, 72, 153, 0.26)')
    expect(colours.direct).toBe('rgba(37, 99, 235, 0.2)')
    await page.locator('provenance-panel button.claim', { hasText: 'North Korean officials' }).click()
    expect(await page.locator('mark[data-provenance-focus]').count()).toBeGreaterThan(0)
    await page.screenshot({ path: new URL('bookmarklet-csp-fallback.png', output).pathname, caret: 'initial' })
    await page.keyboard.press('Escape')
    expect(await dom(page)).toEqual(before)
    expect(await leftovers(page)).toEqual(CLEAN)
    // The original text nodes are back, not copies: scripts holding them keep working.
    expect(await page.evaluate(() => (window as unknown as Site).siteUpdatedNode?.isConnected)).toBe(true)
    expect(await violations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('builds the text from the live page even where Readability rewrote its copy', async () => {
    const page = await load('/structure.html')
    await click(page)
    expect(await settled(page)).toBe('done')
    const { text, blocks } = (await opened(page))!.article
    const kinds = blocks.map((b) => [b.kind, text.slice(b.start, b.end)])
    expect(kinds).toEqual([
      ['heading', 'Bridge to close'],
      ['paragraph', 'The council voted on Monday to close the old bridge, according to the city clerk, after inspectors found cracks in two of its pillars last spring.'],
      ['paragraph', 'Repairs would cost $4 million, officials said. The mayor said in a statement that "safety comes first."\nA second line after a single break carries no attribution at all.'],
      ['blockquote', '"We cannot take the risk," said Jane Doe, the city engineer.'],
      ['list-text', 'The bridge opened in 1931 and carries 12,000 cars a day.'],
      ['list-text', 'It was last repaired in 1998, reportedly at a cost of $1 million.'],
      ['heading', 'Year Cars a day'],
      ['table-row', '1998 9,000'],
      ['table-row', '2024 12,000'],
      ['paragraph', 'Source: State traffic office'],
      ['paragraph', 'Residents will use the ferry instead, which adds twenty minutes to the trip into town for most of them, and the council has promised more boats.'],
      ['paragraph', 'The closure starts in March, the clerk said.'],
      ['caption', 'The old bridge in 2019. Photo: Town News'],
    ])
    // Every sentence maps back onto the live text it came from.
    const got = await highlights(page)
    expect(got.reported).toEqual(['Repairs would cost $4 million, officials said.', 'It was last repaired in 1998, reportedly at a cost of $1 million.'])
    // (a footnote's marker is no part of the text checked, "said" its cue, but the highlight spans it on the page)
    expect(got.direct).toContain('The closure starts in March, the clerk said1.')
    // (a table's data rows take the source its credit line names, each row a claim mapped back onto its cells)
    expect(got.direct).toEqual(expect.arrayContaining(['1998 9,000', '2024 12,000']))
    expect(got.unattributed).toContain('A second line after a single break carries no attribution at all.')
    await page.close()
  })

  it('says so when the page has no article', async () => {
    const page = await load('/no-article.html')
    const before = await dom(page)
    await click(page)
    expect(await settled(page)).toBe('no-article')
    expect(await page.locator('provenance-panel [role=alert]').textContent()).toMatch(/No article found on this page/)
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0)
    await page.screenshot({ path: new URL('bookmarklet-no-article.png', output).pathname, caret: 'initial' })
    await page.keyboard.press('Escape')
    expect(await dom(page)).toEqual(before)
    await page.close()
  })

  it('says so when the article is too long', async () => {
    const page = await load('/long.html')
    await click(page)
    expect(await settled(page)).toBe('too-long')
    expect(await page.locator('provenance-panel [role=alert]').textContent()).toMatch(/too long to check here: about [\d,]+ characters, .* up to 300,000/)
    await page.close()
  })

  it('is offered by an install snippet whose link carries the URL and whose button copies it', async () => {
    const page = await load('/install.html')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
    const link = page.locator('a.provenance-bookmarklet')
    expect((await link.getAttribute('href')) === url).toBe(true)
    expect(decodeURIComponent((await link.evaluate((a) => (a as HTMLAnchorElement).href)).slice('javascript:'.length)) === code).toBe(true)
    expect(await link.getAttribute('draggable')).toBe('true')
    // A click on the install page itself does not run it; it says what to do instead.
    await link.click()
    expect(await panelState(page)).toBe('closed')
    await expect.poll(() => page.locator('.provenance-copied').textContent()).toMatch(/Drag the link to your bookmarks bar/)
    await page.locator('[data-provenance-copy]').click()
    await expect.poll(() => page.locator('.provenance-copied').textContent()).toMatch(/^Copied/)
    expect((await page.evaluate(() => navigator.clipboard.readText())) === url).toBe(true)
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('fits a phone screen, and folds', async () => {
    const page = await load('/article.html', { width: 390, height: 844 })
    await click(page)
    await settled(page)
    const box = await page.locator('provenance-panel .panel').boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
    expect(box!.y + box!.height).toBeLessThanOrEqual(844)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(390)
    await page.screenshot({ path: new URL('bookmarklet-phone.png', output).pathname, caret: 'initial' })
    // Folded, the panel leaves the story readable; the highlights stay.
    await page.locator('provenance-panel button.fold').click()
    expect((await page.locator('provenance-panel .panel').boundingBox())!.height).toBeLessThan(120)
    expect((await highlights(page)).direct.length).toBe(6)
    await page.locator('provenance-panel button.fold').click()
    expect((await page.locator('provenance-panel .panel').boundingBox())!.height).toBeGreaterThan(300)
    await page.close()
  })
})
