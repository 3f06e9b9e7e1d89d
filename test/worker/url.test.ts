import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, errorOf } from './helpers'
import { expectSpansSlice, reportOf, sentenceWith } from './report'

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Putin vows to expand ties | World</title></head>
<body><nav>Home · World · Sport</nav><main><article><h1>Putin vows to expand ties</h1>
<p>Russian President Vladimir Putin has told North Korean leader Kim Jong-un that the two countries will expand relations, Pyongyang state media reported.</p>
<p>North Korean officials have raised the possibility of workers being sent to Ukraine.</p>
</article></main><footer>About us</footer></body></html>`

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>

/** Replaces the Worker's outbound fetch (no network in tests). */
function upstream(handler: Handler) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => handler(String(input instanceof Request ? input.url : input), init))
}

const html = (body: string, headers: Record<string, string> = {}) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } })
const checkUrl = (url: string) => call(`/v1/check?url=${encodeURIComponent(url)}`)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('GET /v1/check?url=', () => {
  it('fetches the page, checks its article text and says which URL and how much text', async () => {
    const fetched = upstream(() => html(PAGE))
    const body = await reportOf(await checkUrl('https://news.example/world/putin'))
    expect(fetched).toHaveBeenCalledOnce()
    const [url, init] = fetched.mock.calls[0]
    expect(url).toBe('https://news.example/world/putin')
    expect(init?.redirect).toBe('manual')
    expect(init?.signal).toBeInstanceOf(AbortSignal)
    const text = body.input.text!
    expect(body.input).toMatchObject({
      format: 'html',
      url: 'https://news.example/world/putin',
      bytes: new TextEncoder().encode(PAGE).length,
      characters: text.length,
      title: 'Putin vows to expand ties | World',
    })
    expect(body.input.finalUrl).toBeUndefined()
    expect(text).not.toContain('Sport')
    expect(text).not.toContain('About us')
    expectSpansSlice(body, text)
    expect(sentenceWith(body, 'Vladimir Putin').label).toBe('direct')
    expect(sentenceWith(body, 'officials have raised').label).toBe('reported')
  })

  it('follows redirects, checking each hop, and reports where it ended', async () => {
    upstream((url) =>
      url === 'http://news.example/a' ? new Response(null, { status: 301, headers: { location: '/b' } }) : html(PAGE),
    )
    const body = await reportOf(await checkUrl('http://news.example/a'))
    expect(body.input.url).toBe('http://news.example/a')
    expect(body.input.finalUrl).toBe('http://news.example/b')
  })

  it('400 for a redirect to a private address', async () => {
    upstream(() => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } }))
    const res = await checkUrl('https://news.example/a')
    expect(res.status).toBe(400)
    expect((await errorOf(res)).code).toBe('invalid-url')
  })

  it('502 after too many redirects', async () => {
    upstream((url) => new Response(null, { status: 302, headers: { location: url + 'x' } }))
    const res = await checkUrl('https://news.example/a')
    expect(res.status).toBe(502)
    expect((await errorOf(res)).message).toMatch(/redirects/)
  })

  it('decodes the charset the page declares in a meta tag', async () => {
    const latin = '<html><head><meta charset="utf-16le"></head><body><p>Kim said the talks went well.</p></body></html>'
    const bytes = new Uint8Array(latin.length * 2)
    for (let i = 0; i < latin.length; i++) bytes[2 * i] = latin.charCodeAt(i)
    upstream(() => new Response(bytes, { headers: { 'content-type': 'text/html' } }))
    const body = await reportOf(await checkUrl('https://news.example/a'))
    expect(body.input.text).toContain('Kim said the talks went well.')
  })

  it.each([
    ['a PDF', () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }), 'not-html'],
    ['JSON', () => new Response('{}', { headers: { 'content-type': 'application/json' } }), 'not-html'],
    ['a page of no stated type', () => new Response('<p>Kim said so.</p>'), 'not-html'],
    ['a page with no article text', () => html('<html><body><nav>Home</nav><script>app()</script></body></html>'), 'no-article-text'],
    ['an empty page', () => html(''), 'no-article-text'],
  ])('422 for %s', async (_, respond, code) => {
    upstream(respond)
    const res = await checkUrl('https://news.example/a')
    expect(res.status).toBe(422)
    expect((await errorOf(res)).code).toBe(code)
  })

  it.each([
    ['a network error', () => Promise.reject(new TypeError('mock: connection refused')), 'fetch-failed'],
    ['a 404', () => new Response('gone', { status: 404 }), 'fetch-failed'],
    ['a 500', () => new Response('oops', { status: 500 }), 'fetch-failed'],
    ['a declared size over 2 MiB', () => html('<p>x</p>', { 'content-length': String(3 * 1024 * 1024) }), 'page-too-large'],
    ['a streamed body over 2 MiB', () => html('<p>' + 'Kim said so. '.repeat(200_000) + '</p>'), 'page-too-large'],
  ])('502 for %s', async (_, respond, code) => {
    upstream(respond as Handler)
    const res = await checkUrl('https://news.example/a')
    expect(res.status).toBe(502)
    expect((await errorOf(res)).code).toBe(code)
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('502 when the page does not arrive in time', async () => {
    upstream((_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))))
    const started = Date.now()
    const res = await checkUrl('https://slow.example/a')
    expect(res.status).toBe(502)
    expect((await errorOf(res)).code).toBe('fetch-timeout')
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900)
  }, 10_000)
})
