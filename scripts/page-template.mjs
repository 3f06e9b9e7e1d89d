// The page at `/` is a template (src/worker/page/page.html) whose placeholders the Worker fills for
// each request. It reaches the Worker as a static asset, read once per isolate, and not as code:
// static HTML is what assets are for, and it kept 7.6 KB of the Worker's 200 KB budget (README).
// The bookmarklets' install section goes in here too, so that neither their URLs nor the HTML around
// them are Worker code (1.7 KB of its budget) and the first request does not escape 500 KB for it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { importBundled } from './import-bundled.mjs'

/**
 * Writes build/assets/templates/page.html, where the Worker's ASSETS binding reads it: the page's template
 * with the bookmarklets' install section (both URLs, the hand-off one holding `{{origin}}`, which the Worker
 * fills per request as it does `{{nonce}}`). Needs the bookmarklets built (`node scripts/build.mjs bookmarklet page`).
 */
export async function writePageTemplate(root = new URL('..', import.meta.url)) {
  const read = (path) => {
    if (!existsSync(new URL(path, root))) throw new Error(`${path} is missing: build the bookmarklet first (node scripts/build.mjs bookmarklet page)`)
    return readFileSync(new URL(path, root), 'utf8').trim()
  }
  const { bookmarkletInstallHtml } = await importBundled({ entryPoints: [new URL('src/bookmarklet/page.ts', root).pathname] })
  const install = bookmarkletInstallHtml(read('build/assets/bookmarklet.url.txt'), { nonce: '{{nonce}}', handoff: read('build/handoff.url.txt') })
  const section = `<section id="bookmarklet" aria-labelledby="bookmarklet-heading"><h2 id="bookmarklet-heading">Check any article where you read it</h2>${install}</section>`
  const page = read('src/worker/page/page.html')
  if (!page.includes('<!--bookmarklet-->')) throw new Error('src/worker/page/page.html lost its <!--bookmarklet--> mark')
  mkdirSync(new URL('build/assets/templates/', root), { recursive: true })
  writeFileSync(new URL('build/assets/templates/page.html', root), `${page.replace('<!--bookmarklet-->', () => section)}\n`)
}
