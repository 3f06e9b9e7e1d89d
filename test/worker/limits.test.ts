import { env } from 'cloudflare:workers'
import { describe, expect, inject, it } from 'vitest'
import app from '../../src/worker'
import { call, errorOf, post } from './helpers'

const LIMIT = Number(env.MAX_BODY_BYTES)

describe('the body limit (MAX_BODY_BYTES in wrangler.toml)', () => {
  it('is 1 MiB by default', () => {
    expect(LIMIT).toBe(1024 * 1024)
  })

  it('413 for a body one byte over, from its Content-Length', async () => {
    const res = await post('a'.repeat(LIMIT + 1), 'text/plain')
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('too-large')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('413 for a streamed body with no Content-Length that grows past the limit', async () => {
    const chunk = new TextEncoder().encode('Kim said the talks went well. '.repeat(1000))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMIT + chunk.length) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    // Straight to the app: a stream piped into another worker errors when it is left unread
    const request = new Request('https://provenance.test/v1/check', { method: 'POST', body, headers: { 'content-type': 'text/plain' } })
    expect(request.headers.get('content-length')).toBeNull()
    const res = await app.fetch(request, env)
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('too-large')
  })

  it('checks a streamed body with no Content-Length that stays under the limit', async () => {
    const parts = ['Kim said the talks ', 'went well. ', 'Officials said a deal was near.']
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const part = parts.shift()
        if (part === undefined) return controller.close()
        controller.enqueue(new TextEncoder().encode(part))
      },
    })
    const request = new Request('https://provenance.test/v1/check', { method: 'POST', body, headers: { 'content-type': 'text/plain' } })
    const res = await app.fetch(request, env)
    expect(res.status).toBe(200)
    const report = (await res.json()) as { sentences: { text: string; label: string }[] }
    expect(report.sentences.map((s) => [s.text, s.label])).toEqual([
      ['Kim said the talks went well.', 'direct'],
      ['Officials said a deal was near.', 'reported'],
    ])
  })

  it('413 for JSON over the limit too', async () => {
    const res = await post(JSON.stringify({ text: 'a'.repeat(LIMIT) }), 'application/json')
    expect(res.status).toBe(413)
  })
})

describe('the rate limiter (RATE_LIMITER binding)', () => {
  const limit = inject('rateLimit')

  it(`lets a client make ${limit} checks a minute, then answers 429 with Retry-After`, { timeout: 40_000 }, async () => {
    // The local limiter counts in fixed minutes: start well inside one
    const left = 60_000 - (Date.now() % 60_000)
    if (left < 15_000) await new Promise((r) => setTimeout(r, left + 100))
    const client = { 'cf-connecting-ip': '203.0.113.7' }
    const statuses: number[] = []
    for (let i = 0; i < limit; i++) statuses.push((await post('Kim said so.', 'text/plain', { headers: client })).status)
    expect(statuses.every((s) => s === 200)).toBe(true)

    const refused = await post('Kim said so.', 'text/plain', { headers: { ...client, origin: 'https://newsroom.example' } })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('60')
    expect(refused.headers.get('access-control-allow-origin')).toBe('*')
    expect((await errorOf(refused)).code).toBe('rate-limited')

    // URL checks share the limit; other clients and other routes are not limited
    expect((await call('/v1/check?url=https%3A%2F%2Fexample.com%2F', { headers: client })).status).toBe(429)
    expect((await post('Kim said so.', 'text/plain', { headers: { 'cf-connecting-ip': '203.0.113.8' } })).status).toBe(200)
    expect((await call('/healthz', { headers: client })).status).toBe(200)
  })
})
