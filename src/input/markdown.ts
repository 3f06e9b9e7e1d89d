import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Block } from '../types'
import { BLOCK_ELEMENTS, BLOCK_KINDS, endTagAt, rowKind } from './elements'
import { decodeReference } from './entities'
import { lineIndex } from './lines'
import type { Directive, Extracted } from './types'

type Kind = Block['kind']

// The part of an mdast node this reader uses; mdast's own types are not a dependency.
interface MdNode {
  type: string
  position?: { start: { offset?: number }; end: { offset?: number } }
  children?: MdNode[]
  value?: string
  label?: string
}

interface Visit {
  node: MdNode
  kind: Kind
  /** Block-quote depth: how many `>` markers may open each continuation line. */
  quote: number
  inline: boolean
}

const MATTER = ['yaml', 'toml'] as const

// Nodes holding no prose: their whole range stays blank.
const SKIP = new Set([
  'code',
  'inlineCode',
  'definition',
  'image',
  'imageReference',
  'thematicBreak',
  'break',
])

const DIRECTIVE = /^<!--\s*provenance-(ignore-next-line|disable|enable)(?=[\s:]|-->)/

// Raw HTML elements whose content is never prose.
const HTML_HIDDEN = new Set(['script', 'style', 'textarea', 'template', 'svg', 'math'])

// One tag as CommonMark defines raw HTML, tried at a '<' (sticky).
const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\u00a0'
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
}

/**
 * Reads Markdown (CommonMark with GFM tables, strikethrough, footnotes and task lists, and
 * YAML or TOML front matter; a bare web address stays text). The returned `text` has exactly the length of
 * `source`: everything that is not prose is replaced by spaces, line endings are kept, so every
 * offset into `text` is the same offset into `source` (`toSource` is the identity). Character
 * references and backslash escapes are decoded in place and padded with spaces.
 */
export function readMarkdown(source: string): Extracted {
  return readChunked(source, CHUNK)
}

/** `readMarkdown` with a chosen chunk size; exported for tests, not from the package. */
export function readChunked(source: string, chunkSize: number): Extracted {
  const src = typeof source === 'string' ? source : String(source ?? '')
  const n = src.length
  const out: string[] = new Array(n)
  for (let i = 0; i < n; i++) out[i] = isNewline(src.charCodeAt(i)) ? src[i] : ' '

  const blocks: Block[] = []
  const directives: Directive[] = []
  // footnotes by label: where each is cited, and the first definition's range
  const cited: Array<{ at: number; label: string }> = []
  const noteText = new Map<string, [number, number]>()
  let title: string | undefined

  const pushBlock = (start: number, end: number, kind: Kind) => {
    while (start < end && isSpace(out[start])) start++
    while (end > start && isSpace(out[end - 1])) end--
    if (start < end) blocks.push({ start, end, kind })
  }

  // Writes a decoded reference or escape over the characters it spans; the character goes to
  // the side touching its word, so `&ldquo;Yes` reads as `      “Yes` and `no&rdquo;` as `no”`.
  const place = (at: number, length: number, value: string) => {
    const right = at === 0 || isSpace(out[at - 1])
    const from = right ? at + length - value.length : at
    for (let k = 0; k < value.length; k++) out[from + k] = value[k]
  }

  // Copies prose from the source, blanking the block-quote markers that open continuation lines.
  const copy = (start: number, end: number, quote: number, markdown: boolean) => {
    let lineStart = start === 0 || isNewline(src.charCodeAt(start - 1))
    let i = start
    while (i < end) {
      if (lineStart && quote > 0) {
        for (let q = 0; q < quote && i < end; q++) {
          while (i < end && (src[i] === ' ' || src[i] === '\t')) i++
          if (src[i] !== '>') break
          i++
        }
        lineStart = false
        continue
      }
      const c = src.charCodeAt(i)
      if (isNewline(c)) {
        lineStart = c === 10 || src.charCodeAt(i + 1) !== 10
        i++
        continue
      }
      if (markdown && c === 92 && i + 1 < end && isAsciiPunctuation(src.charCodeAt(i + 1))) {
        place(i, 2, src[i + 1])
        i += 2
        continue
      }
      if (c === 38) {
        const ref = decodeReference(src, i, end, markdown)
        if (ref) {
          place(i, ref.length, ref.value === '\u00a0' ? ' ' : ref.value)
          i += ref.length
          continue
        }
      }
      out[i] = src[i]
      i++
    }
  }

  const directive = (start: number, end: number) => {
    const match = DIRECTIVE.exec(src.slice(start, Math.min(end, start + 64)))
    if (match) {
      directives.push({ kind: match[1] as Directive['kind'], offset: start, line: 0 })
    }
  }

  // A block of raw HTML: tags and comments stay blank, text between them is prose, split into
  // blocks at block-level tags and blank lines.
  const htmlBlock = (start: number, end: number, quote: number, container: Kind) => {
    const kinds: Kind[] = [container]
    let segment = start
    const flush = (to: number) => {
      const kind = kinds[kinds.length - 1]
      let from = segment
      // A line left blank ends the run.
      for (let i = segment; i < to; i++) {
        if (src.charCodeAt(i) !== 10) continue
        let j = i + 1
        while (j < to && (out[j] === ' ' || out[j] === '\t' || out[j] === '\r')) j++
        if (j < to && out[j] === '\n') {
          pushBlock(from, i, kind)
          from = j
          i = j - 1
        }
      }
      pushBlock(from, to, kind)
    }
    let i = start
    let text = start
    while (i < end) {
      const lt = src.indexOf('<', i)
      if (lt < 0 || lt >= end) break
      let close = -1
      let name = ''
      let closing = false
      if (src.startsWith('<!--', lt)) {
        const stop = src.indexOf('-->', lt + 4)
        close = stop < 0 || stop + 3 > end ? end : stop + 3
        directive(lt, close)
      } else if (src.startsWith('<![CDATA[', lt)) {
        const stop = src.indexOf(']]>', lt)
        close = stop < 0 || stop + 3 > end ? end : stop + 3
      } else if (src.startsWith('<?', lt)) {
        const stop = src.indexOf('?>', lt)
        close = stop < 0 || stop + 2 > end ? end : stop + 2
      } else if (src.startsWith('<!', lt) && /[A-Za-z]/.test(src[lt + 2] ?? '')) {
        const stop = src.indexOf('>', lt)
        close = stop < 0 || stop + 1 > end ? end : stop + 1
      } else {
        TAG.lastIndex = lt
        const match = TAG.exec(src)
        if (match && match.index + match[0].length <= end) {
          close = lt + match[0].length
          closing = match[1] === '/'
          name = match[2].toLowerCase()
        }
      }
      if (close < 0) {
        i = lt + 1
        continue
      }
      copy(text, lt, quote, false)
      if (BLOCK_ELEMENTS.has(name)) {
        flush(lt)
        segment = close
        const kind = name === 'tr' ? rowKind(kinds[kinds.length - 1] === 'heading', []) : BLOCK_KINDS[name]
        if (kind && !closing) kinds.push(kind)
        else if (kind && kinds.length > 1) kinds.pop()
      }
      i = text = close
      if (name && !closing && HTML_HIDDEN.has(name)) {
        const at = endTagAt(src, name, close)
        i = text = at >= 0 && at < end ? at : end
      }
    }
    copy(text, end, quote, false)
    flush(end)
  }

  // Walks one parsed chunk; only nodes in its own text, [skip, skip + limit), are read.
  const walk = ({ tree, base, skip, limit }: Chunk) => {
    // Iterative: a deep nest of quotes or lists must not exhaust the call stack.
    const tasks: Array<Visit | Block> = [{ node: tree, kind: 'paragraph', quote: 0, inline: false }]
    while (tasks.length) {
      const task = tasks.pop()!
      if (!('node' in task)) {
        pushBlock(task.start, task.end, task.kind)
        continue
      }
      const { node } = task
      const local = (node.position?.start.offset ?? skip) - skip
      if ((local < 0 || local >= limit) && node.type !== 'root') continue
      const start = base + Math.max(0, local)
      const end = base + Math.min(limit, (node.position?.end.offset ?? skip) - skip)
      let { kind, quote, inline } = task
      switch (node.type) {
        case 'text':
          copy(start, end, quote, true)
          continue
        case 'html':
          if (inline) directive(start, end)
          else htmlBlock(start, end, quote, kind)
          continue
        case 'yaml':
        case 'toml':
          title ??= matterTitle(node.type, node.value ?? '')
          continue
        case 'link':
          if (isAutolink(src, node, start)) continue
          break
        case 'heading':
          tasks.push({ start, end, kind: 'heading' })
          inline = true
          break
        case 'paragraph': {
          // a run-in head in bold, a word or three and a stop, heads the paragraph: "**Mutation.** Each new infection…" (not a
          // bold label with a colon, "**A:** Yes.", which the turn reader wants whole)
          const lead = node.children?.[0]
          const leadEnd = lead?.type === 'strong' ? base + Math.min(limit, (lead.position?.end.offset ?? skip) - skip) : -1
          const head = leadEnd > start && leadEnd < end ? src.slice(start, leadEnd).replace(/[*_]/g, '').trim() : ''
          if (/^\S+(?: \S+){0,2}\.$/.test(head) && /\S/.test(src.slice(leadEnd, end))) {
            tasks.push({ start: leadEnd, end, kind })
            tasks.push({ start, end: leadEnd, kind: 'heading' })
          } else tasks.push({ start, end, kind })
          inline = true
          break
        }
        case 'table': {
          // a table's rows are its units: the header row heads it, each other row is data, one claim a row (its cells are blanked
          // pipes apart, so their words never glue)
          const rows = node.children ?? []
          for (let k = rows.length - 1; k >= 0; k--) tasks.push({ node: rows[k], kind: k === 0 ? 'heading' : 'table-row', quote, inline })
          continue
        }
        case 'tableRow':
          tasks.push({ start, end, kind })
          inline = true
          break
        case 'listItem':
          kind = linkOnly(node) ? 'list-item' : 'list-text'
          break
        case 'blockquote':
          kind = 'blockquote'
          quote++
          break
        case 'footnoteReference':
          if (node.label) cited.push({ at: start, label: normalizeLabel(node.label) })
          continue
        case 'footnoteDefinition':
          if (node.label && !noteText.has(normalizeLabel(node.label))) noteText.set(normalizeLabel(node.label), [start, end])
          kind = 'paragraph'
          break
        default:
          if (SKIP.has(node.type)) continue
      }
      const children = node.children ?? []
      for (let k = children.length - 1; k >= 0; k--) {
        tasks.push({ node: children[k], kind, quote, inline })
      }
    }
  }

  for (const chunk of parseChunks(src, chunkSize)) walk(chunk)

  if (directives.length) {
    const locate = lineIndex(src)
    for (const d of directives) d.line = locate(d.offset).line
  }

  const result: Extracted = {
    text: out.join(''),
    blocks,
    toSource: (offset) => Math.max(0, Math.min(n, Math.floor(offset) || 0)),
    directives,
  }
  const notes = cited.flatMap(({ at, label }) => {
    const range = noteText.get(label)
    return range ? [{ at, start: range[0], end: range[1] }] : []
  })
  if (notes.length) result.notes = notes
  if (title) result.title = title
  return result
}

// `<https://…>` and GFM's bare `www.…` / `https://…` / email links: the URL is not prose.
function isAutolink(src: string, node: MdNode, start: number): boolean {
  if (src[start] === '<') return true
  const only = node.children?.length === 1 ? node.children[0] : undefined
  return only?.type === 'text' && only.position?.start.offset === node.position?.start.offset
}

function matterTitle(type: string, value: string): string | undefined {
  const match = type === 'yaml' ? /^title:[ \t]*(.*)$/m.exec(value) : /^title[ \t]*=[ \t]*(.*)$/m.exec(value)
  if (!match) return undefined
  let title = match[1].trim()
  const quoted = /^(["'])(.*)\1$/.exec(title)
  if (quoted) title = quoted[2]
  else if (/^[|>]/.test(title)) return undefined
  else title = title.replace(/\s+#.*$/, '')
  return title || undefined
}

// micromark 4 takes time quadratic in the number of block quotes and list items in one
// parse (it re-splices its whole event list when a container closes), so a long document
// is parsed in chunks of about this many characters, cut only where a top-level block starts.
const CHUNK = 1000

interface Chunk {
  tree: MdNode
  /** Source offset of the chunk's first character. */
  base: number
  /** Characters of stand-in definitions parsed before the chunk's own text. */
  skip: number
  /** Length of the chunk's own text; stand-in definitions may also follow it. */
  limit: number
  /** The stand-in definitions it was parsed with. */
  stand: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const BULLET = /^[-*+][ \t]+[^\s|][^|]*$/
/** a list item with words after its markers, indented by any number of spaces: "  - a", "    1) 1) b" (the indent, the first marker and the spaces after it) */
const SIMPLE_ITEM = /^( +)([-*+]|\d{1,9}[.)])( +)(?:(?:[-*+]|\d{1,9}[.)]) +)*[\p{L}\p{N}]/u
/** a list item with words after its markers, at any indent: "- a", "  1) 1) b" */
const ITEM_WORDS = /^ *(?:(?:[-*+]|\d{1,9}[.)]) +)+[\p{L}\p{N}]/u
/** a line that may open fenced code or raw HTML, in a container or not */
const FENCE_OR_HTML = /^[ \t>]*(?:`{3,}|~{3,}|<)/
/** the quote markers opening a line: "> ", "> > " */
const QUOTE_PREFIX = /^(?:>[ \t]?)+/
const ORDERED = /^(\d{1,9})([.)])[ \t]+[^\s|][^|]*$/
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const MATTER_START = /^(?:---|\+\+\+)[ \t]*\r?\n/
// Raw HTML blocks that only their own end marker closes, blank lines or not.
const HTML_ENDS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
]

let options: { first: Parameters<typeof fromMarkdown>[1]; rest: Parameters<typeof fromMarkdown>[1] } | undefined

/** an item of plain words: a bullet, one to four spaces, then text that opens no block of its own */
const PLAIN_ITEM = /^[-*+] {1,4}(?![-*+_=#>`~<|\s]|\d+[.)])/
/** anything inline Markdown may read as syntax in an item's words (emphasis, code, links, HTML, references, GFM's autolinks, strike-through, tables) */
const INLINE_SYNTAX = /[\\`*_[\]<&~|@\r\t]|[ ]$|www\.|(?:https?|mailto|xmpp):/i

/**
 * The tree micromark builds for a run of bullet items of plain words, blank lines between them or not: a list of items, each a
 * paragraph of one text. micromark takes some 50 µs an item (its container machinery), so a long list of short items is read
 * here; any other line leaves the text to micromark. Exported for tests, not from the package.
 */
export function plainList(markdown: string): MdNode | undefined {
  const items: MdNode[] = []
  let offset = 0
  for (const line of markdown.split('\n')) {
    const start = offset
    offset += line.length + 1
    if (line === '') continue
    const marker = PLAIN_ITEM.exec(line)
    if (!marker || INLINE_SYNTAX.test(line.slice(marker[0].length))) return undefined
    const at = (k: number) => ({ offset: k })
    const text = { type: 'text', position: { start: at(start + marker[0].length), end: at(start + line.length) } }
    const paragraph = { type: 'paragraph', position: text.position, children: [text] }
    items.push({ type: 'listItem', position: { start: at(start), end: at(start + line.length) }, children: [paragraph] })
  }
  if (!items.length) return undefined
  const list = { type: 'list', position: { start: items[0].position!.start, end: items[items.length - 1].position!.end }, children: items }
  return { type: 'root', position: { start: { offset: 0 }, end: { offset: markdown.length } }, children: [list] }
}

/**
 * The GFM syntax read: tables, strikethrough, footnotes and task lists; not its literal autolinks, as a bare address reads as the
 * same text without them, and they cost the Worker 3 KB. Exported for tests.
 */
export function gfmParts() {
  return {
    extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
    mdastExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
  }
}

// micromark's time grows faster than the text with the block quotes and list items nested on one line (4,000 of them: 10 s) or by
// indents (1 MB: 50 s), and with the emphasis and link marks in one paragraph ("*_" 24,000 times: 15 s), so a chunk past these bounds,
// which no article comes near, is read without those constructs (nor indented code, which would hide the lines they leave indented):
// its marks stay as text.
const DEEP = /^ *(?:(?:>|(?:[-*+]|\d{1,9}[.)]) ) *){10}|^ {40} *(?:[-*+]|\d{1,9}[.)]) /m
const MARKS = /[*_[\]]/g
const FLAT = { extensions: [{ disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd', 'blockQuote', 'list', 'codeIndented'] } }] }

function parse(markdown: string, first: boolean): MdNode {
  const list = plainList(markdown)
  if (list) return list
  if (DEEP.test(markdown) || (markdown.match(MARKS)?.length ?? 0) > 1000) return fromMarkdown(markdown, FLAT) as unknown as MdNode
  // Built once: combining the extensions is a fixed cost paid by every parse otherwise.
  if (!options) {
    const rest = gfmParts()
    options = { first: { extensions: [...rest.extensions, frontmatter([...MATTER])], mdastExtensions: [...rest.mdastExtensions, frontmatterFromMarkdown([...MATTER])] }, rest }
  }
  try {
    return fromMarkdown(markdown, first ? options.first : options.rest) as unknown as MdNode
  } catch {
    // micromark accepts any string; this only guards against the unforeseen.
    return { type: 'root', children: [] }
  }
}

/**
 * Offsets where a chunk may start: a line in column 0 after a blank line, a bullet in column
 * 0, or an ordered item in column 0 that may interrupt a paragraph (numbered 1) or follows an
 * item of its list (same delimiter); such an item inside a quote, right after a line of the
 * same quote, while that quote has held only items and blank lines; and an item indented one
 * to three spaces when every line after it, up to the next cut in column 0, is an item no
 * deeper than it or nested in its words. Such a line closes every open paragraph and container
 * but the list (and quote) it goes on, which read the same as new ones, so the document parses
 * the same cut there, unless fenced code or raw HTML is still open: `closed` checks that on the
 * parse of the chunk before the cut (and no cut is made inside a quote or under an item after a
 * line that may open either). A long list nested on each line parses in quadratic time whole.
 */
function cuts(src: string): number[] {
  const found: number[] = []
  let prevBlank = false
  // the line before: its quote depth (0: none), whether its text in the quote was blank, and the delimiter of its ordered item, if it was one
  let prevDepth = 0
  let prevRestBlank = false
  let prevDelimiter = ''
  // whether the quote run so far holds only items and blank lines; and whether no fenced code nor raw HTML opened since the last cut in
  // column 0
  let quoteSafe = false
  let nestSafe = true
  // items indented one to three spaces since then, cut only if every line after them up to the next cut in column 0 is such an item
  // (a chunk opening at one reads it as a list of its own: what comes after it must not depend on the list it was nested in)
  // (grouped by the item's indent and the column its words start at, which decide alone what may follow it)
  let pending = new Map<number, { indent: number; content: number; starts: number[] }>()
  const flush = () => {
    const starts = [...pending.values()].flatMap((p) => p.starts).sort((a, b) => a - b)
    for (const at of starts) found.push(at)
    pending = new Map()
  }
  for (let start = 0; start < src.length; ) {
    const newline = src.indexOf('\n', start)
    const next = newline < 0 ? src.length : newline + 1
    let line = src.slice(start, newline < 0 ? src.length : newline)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    const blank = /^[ \t]*$/.test(line)
    const quote = line[0] === '>' ? QUOTE_PREFIX.exec(line)![0] : ''
    let depth = 0
    for (const c of quote) if (c === '>') depth++
    const rest = quote ? line.slice(quote.length) : line
    const ordered = ORDERED.exec(rest)
    // (an ordered line that can start no list is a paragraph's: "The vote was\n10. ten" and the line after it)
    const item = !!ordered && (start === 0 || ordered[1] === '1' || (depth === prevDepth && (prevRestBlank || ordered[2] === prevDelimiter)))
    const bullet = BULLET.test(rest) && !THEMATIC.test(rest)
    // (a quote opens fresh at the document's start or after a blank line, and stays one of items and blank lines: a paragraph in it,
    // or a line in column 0 that may go on with it lazily, may change how its later lines read)
    if (depth === 0) quoteSafe = false
    else if (prevDepth === 0) quoteSafe = start === 0 || prevBlank
    const restBlank = /^[ \t]*$/.test(rest)
    const opener = FENCE_OR_HTML.test(line)
    if (depth > 0 && ((!bullet && !item && !ITEM_WORDS.test(rest) && !restBlank) || opener)) quoteSafe = false
    if (opener) nestSafe = false
    // (an item indented one to three spaces, its ordered marker if it has one)
    const simple = SIMPLE_ITEM.exec(line)
    const indented = simple && simple[1].length <= 3 ? ORDERED.exec(line.trimStart()) : null
    const column0 = start > 0 && !blank && line[0] !== ' ' && line[0] !== '\t'
    if (column0 && depth === 0 && (prevBlank || bullet || item)) {
      flush()
      found.push(start)
      nestSafe = !opener
    } else {
      // (a later item is read alike either way if it is no deeper than a pending one, or nested in its words)
      if (!simple) pending.clear()
      else for (const [key, p] of pending) if (simple[1].length > p.indent && simple[1].length < p.content) pending.delete(key)
      if (column0 && depth > 0 && depth === prevDepth && quoteSafe && (bullet || item)) found.push(start)
      else if (simple && nestSafe && !prevBlank && simple[1].length <= 3) {
        // (an item indented one to three spaces, in a list: "  - - x" on every line under one item; not inside fenced code or raw HTML)
        const indent = simple[1].length
        const content = indent + simple[2].length + (simple[3].length > 4 ? 1 : simple[3].length)
        const key = indent * 64 + content
        if (!indented || indented[1] === '1' || indented[2] === prevDelimiter) (pending.get(key) ?? pending.set(key, { indent, content, starts: [] }).get(key)!).starts.push(start)
      }
    }
    prevBlank = blank
    prevDepth = depth
    prevRestBlank = restBlank
    prevDelimiter = item ? ordered[2] : indented ? indented[2] : ''
    start = next
  }
  flush()
  return found
}

// Length of the front matter, which the first chunk must hold whole; 0 when there is none.
// The front matter extension is used only when this finds one: once it fails to close
// a `---` it opened, it stops micromark from seeing lists and quotes in the rest.
function matterLength(src: string): number {
  const open = MATTER_START.exec(src)
  if (!open) return 0
  const close = new RegExp(`^${open[0][0] === '-' ? '---' : '\\+\\+\\+'}[ \\t]*\\r?$`, 'm')
  const found = close.exec(src.slice(open[0].length))
  return found ? open[0].length + found.index + found[0].length : 0
}

// Whether a chunk's parse leaves nothing open that the next chunk would continue.
function closed(tree: MdNode, text: string): boolean {
  const nodes = tree.children ?? []
  const last = nodes[nodes.length - 1]
  if (!last) return true
  const start = last.position?.start.offset ?? 0
  const end = last.position?.end.offset ?? text.length
  const body = text.slice(start, end)
  if (last.type === 'code') {
    const open = FENCE.exec(body)
    if (!open) return true
    const lines = body.split('\n')
    const fence = lines[lines.length - 1].trim()
    return lines.length > 1 && fence.length >= open[1].length && /^(`+|~+)$/.test(fence) && fence[0] === open[1][0]
  }
  if (last.type === 'html') {
    const kind = HTML_ENDS.find(([opening]) => opening.test(body))
    if (kind) return kind[1].test(body.replace(kind[0], ''))
    return /\n[ \t]*\r?\n/.test(text.slice(end))
  }
  return true
}

// Labels of `[text]`, `[text][label]` and `[^note]` candidates, normalized as CommonMark does.
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Parses `src` in chunks. Reference definitions and footnotes are document-wide, so a chunk
 * that names a label defined in another chunk is parsed with stand-in definitions before (or,
 * for the first chunk, after) its own text. Where they are is guessed from the source's lines
 * before parsing, so that most chunks parse once; the parse's own definitions then decide, and a
 * chunk whose guess was wrong is parsed again.
 */
function parseChunks(src: string, size: number): Chunk[] {
  const chunks: Chunk[] = []
  const at = cuts(src)
  const isCut = new Set(at)
  // The first cut at or after `offset`, or the end of the source.
  const cutFrom = (offset: number) => {
    let lo = 0
    let hi = at.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (at[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return lo < at.length ? at[lo] : src.length
  }
  const matter = matterLength(src)
  const guessed = definitionLines(src)
  for (let base = 0; base < src.length || !chunks.length; ) {
    let end = cutFrom(base + Math.max(size, base === 0 ? matter : 0))
    let tried = end
    let shrunk = false
    for (;;) {
      const own = src.slice(base, end)
      // (not before front matter, which must come first, nor after the first chunk's text, where they would hide a block it
      // leaves open: that chunk takes its stand-ins in the second pass)
      const stand = base === 0 && (matter > 0 || end < src.length) ? '' : standIns(own, (key) => guessed.get(key), base, end)
      const skip = stand ? stand.length + 2 : 0
      const text = stand ? `${stand}\n\n${own}` : own
      const tree = parse(text, base === 0 && matter > 0)
      if (end === src.length || closed(tree, text)) {
        chunks.push({ tree, base, skip, limit: end - base, stand })
        base = end
        break
      }
      tried = Math.max(tried, end)
      // Cut before the block left open if a cut is allowed there, so that it starts the next
      // chunk; else parse again at twice the length, which keeps retries linear overall.
      const nodes = tree.children ?? []
      const open = base + (nodes[nodes.length - 1]?.position?.start.offset ?? 0) - skip
      if (!shrunk && open > base && isCut.has(open)) {
        end = open
        shrunk = true
      } else end = cutFrom(base + 2 * (tried - base))
    }
  }
  if (chunks.length === 1) return chunks

  // Where each label is first defined, as the chunks parsed: its offset and the stand-in definition.
  const defined = new Map<string, Definition>()
  for (const { tree, base, skip } of chunks) {
    const stack = [tree]
    while (stack.length) {
      const node = stack.pop()!
      const offset = base + (node.position?.start.offset ?? 0) - skip
      if ((node.type === 'definition' || node.type === 'footnoteDefinition') && node.label && offset >= base) {
        const footnote = node.type === 'footnoteDefinition'
        const key = (footnote ? '^' : '') + normalizeLabel(node.label)
        const first = defined.get(key)
        if (!first || offset < first.at) defined.set(key, { at: offset, line: `[${footnote ? '^' : ''}${node.label}]: x` })
      }
      // Definitions live at block level only.
      if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
        for (const child of node.children ?? []) stack.push(child)
      }
    }
  }

  for (const chunk of chunks) {
    const own = src.slice(chunk.base, chunk.base + chunk.limit)
    const stand = standIns(own, (key) => defined.get(key), chunk.base, chunk.base + chunk.limit)
    if (stand === chunk.stand) continue
    chunk.stand = stand
    // Only the first chunk, where front matter must stay first, takes them at its end:
    // it is never the last chunk, so nothing in it is left open to swallow them.
    if (chunk.base === 0) {
      chunk.skip = 0
      chunk.tree = parse(stand ? `${own}\n\n${stand}\n` : own, matter > 0)
    } else {
      chunk.skip = stand ? stand.length + 2 : 0
      chunk.tree = parse(stand ? `${stand}\n\n${own}` : own, false)
    }
  }
  return chunks
}

interface Definition {
  /** source offset of the definition */
  at: number
  /** a stand-in for it: the label with a dummy destination */
  line: string
}

/** Definitions for the labels `own` names that are defined outside `[from, to)`, one paragraph each, in a stable order. */
function standIns(own: string, definition: (key: string) => Definition | undefined, from: number, to: number): string {
  const lines = new Set<string>()
  for (const match of own.matchAll(LABEL)) {
    const found = definition(normalizeLabel(match[1]))
    if (found && (found.at < from || found.at >= to)) lines.add(found.line)
  }
  return [...lines].join('\n\n')
}

/** `[text]`, `[text][label]`, `[^note]`: what may name a definition */
const LABEL = /\[([^\[\]]{1,999})\]/g
/** a line that looks like a definition, at block level or in a quote or a list item: the guess the parse then checks */
const DEFINITION_LINE = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)]))*[ \t]*\[(\^?)([^\[\]\n]{1,999})\]:/gm

/** Where each label's first definition seems to be, from the source's lines alone. */
function definitionLines(src: string): Map<string, Definition> {
  const found = new Map<string, Definition>()
  for (const match of src.matchAll(DEFINITION_LINE)) {
    const key = match[1] + normalizeLabel(match[2])
    if (!found.has(key)) found.set(key, { at: match.index, line: `[${match[1]}${match[2]}]: x` })
  }
  return found
}

/** A list's item whose text is a link alone, as a related-links list's are: "- [Bus fares to rise](…)". */
function linkOnly(item: MdNode): boolean {
  const first = item.children?.[0]
  const words = first?.type === 'paragraph' ? (first.children ?? []) : []
  return words.some((n) => n.type === 'link') && words.every((n) => n.type === 'link' || (n.type === 'text' && !/\w/.test(n.value ?? '')))
}
