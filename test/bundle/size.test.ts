// The Worker must stay small enough to start fast at the edge: under 200 KB gzipped, with
// the engine, its data and the page inside; the bookmarklet's URL is a static asset.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const BUDGET = 200_000

it('bundles the Worker under 200 KB gzipped', { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'provenance-bundle-'))
  try {
    const wrangler = new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname
    const log = execFileSync(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', out], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
      encoding: 'utf8',
    })
    const kib = Number(log.match(/gzip: ([\d.]+) KiB/)![1])
    console.log(`Worker bundle: ${kib} KiB gzipped (${Math.round(kib * 1024)} bytes; budget ${BUDGET})`)
    expect(kib * 1024).toBeLessThan(BUDGET)
    // the word lists ship without their notes: every entry, none of the "why"s
    const bundle = readFileSync(join(out, 'index.js'), 'utf8')
    const verbs = JSON.parse(readFileSync(new URL('../../src/data/cue-verbs.json', import.meta.url), 'utf8')) as { verbs: Array<{ base: string; why: string }> }
    for (const verb of verbs.verbs) expect(bundle).toContain(`"${verb.base}"`)
    // the bookmarklet (a second copy of the engine) stays out of the script, in build/assets
    expect(bundle).not.toContain('provenance bookmarklet; includes')
    // nor the page's install section for both bookmarklets: the build writes it into the page's template (scripts/page-template.mjs)
    expect(bundle).not.toContain('Copy Firefox bookmarklet')
    expect(readFileSync(new URL('../../build/assets/bookmarklet.url.txt', import.meta.url), 'utf8')).toMatch(/^javascript:/)
    const notes = verbs.verbs.map((verb) => verb.why).filter((why) => why.length > 30)
    expect(notes.length).toBeGreaterThan(50)
    expect(notes.filter((why) => bundle.includes(why.slice(0, 40)))).toEqual([])
    // the OpenAPI document's operations and response schemas stay out: only the build reads them (src/worker/openapi)
    expect(bundle).not.toContain('Fetch an article page and check it')
    expect(bundle).not.toContain('The provenance report, plus what was checked.')
    // the Markdown parser's full table of character reference names stays out (wrangler.toml alias): a name only it holds
    expect(bundle).not.toContain('CounterClockwiseContourIntegral')
    // nor natural's stemmer base with its stop words and tokenizer (wrangler.toml alias): the Porter steps alone
    expect(bundle).not.toContain('tokenizeAndStem')
    expect(bundle).toContain('ational')
    // nor the printf-like formatter the front-matter extension's error maker brings (wrangler.toml alias), with its eval
    expect(bundle).not.toMatch(/\beval\b/)
    // no function is wrapped in a call that sets its name (esbuild's keepNames, wrangler's default), minified or not: that wrapper ran
    // on every closure the engine makes while checking, about 1.27x the CPU per article
    expect(bundle).not.toMatch(/"name",\s*\{\s*value(?::\s*[\w$]+)?,\s*configurable:\s*(?:!0|true)\s*\}/)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
})
