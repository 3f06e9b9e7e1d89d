import { exports } from 'cloudflare:workers'
import { expect, inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    rateLimit: number
    kcna: string
  }
}

/** The example article (test/fixtures/examples/kcna-letter.txt). */
export const kcna = inject('kcna')

let client = 0

/**
 * Sends a request to the Worker. Each call is a new client (its own CF-Connecting-IP) so
 * that tests do not use up each other's rate limit, unless the test names one.
 */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', `2001:db8::${(++client).toString(16)}`)
  return exports.default.fetch(new Request(`https://provenance.test${path}`, { ...init, headers }))
}

/** POSTs a body to /v1/check with a Content-Type. */
export function post(body: BodyInit, type: string, init: RequestInit = {}): Promise<Response> {
  return call('/v1/check', { ...init, method: 'POST', body, headers: { 'content-type': type, ...init.headers } })
}

/** The JSON error body a response carries, after checking that it is one. */
export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as { error: { code: string; message: string } }
  expect(Object.keys(body)).toEqual(['error'])
  expect(typeof body.error.code).toBe('string')
  expect(typeof body.error.message).toBe('string')
  expect(body.error.message).not.toMatch(/\n\s+at /)
  return body.error
}
