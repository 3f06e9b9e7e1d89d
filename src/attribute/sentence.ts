import type { Quotation } from '../segment/quotes'
import { endsSentence, firstOfLine, type Unit } from '../segment/sentences'
import { QUOTE_MARKS, tokenize, w, type Token, isPreposition, isDeterminer, isTimeWord, isPronoun, isDocumentNoun, isTimeDeterminer, normalised } from '../segment/tokens'
import { findAttributions, type Found } from './cues'
import { citesOnly, transcriptSpeakers } from './headline'
import { GROUP_TYPES, isPlural, isSourceNoun, ownerReading, readSource, splitApposedNames, splitSpeakers, type SourceReading } from './sources'
import { findMainSubject } from './speaker'
import { addressee, headOf, leftNP, type Range } from './noun-phrase'
import { OPEN_QUOTES } from './words'
import { cueVerb, grammar, lexicon } from '../lexicon'
import type { SourceType } from '../types'

/** How a sentence stands to the quotations of its paragraph. */
export interface QuoteShape {
  /** share of the sentence's characters inside quotations */
  share: number
  /** the sentence opens with, or inside, a quotation */
  startsQuoted: boolean
  /** the quotations touching the sentence, by group (all paragraphs of one quotation share one) */
  groups: readonly number[]
  /** a quotation of speech, not just a quoted term ("reclassified as “vulnerable”") */
  speech: boolean
}

/** What the later stages need of a sentence once its words are read: no tokens. */
export interface Sentence extends Unit {
  index: number
  quote: QuoteShape
  /** ends with . ! ? or … (before closing quotes and brackets) */
  terminal: boolean
  /** a quotation the writer tags as their own ("“…,” I said"): it takes no other speaker */
  authorQuote: boolean
}

/** A sentence with its tokens and own attributions, while it is being read. */
export interface Analysed extends Sentence {
  tokens: Token[]
  found: Found[]
  /** a line in Title Case with no lowercase word but the small ones headlines keep: its capitals do not mark names */
  titleCase: boolean
  /** a footnote that only cites its source ("[^1]: Board minutes, Dec. 4."): the credit of the sentence citing it */
  citation: boolean
}

/** the shape of every sentence without quotations: one object for them all */
const UNQUOTED: QuoteShape = Object.freeze({ share: 0, startsQuoted: false, groups: Object.freeze([]), speech: false })

/**
 * Reads a document's sentences in order, one at a time: tokens, quotation shape and own
 * attributions. Quotations are walked with the sentences, so the whole document is read once.
 * `noteLead`: the unit opens a footnote's text.
 */
export function sentenceAnalyser(text: string, quotations: Quotation[]): (unit: Unit, index: number, noteLead?: boolean) => Analysed {
  let transcript: Set<string> | undefined
  const speakers = () => (transcript ??= transcriptSpeakers(text))
  let q = 0
  let tq = 0
  const inQuote = (offset: number) => {
    while (tq < quotations.length && quotations[tq].end <= offset) tq++
    return tq < quotations.length && quotations[tq].start < offset && offset < quotations[tq].end
  }
  return (unit, index, noteLead = false) => {
    while (q < quotations.length && quotations[q].end <= unit.start) q++
    let groups: number[] | undefined
    let quoted = 0
    let speech = false
    for (let k = q; k < quotations.length && quotations[k].start < unit.end; k++) {
      const span = quotations[k]
      ;(groups ??= []).push(span.group)
      quoted += Math.min(span.end, unit.end) - Math.max(span.start, unit.start)
      if (span.start < unit.start || span.end > unit.end || !span.closed || isSpeech(text, span)) speech = true
    }
    const quote: QuoteShape = groups
      ? { share: quoted / Math.max(1, unit.end - unit.start), startsQuoted: quotations[q].start <= unit.start, groups, speech }
      : UNQUOTED
    const tokens = tokenize(text, unit.start, unit.end, inQuote)
    const titled = titleCase(tokens)
    // (read before common words lose their capitals)
    const headline = titled && unit.line && tokens.every((t) => !t.word || !/^\p{Ll}/u.test(t.text) || grammar.titleCaseSmallWords.has(t.lower))
    if (titled) lowerCommonWords(tokens)
    const terminal = endsSentence(text, unit.end)
    // (a transcript label in capitals alone on its line is no headline: "STEVE INSKEEP, HOST:")
    const found = findAttributions(text, tokens, { quotes: speech, titleLine: unit.line && !terminal, afterQuote: closedQuoteBefore(text, unit.start), beforeQuote: openQuoteAfter(text, unit.end), lineStart: (!headline || text[unit.end - 1] === ':') && firstOfLine(text, unit.start), speakers, noteLead })
    for (const f of found) {
      if (!f.src || f.reading) continue
      const r = readSource(text, tokens, f.src, !tokens[f.src[0]].quoted)
      // (an owner of the noun after it: "the city's argument that…"; "Macy's said" is a name)
      f.reading = ownedReading(tokens, f.src, r)
    }
    const sourced = found.some((f) => f.reading?.notSource) ? found.filter((f) => !f.reading?.notSource) : found
    const authorQuote = found.some((f) => f.reading?.notSource === 'author' && f.rule === 'author-tag')
    return { start: unit.start, end: unit.end, para: unit.para, line: unit.line, block: unit.block, index, tokens, quote, found: splitJoined(text, tokens, sourced), terminal, authorQuote, titleCase: headline, citation: noteLead && citesOnly(tokens, sourced) }
  }
}

/**
 * The subject of a sentence when it names a body or a document on record ("The Health Ministry issued…", "The report was
 * published…"): an antecedent for a later "it". Read only when an "it" speaks.
 */
export function bodySubject(text: string, s: Analysed): { src: Range; reading: SourceReading } | undefined {
  const subject = subjectReading(text, s)
  return subject?.reading.kind === 'named' && BODY_TYPES.has(subject.reading.type) ? subject : undefined
}

/**
 * The first document a sentence names with an article, if on record, as an object or anywhere after its subject ("Inspectors wrote an
 * inspection report.", "I read the inspection report last week."): the antecedent of an "it" that speaks in the next sentence when no body or
 * source is nearer ("It describes rusted pipes…"). Read only then.
 */
export function documentNamed(text: string, s: Analysed): { src: Range; reading: SourceReading } | undefined {
  const tokens = s.tokens
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]
    // (a document noun that modifies another is read at the other: "the audit report")
    if (!t.word || t.cap || t.quoted || isPlural(t) || !isDocumentNoun(t) || (tokens[k + 1]?.word && isDocumentNoun(tokens[k + 1]))) continue
    // (the noun ends its phrase, a time or a preposition after it: "the report's author" is a person's; "a letter this week urging
    // Congress to pass a budget" is the letter's, not the budget's)
    const next = tokens[k + 1]
    const time = !!next && (isTimeWord(next) || isTimeDeterminer(next) || (isDeterminer(next) && isTimeWord(tokens[k + 2])))
    if (next?.word && !isPreposition(next) && !time) return undefined
    const np = leftNP(tokens, k)
    if (!np || !grammar.articles.has(tokens[np[0]].lower)) return undefined
    const src: Range = [np[0], k + 1]
    const reading = readSource(text, tokens, src, true)
    // (one on record only: "A letter … reflected both concerns. “…,” it said." leaves "it" to the letter's keeper, if any)
    return reading.type === 'document' && reading.kind === 'named' ? { src, reading } : undefined
  }
  return undefined
}

/**
 * The subject of a sentence when it names people ("Officials pointed to a memo they say…", "Several aides have mentioned it.
 * …, they suggested") or, with `bodies`, a group or a body ("The police released records they said…"): the antecedent of a
 * "they" that speaks. Read only when a "they" speaks.
 */
export function groupSubject(text: string, s: Analysed, bodies: boolean): { src: Range; reading: SourceReading } | undefined {
  const subject = subjectReading(text, s)
  if (!subject) return undefined
  const { type } = subject.reading
  return (bodies && GROUP_TYPES.has(type)) || ((type === 'anonymous' || type === 'unknown') && isPlural(s.tokens[headOf(s.tokens, subject.src)])) ? subject : undefined
}

/** The sentence's main subject read as a source, unless it is a pronoun or quoted. */
function subjectReading(text: string, s: Analysed): { src: Range; reading: SourceReading } | undefined {
  const tokens = s.tokens
  if (!s.terminal || s.titleCase) return undefined
  const src = findMainSubject(tokens)
  if (!src || tokens[src[0]].quoted || lexicon.pronouns.has(tokens[src[0]].lower)) return undefined
  // (an owner before its noun is the body: "Pyongyang's claims…" then "it said" is Pyongyang)
  return { src, reading: ownedReading(tokens, src, readSource(text, tokens, src, true)) }
}

/** The reading of a phrase that owns the noun after it ("the city's argument", "Pyongyang's claims") names the owner, without its 's. */
const ownedReading = (tokens: Token[], [, b]: Range, r: SourceReading) => (tokens[b]?.word && normalised(tokens[b - 1]) ? ownerReading(r) : r)

const BODY_TYPES = new Set<SourceType>(['organization', 'government', 'media', 'state-media', 'document'])

/** Whether a quotation closing after its stop ('.”', '!"', '…"') ends the text before `start` within its paragraph (a few spaces back, no line break). */
function closedQuoteBefore(text: string, start: number): boolean {
  let k = start - 1
  while (k >= 0 && start - k < 4 && (text[k] === ' ' || text[k] === '\t')) k--
  // (past every mark of nested quotations: 'How do we win?’”')
  const last = k
  while (k > 0 && last - k < 3 && QUOTE_MARKS.has(text[k])) k--
  return k < last && '.!?…'.includes(text[k])
}

/** Whether an opening quotation mark starts the next sentence, in this paragraph or the next. */
function openQuoteAfter(text: string, end: number): boolean {
  let k = end
  while (k < text.length && k - end < 4 && /\s/.test(text[k])) k++
  return k > end && OPEN_QUOTES.has(text[k])
}

/** Attributions whose speaker phrase joins a named speaker to others, as one attribution per speaker ("Doyle and others", "Clegg, its president, and Newstead"). */
function splitJoined(text: string, tokens: Token[], found: Found[]): Found[] {
  let out: Found[] | undefined
  for (let k = 0; k < found.length; k++) {
    const f = found[k]
    const long = !!f.src && !!f.reading && f.src[1] - f.src[0] >= 3
    const parts = long ? (f.reading!.kind === 'named' ? splitApposedNames : splitSpeakers)(text, tokens, f.src!, !tokens[f.src![0]].quoted) : undefined
    if (!parts && !out) continue
    out ??= found.slice(0, k)
    if (parts) for (const p of parts) out.push({ ...f, src: p.src, reading: p.reading })
    else out.push(f)
  }
  return out ?? found
}

/** a brand written with a lowercase first letter and a capital after it: "iPhone", "eBay" */
const BRAND = /^\p{Ll}{1,2}\p{Lu}/u

/** A headline in Title Case ("Trump Says He Never Pledged…", "New Poll Shows…"): capitals there do not mark names. */
function titleCase(tokens: Token[]): boolean {
  let long = 0
  let capped = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t.word || t.text.length < 4) continue
    long++
    // (a brand's own lowercase start is a capital's: "Apple Says iPhone Sales Rose 6%")
    if (t.cap || BRAND.test(t.text)) capped++
    // (a headline may leave a function word lowercase, never a verb or a noun: "…,” said Duyeon Kim of the Center for a New
    // American Security." is prose)
    else if (!t.quoted && /^\p{Ll}/u.test(t.text) && !functionWord(t.lower)) return false
    else {
      // most sentences are prose: stop once even every token left, capitalised, falls short
      const left = tokens.length - 1 - i
      if (capped + left < (long + left) * 0.8) return false
    }
  }
  return long >= 3 && capped >= long * 0.8
}

const functionWord = (w: string) => grammar.titleCaseSmallWords.has(w) || lexicon.prepositions.has(w) || grammar.subordinators.has(w) || lexicon.determiners.has(w) || lexicon.pronouns.has(w)

/** In a Title Case line, common words lose their capital; an outlet's name keeps it ("NY Post: …", "told The Washington Post"). */
function lowerCommonWords(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const outlet = lexicon.outlets.match(tokens, i)
    if (outlet) i += outlet.length - 1
    else if (i > 0 && tokens[i].cap && (commonWord(w(tokens, i)) || isSourceNoun(tokens[i]) || promisedVerb(tokens, i))) tokens[i].cap = false
  }
}

/** "Sanders Vows To Eliminate…", "Governor Pledges To Veto…": after a promise and its "to", a verb (what was promised) */
const promisedVerb = (tokens: Token[], i: number) => w(tokens, i - 1) === 'to' && cueVerb(w(tokens, i - 2))?.cls === 'commitment'

// (an irregular past too, no given name's: "Police Say Suspect Fled on Foot", not "Charlie Rose")
const commonWord = (w: string) => lexicon.cueVerbs.has(w) || lexicon.auxiliaries.has(w) || lexicon.prepositions.has(w) || lexicon.determiners.has(w) || lexicon.pronouns.has(w) || lexicon.clauseBreakers.has(w) || lexicon.adverbs.has(w) || (grammar.irregularPasts.has(w) && !lexicon.givenNames.has(w))

/** A lowercase word, then a naming participle: "a memoir called", "a book titled", "a film named". */
const NAMED_BY = new RegExp(`(?:^|[^\\p{L}])\\p{Ll}+ (?:${[...grammar.namingParticiples].join('|')})\\s*$`, 'u')

/**
 * Whether the quotation opening at `start` is a title a thing's noun is named by: "a memoir called “Becoming,” which…", "a
 * book titled “The Long Road.”" (a term, whatever its marks); after people it is their words ("a move critics called “a betrayal,”").
 */
function namedTitle(text: string, start: number): boolean {
  const from = Math.max(0, start - 40)
  if (!NAMED_BY.test(text.slice(from, start))) return false
  const tokens = tokenize(text, from, start, () => false)
  const noun = tokens[tokens.length - 2]
  return !!noun && !isPronoun(noun) && !addressee(noun)
}

/** A quotation of speech has several words or a sentence inside; a short one names a term, as does a title (namedTitle). */
function isSpeech(text: string, span: Quotation): boolean {
  if (namedTitle(text, span.start)) return false
  // the text inside the marks, found by offsets: a replace costs a regular expression and a copy
  let a = span.start
  let b = span.end
  while (a < b && QUOTE_MARKS.has(text[a])) a++
  while (b > a && QUOTE_MARKS.has(text[b - 1])) b--
  const inner = text.slice(a, b)
  if (/[.!?,;:]\s*$/.test(inner) || /[.!?]\s/.test(inner)) return true
  let words = 1
  for (let i = 0; i < inner.length && words < 5; i++) if (inner[i] === ' ' && inner[i + 1] !== ' ') words++
  return words >= 5
}
