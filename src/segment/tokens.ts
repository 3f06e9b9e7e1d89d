import { lexicon } from '../lexicon'
import type { Word } from '../lexicon/phrases'

/** A word or punctuation mark of a sentence, with its offsets into the checked text. */
export interface Token extends Word {
  start: number
  end: number
  /** a word (letters or digits), not punctuation */
  word: boolean
  /** starts with an uppercase letter */
  cap: boolean
  /** lies inside a quotation */
  quoted: boolean
}

// Words may hold inner apostrophes, hyphens, dots and ampersands ("Korea’s", "Jong-un", "U.S", "AT&T").
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&/][\p{L}\p{N}\p{M}]+)*|\.{2,}|[^\s\p{L}\p{N}\p{M}]/gu
const UPPER = /^\p{Lu}/u

/** Whether a period right after `word` belongs to it (an abbreviation or initial). */
export function takesPeriod(word: string): boolean {
  if (word.length === 1) return /\p{L}/u.test(word)
  if (word.includes('.')) return /^[\p{L}.]+$/u.test(word)
  return lexicon.abbrTitles.has(word) || lexicon.abbrBeforeNumbers.has(word) || lexicon.abbrAmbiguous.has(word) || lexicon.abbrNever.has(word)
}

/**
 * Tokens of `text[start, end)`. `inQuote(offset)` tells whether an offset lies inside a
 * quotation; it is called with increasing offsets.
 */
export function tokenize(text: string, start: number, end: number, inQuote: (offset: number) => boolean): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = start
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(text)) && m.index < end) {
    let s = m[0]
    let e = m.index + s.length
    if (e > end) {
      s = s.slice(0, end - m.index)
      e = end
    }
    const word = /[\p{L}\p{N}]/u.test(s[0])
    if (word && text[e] === '.' && e < end && takesPeriod(s) && !(text[e + 1] === '.')) {
      // keep the period of "Mr." or "U.S." with its word, unless it also ends the sentence
      if (e + 1 < end || s.includes('.') || s.length === 1 || lexicon.abbrTitles.has(s)) {
        s += '.'
        e += 1
      }
    }
    const lower = s.toLowerCase().replace(/’/g, "'")
    tokens.push({
      text: s,
      lower,
      norm: lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") && lower.length > 1 ? lower.slice(0, -1) : lower,
      start: m.index,
      end: e,
      word,
      cap: UPPER.test(s),
      quoted: inQuote(m.index),
    })
    TOKEN.lastIndex = e
  }
  return tokens
}
