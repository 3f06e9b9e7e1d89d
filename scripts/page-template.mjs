// The page at `/` is a template (src/worker/page/page.html) whose placeholders the Worker fills for
// each request. It reaches the Worker as a static asset, read once per isolate, and not as code:
// static HTML is what assets are for, and it kept 7.6 KB of the Worker's 200 KB budget (README).
import { copyFileSync, mkdirSync } from 'node:fs'

/** Copies the page's template to build/assets/templates/, where the Worker's ASSETS binding reads it. */
export function writePageTemplate(root = new URL('..', import.meta.url)) {
  mkdirSync(new URL('build/assets/templates/', root), { recursive: true })
  copyFileSync(new URL('src/worker/page/page.html', root), new URL('build/assets/templates/page.html', root))
}
