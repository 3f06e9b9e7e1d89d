import { cueVerb, grammar, lexicon } from '../lexicon'
import { capped, isDigit, w, type Token, isDeterminer, isArticle, isGivenName, isPersonRole, isPossessive } from '../segment/tokens'
import { infinitive, pastClock } from './noun-phrase'

// Small readers of a sentence's tokens that the cue finder, the content and speaker readers
// and the headline forms share.

/** the forms of "be" */
export const BE = lexicon.be

/** the marks that open a quotation */
export const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '„', '`'])

/** dashes, typed or set: " - " and "--" too */
export const DASHES = new Set(['—', '–', '―', '-', '--'])


/** Whether the word at `k` is the -ing form of a cue verb ("saying", "recalling"). */
export const ingCue = (tokens: Token[], k: number) => cueVerb(w(tokens, k))?.form === 'ing'

/** Whether `t` is one of the punctuation marks in `chars`. */
export const isPunct = (t: Token | undefined, chars: string) => !!t && !t.word && chars.includes(t.text)

/** Whether `t` is a comma. */
export const isComma = (t: Token | undefined) => isPunct(t, ',')

/** A clause marker right at `k`: a modal, an auxiliary or a negation. */
export const clauseAt = (tokens: Token[], k: number) => !!tokens[k]?.word && (lexicon.clauseMarkers.has(w(tokens, k)) || lexicon.negations.has(w(tokens, k)))

/** a currency sign before an amount */
export const CURRENCY = /^[$€£¥]$/

/** "to" then a verb (see `infinitive`). */
export const isTo = infinitive

/** Whether the word at `k` opens what follows a label in capitals and its colon: "THE FACTS: Posts shared…", "BACKGROUND: The…". */
export function afterLabel(tokens: Token[], k: number): boolean {
  if (k < 2 || k > 6 || tokens[k - 1].text !== ':') return false
  for (let m = 0; m < k - 1; m++) if (tokens[m].word && tokens[m].text !== tokens[m].text.toUpperCase()) return false
  return true
}

/** first words found, by sentence: rules ask for every cue, and a sentence may open with thousands of marks (held weakly: no text outlives its check) */
const FIRST_WORDS = new WeakMap<Token[], number>()

/**
 * The index of a sentence's first word (-1 when it has none), past a dateline: in "WASHINGTON — Exit polls suggest…" the
 * sentence opens at "Exit", capitalised as any first word is.
 */
export function firstWord(tokens: Token[]): number {
  // most sentences open with a word that leads no dateline (a capital then a lowercase letter, no credit in brackets): no lookup
  const t = tokens[0]
  // (an interview's question or answer letter is no word of the sentence: "Q: Critics say…", "A. The numbers went up")
  // (one letter, or one with its stop: read only then, as this runs at every reader's first look)
  // (a briefing transcript's question letter stands alone before the reporter's words: "Q Thanks, Karine.")
  const mark = !!t?.word && t.text.length <= 2 && lexicon.abbrInterviewMarks.has(t.text[0]) && (t.text.length === 1 ? tokens[1]?.text === ':' || (t.text === 'Q' && !!tokens[1]?.cap && tokens[1].word) : t.text[1] === '.')
  if (t?.word && !mark && (t.text.length === 1 || isLower(t.text.charCodeAt(1))) && !isDigit(t.text.charCodeAt(0)) && tokens[1]?.text !== '(' && tokens[2]?.text !== '(' && tokens[3]?.text !== '(') return 0
  let k = FIRST_WORDS.get(tokens)
  if (k === undefined) {
    k = tokens.findIndex((x, n) => x.word && !(n === 0 && mark))
    const d = k >= 0 ? pastDateline(tokens, k) : k
    // (a "dateline" whose dash ends the sentence leaves its first word the first: "WHO Court said… —")
    const after = d > k ? tokens.findIndex((x, n) => n >= d && x.word) : -1
    if (after >= 0) k = after
    FIRST_WORDS.set(tokens, k)
  }
  return k
}

const isLower = (c: number) => c >= 97 && c <= 122

/**
 * Where the sentence goes on past a dateline that opens at `i`, or `i` when none does: "PARIS, Aug 31 (Reuters) - Marine Le
 * Pen…", "Washington (AFP) – Hillary Clinton…", a live report's "10:42 p.m. ET — The Associated Press…".
 */
export function pastDateline(tokens: Token[], i: number): number {
  const t = tokens[i]
  if (!t) return i
  let credit = false
  for (let n = i + 1; n < i + 4 && !credit && t.cap; n++) credit = tokens[n]?.text === '(' && !!tokens[n + 1]?.cap && tokens[n + 2]?.text === ')' && DASHES.has(tokens[n + 3]?.text ?? '')
  const shouted = t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text)
  // (a clock time, then only its a.m. or p.m. and zone before the dash)
  const clock = isDigit(t.text.charCodeAt(0)) && tokens[i + 1]?.text === ':' ? pastClock(tokens, i) : -1
  if (clock > i) return DASHES.has(tokens[clock]?.text ?? '') ? pastDashes(tokens, clock) : i
  if (!credit && !shouted) return wireDateline(tokens, i)
  for (let k = i + 1; k < tokens.length && k < i + 14; k++) if (DASHES.has(tokens[k].text)) return pastDashes(tokens, k)
  // (a place in capitals then a colon, as Indian and Pakistani papers date a story: "NEW DELHI: The Supreme Court…", "MUMBAI: A
  // fire…"; a transcript's speaker is labelled so too, "FALLIN: Well, I think…", so the place is a capital or the news opens with
  // an article)
  if (!shouted) return i
  let k = i + 1
  while (k < i + 4 && tokens[k]?.word && tokens[k].text === tokens[k].text.toUpperCase()) k++
  return tokens[k]?.text === ':' && capped(tokens[k + 1]) && (isArticle(tokens[k + 1]) || lexicon.places.capitals.match(tokens, i, k)?.length === k - i) ? k + 1 : i
}

/**
 * Past a wire's dateline with its date and its credit in brackets and no dash, at `i`: "Varanasi, Oct 20 (PTI) Prime Minister…",
 * "Lagos, March 3 (NAN): …"; else `i`.
 */
function wireDateline(tokens: Token[], i: number): number {
  if (!tokens[i].cap || tokens[i + 1]?.text !== ',') return i
  for (let n = i + 3; n < i + 8 && n < tokens.length; n++) {
    if (tokens[n].text !== '(') continue
    const credit = tokens[n + 1]
    if (!credit?.word || credit.text !== credit.text.toUpperCase() || tokens[n + 2]?.text !== ')' || !isDigit(tokens[n - 1].text.charCodeAt(0))) return i
    let k = n + 3
    while (tokens[k] && (tokens[k].text === ':' || DASHES.has(tokens[k].text))) k++
    return capped(tokens[k]) ? k : i
  }
  return i
}

const pastDashes = (tokens: Token[], k: number) => {
  while (DASHES.has(tokens[k]?.text ?? '')) k++
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
  return k > 0 && grammar.courtesyTitles.has(t[k - 1].lower) && !!t[k]?.cap && !(capped(t[k + 1])) && !grammar.addressedOffices.has(t[k].norm)
}

/** Whether the word at `k` opens a description set off after a name, as an article or an owner does: ", the company's president,", ", its chief legal officer,". */
export const opensDescription = (tokens: Token[], k: number) => isDeterminer(tokens[k]) || isPossessive(tokens[k])

/** Whether the sentence is an interviewer's line: "Q: You said last week that…", "Q. What changed?". */
export const questionLine = (tokens: Token[]) => tokens[1]?.text === ':' && grammar.questionLabels.has(w(tokens, 0))

/** A short word written in capitals, as initials are: "CEO", "MRI". */
export const inCapitals = (t: Token) => t.text.length <= 4 && t.text === t.text.toUpperCase()

/** A role written as its initials, in capitals but no name: "Amazon's CEO", "the bank's CFO". */
export const roleInitials = (t: Token) => inCapitals(t) && isPersonRole(t)

/**
 * A surname that is also a company's word, alone, after a given name or inside a longer name: "Samantha Power", then "Power", is a
 * person, "Georgia Power" a company, "the Clean Power Plan" neither.
 */
export const surnameNotCompany = (t: Token[], k: number) => lexicon.companySurnames.has(t[k].norm) && (!t[k - 1]?.cap || isGivenName(t[k - 1]) || !!t[k + 1]?.cap)

/** A verb before "to" + a saying verb at `k` that keeps it a cue ("went on to say", "more likely to say"; not "is likely to announce"). */
export const speechFrame = (tokens: Token[], k: number) => grammar.infinitiveSpeech.has(w(tokens, k)) && (w(tokens, k) !== 'likely' || grammar.likelihoodComparisons.has(w(tokens, k - 1)))
