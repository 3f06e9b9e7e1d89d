import { readFile, stat } from 'node:fs/promises'
import { checkDocument, type InputFormat } from '../input/document'
import type { Report, SentenceReport } from '../types'
import { InputError, MAX_CHARS } from '../validate'
import { findingsOf, locator, suppression, type Finding, type Location } from './findings'
import type { Target } from './files'
import { judge, withSeverity, type Thresholds, type Verdict } from './thresholds'

/** A file checked: its report, findings and verdict. */
export interface Checked {
  kind: 'checked'
  display: string
  format: InputFormat
  report: Report
  findings: Finding[]
  verdict: Verdict
  /** Where each report sentence is in the file as sent. */
  places: Location[]
  /** Sentences the directives take out of the check. */
  suppressed: Set<number>
  title?: string
  /** The text extracted from HTML, which the report's offsets point into. */
  text?: string
}

/** A file with no prose in it: nothing to check, and no error. */
export interface Empty {
  kind: 'empty'
  display: string
  format: InputFormat
}

/** A file that could not be read or checked. */
export interface Unreadable {
  kind: 'error'
  display: string
  message: string
}

export type FileResult = Checked | Empty | Unreadable

/** A file that cannot be read; the message says why, for an editor. */
export class ReadError extends Error {}

/**
 * Decodes a draft's bytes: UTF-8 (dropping a byte-order mark), or UTF-16 when its byte-order mark says so, as editors on Windows
 * save "Unicode" text (read as UTF-8 it holds NUL bytes, and would be refused as binary).
 */
export function decodeBytes(bytes: Uint8Array): string {
  const bom = bytes.length >= 2 ? (bytes[0] << 8) | bytes[1] : 0
  return new TextDecoder(bom === 0xfffe ? 'utf-16le' : bom === 0xfeff ? 'utf-16be' : 'utf-8').decode(bytes)
}

// Bytes beyond which a file cannot hold a text the engine accepts (4 bytes a UTF-16 unit at most)
const MAX_BYTES = MAX_CHARS * 4

/** Reads a file as UTF-8 or, by its byte-order mark, UTF-16 (see decodeBytes). Throws `ReadError`. */
export async function readSource(path: string): Promise<string> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new ReadError('is a folder, not a file: name its drafts, or a glob such as "folder/**/*.md"')
    if (info.size > MAX_BYTES) throw new ReadError(`is too large to be an article (${info.size} bytes)`)
    return decodeBytes(await readFile(path))
  } catch (error) {
    if (error instanceof ReadError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ReadError('no such file')
    if (code === 'EACCES' || code === 'EPERM') throw new ReadError('permission denied')
    if (code === 'EISDIR') throw new ReadError('is a folder, not a file')
    throw new ReadError(`cannot be read (${code ?? (error as Error).message})`)
  }
}

/** Reads standard input to its end, decoded as a file is. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return decodeBytes(Buffer.concat(chunks))
}

/** Checks one input's text: report, findings at their places, and the verdict on the thresholds. */
export function checkSource(source: string, target: Target, thresholds: Thresholds): FileResult {
  const { display, format } = target
  let doc
  try {
    doc = checkDocument(source, format)
  } catch (error) {
    if (error instanceof InputError && error.code === 'empty') return { kind: 'empty', display, format }
    if (error instanceof InputError) return { kind: 'error', display, message: `cannot be checked: ${error.message}` }
    return { kind: 'error', display, message: `cannot be checked: internal error (${(error as Error).message})` }
  }
  const { report } = doc
  const locate = locator(format, doc.toSource, source)
  const places = report.sentences.map((s) => locate(s.start, s.end))
  const isSuppressed = suppression(doc.directives, source)
  const suppressed = new Set(report.sentences.filter((_, i) => isSuppressed(places[i].line, places[i].endLine)).map((s) => s.index))
  const claims = report.sentences.filter((s) => s.claim && !suppressed.has(s.index)).length
  // HTML is quoted as extracted (no tags or entities); Markdown and text as written in the file
  const quote = format === 'html' ? (s: SentenceReport) => s.text : (_: SentenceReport, p: Location) => source.slice(p.offset, p.endOffset)
  const raw = findingsOf(report, { locate, quote, suppressed: isSuppressed })
  const verdict = judge(raw, claims, thresholds)
  const result: Checked = { kind: 'checked', display, format, report, findings: withSeverity(raw, verdict), verdict, places, suppressed }
  if (doc.title) result.title = doc.title
  if (format === 'html') result.text = doc.text
  return result
}
