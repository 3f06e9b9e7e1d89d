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
const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['’\-.&/][\p{L}\p{N}\p{M}]+)*)|(\.{2,}|[^\s\p{L}\p{N}\p{M}])/gu

/** Whether a period right after `word` belongs to it (an abbreviation or initial). */
export function takesPeriod(word: string): boolean {
  if (word.length === 1) return /\p{L}/u.test(word)
  if (word.includes('.')) return /^[\p{L}.]+$/u.test(word)
  // "D-Ill." and "R-Texas." carry a state abbreviation after the party
  if (word.includes('-')) return takesPeriod(word.slice(word.lastIndexOf('-') + 1))
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
    const word = m[1] !== undefined
    if (word) {
      const after = text[e]
      // a plural possessive keeps its apostrophe ("Sanders’ office") unless it closes a quotation
      if ((after === '’' || after === "'") && (s.endsWith('s') || s.endsWith('S')) && e + 1 < end && /\s/.test(text[e + 1]) && inQuote(e) === inQuote(e + 1)) {
        s += after
        e += 1
      } else if (after === '.' && e < end && text[e + 1] !== '.' && takesPeriod(s) && (e + 1 < end || s.includes('.') || s.length === 1 || lexicon.abbrTitles.has(s))) {
        // keep the period of "Mr." or "U.S." with its word, unless it also ends the sentence
        s += '.'
        e += 1
      }
      // contractions are two words: "they're" → "they" "'re", "he’s" → "he" "’s"
      const c = s.includes("'") || s.includes('’') ? CONTRACTION.exec(s) : null
      if (c && c.index > 0 && (c[1].toLowerCase() !== 's' || CONTRACTS_S.has(s.slice(0, c.index).toLowerCase()))) {
        push(tokens, s.slice(0, c.index), m.index, true, inQuote)
        push(tokens, s.slice(c.index), m.index + c.index, true, inQuote)
        TOKEN.lastIndex = e
        continue
      }
    }
    push(tokens, s, m.index, word, inQuote)
    TOKEN.lastIndex = e
  }
  return tokens
}

const CONTRACTION = /['’](re|ve|ll|d|m|s)$/i
/** Words whose "’s" is "is" or "has", not a possessive. */
const CONTRACTS_S = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'let'])

function push(tokens: Token[], s: string, start: number, word: boolean, inQuote: (offset: number) => boolean): void {
  let lower = s.toLowerCase()
  let norm = lower
  const last = lower.charCodeAt(lower.length - 1)
  if (last === 0x2019 || last === 0x27 || last === 0x73 /* s */ || lower.includes('’')) {
    if (lower.includes('’')) lower = lower.replace(/’/g, "'")
    norm = lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") && lower.length > 1 ? lower.slice(0, -1) : lower
  }
  const c = s.charCodeAt(0)
  tokens.push({
    text: s,
    lower,
    norm,
    start,
    end: start + s.length,
    word,
    // ASCII capitals by code; other scripts by case mapping
    cap: c < 128 ? c >= 65 && c <= 90 : s[0] !== lower[0],
    quoted: inQuote(start),
  })
}
