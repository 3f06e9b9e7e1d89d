import type { Attribution, Report, Span } from '../types'
import { check } from '../check'
import { readHtml } from './html'
import { readMarkdown } from './markdown'
import type { Extracted } from './types'

/** How the text sent is written. */
export type InputFormat = 'text' | 'markdown' | 'html'

/** A checked document: the report, and what it was checked on. */
export interface CheckedDocument {
  format: InputFormat
  report: Report
  /**
   * The text the report's offsets point into: the text as sent for plain text and
   * Markdown (whose markup the reader blanks in place), the extracted text for HTML.
   */
  text: string
  /** Maps an offset of `text` back to the source as sent (identity but for HTML). */
  toSource(offset: number): number
  title?: string
  directives?: Extracted['directives']
}

/** Reads text, Markdown or HTML and checks its prose. Throws `InputError` for text that cannot be checked. */
export function checkDocument(source: string, format: InputFormat = 'text'): CheckedDocument {
  if (format === 'text') return { format, report: check(source), text: source, toSource: (o) => o }
  const extracted = format === 'markdown' ? readMarkdown(source) : readHtml(source)
  const report = check(extracted.text, { blocks: extracted.blocks, notes: extracted.notes })
  // Markdown keeps its offsets: spans quote the Markdown as sent, not its blanked copy
  const text = format === 'markdown' ? source : extracted.text
  if (format === 'markdown') respan(report, source)
  return { format, report, text, toSource: extracted.toSource, title: extracted.title, directives: extracted.directives }
}

function respan(report: Report, source: string): void {
  const fix = (s: Partial<Span>) => {
    if (s.start !== undefined && s.end !== undefined) s.text = source.slice(s.start, s.end)
  }
  for (const s of report.sentences) {
    fix(s)
    for (const a of s.attributions as Attribution[]) {
      fix(a.cue)
      fix(a.source)
    }
  }
}
