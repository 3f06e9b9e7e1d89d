import * as v from 'valibot'
import { CheckRequest, CheckUrlQuery } from '../check/schemas'
import type { Operation, ResponseSpec } from './document'
import { CheckResponse, ErrorBody, Health } from './schemas'

// What /openapi.json says of each route, apart from the routes (../index.ts, ../check): read only by the build,
// so that none of this prose and none of the response schemas ship in the Worker's 200 KB

const error = (description: string, headers?: Record<string, string>): ResponseSpec => ({ description, schema: ErrorBody, headers })
const ok: ResponseSpec = { description: 'The provenance report. Sent with `Cache-Control: no-store`.', schema: CheckResponse }
const limited = error('Too many checks from this client; wait and retry.', { 'Retry-After': 'Seconds to wait.' })

const text = { schema: v.pipe(v.string(), v.description('The article as sent; offsets point into it.')) }
const markdown = { schema: v.pipe(v.string(), v.description('Markdown, reduced to its prose; offsets point into the Markdown as sent.')) }
const htmlBody = { schema: v.pipe(v.string(), v.description('An HTML page; the article text is taken from it (scripts, styles, nav, footer, asides dropped) and returned as `input.text`, which the offsets point into.')) }

/** The operation of each API route, keyed by method and path as `app.routes` lists them (pages for people have none). */
export const operations: Record<string, Operation> = {
  'POST /v1/check': {
    summary: 'Check an article',
    description:
      'The body is the article; its Content-Type says how it is written. A charset other than UTF-8 may be named in the Content-Type. Bodies over the limit (1 MiB by default) are refused.',
    tags: ['check'],
    body: {
      'text/plain': { ...text, example: 'Kim said the talks went well, KCNA reported.' },
      'text/markdown': markdown,
      'text/html': htmlBody,
      'application/json': { schema: CheckRequest, example: '{"text":"Officials said the bridge would reopen.","format":"text"}' },
    },
    responses: {
      200: ok,
      400: error('Empty or blank text, binary data, invalid JSON, or a JSON body that does not match `CheckRequest`.'),
      413: error('The body is over the size limit.'),
      415: error('The Content-Type (or its charset) is not one of those listed.'),
      429: limited,
    },
  },
  'GET /v1/check': {
    summary: 'Fetch an article page and check it',
    description:
      'Fetches the page at `url` (http or https; at most 5 redirects, 5 s and 2 MiB; HTML only), takes the article text from it and checks it. The report says which URL was checked and returns the extracted text the offsets point into.',
    tags: ['check'],
    query: CheckUrlQuery,
    responses: {
      200: ok,
      400: error('`url` is missing, not an absolute http(s) URL, or names a private address.'),
      422: error('The page is not HTML, or holds no article text.'),
      429: limited,
      502: error('The page could not be fetched: network error, timeout, an error status, too many redirects, or over 2 MiB.'),
    },
  },
  'GET /healthz': { summary: 'Liveness', tags: ['meta'], responses: { 200: { description: 'The Worker is up.', schema: Health } } },
  'GET /openapi.json': {
    summary: 'This document',
    tags: ['meta'],
    responses: { 200: { description: 'The OpenAPI 3.1 document, generated from the schemas that validate requests.', type: 'application/json' } },
  },
}
