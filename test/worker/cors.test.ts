import { describe, expect, it } from 'vitest'
import { call, post } from './helpers'

const ORIGIN = 'https://newsroom.example'

describe('CORS', () => {
  it('answers a preflight for POST /v1/check from any origin', async () => {
    const res = await call('/v1/check', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')!.split(',')).toEqual(expect.arrayContaining(['GET', 'POST']))
    expect(res.headers.get('access-control-allow-headers')!.toLowerCase()).toContain('content-type')
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0)
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('lets any origin read a report, without credentials', async () => {
    const res = await post('Kim said the talks went well.', 'text/plain', { headers: { origin: 'https://another.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('lets any origin read errors too, and the Retry-After header', async () => {
    const res = await post('', 'text/plain', { headers: { origin: ORIGIN } })
    expect(res.status).toBe(400)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After')
  })

  it.each(['/healthz', '/openapi.json', '/v1/check?url=ftp%3A%2F%2Fx'])('lets any origin read %s', async (path) => {
    const res = await call(path, { headers: { origin: ORIGIN } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
