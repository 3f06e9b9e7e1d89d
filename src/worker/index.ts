// hono/tiny routes by one pattern list: six routes need no compiled router, and the Worker must stay under 200 KB gzipped
import { Hono } from 'hono/tiny'
import type { MiddlewareHandler } from 'hono'
import { check } from './check'
import { asset, once } from './assets'
import type { AppEnv } from './env'
import { errorResponse, notFound, onError } from './errors'
import { nonce, pagePolicy, renderPage } from './page'

const app = new Hono<AppEnv>()

// A known path asked with a method it does not serve is a 405 with Allow (every route is one exact path: hono's own
// method-not-allowed middleware would ship a second router for this)
app.use(async (c, next) => {
  await next()
  if (c.res.status !== 404 || c.error) return
  const methods = new Set<string>()
  for (const r of app.routes) if (r.path === c.req.path && r.method !== 'ALL') methods.add(r.method).add(r.method === 'GET' ? 'HEAD' : r.method)
  const allow = [...methods].join(', ')
  if (allow) c.res = errorResponse(c, 405, 'method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`, { Allow: allow })
})
app.use(async (c, next) => {
  await next()
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
})

// The API is public and keyless: any origin may call it, never with credentials (one fixed policy in a few lines: hono's cors
// middleware ships the code of every option it takes in the Worker's 200 KB)
const api: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header('Access-Control-Allow-Origin', '*')
  c.header('Access-Control-Expose-Headers', 'Retry-After')
  if (c.req.method !== 'OPTIONS') return next()
  c.header('Access-Control-Max-Age', '86400')
  c.header('Access-Control-Allow-Methods', 'GET,POST,OPTIONS')
  c.header('Access-Control-Allow-Headers', 'Content-Type')
  c.header('Vary', 'Access-Control-Request-Headers')
  return c.body(null, 204)
}
app.use('/v1/*', api)
app.use('/openapi.json', api)
app.use('/healthz', api)

app.route('/v1/check', check)

app.get('/healthz', (c) => c.json({ status: 'ok' as const }, 200, { 'Cache-Control': 'no-store' }))

app.get('/openapi.json', async (c) => c.body(await openApi(c.env.ASSETS), 200, { 'Content-Type': 'application/json' }))

app.get('/docs', async (c) => {
  const n = nonce()
  return c.html((await docsParts(c.env.ASSETS)).join(n), 200, { 'Content-Security-Policy': pagePolicy(n) })
})

app.get('/', async (c) => {
  const n = nonce()
  return c.html(await renderPage(n, new URL(c.req.url).origin, c.env.ASSETS), 200, { 'Content-Security-Policy': pagePolicy(n) })
})

app.notFound(notFound)
app.onError(onError)

// The OpenAPI document is generated from the routes above and their operations (src/worker/openapi/operations.ts)
// when the Worker is built (npm run build, src/worker/openapi/app-document.ts) and read from the static assets:
// generating it here would ship a JSON Schema converter, the operations' prose and the response schemas in the Worker's 200 KB
const openApi = once((assets: Fetcher) => asset(assets, 'openapi.json'))
// The docs page is rendered from that document at build time too (scripts/openapi.mjs): only its nonce is filled here
const docsParts = once((assets: Fetcher) => asset(assets, 'templates/docs.html').then((page) => page.split('{{nonce}}')))

export default app
