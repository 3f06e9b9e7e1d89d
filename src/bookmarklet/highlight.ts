import type { Report, SentenceReport, Span } from '../types'
import { piecesOf, rangeOf, type Article } from './extract'

/** Highlight names; the page sheet styles `::highlight(provenance-…)` and the fallback marks alike. */
export type Paint = 'direct' | 'reported' | 'unattributed' | 'other' | 'focus' | 'cue' | 'source'

const PREFIX = 'provenance-'

/** The sentences painted on the page, and how to point at one of them. */
export interface Painter {
  /** Scrolls to a sentence and marks it, its cues and its sources as the current one. */
  focus(sentence: SentenceReport): void
  /** Removes every highlight or mark, leaving the page's DOM as it was. */
  clear(): void
  /** 'highlight' with the CSS Custom Highlight API, 'mark' with the fallback elements. */
  mode: 'highlight' | 'mark'
}

const paintOf = (s: SentenceReport): Paint => (s.claim ? s.label : 'other')

const hasHighlightApi = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights

/** Paints every sentence of the report on the live page in its label's colour. */
export function paint(article: Article, report: Report): Painter {
  return hasHighlightApi() ? highlighter(article, report) : marker(article, report)
}

function highlighter(article: Article, report: Report): Painter {
  const registry = CSS.highlights
  const names: Paint[] = ['direct', 'reported', 'unattributed', 'other', 'focus', 'cue', 'source']
  const previous = new Map(names.map((n) => [n, registry.get(PREFIX + n)]))
  const sets = new Map(names.map((n) => [n, new Highlight()]))
  sets.get('other')!.priority = 0
  sets.get('focus')!.priority = 1
  sets.get('cue')!.priority = 2
  sets.get('source')!.priority = 2
  const ranges = new Map<number, Range>()
  for (const s of report.sentences) {
    const r = rangeOf(article, s.start, s.end)
    if (!r) continue
    ranges.set(s.index, r)
    sets.get(paintOf(s))!.add(r)
  }
  for (const [n, h] of sets) registry.set(PREFIX + n, h)
  return {
    mode: 'highlight',
    focus(s) {
      for (const n of ['focus', 'cue', 'source'] as const) sets.get(n)!.clear()
      const r = ranges.get(s.index)
      if (!r) return
      sets.get('focus')!.add(r)
      for (const a of s.attributions) {
        if (a.inherited) continue
        const cue = rangeOf(article, a.cue.start, a.cue.end)
        if (cue) sets.get('cue')!.add(cue)
        const src = spanOf(a.source)
        const sr = src && rangeOf(article, src.start, src.end)
        if (sr) sets.get('source')!.add(sr)
      }
      scrollToRange(r)
    },
    clear() {
      for (const n of names) {
        const before = previous.get(n)
        if (before) registry.set(PREFIX + n, before)
        else registry.delete(PREFIX + n)
      }
    },
  }
}

const spanOf = (x: Partial<Span>): Span | null => (x.start !== undefined && x.end !== undefined ? (x as Span) : null)

/**
 * Without the Highlight API, sentences are wrapped in `<mark>` elements. Each touched text
 * node is swapped for new nodes (it is never split), so closing puts the original node back.
 */
function marker(article: Article, report: Report): Painter {
  const byNode = new Map<Text, Array<[number, number, SentenceReport]>>()
  for (const s of report.sentences) {
    for (const [node, a, b] of piecesOf(article, s.start, s.end)) {
      let list = byNode.get(node)
      if (!list) byNode.set(node, (list = []))
      list.push([a, b, s])
    }
  }
  const swaps: Array<[Text, Node[]]> = []
  const marks = new Map<number, HTMLElement[]>()
  for (const [node, list] of byNode) {
    if (!node.parentNode) continue
    const doc = node.ownerDocument
    const data = node.data
    const fresh: Node[] = []
    let at = 0
    for (const [a, b, s] of list.sort((x, y) => x[0] - y[0])) {
      if (a > at) fresh.push(doc.createTextNode(data.slice(at, a)))
      const m = doc.createElement('mark')
      m.setAttribute('data-provenance', paintOf(s))
      m.textContent = data.slice(a, b)
      fresh.push(m)
      let ms = marks.get(s.index)
      if (!ms) marks.set(s.index, (ms = []))
      ms.push(m)
      at = b
    }
    if (at < data.length) fresh.push(doc.createTextNode(data.slice(at)))
    const parent = node.parentNode
    for (const f of fresh) parent.insertBefore(f, node)
    parent.removeChild(node)
    swaps.push([node, fresh])
  }
  let current: HTMLElement[] = []
  return {
    mode: 'mark',
    focus(s) {
      for (const m of current) m.removeAttribute('data-provenance-focus')
      current = marks.get(s.index) ?? []
      for (const m of current) m.setAttribute('data-provenance-focus', '')
      if (!current.length) return
      const r = document.createRange()
      r.setStartBefore(current[0])
      r.setEndAfter(current[current.length - 1])
      scrollToRange(r)
    },
    clear() {
      for (const [node, fresh] of swaps) {
        const first = fresh[0]
        if (!first?.parentNode) continue
        first.parentNode.insertBefore(node, first)
        for (const f of fresh) f.parentNode?.removeChild(f)
      }
      swaps.length = 0
    },
  }
}

/** Brings a range to the upper third of the viewport, scrolling inner containers first. */
function scrollToRange(r: Range) {
  const el = r.startContainer.nodeType === Node.ELEMENT_NODE ? (r.startContainer as Element) : r.startContainer.parentElement
  el?.scrollIntoView({ block: 'center', inline: 'nearest' })
  const rect = r.getBoundingClientRect()
  const target = innerHeight / 3
  if (rect.top < 0 || rect.bottom > innerHeight || rect.top > target * 2) window.scrollBy(0, rect.top - target)
}
