import { lexicon } from '../lexicon'
import type { Token } from '../segment/tokens'

/** A token range [a, b) of a sentence's tokens. */
export type Range = [number, number]

const MAX_NP = 14
/** Participles that join a post-modifier to a source noun ("residents interviewed by Reuters"). */
const JOINERS = new Set(['interviewed', 'contacted', 'reached', 'speaking', 'quoted', 'cited', 'polled', 'surveyed', 'questioned', 'asked', 'familiar', 'close', 'briefed', 'based', 'involved', 'knowledgeable', 'representing', 'working', 'published', 'released', 'conducted', 'led', 'funded', 'commissioned', 'seen', 'obtained', 'reviewed', 'filed', 'issued', 'sent', 'signed', 'written', 'posted', 'authored'])

const isWord = (t: Token | undefined): t is Token => !!t && t.word
const lowerVerb = (t: Token) => !t.cap && (lexicon.cueVerbs.has(t.lower) || lexicon.auxiliaries.has(t.lower) || lexicon.lightVerbs.has(t.lower))
const isNegation = (t: Token) => lexicon.negations.has(t.lower) || t.lower.endsWith("n't")

/** Skips auxiliaries, adverbs and time words leftwards from `i`; reports negation met on the way. */
export function skipLeft(tokens: Token[], i: number): { at: number; negated: boolean } {
  let j = i
  let negated = false
  while (j >= 0 && isWord(tokens[j])) {
    const t = tokens[j]
    if (isNegation(t)) negated = true
    else if (!(lexicon.auxiliaries.has(t.lower) || lexicon.adverbs.has(t.lower) || lexicon.timeWords.has(t.lower) || REFLEXIVE.has(t.lower))) break
    j--
  }
  return { at: j, negated }
}
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves'])

/** The noun phrase ending at token `j` (inclusive), read leftwards. */
export function leftNP(tokens: Token[], j: number): Range | undefined {
  if (!isWord(tokens[j])) return undefined
  let k = j
  while (k >= 0 && j - k < MAX_NP) {
    const t = tokens[k]
    if (!t.word) {
      if ((t.text === '&' || t.text === '-') && isWord(tokens[k - 1])) {
        k--
        continue
      }
      break
    }
    const l = t.lower
    if (l === 'and' && k < j && tokens[k - 1]?.cap && tokens[k + 1]?.cap) {
      k--
      continue
    }
    // "state media", "state-run television": a verb form inside an outlet's name
    if (k < j && lowerVerb(t) && lexicon.genericStateMedia.match(tokens, k, j + 1)) {
      k--
      continue
    }
    if (k < j && (lexicon.clauseBreakers.has(l) || lowerVerb(t) || isNegation(t)) && !JOINERS.has(l)) break
    if (k === j && lexicon.clauseBreakers.has(l) && !lexicon.pronouns.has(l)) return undefined
    if (k < j && lexicon.pronouns.has(l) && l !== 'who' && l !== 'which') break
    if (k < j && l.endsWith('ed') && !t.cap && !JOINERS.has(l) && !lexicon.prepositions.has(tokens[k + 1]?.lower ?? '') && !lexicon.determiners.has(tokens[k - 1]?.lower ?? '')) break
    k--
  }
  return trimLeft(tokens, k + 1, j + 1)
}

/** Drops leading adverbials ("On Monday the ministry" → "the ministry"). */
function trimLeft(tokens: Token[], a: number, b: number): Range | undefined {
  for (let d = b - 1; d > a; d--) {
    const t = tokens[d]
    if ((t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && !lexicon.prepositions.has(tokens[d - 1].lower) && !JOINERS.has(tokens[d - 1].lower)) {
      a = d
      break
    }
  }
  while (a < b - 1 && (lexicon.prepositions.has(tokens[a].lower) || lexicon.timeWords.has(tokens[a].lower) || LEADING.has(tokens[a].lower) || /^\d/.test(tokens[a].text))) a++
  return a < b ? [a, b] : undefined
}
const LEADING = new Set(['last', 'next', 'this', 'earlier', 'later', 'then', 'now', 'also', 'but', 'and', 'so', 'yet', 'meanwhile', 'however', 'still', 'instead', 'separately', 'similarly', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'weekend', 'ago', 'when', 'while', 'after', 'before'])

/** The noun phrase starting at token `i`, read rightwards, up to `end`. */
export function rightNP(tokens: Token[], i: number, end = tokens.length): Range | undefined {
  let k = i
  while (k < end && k - i < MAX_NP) {
    const t = tokens[k]
    if (!t.word) {
      if ((t.text === '&' || t.text === '-') && isWord(tokens[k + 1]) && k > i) {
        k++
        continue
      }
      break
    }
    const l = t.lower
    if (l === 'and' && k > i && tokens[k - 1].cap && tokens[k + 1]?.cap) {
      k++
      continue
    }
    if (k > i && (lexicon.clauseBreakers.has(l) || isNegation(t)) && !JOINERS.has(l)) break
    if (lowerVerb(t) && !JOINERS.has(l)) break
    if (k > i && l.endsWith('ed') && !t.cap && !JOINERS.has(l) && !lexicon.determiners.has(tokens[k - 1].lower)) break
    // a time adjunct after the source ("KCNA on Monday") is not part of it
    if (lexicon.prepositions.has(l) && k > i && (lexicon.timeWords.has(tokens[k + 1]?.lower ?? '') || /^\d/.test(tokens[k + 1]?.text ?? ''))) break
    if (k > i && lexicon.timeWords.has(l) && !t.cap) break
    k++
  }
  while (k > i && (lexicon.prepositions.has(tokens[k - 1].lower) || lexicon.determiners.has(tokens[k - 1].lower)) && !JOINERS.has(tokens[k - 1].lower)) k--
  return k > i ? [i, k] : undefined
}

/** The head of a noun phrase: its last word before any post-modifier. */
export function headOf(tokens: Token[], [a, b]: Range): number {
  for (let k = a + 1; k < b; k++) {
    const l = tokens[k].lower
    if ((lexicon.prepositions.has(l) || JOINERS.has(l)) && l !== 'who' && k > a) {
      let h = k - 1
      while (h > a && !tokens[h].word) h--
      return h
    }
  }
  let h = b - 1
  while (h > a && !tokens[h].word) h--
  return h
}
