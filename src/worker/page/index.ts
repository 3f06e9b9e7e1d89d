import BOOKMARKLET_URL from '../../../build/bookmarklet.url.txt'
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

/** The page at `/`, its inline style and scripts marked with `nonce`. */
export function renderPage(nonce: string): string {
  return pageParts().join(nonce)
}

let parts: string[] | undefined

// The page around its nonces, built once per isolate: the bookmarklet alone is 160 KB to escape
function pageParts(): string[] {
  if (parts) return parts
  const install = bookmarkletInstallHtml(BOOKMARKLET_URL.trim(), { nonce: '{{nonce}}' })
  const section = `<section id="bookmarklet" aria-labelledby="bookmarklet-heading"><h2 id="bookmarklet-heading">Check any article where you read it</h2>${install}</section>`
  parts = PAGE.replace('<!--bookmarklet-->', () => section).split('{{nonce}}')
  return parts
}
