import { Hono } from 'hono/tiny'
import * as v from 'valibot'
import { checkDocument } from '../../input/document'
import { InputError } from '../../validate'
import type { AppEnv } from '../env'
import { ApiError, ErrorBody } from '../errors'
import { maxBody, rateLimit } from '../limits'
import { describe, type ResponseSpec } from '../openapi/describe'
import { describeIssues, readArticle } from './body'
import { checkPageUrl, fetchPage } from './fetch-page'
import { checkResponse } from './respond'
import { CheckRequest, CheckResponse, CheckUrlQuery } from './schemas'

const error = (description: string, headers?: Record<string, string>): ResponseSpec => ({ description, schema: ErrorBody, headers })
const ok: ResponseSpec = { description: 'The provenance report. Sent with `Cache-Control: no-store`.', schema: CheckResponse }
const limited = error('Too many checks from this client; wait and retry.', { 'Retry-After': 'Seconds to wait.' })

const text = { schema: v.pipe(v.string(), v.description('The article as sent; offsets point into it.')) }
const markdown = { schema: v.pipe(v.string(), v.description('Markdown, reduced to its prose; offsets point into the Markdown as sent.')) }
const htmlBody = { schema: v.pipe(v.string(), v.description('An HTML page; the article text is taken from it (scripts, styles, nav, footer, asides dropped) and returned as `input.text`, which the offsets point into.')) }

/** `/v1/check`: check an article sent in the body, or fetched from a URL. */
export const check = new Hono<AppEnv>()

// Reports (and errors about them) are never cached anywhere
check.use('*', async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
})
check.use('*', rateLimit())

check.post(
  '/',
  describe({
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
  }),
  maxBody(),
  async (c) => {
    const { text, format } = await readArticle(c.req.raw)
    return c.json(checkResponse(checkDocument(text, format)))
  },
)

check.get(
  '/',
  describe({
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
  }),
  async (c) => {
    if (c.req.query('url') === undefined) throw new ApiError(400, 'missing-url', 'give the page to check as ?url=https://…')
    const query = v.safeParse(CheckUrlQuery, c.req.query())
    if (!query.success) throw new ApiError(400, 'invalid-url', describeIssues(query.issues))
    const url = checkPageUrl(query.output.url, c.env.ALLOW_PRIVATE_URLS === 'true')
    const page = await fetchPage(url, { allowPrivate: c.env.ALLOW_PRIVATE_URLS === 'true' })
    try {
      return c.json(checkResponse(checkDocument(page.html, 'html'), { url: url.href, finalUrl: page.url, bytes: page.bytes }))
    } catch (err) {
      // A page that held no readable text is the page's fault, not the request's
      if (err instanceof InputError) throw new ApiError(422, 'no-article-text', `the page at ${page.url} holds no article text`)
      throw err
    }
  },
)
