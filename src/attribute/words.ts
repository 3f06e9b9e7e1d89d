import { grammar, lexicon } from '../lexicon'
import type { Token } from '../segment/tokens'
import { infinitive } from './noun-phrase'

// Small readers of a sentence's tokens that the cue finder, the content and speaker readers
// and the headline forms share.

/** the forms of "be" */
export const BE = lexicon.be

/** the marks that open a quotation */
export const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '„', '`'])

/** dashes, typed or set: " - " and "--" too */
export const DASHES = new Set(['—', '–', '―', '-', '--'])

/** The lowercase word at `i`, or '' past either end. */
export const w = (tokens: Token[], i: number) => tokens[i]?.lower ?? ''

/** Whether `t` is one of the punctuation marks in `chars`. */
export const isPunct = (t: Token | undefined, chars: string) => !!t && !t.word && chars.includes(t.text)

/** A clause marker right at `k`: a modal, an auxiliary or a negation. */
export const clauseAt = (tokens: Token[], k: number) => !!tokens[k]?.word && (lexicon.clauseMarkers.has(tokens[k].lower) || lexicon.negations.has(tokens[k].lower))

/** a currency sign before an amount */
export const CURRENCY = /^[$€£¥]$/

/** "to" then a verb (see `infinitive`). */
export const isTo = infinitive

/** first words found, by sentence: rules ask for every cue, and a sentence may open with thousands of marks (held weakly: no text outlives its check) */
const FIRST_WORDS = new WeakMap<Token[], number>()

/** The index of a sentence's first word (-1 when it has none). */
export function firstWord(tokens: Token[]): number {
  // most sentences open with a word: no lookup
  if (tokens[0]?.word) return 0
  let k = FIRST_WORDS.get(tokens)
  if (k === undefined) FIRST_WORDS.set(tokens, (k = tokens.findIndex((t) => t.word)))
  return k
}

/**
 * Whether the first word of a sentence, capitalised as any first word is, stands before a name
 * rather than in it: "The", "Even", "Does Bernie Sanders…", "Say Mexico…", "Using Ted Cruz…".
 */
export function sentenceWord(t: Token[], k: number, b: number): boolean {
  const l = t[k].lower
  // ("Understated Perez raises…", "Embattled Clinton said": a long -ed form opening a sentence describes the name after it)
  const described = l.length > 6 && l.endsWith('ed') && !lexicon.givenNames.has(l) && b - k >= 2
  return lexicon.sentenceStarters.has(l) || lexicon.determiners.has(l) || grammar.leading.has(l) || lexicon.auxiliaries.has(l) || lexicon.cueVerbs.has(l) || (b - k >= 3 && l.endsWith('ing')) || described
}

/**
 * Whether the title word at `k` is a surname: right after a courtesy title, with no name after it
 * ("Mr. King", "Ms. Bishop", "Mr. Prince"; not an office addressed, "Mr. President", nor a title
 * before the name, "Mr. Justice Kennedy").
 */
export function courtesySurname(t: Token[], k: number): boolean {
  return k > 0 && grammar.courtesyTitles.has(t[k - 1].lower) && !!t[k]?.cap && !(t[k + 1]?.word && t[k + 1].cap) && !grammar.addressedOffices.has(t[k].norm)
}
