import { Hono } from 'hono'
import { describe, expect, it, vi } from 'vitest'
import { onError } from '../../src/worker/errors'
import { call, errorOf, post } from './helpers'

describe('errors are JSON with the right status', () => {
  it.each([
    ['empty text', '', 'text/plain', 'empty'],
    ['blank text', ' \n\t \n', 'text/plain', 'empty'],
    ['blank Markdown', '\n\n', 'text/markdown', 'empty'],
    ['HTML without text', '<html><body><script>x()</script></body></html>', 'text/html', 'empty'],
    ['binary data', 'PK\u0003\u0004\u0000\u0000\u0008\u0000', 'text/plain', 'binary'],
    ['invalid JSON', '{"text": "Kim said', 'application/json', 'invalid-json'],
    ['JSON without text', '{"format":"text"}', 'application/json', 'invalid-request'],
    ['JSON text not a string', '{"text":42}', 'application/json', 'invalid-request'],
    ['JSON with an unknown format', '{"text":"Kim said so.","format":"pdf"}', 'application/json', 'invalid-request'],
    ['JSON that is not an object', '["Kim said so."]', 'application/json', 'invalid-request'],
    ['empty JSON text', '{"text":""}', 'application/json', 'empty'],
  ])('400 for %s', async (_, body, type, code) => {
    const res = await post(body, type)
    expect(res.status).toBe(400)
    expect((await errorOf(res)).code).toBe(code)
  })

  it('400 names the invalid field of a JSON body', async () => {
    const error = await errorOf(await post('{"text":"Kim said so.","format":"pdf"}', 'application/json'))
    expect(error.message).toMatch(/^format: /)
  })

  it.each([
    ['no url', '/v1/check', 'missing-url'],
    ['an empty url', '/v1/check?url=', 'invalid-url'],
    ['a relative url', '/v1/check?url=/news/1', 'invalid-url'],
    ['an ftp url', '/v1/check?url=ftp%3A%2F%2Fexample.com%2Fa', 'invalid-url'],
    ['a javascript: url', '/v1/check?url=javascript%3Aalert(1)', 'invalid-url'],
    ['a file: url', '/v1/check?url=file%3A%2F%2F%2Fetc%2Fpasswd', 'invalid-url'],
    ['localhost', '/v1/check?url=http%3A%2F%2Flocalhost%3A8787%2F', 'invalid-url'],
    ['a private address', '/v1/check?url=http%3A%2F%2F10.0.0.1%2F', 'invalid-url'],
    ['credentials in the url', '/v1/check?url=https%3A%2F%2Fuser%3Apw%40example.com%2F', 'invalid-url'],
  ])('400 for %s', async (_, path, code) => {
    const res = await call(path)
    expect(res.status).toBe(400)
    expect((await errorOf(res)).code).toBe(code)
  })

  it.each(['/nope', '/v1', '/v1/check/extra', '/v2/check', '/index.html', '/openapi.yaml'])('404 for %s, as JSON', async (path) => {
    const res = await call(path)
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('not-found')
  })

  it('404 for an unknown route with any method', async () => {
    const res = await call('/nope', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('not-found')
  })

  it.each([
    ['PUT', '/v1/check', 'GET, HEAD, POST'],
    ['DELETE', '/v1/check', 'GET, HEAD, POST'],
    ['PATCH', '/v1/check', 'GET, HEAD, POST'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['POST', '/openapi.json', 'GET, HEAD'],
    ['POST', '/', 'GET, HEAD'],
    ['DELETE', '/docs', 'GET, HEAD'],
  ])('405 for %s %s, with Allow', async (method, path, allow) => {
    const res = await call(path, { method, body: method === 'DELETE' ? undefined : 'x' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')!.split(', ').sort().join(', ')).toBe(allow)
    expect((await errorOf(res)).code).toBe('method-not-allowed')
  })

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'unsupported-media-type'],
    ['a PDF', 'application/pdf', 'unsupported-media-type'],
    ['multipart', 'multipart/form-data; boundary=x', 'unsupported-media-type'],
    ['an unknown charset', 'text/plain; charset=x-klingon', 'unsupported-charset'],
  ])('415 for %s', async (_, type, code) => {
    const res = await post('Kim said so.', type)
    expect(res.status).toBe(415)
    expect((await errorOf(res)).code).toBe(code)
  })

  it('415 when the Content-Type is missing', async () => {
    const res = await call('/v1/check', { method: 'POST', body: new TextEncoder().encode('Kim said so.') })
    expect(res.status).toBe(415)
    expect((await errorOf(res)).message).toMatch(/missing/)
  })

  it('500 for anything unexpected: a bare JSON error, and nothing of the input logged', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = new Hono().onError(onError)
    app.get('/', () => {
      throw new TypeError('cannot read "Putin secretly told Kim"')
    })
    const res = await app.request('/')
    expect(res.status).toBe(500)
    const error = await errorOf(res)
    expect(error).toEqual({ code: 'internal', message: 'the server failed to handle this request' })
    expect(JSON.stringify(log.mock.calls)).not.toContain('Putin')
    log.mockRestore()
  })
})

describe('privacy', () => {
  it('logs nothing of an article it checks, and sends reports with no-store', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))
    const article = 'Zanzibar-Quixote officials said the secret dam would burst. Kim said "xylophone" twice.'
    for (const [body, type] of [
      [article, 'text/plain'],
      [`<p>${article}</p>`, 'text/html'],
      ['', 'text/plain'],
      ['{"text": 1}', 'application/json'],
    ]) {
      const res = await post(body, type)
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
    const logged = JSON.stringify(spies.flatMap((s) => s.mock.calls))
    for (const word of ['Zanzibar', 'xylophone', 'dam']) expect(logged).not.toContain(word)
    for (const s of spies) s.mockRestore()
  })
})
