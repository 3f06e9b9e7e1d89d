import { asset, once } from '../assets'

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
 * own, from the request URL) is where the hand-off bookmarklet sends articles. The page's
 * template, which the build gave the bookmarklets (scripts/page-template.mjs), is read from
 * the static assets once per isolate.
 */
export async function renderPage(nonce: string, origin: string, assets: Fetcher): Promise<string> {
  // An origin is scheme://host[:port], ASCII; anything else must not reach a script
  if (!/^https?:\/\/[\w.:[\]-]+$/.test(origin)) throw new Error(`not an origin: ${origin}`)
  const fill: Record<string, string> = { '{{nonce}}': nonce, '{{origin}}': origin }
  // placeholders at odd indexes (split keeps the captured separators)
  return (await pageParts(assets))
    .map((part, i) => (i % 2 ? fill[part] : part))
    .join('')
}

const pageParts = once((assets: Fetcher) =>
  asset(assets, 'templates/page.html').then((page) => {
    if (page.includes('<!--bookmarklet-->')) throw new Error('the page asset has no bookmarklet section: run npm run build before deploying')
    return page.split(/(\{\{(?:nonce|origin)\}\})/)
  }),
)
