import { toJsonSchema } from '@valibot/to-json-schema'
import { describe, expect, it } from 'vitest'
import app from '../../src/worker'
import { CheckRequest, CheckUrlQuery } from '../../src/worker/check/schemas'
import { operations } from '../../src/worker/openapi/operations'
import { call, post } from './helpers'

// Routes that are pages for people, not API operations
const PAGES = ['/', '/docs']

async function openApi() {
  const res = await call('/openapi.json')
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

describe('GET /healthz', () => {
  it('says ok, uncached', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'ok' })
  })
})

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of every API route the app serves, and of nothing else', async () => {
    const doc = await openApi()
    expect(doc.openapi).toBe('3.1.0')
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && !PAGES.includes(r.path)).map((r) => `${r.method} ${r.path}`))
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`)))
    expect([...documented].sort()).toEqual([...served].sort())
    expect([...documented].sort()).toEqual(['GET /healthz', 'GET /openapi.json', 'GET /v1/check', 'POST /v1/check'])
  })

  it('has an operation for every API route the app registers, and for no other', () => {
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && !PAGES.includes(r.path)).map((r) => `${r.method} ${r.path}`))
    expect(Object.keys(operations).sort()).toEqual([...served].sort())
  })

  it('publishes the very schemas requests are validated with', async () => {
    const doc = await openApi()
    const { $schema, ...request } = toJsonSchema(CheckRequest, { target: 'draft-2020-12' }) as any
    expect(doc.components.schemas.CheckRequest).toEqual(request)
    expect(doc.paths['/v1/check'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CheckRequest' })
    const [param] = doc.paths['/v1/check'].get.parameters
    expect(param).toMatchObject({ name: 'url', in: 'query', required: true })
    expect(Object.keys(CheckUrlQuery.entries)).toEqual(['url'])
    // what the schema rejects, the API rejects
    expect(doc.components.schemas.CheckRequest.properties.format.enum).toEqual(['text', 'markdown', 'html'])
    expect((await post('{"text":"Kim said so.","format":"docx"}', 'application/json')).status).toBe(400)
  })

  it('lists every error status the routes answer with, each with the Error schema', async () => {
    const doc = await openApi()
    expect(Object.keys(doc.paths['/v1/check'].post.responses).sort()).toEqual(['200', '400', '413', '415', '429'])
    expect(Object.keys(doc.paths['/v1/check'].get.responses).sort()).toEqual(['200', '400', '422', '429', '502'])
    for (const op of [doc.paths['/v1/check'].post, doc.paths['/v1/check'].get]) {
      for (const [status, r] of Object.entries(op.responses) as [string, any][]) {
        const ref = r.content['application/json'].schema.$ref
        expect(ref).toBe(status === '200' ? '#/components/schemas/CheckResponse' : '#/components/schemas/Error')
      }
    }
    expect(doc.paths['/v1/check'].get.responses['429'].headers['Retry-After']).toBeDefined()
  })

  it('resolves every $ref', async () => {
    const doc = await openApi()
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g)!.map((r) => r.slice(8, -1))
    for (const ref of new Set(refs)) {
      expect(ref).toMatch(/^#\/components\/schemas\//)
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined()
    }
  })

  it('gives request examples that the API accepts', async () => {
    const doc = await openApi()
    const examples = Object.entries(doc.paths['/v1/check'].post.requestBody.content).filter(([, c]: [string, any]) => c.example)
    expect(examples.length).toBeGreaterThan(0)
    for (const [type, c] of examples as [string, any][]) expect((await post(c.example, type)).status).toBe(200)
  })
})

describe('GET /docs', () => {
  it('is a readable page generated from the document: every operation and schema', async () => {
    const res = await call('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await res.text()
    const doc = await openApi()
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops as object)) expect(page).toContain(`id="${method}-${path.replace(/\W+/g, '-')}"`)
    }
    for (const name of Object.keys(doc.components.schemas)) expect(page).toContain(`id="schema-${name}"`)
    for (const status of ['413', '415', '422', '429', '502']) expect(page).toContain(`<code>${status}</code>`)
  })

  it('marks its inline style with a fresh nonce that its Content-Security-Policy names', async () => {
    const nonces = []
    for (let i = 0; i < 2; i++) {
      const res = await call('/docs')
      const nonce = res.headers.get('content-security-policy')!.match(/style-src 'nonce-([^']+)'/)![1]
      const page = await res.text()
      expect(page).not.toContain('{{nonce}}')
      expect(page.match(/<style\b[^>]*>/g)).toEqual([`<style nonce="${nonce}">`])
      nonces.push(nonce)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })
})

describe('GET /', () => {
  it('serves the page, self-contained: no CDN, inline style and script under a nonce CSP', async () => {
    const res = await call('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = res.headers.get('content-security-policy')!
    const nonce = csp.match(/script-src 'nonce-([^']+)'/)![1]
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'self'")
    const page = await res.text()
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//)
    expect(page).not.toContain('{{nonce}}')
    const tags = page.match(/<(script|style)\b[^>]*>/g)!
    expect(tags.length).toBeGreaterThanOrEqual(3)
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`)
    expect(page).toContain('id="article"')
    for (const label of ['Direct', 'Reported', 'Unattributed']) expect(page).toContain(`<span class="sw ${label.toLowerCase()}">${label}</span>`)
  })

  it('offers the bookmarklet', async () => {
    const page = await (await call('/')).text()
    expect(page).toMatch(/<a class="provenance-bookmarklet" href="javascript:/)
    expect(page).toContain('data-provenance-copy')
  })

  it('offers the hand-off bookmarklet for Firefox, sending to the origin the page was asked for', async () => {
    const page = await (await call('/')).text()
    const attr = page.match(/<a class="provenance-bookmarklet provenance-handoff" href="(javascript:[^"]+)"/)![1]
    const href = attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    expect(href.length).toBeLessThan(8000)
    expect(href).toContain('"https://provenance.test"')
    expect(page).not.toContain('{{origin}}')
    expect(page).toContain('data-provenance-copy="handoff"')
  })

  it('uses a new nonce for every response', async () => {
    const a = (await call('/')).headers.get('content-security-policy')
    const b = (await call('/')).headers.get('content-security-policy')
    expect(a).not.toBe(b)
  })
})
