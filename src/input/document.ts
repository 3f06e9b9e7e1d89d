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
  if (format === 'markdown') respan(report, source, extracted.text)
  return { format, report, text, toSource: extracted.toSource, title: extracted.title, directives: extracted.directives }
}

const WORD = /[\p{L}\p{N}]/u

// Markup the reader blanked: a character of the source that is a space in the text checked
const blanked = (source: string, prose: string, k: number) => k >= 0 && prose[k] === ' ' && source[k] !== undefined && source[k] !== ' ' && source[k] !== '\n'

function respan(report: Report, source: string, prose: string): void {
  // a span with markup inside takes the markup around it too, so that what it opens it closes: "a [staff report](…)", not
  // "a [staff report"; "**Debra Campbell**, the city manager, said…" for the sentence; never into the sentence before it
  const fix = (s: Partial<Span>, floor = 0) => {
    if (s.start === undefined || s.end === undefined) return
    let inside = false
    for (let k = s.start; k < s.end && !inside; k++) inside = blanked(source, prose, k)
    if (inside) {
      // (only markup set against the span, not one glued to the next word: "rose.**Renters**" leaves "**" to "Renters")
      let k = s.start
      while (k > floor && blanked(source, prose, k - 1)) k--
      if (k === s.start || !WORD.test(source[k - 1] ?? '')) s.start = k
      k = s.end
      while (blanked(source, prose, k)) k++
      if (!WORD.test(source[k] ?? '')) s.end = k
    }
    s.text = source.slice(s.start, s.end)
  }
  let floor = 0
  for (const s of report.sentences) {
    fix(s, floor)
    floor = s.end
    for (const a of s.attributions as Attribution[]) {
      fix(a.cue, s.start)
      fix(a.source, s.start)
    }
  }
}
