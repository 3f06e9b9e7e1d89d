import * as v from 'valibot'
import { expect } from 'vitest'
import { CheckResponse } from '../../src/worker/openapi/schemas'

type Body = v.InferOutput<typeof CheckResponse>

/** Paths of values the schema does not declare: the engine has grown a field the API does not document. */
export function undeclared(schema: v.GenericSchema, value: unknown, path = ''): string[] {
  const s = schema as v.GenericSchema & { wrapped?: v.GenericSchema; item?: v.GenericSchema; entries?: Record<string, v.GenericSchema>; options?: v.GenericSchema[] }
  if (value === null || value === undefined) return []
  if (s.wrapped) return undeclared(s.wrapped, value, path)
  if (s.type === 'array' && s.item && Array.isArray(value)) return value.flatMap((x, i) => undeclared(s.item!, x, `${path}[${i}]`))
  if (s.type === 'object' && s.entries && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, x]) => (s.entries![k] ? undeclared(s.entries![k], x, `${path}.${k}`) : [`${path}.${k}`]))
  }
  return []
}

/** Reads a 200 report, checking it against the published schema (and that it declares every field). */
export async function reportOf(res: Response): Promise<Body> {
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  const body = await res.json()
  const parsed = v.safeParse(CheckResponse, body)
  expect(parsed.issues ?? []).toEqual([])
  expect(undeclared(CheckResponse, body)).toEqual([])
  return body as Body
}

/** Every span of the report slices back out of `text` (UTF-16 offsets). */
export function expectSpansSlice(body: Body, text: string) {
  expect(body.input.characters).toBe(text.length)
  let last = 0
  for (const s of body.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    last = s.end
    for (const a of s.attributions) {
      expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
      if (a.source.start !== undefined) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text)
    }
  }
}

/** The first sentence whose text includes `needle`. */
export function sentenceWith(body: Body, needle: string) {
  const s = body.sentences.find((x) => x.text.includes(needle))
  if (!s) throw new Error(`no sentence includes ${needle}`)
  return s
}
