import { ApiError } from '../errors'
import { decode, parseContentType } from './body'

/** Limits of GET /v1/check?url=. */
export const PAGE_LIMITS = { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 }

/** A fetched HTML page. */
export interface Page {
  html: string
  /** Where the last redirect led. */
  url: string
  bytes: number
}

/** Options of `fetchPage`; the defaults are `PAGE_LIMITS` and the global `fetch`. */
export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
  allowPrivate?: boolean
  fetcher?: typeof fetch
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/**
 * True for hosts that name this machine or a private network: localhost, and IP
 * literals in loopback, private, link-local, CGNAT or unique-local ranges.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true
  const v4 = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168)
  }
  if (host.includes(':')) {
    // The URL parser has normalised the address: "::1", "fe80::…", "::ffff:7f00:1"
    return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
  }
  return false
}

/** Checks the `url` asked for: absolute http(s), and public unless `allowPrivate`. */
export function checkPageUrl(raw: string, allowPrivate = false): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ApiError(400, 'invalid-url', '`url` must be an absolute http or https URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError(400, 'invalid-url', `only http and https URLs can be checked, not ${url.protocol}`)
  if (url.username || url.password) throw new ApiError(400, 'invalid-url', 'URLs with credentials cannot be checked')
  if (!allowPrivate && isPrivateHost(url.hostname)) throw new ApiError(400, 'invalid-url', 'only public addresses can be checked')
  return url
}

/**
 * Fetches an HTML page under a time limit and a size cap, following redirects itself so
 * that each hop is checked. 502 when it cannot be had, 422 when it is not HTML.
 */
export async function fetchPage(start: URL, options: FetchOptions = {}): Promise<Page> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...PAGE_LIMITS, ...options }
  const fetcher = options.fetcher ?? fetch
  const signal = AbortSignal.timeout(timeoutMs)
  let url = start
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetcher(url.href, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9', 'user-agent': 'provenance-checker/0.1' },
      })
      const location = res.headers.get('location')
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel()
        if (hop >= maxRedirects) throw new ApiError(502, 'fetch-failed', `more than ${maxRedirects} redirects`)
        url = checkPageUrl(new URL(location, url).href, options.allowPrivate)
        continue
      }
      if (!res.ok) {
        await res.body?.cancel()
        throw new ApiError(502, 'fetch-failed', `the page answered ${res.status}`)
      }
      const { type, charset } = parseContentType(res.headers.get('content-type'))
      if (!HTML_TYPES.has(type)) {
        await res.body?.cancel()
        throw new ApiError(422, 'not-html', `the page is ${type || 'of no stated type'}, not HTML`)
      }
      const declared = Number(res.headers.get('content-length'))
      if (declared > maxBytes) {
        await res.body?.cancel()
        throw tooLarge(maxBytes)
      }
      const bytes = await readCapped(res, maxBytes)
      return { html: decodePage(bytes, charset ?? sniffCharset(bytes)), url: url.href, bytes: bytes.byteLength }
    }
  } catch (err) {
    if (err instanceof ApiError) throw err
    if (signal.aborted) throw new ApiError(502, 'fetch-timeout', `the page did not arrive within ${timeoutMs / 1000} s`)
    throw new ApiError(502, 'fetch-failed', 'the page could not be fetched')
  }
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(502, 'page-too-large', `the page is over the ${maxBytes / 1024 / 1024} MiB limit`)
}

/** Reads a response body, giving up as soon as it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<ArrayBuffer> {
  if (!res.body) return new ArrayBuffer(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out.buffer
}

/** Decodes a page in its charset, or as UTF-8 when the runtime does not know that one. */
function decodePage(bytes: ArrayBuffer, charset?: string): string {
  try {
    return decode(bytes, charset)
  } catch {
    return decode(bytes)
  }
}

/** The charset a page declares in its first kilobyte (`<meta charset>`), if any. */
export function sniffCharset(bytes: ArrayBuffer): string | undefined {
  const head = new TextDecoder().decode(bytes.slice(0, 1024))
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1].toLowerCase()
}
