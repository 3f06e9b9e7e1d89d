import { Hono } from 'hono/tiny'
import * as v from 'valibot'
import { checkDocument } from '../../input/document'
import { InputError } from '../../validate'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { maxBody, rateLimit } from '../limits'
import { describeIssues, readArticle } from './body'
import { checkPageUrl, fetchPage } from './fetch-page'
import { checkResponse } from './respond'
import { CheckUrlQuery } from './schemas'

/** `/v1/check`: check an article sent in the body, or fetched from a URL. */
export const check = new Hono<AppEnv>()

// Reports (and errors about them) are never cached anywhere
check.use('*', async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
})
check.use('*', rateLimit())

check.post('/', maxBody(), async (c) => {
  const { text, format } = await readArticle(c.req.raw)
  return c.json(checkResponse(checkDocument(text, format)))
})

check.get('/', async (c) => {
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
})
