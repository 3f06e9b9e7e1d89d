import type { Block, Note } from '../types'

/**
 * A `<!-- provenance-… -->` comment found in the input. `offset` is an offset into
 * `Extracted.text`; `line` is the 1-based line of the comment in the source as sent.
 */
export interface Directive {
  kind: 'ignore-next-line' | 'disable' | 'enable'
  offset: number
  line: number
}

/** What a reader hands the engine: the text to check, its blocks, and the way back to the source. */
export interface Extracted {
  /** The prose to check; pass it to `check` with `{ blocks }`. */
  text: string
  /** Headings, paragraphs, list items, quotes and captions, in order, never overlapping. */
  blocks: Block[]
  /** Maps an offset into `text` (0..text.length) to the matching offset in the source. */
  toSource(offset: number): number
  /** The page or document title, when the input names one. */
  title?: string
  /** Provenance directives found in comments, in source order. */
  directives?: Directive[]
  /** Footnotes cited and defined in the text; pass them to `check` with `{ notes }`. */
  notes?: Note[]
}
