import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { InputError } from '../../validate'

/** An error the API answers with its own status and code. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The JSON error response (its schema, for the document only: `ErrorBody` in ../openapi/schemas.ts). */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) {
  return c.json({ error: { code, message } }, status, headers)
}

const inputStatus = { 'not-text': 400, empty: 400, binary: 400, 'too-large': 413 } as const

/** Maps the engine's `InputError` to an API error. */
export function fromInputError(err: InputError): ApiError {
  return new ApiError(inputStatus[err.code] ?? 400, err.code, err.message)
}

/** The app's error handler: known errors keep their status, anything else is a bare 500. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message, err.headers)
  if (err instanceof InputError) {
    const api = fromInputError(err)
    return errorResponse(c, api.status, api.code, api.message)
  }
  if (err instanceof HTTPException) return errorResponse(c, err.status as ContentfulStatusCode, 'http-error', err.message || 'request failed')
  // Only the error's kind and frames: its message could quote the article
  console.error('unhandled error', err.name, err.stack?.split('\n').slice(1, 6).join('\n'))
  return errorResponse(c, 500, 'internal', 'the server failed to handle this request')
}

/** Unknown routes. */
export const notFound: NotFoundHandler = (c) => errorResponse(c, 404, 'not-found', `no route for ${c.req.method} ${c.req.path}`)
