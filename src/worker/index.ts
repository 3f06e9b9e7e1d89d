import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { methodNotAllowed } from 'hono/method-not-allowed'
import * as v from 'valibot'
import { check } from './check'
import { components } from './check/schemas'
import type { AppEnv } from './env'
import { ErrorBody, errorResponse, notFound, onError } from './errors'
import { describe } from './openapi/describe'
import { docsPage } from './openapi/docs-page'
import { openApiDocument } from './openapi/document'
import { nonce, pagePolicy, renderPage } from './page'

const INFO = {
  title: 'Provenance',
  version: '1.0.0',
  description: [
    'Checks where each claim of a news article comes from, according to the text itself: every sentence is labelled `direct` (a named, on-record source), `reported` (vague or anonymous sources, hedges) or `unattributed`, with the spans of its cues and sources.',
    'Any origin may call the API (CORS, without credentials). Errors are JSON `{ "error": { "code", "message" } }`. Checks are rate limited per client; bodies are limited to 1 MiB by default.',
    'Privacy: nothing of an article is logged or stored, and reports are sent with `Cache-Control: no-store`.',
  ].join('\n\n'),
}

const Health = v.pipe(v.object({ status: v.literal('ok') }), v.title('Health'))

const app = new Hono<AppEnv>()

app.use(
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      errorResponse(c, 405, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(', ')}`, { Allow: methods.join(', ') }),
  }),
)
app.use(async (c, next) => {
  await next()
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
})

// The API is public and keyless: any origin may call it, never with credentials
const api = cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], exposeHeaders: ['Retry-After'], maxAge: 86400 })
app.use('/v1/*', api)
app.use('/openapi.json', api)
app.use('/healthz', api)

app.route('/v1/check', check)

app.get('/healthz', describe({ summary: 'Liveness', tags: ['meta'], responses: { 200: { description: 'The Worker is up.', schema: Health } } }), (c) =>
  c.json({ status: 'ok' as const }, 200, { 'Cache-Control': 'no-store' }),
)

app.get('/openapi.json', describe({ summary: 'This document', tags: ['meta'], responses: { 200: { description: 'The OpenAPI 3.1 document, generated from the schemas that validate requests.', type: 'application/json' } } }), (c) =>
  c.json(openApi()),
)

app.get('/docs', (c) => {
  const n = nonce()
  return c.html(docsPage(openApi(), n), 200, { 'Content-Security-Policy': pagePolicy(n) })
})

app.get('/', async (c) => {
  const n = nonce()
  return c.html(await renderPage(n, new URL(c.req.url).origin, c.env.ASSETS), 200, { 'Content-Security-Policy': pagePolicy(n) })
})

app.notFound(notFound)
app.onError(onError)

let document: ReturnType<typeof openApiDocument> | undefined

/** The OpenAPI document, built once per isolate from the routes registered above. */
function openApi() {
  document ??= openApiDocument(app.routes, INFO, { ...components, Health, Error: ErrorBody })
  return document
}

export default app
