import type { Block } from '../types'

/** Elements whose start and end break text into blocks, in a page and in raw HTML inside Markdown. */
export const BLOCK_ELEMENTS = new Set(
  (
    '#root address article aside blockquote body caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li ' +
    'listing main menu nav ol p plaintext pre search section summary table tbody tfoot thead ' +
    'tr ul xmp'
  ).split(' '),
)

/** The kind of block an element makes; others take the kind of the block around them. */
export const BLOCK_KINDS: Record<string, Block['kind']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  blockquote: 'blockquote',
  figcaption: 'caption',
  caption: 'caption',
  thead: 'heading',
  dd: 'paragraph',
  dt: 'paragraph',
}

/** A table's cells: a space sets one apart from the next, the row being the block (a unit, SPEC §2: one claim a data row). */
export const TABLE_CELLS = new Set(['td', 'th'])

/** The kind of block a table row makes: the header row (in `thead`, or of `th` cells only) heads the table, any other row is data. */
export const rowKind = (inHead: boolean, cells: string[]): Block['kind'] => (inHead || (cells.length && cells.every((c) => c === 'th')) ? 'heading' : 'table-row')

const endTagFinders = new Map<string, RegExp>()

/**
 * Where the end tag of element `name` starts at or after `from` in `src` (`</name` then a
 * space, "/" or ">"), or -1. One expression per element name, built once.
 */
export function endTagAt(src: string, name: string, from: number): number {
  let finder = endTagFinders.get(name)
  if (!finder) endTagFinders.set(name, (finder = new RegExp(`</${name}[\\s/>]`, 'gi')))
  finder.lastIndex = from
  return finder.exec(src)?.index ?? -1
}

/**
 * Whether a superscript holding `text`, with or without a link inside, is a footnote's or a citation's marker, no prose:
 * "said<sup><a href="#fn1">1</a></sup>.", "<sup>[2]</sup>" (an exponent stays: "km<sup>2</sup>").
 */
export const noteMarker = (text: string, link: boolean) => text.length <= 6 && (link || /^\[[\w*†‡§]{1,4}\]$/.test(text))
