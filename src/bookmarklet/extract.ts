import { Readability, isProbablyReaderable } from '@mozilla/readability'
import type { Block } from '../types'
import { noteMarker, rowKind, TABLE_CELLS } from '../input/elements'

/** The article as the engine sees it, with the way back to the live page. */
export interface Article {
  title: string
  /** Prose of the article: blocks separated by "\n\n", `<br>` as "\n". */
  text: string
  blocks: Block[]
  /** Live text node holding each UTF-16 unit of `text`; null for separators and collapsed spaces. */
  nodes: Array<Text | null>
  /** Offset of each unit of `text` in its node. */
  offsets: Int32Array
}

/** Why no article could be checked. */
export type Refusal = { reason: 'no-article' } | { reason: 'too-long'; length: number }

/** Characters of article text the bookmarklet checks at most: beyond that the page would freeze. */
export const MAX_ARTICLE_CHARS = 300_000

// Below this much prose a page is not an article (a home page, a login form, a gallery).
const MIN_ARTICLE_CHARS = 400

// Tags the clone's text: a noncharacter (never in real pages) and two private-use digits.
const TAG = '\ufdd0'
const BASE = 6400
const tag = (i: number) => TAG + String.fromCharCode(0xe000 + Math.floor(i / BASE), 0xe000 + (i % BASE))
const untag = (data: string) => (data.charCodeAt(1) - 0xe000) * BASE + data.charCodeAt(2) - 0xe000

// Subtrees that never hold the story, even inside the element Readability picked.
const SKIP = new Set(
  'script style noscript template nav aside footer form button select textarea input label svg math iframe object embed canvas video audio dialog menu'.split(' '),
)
const RAW = new Set('script style noscript template textarea title xmp iframe noembed noframes'.split(' '))
const BLOCK = new Set(
  'address article aside blockquote caption center details dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul'.split(' '),
)
const INLINE = new Set('a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(' '))
const KIND: Record<string, Block['kind']> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  figcaption: 'caption', caption: 'caption', li: 'list-item', blockquote: 'blockquote',
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * Finds the story on the live page and builds the text to check from its live text nodes,
 * so that every offset of the report maps back to a place on the page.
 */
export function extractArticle(doc: Document, ignore?: Node): Article | Refusal {
  const kept = pickContent(doc)
  if (!kept) return { reason: 'no-article' }
  const article = walk(doc, kept.texts, ignore)
  if (article === 'too-long') return { reason: 'too-long', length: countText(kept.texts) }
  if (article.text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS) return { reason: 'no-article' }
  article.title = kept.title
  return article
}

interface Kept {
  texts: Set<Text>
  title: string
}

/** The live text nodes Readability kept as the article (and the headline it split off). */
function pickContent(doc: Document): Kept | null {
  // Tag each text node of a clone with its number: Readability moves, rewraps and may even
  // re-parse its copy, but the text keeps its tag, which leads back to the live node.
  const clone = doc.cloneNode(true) as Document
  const live: Text[] = []
  const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
  const a = doc.createTreeWalker(doc.body ?? doc.documentElement, show)
  const b = clone.createTreeWalker(clone.body ?? clone.documentElement, show)
  for (let x: Node | null = a.currentNode, y: Node | null = b.currentNode; x && y; x = a.nextNode(), y = b.nextNode()) {
    if (x.nodeType !== Node.TEXT_NODE || RAW.has(x.parentElement?.localName ?? '')) continue
    const t = y as Text
    // Whitespace stays untagged: Readability tests it to tell layout from content.
    if (!/\S/.test(t.data)) continue
    t.data = tag(live.length) + t.data
    live.push(x as Text)
  }
  const readerable = isProbablyReaderable(doc, { visibilityChecker: (n) => isVisible(n as Element) })
  let parsed: ReturnType<Readability<Element>['parse']> = null
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse()
  } catch {
    // Trusted Types pages refuse Readability's innerHTML: fall back to the page's own markup.
    return fallbackContent(doc)
  }
  if (!parsed?.content) return null
  const texts = new Set<Text>()
  const w = clone.createTreeWalker(parsed.content, NodeFilter.SHOW_TEXT)
  for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
    const found = n.data.charCodeAt(0) === 0xfdd0 ? live[untag(n.data)] : undefined
    if (found) texts.add(found)
  }
  if (!texts.size) return null
  // A page that does not look like an article needs more prose to be taken for one.
  if (!readerable && countText(texts) < 1500) return null
  const title = parsed.title ?? doc.title
  addHeadline(doc, texts, title)
  return { texts, title }
}

function fallbackContent(doc: Document): Kept | null {
  let best: Element | null = null
  for (const el of doc.querySelectorAll('article, main, [role="main"]')) {
    if (!best || (el.textContent ?? '').length > (best.textContent ?? '').length) best = el
  }
  return best && { texts: textsOf(best), title: doc.title }
}

function textsOf(el: Element): Set<Text> {
  const out = new Set<Text>()
  const w = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  for (let n = w.nextNode(); n; n = w.nextNode()) out.add(n as Text)
  return out
}

/** Readability moves the headline out of the content; put the live one back, as a heading. */
function addHeadline(doc: Document, texts: Set<Text>, title: string) {
  const want = norm(title)
  if (!want) return
  const first = texts.values().next().value as Text
  for (const h of doc.querySelectorAll('h1, h2')) {
    if (!(h.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
    const got = norm(h.textContent)
    if (got && (got === want || (got.length >= 10 && (want.includes(got) || got.includes(want))))) {
      for (const t of textsOf(h)) texts.add(t)
      return
    }
  }
}

function countText(texts: Set<Text>): number {
  let n = 0
  for (const t of texts) n += t.data.length
  return n
}

const visibility = new WeakMap<Element, boolean>()
function isVisible(el: Element): boolean {
  let v = visibility.get(el)
  if (v === undefined) {
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility
    v = check ? check.call(el, { visibilityProperty: true, checkVisibilityCSS: true }) : el.getClientRects().length > 0
    visibility.set(el, v)
  }
  return v
}

function isBlock(el: Element): boolean {
  const tag = el.localName
  if (BLOCK.has(tag)) return true
  if (INLINE.has(tag) || TABLE_CELLS.has(tag)) return false
  const d = getComputedStyle(el).display
  return !d.startsWith('inline') && d !== 'contents' && d !== 'none'
}

function kindOf(node: Node): Block['kind'] {
  for (let el = node.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.localName === 'tr') return rowKind(el.parentElement?.localName === 'thead', [...el.children].map((c) => c.localName))
    const k = KIND[el.localName]
    // (an item with no link in it is the writer's own, as the Worker's HTML reader tells it)
    if (k === 'list-item') return el.querySelector('a') ? k : 'list-text'
    if (k) return k
  }
  return 'paragraph'
}

const preserving = new WeakMap<Element, boolean>()
function preserves(el: Element): boolean {
  let p = preserving.get(el)
  if (p === undefined) {
    const ws = getComputedStyle(el).whiteSpace
    p = ws.startsWith('pre') || ws === 'break-spaces'
    preserving.set(el, p)
  }
  return p
}

/** The smallest element holding all kept text: the walk need not visit the rest of the page. */
function scope(doc: Document, kept: Set<Text>): Node {
  let first: Text | undefined
  let last: Text | undefined
  for (const t of kept) {
    if (!first || t.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) first = t
    if (!last || t.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_PRECEDING) last = t
  }
  if (!first || !last) return doc.body ?? doc.documentElement
  const r = doc.createRange()
  r.setStartBefore(first)
  r.setEndAfter(last)
  return r.commonAncestorContainer
}

/** Walks the live page in document order and emits the kept text, mapping every unit. */
function walk(doc: Document, kept: Set<Text>, ignore?: Node): Article | 'too-long' {
  const parts: string[] = []
  const nodes: Array<Text | null> = []
  const offs: number[] = []
  const blocks: Block[] = []
  let len = 0
  let pending = 0 // 1: a line break, 2: a block break, waiting for the next text
  let space = false
  let block: Block | null = null
  let spaceAt: [Text, number] | null = null
  let tooLong = false

  const put = (s: string, node: Text | null, off: number) => {
    parts.push(s)
    nodes.push(node)
    offs.push(off)
    len++
  }
  const text = (t: Text) => {
    const parent = t.parentElement
    if (!parent || !kept.has(t) || !isVisible(parent)) return
    const data = t.data
    const pre = preserves(parent)
    for (let i = 0; i < data.length; i++) {
      const c = data[i]
      if (!pre && (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f')) {
        if (!space) spaceAt = [t, i]
        space = true
        continue
      }
      if (pending || !block) {
        if (block) {
          block.end = len
          blocks.push(block)
          block = null
        }
        if (len) for (const s of pending === 1 ? '\n' : '\n\n') put(s, null, 0)
        if (pending === 1 && blocks.length) {
          // A line break continues the block it breaks.
          block = blocks.pop()!
        } else {
          block = { start: len, end: len, kind: kindOf(t) }
        }
        pending = 0
      } else if (space) {
        put(' ', spaceAt?.[0] ?? null, spaceAt?.[1] ?? 0)
      }
      space = false
      put(c, t, i)
    }
    if (len > MAX_ARTICLE_CHARS) tooLong = true
  }
  // (a table's cells are set apart by a space that stands for no page text, its row being the block)
  const apart = () => {
    space = true
    spaceAt = null
  }
  const visit = (n: Node) => {
    if (tooLong) return
    if (n.nodeType === Node.TEXT_NODE) return text(n as Text)
    if (n.nodeType !== Node.ELEMENT_NODE || n === ignore) return
    const el = n as Element
    const tag = el.localName
    if (SKIP.has(tag)) return
    // (a footnote's marker is no prose)
    if (tag === 'sup' && noteMarker((el.textContent ?? '').trim(), !!el.querySelector('a'))) return
    if (tag === 'br') {
      // Two breaks in a row are how some sites make paragraphs.
      if (len) pending = pending ? 2 : 1
      return
    }
    const isB = isBlock(el)
    const cell = TABLE_CELLS.has(tag)
    if (isB && len) pending = 2
    if (cell) apart()
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c)
    if (isB && len) pending = 2
    if (cell) apart()
  }
  visit(scope(doc, kept))
  if (tooLong) return 'too-long'
  if (block) {
    ;(block as Block).end = len
    blocks.push(block)
  }
  return { title: '', text: parts.join(''), blocks, nodes, offsets: Int32Array.from(offs) }
}

/** The live range of `text.slice(start, end)`, or null when it maps to no page text. */
export function rangeOf(article: Article, start: number, end: number): Range | null {
  const { nodes, offsets } = article
  let s = start
  let e = end
  while (s < e && !nodes[s]) s++
  while (e > s && !nodes[e - 1]) e--
  if (s >= e) return null
  const range = document.createRange()
  range.setStart(nodes[s]!, offsets[s])
  range.setEnd(nodes[e - 1]!, offsets[e - 1] + 1)
  return range
}

/** The pieces of `text.slice(start, end)` in each live text node, for marking without the Highlight API. */
export function piecesOf(article: Article, start: number, end: number): Array<[Text, number, number]> {
  const out: Array<[Text, number, number]> = []
  const { nodes, offsets } = article
  for (let i = start; i < end; i++) {
    const n = nodes[i]
    if (!n) continue
    const last = out[out.length - 1]
    if (last && last[0] === n && last[2] === offsets[i]) last[2] = offsets[i] + 1
    else out.push([n, offsets[i], offsets[i] + 1])
  }
  return out
}
