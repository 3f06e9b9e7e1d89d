import type { Attribution, Flag, Label, Report, SentenceReport, Source } from '../types'
import type { Directive } from '../input/types'
import type { InputFormat } from '../input/document'
import { lastAtMost, lineIndex } from '../input/lines'
import { ruleOf, type RuleId, type Severity } from './rules'

/** A stretch of the file as sent: UTF-16 offsets, 1-based lines and columns (end exclusive). */
export interface Location {
  offset: number
  endOffset: number
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Columns counted in UTF-8 bytes, as reviewdog wants them. */
  byteColumn: number
  endByteColumn: number
}

/** One thing the editor should look at, at its place in the file. */
export interface Finding extends Location {
  rule: RuleId
  severity: Severity
  /** Index of the report sentence the finding is about. */
  sentence: number
  label: Label
  message: string
  /** The sentence as written, whitespace collapsed and shortened. */
  excerpt: string
}

/** Maps a span of the report's text to its place in the file as sent. */
export type Locate = (start: number, end: number) => Location

const EXCERPT_MAX = 80

/** Collapses runs of whitespace (hard wraps included) into one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Shortens `text` to at most `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max = EXCERPT_MAX): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…'
}

/**
 * Builds the locator of a checked document: report offsets → offsets, lines and columns of
 * `source`, the file as sent. Markdown and HTML write some characters as references or
 * escapes (`&rdquo;`, `\.`) that the reader decodes to one character: a span that starts or
 * ends on one takes all of it.
 */
export function locator(format: InputFormat, toSource: (offset: number) => number, source: string): Locate {
  const at = lineIndex(source)
  const marked = format !== 'text'
  const wider = utf8Extra(source)
  // (the bytes before an offset on its line, from the extra bytes of the characters before it: on a 1 MB line each sentence's
  // column was counted from the line's start, quadratic)
  const bytes = (offset: number, column: number) => column + wider(offset) - wider(offset - column + 1)
  return (start, end) => {
    const from = marked ? widenStart(source, toSource(start)) : toSource(start)
    const last = end > start ? toSource(end - 1) : from - 1
    const to = Math.max(from, marked ? endAfter(source, last) : last + 1)
    const a = at(from)
    const b = at(to)
    return {
      offset: from,
      endOffset: to,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      byteColumn: bytes(from, a.column),
      endByteColumn: bytes(to, b.column),
    }
  }
}

/** How many more UTF-8 bytes than UTF-16 units the text before each offset takes, found by a search over its non-ASCII characters. */
function utf8Extra(source: string): (offset: number) => number {
  // (one more byte for a character below U+0800, two for the rest: three bytes for one unit, or four for a surrogate pair's two, a lone
  // surrogate written as U+FFFD)
  const positions = [-1]
  const extra = [0]
  for (let k = 0; k < source.length; k++) {
    const c = source.charCodeAt(k)
    if (c < 128) continue
    positions.push(k)
    extra.push(extra[extra.length - 1] + (c < 0x800 ? 1 : 2))
    if (c >= 0xd800 && c < 0xdc00 && (source.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++
  }
  return (offset) => extra[lastAtMost(positions, offset - 1)]
}

const REFERENCE_END = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});$/

function widenStart(source: string, from: number): number {
  if (source[from] === ';') {
    const match = REFERENCE_END.exec(source.slice(Math.max(0, from - 40), from + 1))
    if (match) return from + 1 - match[0].length
  }
  if (from > 0 && source[from - 1] === '\\' && /[!-/:-@[-`{-~]/.test(source[from] ?? '')) return from - 1
  return from
}

function endAfter(source: string, last: number): number {
  const c = source[last]
  if (c === '&') {
    const semi = source.indexOf(';', last)
    if (semi > last && REFERENCE_END.test(source.slice(last, semi + 1))) return semi + 1
  }
  if (c === '\\' && /[!-/:-@[-`{-~]/.test(source[last + 1] ?? '')) return last + 2
  const code = source.charCodeAt(last)
  // never end between the halves of a surrogate pair
  if (code >= 0xd800 && code <= 0xdbff) return last + 2
  return last + 1
}

/**
 * Which lines the `<!-- provenance-… -->` directives take out of the check: the next line
 * holding text after `ignore-next-line`, and every line from `disable` to the next
 * `enable` (to the end of the file when none follows). Returns a test for a range of lines.
 */
export function suppression(directives: Directive[] | undefined, source: string): (first: number, last: number) => boolean {
  if (!directives?.length) return () => false
  const lines = source.split(/\r\n|\r|\n/)
  const ignored = new Set<number>()
  const ranges: Array<[number, number]> = []
  let open: number | undefined
  for (const d of [...directives].sort((x, y) => x.line - y.line)) {
    if (d.kind === 'ignore-next-line') {
      let next = d.line + 1
      // a blank line between the comment and its paragraph is common in Markdown
      while (next <= lines.length && !/\S/.test(lines[next - 1])) next++
      ignored.add(next)
    } else if (d.kind === 'disable') {
      open ??= d.line
    } else if (open !== undefined) {
      ranges.push([open, d.line])
      open = undefined
    }
  }
  if (open !== undefined) ranges.push([open, Infinity])
  // (the ranges follow one another, none overlapping: only the last to open by a place's last line may hold it, found by a search, so
  // a draft with thousands of them is not read once for each sentence)
  const opens = ranges.map(([from]) => from)
  return (first, last) => {
    for (let l = first; l <= last; l++) if (ignored.has(l)) return true
    const range = ranges[lastAtMost(opens, last)]
    return !!range && range[0] <= last && first <= range[1]
  }
}

/** Names of the sources of some attributions, each once, as written or as resolved. */
function sourceNames(attributions: Attribution[]): string {
  const names = attributions.map((a) => collapse(a.source.resolved ?? a.source.text ?? a.cue.text))
  return [...new Set(names)].join(', ')
}

function hasSpan(source: Source): source is Source & { start: number; end: number } {
  return source.start !== undefined && source.end !== undefined
}

/**
 * Where a finding about some attributions points: the first one the sentence states itself
 * (its source, or its cue when it has no source). Attributions carried over from a
 * neighbouring sentence have their spans there, so then the sentence itself is the place.
 */
function placeOf(s: SentenceReport, attributions: Attribution[]): [number, number] {
  const own = attributions.find((a) => !a.inherited)
  if (!own) return [s.start, s.end]
  return hasSpan(own.source) ? [own.source.start, own.source.end] : [own.cue.start, own.cue.end]
}

interface Pending {
  rule: RuleId
  sentence: SentenceReport
  place: [number, number]
  message: string
}

function claimFindings(s: SentenceReport): Pending[] {
  const out: Pending[] = []
  const all = s.attributions
  if (s.label === 'unattributed') {
    out.push({ rule: 'unattributed-claim', sentence: s, place: [s.start, s.end], message: 'No source: say who says so, or confirm it is established fact.' })
  } else if (s.label === 'reported') {
    const vague = all.filter((a) => a.source.kind === 'vague')
    if (vague.length) {
      out.push({ rule: 'anonymous-source', sentence: s, place: placeOf(s, vague), message: `Only unnamed sources (${sourceNames(vague)}): name them, or say why they cannot be named.` })
    } else {
      const cues = [...new Set(all.map((a) => `“${collapse(a.cue.text)}”`))].join(', ')
      out.push({ rule: 'hedged-claim', sentence: s, place: placeOf(s, all), message: `Only a hedge (${cues}), no source: say who reported it, or confirm it and drop the hedge.` })
    }
  }
  const state = all.filter((a) => a.source.type === 'state-media')
  if (state.length) {
    const countries = [...new Set(state.map((a) => a.source.country).filter(Boolean))]
    const what = sourceNames(state) + (countries.length ? ` of ${countries.join(' and ')}` : '')
    out.push({ rule: 'state-media', sentence: s, place: placeOf(s, state), message: `Rests on state media (${what}): confirm it independently, or make clear it is the state’s account.` })
  }
  return out
}

// The single-source flag is about the file; it points at the first claim that cites the source.
function singleSource(report: Report, flag: Flag): Pending | undefined {
  const top = report.summary.sources[0]
  const first = flag.sentences.map((i) => report.sentences[i]).find(Boolean)
  if (!top || !first) return undefined
  const names = new Set([top.name, ...top.mentions].map((n) => n.toLowerCase()))
  const cites = first.attributions.filter((a) => names.has((a.source.resolved ?? a.source.text ?? '').toLowerCase()) || (a.via ?? '').toLowerCase() === top.name.toLowerCase())
  const place = cites.length ? placeOf(first, cites) : ([first.start, first.end] as [number, number])
  return { rule: 'single-source', sentence: first, place, message: `${collapse(flag.message)}: add independent sources.` }
}

/** How `findingsOf` sees the file: `quote` gives a sentence as the editor should read it. */
export interface FindingContext {
  locate: Locate
  quote: (s: SentenceReport, place: Location) => string
  suppressed?: (first: number, last: number) => boolean
}

/**
 * The findings of a report, in file order: one per claim that is unattributed, rests on
 * unnamed sources only, on sourceless hedges only, or on state media, and one for the
 * single-source flag. `suppressed` tells the lines the directives take out of the check.
 */
export function findingsOf(report: Report, { locate, quote, suppressed = () => false }: FindingContext): Finding[] {
  const drafts = report.sentences.filter((s) => s.claim).flatMap(claimFindings)
  const flag = report.summary.flags.find((f) => f.code === 'single-source')
  const single = flag && singleSource(report, flag)
  if (single) drafts.push(single)
  const findings: Finding[] = []
  for (const d of drafts) {
    const whole = locate(d.sentence.start, d.sentence.end)
    if (suppressed(whole.line, whole.endLine)) continue
    findings.push({
      rule: d.rule,
      severity: ruleOf(d.rule).severity,
      sentence: d.sentence.index,
      label: d.sentence.label,
      message: d.message,
      excerpt: shorten(collapse(quote(d.sentence, whole))),
      ...locate(d.place[0], d.place[1]),
    })
  }
  return findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
}
