// Builds the bookmarklet: build/bookmarklet.js (the code) and build/assets/bookmarklet.url.txt
// (the javascript: URL to install, a static asset of the Worker: it holds a second copy of the
// engine, which would double the Worker's own bundle). The engine runs inside it, so it works under a strict CSP.
// Also the hand-off bookmarklet for Firefox, which sends the article to the Worker's page:
// build/handoff.url.txt, whose origin the Worker fills in.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { dataNotes } from './data-notes.mjs'

const root = new URL('../', import.meta.url)
const BANNER = '/*! provenance bookmarklet; includes @mozilla/readability (Apache-2.0) and natural (MIT) */'

/**
 * Encodes code as a javascript: URL. Browsers run `javascript:` URLs by percent-decoding
 * the serialized URL (HTML "evaluate a javascript: URL"); the URL parser keeps everything
 * in such an opaque path except tabs and newlines (dropped), other controls and non-ASCII
 * (encoded as UTF-8 anyway), "#" (starts the fragment: kept, but some bookmark stores cut
 * it) and "?" (starts the query, where spaces, quotes and <> get encoded: a fifth longer).
 * So "%" and those are all that need encoding; encodeURIComponent on everything would make
 * the URL a third longer for nothing.
 */
export function toJavascriptUrl(code) {
  return 'javascript:' + code.replace(/[%#?\x00-\x1f\x7f]|[^\x00-\x7f]+/gu, encodeURIComponent)
}

const options = {
  entryPoints: [new URL('src/bookmarklet/main.ts', root).pathname],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  charset: 'ascii',
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
  plugins: [dataNotes],
}

/** Builds both files and returns their sizes in bytes (URL in characters). */
export async function buildBookmarklet({ quiet = false } = {}) {
  const min = await build({ ...options, minify: true, banner: { js: BANNER } })
  const raw = await build({ ...options, minify: false })
  // `void 0`: a javascript: URL whose script ends in a value would replace the page with it.
  const code = new TextDecoder().decode(min.outputFiles[0].contents).trim() + 'void 0'
  if (/\beval\(|new Function\(|\bimport\(/.test(code)) throw new Error('the bookmarklet must not evaluate strings: a strict CSP blocks that')
  const url = toJavascriptUrl(code)
  mkdirSync(new URL('build/assets/', root), { recursive: true })
  writeFileSync(new URL('build/bookmarklet.js', root), code + '\n')
  writeFileSync(new URL('build/assets/bookmarklet.url.txt', root), url)
  const sizes = {
    raw: raw.outputFiles[0].contents.length,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    url: url.length,
    urlComponentEncoded: ('javascript:' + encodeURIComponent(code)).length,
    parts: breakdown(min.metafile),
  }
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KiB`
    console.log(`bookmarklet: raw ${kb(sizes.raw)}, minified ${kb(sizes.minified)}, gzipped ${kb(sizes.gzipped)}, URL ${sizes.url} characters`)
    console.log('  minified bytes by part: ' + Object.entries(sizes.parts).map(([k, v]) => `${k} ${kb(v)}`).join(', '))
  }
  return sizes
}

/** Stands for the page's origin in build/handoff.url.txt; the Worker replaces it with its own. */
export const ORIGIN_PLACEHOLDER = '{{origin}}'

// The hand-off's budget, far under Firefox's limit for bookmarks (65,536 characters, PlacesUtils DB_URL_LENGTH_MAX)
const HANDOFF_MAX_URL = 8000

/** Builds build/handoff.url.txt and returns its sizes (URL in characters). */
export async function buildHandoff({ quiet = false } = {}) {
  const min = await build({ ...options, entryPoints: [new URL('src/bookmarklet/handoff.ts', root).pathname], minify: true, metafile: false })
  const code = new TextDecoder().decode(min.outputFiles[0].contents).trim() + 'void 0'
  if (!code.includes(`"${ORIGIN_PLACEHOLDER}"`)) throw new Error(`the hand-off bookmarklet lost its ${ORIGIN_PLACEHOLDER} placeholder`)
  const url = toJavascriptUrl(code)
  if (url.length >= HANDOFF_MAX_URL) throw new Error(`the hand-off bookmarklet is ${url.length} characters, over ${HANDOFF_MAX_URL}`)
  mkdirSync(new URL('build/', root), { recursive: true })
  writeFileSync(new URL('build/handoff.url.txt', root), url)
  const sizes = { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, url: url.length }
  if (!quiet) console.log(`hand-off bookmarklet: minified ${sizes.minified} bytes, gzipped ${sizes.gzipped} bytes, URL ${sizes.url} characters (with the origin placeholder)`)
  return sizes
}

/** Minified bytes per part, to see what the URL length is spent on. */
function breakdown(metafile) {
  const parts = {}
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const part = file.includes('@mozilla/readability')
      ? 'readability'
      : file.includes('node_modules/natural')
        ? 'natural'
        : file.includes('src/bookmarklet/')
          ? 'bookmarklet UI'
          : file.endsWith('.json')
            ? 'engine data'
            : 'engine code'
    parts[part] = (parts[part] ?? 0) + bytesInOutput
  }
  return parts
}
