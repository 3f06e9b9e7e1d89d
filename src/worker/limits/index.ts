import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

// The binding's period in wrangler.toml: a refused client may retry after it
const RETRY_AFTER_SECONDS = '60'

/** The key a client is counted under: its IP as Cloudflare (or wrangler dev) reports it. */
export function clientKey(headers: Headers): string {
  return headers.get('cf-connecting-ip') ?? 'unknown'
}

/** Refuses a client over the `RATE_LIMITER` binding's limit with 429. */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { success } = await c.env.RATE_LIMITER.limit({ key: clientKey(c.req.raw.headers) })
    if (!success) {
      throw new ApiError(429, 'rate-limited', `too many checks from this client; try again in ${RETRY_AFTER_SECONDS} s`, {
        'Retry-After': RETRY_AFTER_SECONDS,
      })
    }
    await next()
  }
}

/** The request body limit from `MAX_BODY_BYTES`, refused with 413 before more than that is read. */
export function maxBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const maxSize = Number(c.env.MAX_BODY_BYTES) || 1024 * 1024
    const tooLarge = () => {
      throw new ApiError(413, 'too-large', `the request body is over the limit of ${maxSize} bytes`)
    }
    const request = c.req.raw
    if (!request.body) return next()
    // a declared length is refused unread; a body sent in chunks is read only up to the limit, then handed on whole
    const length = request.headers.get('content-length')
    if (length !== null && !request.headers.has('transfer-encoding')) return Number(length) > maxSize ? tooLarge() : next()
    const chunks: Uint8Array[] = []
    let size = 0
    const reader = request.body.getReader()
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.length
      if (size > maxSize) {
        await reader.cancel()
        return tooLarge()
      }
      chunks.push(read.value)
    }
    c.req.raw = new Request(request, { body: new Blob(chunks) })
    return next()
  }
}
