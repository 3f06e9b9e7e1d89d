import BOOKMARKLET_URL from '../../../build/bookmarklet.url.txt'
import HANDOFF_URL from '../../../build/handoff.url.txt'
import { bookmarkletInstallHtml } from '../../bookmarklet/page'
import PAGE from './page.html'

/** A fresh nonce for a page's inline style and script. */
export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** The Content-Security-Policy of a page whose inline style and script carry `nonce`. */
export function pagePolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * The page at `/`, its inline style and scripts marked with `nonce`; `origin` (the page's
 * own, from the request URL) is where the hand-off bookmarklet sends articles.
 */
export function renderPage(nonce: string, origin: string): string {
  // An origin is scheme://host[:port], ASCII; anything else must not reach a script
  if (!/^https?:\/\/[\w.:[\]-]+$/.test(origin)) throw new Error(`not an origin: ${origin}`)
  const fill: Record<string, string> = { '{{nonce}}': nonce, '{{origin}}': origin }
  // placeholders at odd indexes (split keeps the captured separators)
  return pageParts()
    .map((part, i) => (i % 2 ? fill[part] : part))
    .join('')
}

let parts: string[] | undefined

// The page around its placeholders, built once per isolate: the bookmarklet alone is 160 KB to escape
function pageParts(): string[] {
  if (parts) return parts
  const install = bookmarkletInstallHtml(BOOKMARKLET_URL.trim(), { nonce: '{{nonce}}', handoff: HANDOFF_URL.trim() })
  const section = `<section id="bookmarklet" aria-labelledby="bookmarklet-heading"><h2 id="bookmarklet-heading">Check any article where you read it</h2>${install}</section>`
  parts = PAGE.replace('<!--bookmarklet-->', () => section).split(/(\{\{(?:nonce|origin)\}\})/)
  return parts
}
