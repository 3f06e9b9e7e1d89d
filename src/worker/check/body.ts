import * as v from 'valibot'
import type { InputFormat } from '../../input/document'
import { ApiError } from '../errors'
import { CheckRequest } from './schemas'

/** A request body's article and how it is written. */
export interface Article {
  text: string
  format: InputFormat
}

/** Media types POST /v1/check reads, and the format each one means. */
export const BODY_FORMATS: Record<string, InputFormat | 'json'> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
}

/** Splits a Content-Type header into its lower-cased media type and charset. */
export function parseContentType(header: string | null): { type: string; charset?: string } {
  if (!header) return { type: '' }
  const [type, ...params] = header.split(';')
  const charset = params.map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1]).find(Boolean)
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() }
}

/** Decodes bytes in a named charset (UTF-8 when none); 415 for a charset the runtime cannot decode. */
export function decode(bytes: ArrayBuffer, charset = 'utf-8'): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset)
  } catch {
    throw new ApiError(415, 'unsupported-charset', `cannot decode charset "${charset}"; send UTF-8`)
  }
  return decoder.decode(bytes)
}

/** Reads the article from a POST body by its Content-Type; 400 for bad JSON, 415 for other types. */
export async function readArticle(req: Request): Promise<Article> {
  const { type, charset } = parseContentType(req.headers.get('content-type'))
  const format = BODY_FORMATS[type]
  if (!format) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      `${type ? `Content-Type ${type} is not supported` : 'Content-Type is missing'}; send text/plain, text/markdown, text/html or application/json`,
    )
  }
  const text = decode(await req.arrayBuffer(), charset)
  return format === 'json' ? parseJsonArticle(text) : { text, format }
}

/** Parses and validates a JSON body against `CheckRequest`. */
export function parseJsonArticle(body: string): Article {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    throw new ApiError(400, 'invalid-json', 'the body is not valid JSON')
  }
  const result = v.safeParse(CheckRequest, data)
  if (!result.success) throw new ApiError(400, 'invalid-request', describeIssues(result.issues))
  return result.output
}

/** One line naming each invalid field. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((i) => `${v.getDotPath(i) ?? 'body'}: ${i.message}`).join('; ')
}
