import type { Attribution, Role } from '../types'
import type { Sentence } from '../attribute/sentence'
import { grammar, lexicon } from '../lexicon'
import { withoutNicknames } from '../segment/nickname'
import { bulleted, listLine } from '../segment/sentences'

/** A sentence's copy of an attribution it inherits, fields in the same order (written out: a spread is several times slower). */
function inherited(a: Attribution): Attribution {
  const copy: Attribution = { cue: a.cue, source: a.source, quote: true, inherited: true, rule: a.rule }
  if (a.via !== undefined) copy.via = a.via
  return copy
}

/**
 * Quotations carry their speaker (SPEC §3): a sentence that is a direct quotation, or the
 * continuation of one, with no cue of its own takes the attributions of the neighbouring
 * sentence that tags the same quotation or speaker, before or after it, across paragraph
 * breaks, as long as no other speaker comes between. A block after a lead-in line
 * ("From the statement:") takes the lead-in's, a transcript's turn its speaker's ("Ruiz: …"), a table's rows its credit line's
 * ("Source: …"), and a quotation the credit line under it ("— Helen Marsh, director"). A bare sentence never inherits.
 */
export function carryQuotes(text: string, sentences: Sentence[], roles: Role[], own: Attribution[][]): Attribution[][] {
  // sentences inherit by taking new lists, never by changing one: the lists themselves are shared
  const result = own.slice()
  const prose = (i: number) => roles[i] === 'body' || roles[i] === 'question'
  // without a speaker of its own (a quotation the writer tags as their own has one: "“I am not shy,” I said.")
  const untagged = (i: number) => !result[i].length && prose(i) && !sentences[i].authorQuote
  const open = (i: number) => untagged(i) && isQuotation(sentences[i])
  const speaks = (i: number) => prose(i) && result[i].some((a) => a.source.kind !== 'none')
  // (the tag of the quotation only, when the sentence holds other cues: "“…,” said Bob Smith, a farmer who has argued that prices are
  // too low. “We cannot go on.”" goes on with what Smith said, not what he argued)
  const inherit = (i: number, from: number) => {
    const tags = result[from].filter((a) => a.quote)
    result[i] = (tags.length ? tags : result[from]).map(inherited)
  }
  // 0. a credit line under a quotation ("— Helen Marsh, director") names its speaker, before any speaker of the text around it;
  // a fact check's quoted claim is the credited speaker's too ("Claim: “…” — Rep. Dan Ellery")
  const labelled = (k: number) => result[k].length === 1 && result[k][0].rule === 'claim-label' && sentences[k].quote.speech
  // (a block quotation's words need no marks: "> The agreement is fair.\n> — Peter Lindqvist")
  const blockQuoted = (k: number) => untagged(k) && sentences[k].block === 'blockquote'
  // (a credit after a quotation on its own line names the speaker of that line's words only: "“…” ― Krystal Correa\n“…” ― Esther Tapia")
  // (an embedded post's words, scraped with no marks, are the paragraph right above its signature: "This is a disgrace. …" then
  // "— Sen. Maria Cantwell (@SenatorCantwell) December 4, 2026")
  for (let i = 1; i < sentences.length; i++) {
    if (!result[i].some((a) => a.rule === 'quote-credit')) continue
    const line = text.lastIndexOf('\n', sentences[i].start - 1)
    const from = /\S/.test(text.slice(line + 1, sentences[i].start)) ? line : -1
    const signed = POST_HANDLE.test(text.slice(sentences[i].start, sentences[i].end))
    const post = (k: number) => signed && untagged(k) && sentences[k].para === sentences[i - 1].para
    // (a post's signature names the paragraph right above it and nothing before)
    for (let k = i - 1; k >= 0 && sentences[k].start > from && (signed ? post(k) : open(k) || labelled(k) || blockQuoted(k)); k--) inherit(k, i)
  }
  // 1. a quotation ended by "?" or "!" is cut from its tag, which opens the next sentence: "“…the next president, Donald Trump!” Sessions said.";
  // after a full stop only a tag with nothing more is the quotation's: "“…that are missing.” Trump said." (read first: the speaker
  // named right after it is nearer than one before, and the rest of the same quotation takes it in step 2)
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = sentences[i + 1]
    if (!open(i) || next.para !== sentences[i].para || !speaks(i + 1) || !opensWithSpeaker(text, next, result[i + 1][0])) continue
    if (exclaimed(text, sentences[i]) || (stopped(text, sentences[i]) && bareTagRest(text.slice(result[i + 1][0].cue.start, next.end)))) inherit(i, i + 1)
  }
  // 1b. a sentence that points back names the speaker of the quotation before it, across a paragraph break too: "“…” So said
  // Ruiz.", "“…” Those were the words of Mayor Ana Lopez."
  for (let i = sentences.length - 2; i >= 0; i--) if (open(i) && speaks(i + 1) && pointsBack(text, sentences[i + 1], result[i + 1][0])) inherit(i, i + 1)
  // 2. the same quotation, either way: “We fought the good fight. We lost,” he said. A quotation that
  // runs on into the tagged sentence is the speaker's however little of this one it fills ("In 2009, “states were…")
  const part = (i: number) => untagged(i) && sentences[i].quote.speech
  for (let pass = 0; pass < 2; pass++) {
    for (let i = sentences.length - 2; i >= 0; i--) if (part(i) && result[i + 1].length && sharesQuotation(sentences[i], sentences[i + 1])) inherit(i, i + 1)
    for (let i = 1; i < sentences.length; i++) if (part(i) && result[i - 1].length && sharesQuotation(sentences[i - 1], sentences[i])) inherit(i, i - 1)
  }
  // 3. the quotation goes on after a tagged quotation or after indirect speech, a block quotation too ("Hutchins said in an email
  // that…" then "> We take our responsibility… seriously.")
  // (past a topic's label between them, no speaker: "Here's what he had to say." then "On the title race:" then "“It's a long…”")
  const label = (k: number) => roles[k] === 'heading' && text.slice(sentences[k].start, sentences[k].end).trimEnd().endsWith(':')
  for (let i = 1; i < sentences.length; i++) {
    const k = label(i - 1) && i > 1 ? i - 2 : i - 1
    if ((open(i) || blockQuoted(i)) && speaks(k)) inherit(i, k)
  }
  // 4. an untagged quotation before the one that names its speaker
  for (let i = sentences.length - 2; i >= 0; i--) {
    if (open(i) && speaks(i + 1) && sentences[i + 1].quote.startsQuoted && !result[i + 1][0].inherited) inherit(i, i + 1)
  }
  // 5. a lead-in line ending with a colon hands its attribution to the block that follows
  for (let i = 0; i < sentences.length - 1; i++) {
    const s = sentences[i]
    if (!result[i].length || !text.slice(s.start, s.end).trimEnd().endsWith(':')) continue
    const next = sentences[i + 1]
    if (next.para === s.para) continue
    for (let k = i + 1; k < sentences.length && inBlock(text, sentences, k, next); k++) {
      // (a list's items are the lead-in's points, no quotation: "Key cuts, according to the budget office:" then its items)
      if (!result[k].length && roles[k] === 'body') result[k] = result[i].map((a) => (listLine(text, sentences[k]) ? { ...inherited(a), quote: false } : inherited(a)))
    }
  }
  // 6. a transcript's turn is its speaker's to the paragraph's end ("Ruiz: No. We were never told…"), an interview's answer too,
  // and on through the paragraphs after it when the next turn or question opens the paragraph after them ("MS. JEAN-PIERRE: Good
  // afternoon." then "Today, the President signed…" then "Q Thanks, Karine.")
  const turns = (a: Attribution) => a.rule === 'speaker-turn' || a.rule === 'answer-turn'
  for (let i = 0; i < sentences.length - 1; i++) {
    if (!result[i].some(turns)) continue
    const turn = result[i].filter(turns)
    let end = i + 1
    while (end < sentences.length && sentences[end].para === sentences[i].para) end++
    const more = turnGoesOn(text, sentences, end, prose, (k) => own[k].some(turns))
    for (let k = i + 1; k < more; k++) if (!result[k].length && prose(k)) result[k] = turn.map(inherited)
  }
  // 7. a credit line under a table ("Source: City budget office") hands its attribution to the table's data rows above it
  for (let i = 1; i < sentences.length; i++) {
    if (!result[i].some((a) => a.rule === 'credit-line')) continue
    for (let k = i - 1; k >= 0 && sentences[k].block === 'table-row'; k--) if (!result[k].length) result[k] = result[i].map((a) => ({ ...inherited(a), quote: false }))
  }
  return result
}

/**
 * Where a transcript's turn ends when its paragraph ends at `from`: past the paragraphs of prose after it when the paragraph after
 * them opens a turn (`opensTurn`: a speaker's label the cues read) or a question ("Q", "Q:"), else at `from`; a stage direction ends
 * it ("(BEGIN VIDEO CLIP.)", "[Laughter]", "….").
 */
function turnGoesOn(text: string, sentences: Sentence[], from: number, prose: (k: number) => boolean, opensTurn: (k: number) => boolean): number {
  for (let k = from; k < sentences.length && k < from + 40; k++) {
    const s = sentences[k]
    if (s.para !== sentences[k - 1].para && (opensTurn(k) || questionLabel(text.slice(s.start, s.start + 12)))) return k
    if (!prose(k) || stageDirection(text.slice(s.start, s.end))) return from
  }
  return from
}

/** A transcript's stage direction or cut: a line in brackets, or with no letter ("(BEGIN VIDEO CLIP.)", "[crosstalk]", "…."). */
function stageDirection(body: string): boolean {
  if (!/\p{L}/u.test(body)) return true
  // (its closing bracket, past the stop after it: read char by char, no pattern that backtracks over a long line)
  let e = body.length
  while (e > 1 && '.!?,;:…"”’\' '.includes(body[e - 1])) e--
  return (body[0] === '(' || body[0] === '[') && (body[e - 1] === ')' || body[e - 1] === ']')
}

/** An interviewer's question label opening a paragraph (grammar questionLabels): "Q: Is…", "Question: …", a briefing's bare "Q Thanks…". */
function questionLabel(start: string): boolean {
  const label = /^(\p{L}+)([:.]?)\s/u.exec(start)
  return !!label && grammar.questionLabels.has(label[1].toLowerCase()) && (label[2] !== '' || label[1] === 'Q')
}

/**
 * The sentence opens by pointing back at what was said: "So said Ruiz", "Those were the words of…" (grammar viewSubjects), "That is
 * what the coach said.", "That was how she put it."
 */
function pointsBack(text: string, s: Sentence, a: Attribution): boolean {
  const head = /^\W*(\w+)(?:['’]s| is| was)? ?(\w*)/.exec(text.slice(s.start, Math.min(s.end, s.start + 20)))
  const first = head?.[1].toLowerCase() ?? ''
  const cleft = a.rule === 'speech-verb' && grammar.viewSubjects.has(first) && (head?.[2] === 'what' || head?.[2] === 'how')
  return !a.inherited && ((a.rule === 'inverted-cue' && first === 'so') || ((a.rule === 'in-the-words-of' || a.rule === 'in-the-view-of') && grammar.viewSubjects.has(first)) || cleft)
}

/** The block after a lead-in: its first paragraph, or the whole blockquote or list the reader marked. */
function inBlock(text: string, sentences: Sentence[], k: number, first: Sentence): boolean {
  const s = sentences[k]
  // (a plain text's bulleted lines are one list as a Markdown list's items are: "The figures show:" then "- 74,000 patients…")
  const item = (x: Sentence) => bulleted(text, x.start)
  return s.para === first.para || (MARKED_BLOCKS.has(first.block ?? '') && s.block === first.block && sentences[k - 1].block === first.block) || (item(first) && item(s) && (item(sentences[k - 1]) || sentences[k - 1].para === s.para))
}
const MARKED_BLOCKS = new Set(['blockquote', 'list-item', 'list-text'])

/** Ends with "?" or "!" inside its closing quotation marks. */
const exclaimed = (text: string, s: Sentence) => /[?!]['"”’]+$/.test(text.slice(Math.max(s.start, s.end - 4), s.end))
/** What follows a bare tag's verb: its end, maybe after adjuncts (" during his appearance on Fox."), and no clause, list or quotation of its own. */
const bareTagRest = (rest: string) => rest.trimEnd().endsWith('.') && !/[,;:"“”‘’«»]|\bthat\b/.test(rest)

/** Ends with a full stop or an ellipsis inside its closing quotation marks. */
const stopped = (text: string, s: Sentence) => /[.…]['"”’]+$/.test(text.slice(Math.max(s.start, s.end - 4), s.end))

/**
 * The sentence opens with its speaker and a verb of saying right after: "Sessions said as he…", not "In Ohio, Lee said" or
 * "Analysts expect…". A description may stand on either side of the name, set off by commas or brackets: "Okafor, the
 * mayor, shouted…", "Scott's niece, state Del. Marcia Price (D-Newport News), shouted…", "His sister, Ana Ruiz, said…".
 */
function opensWithSpeaker(text: string, s: Sentence, a: Attribution): boolean {
  if (a.inherited || a.rule !== 'speech-verb' || a.source.start === undefined || a.source.end === undefined) return false
  const before = text.slice(s.start, a.source.start)
  // (a nickname in the name set off after the speaker's description is no quotation: ", state Del. Marcia "Cia" Price,")
  const after = withoutNicknames(text.slice(a.source.end, a.cue.start))
  // (a description before the name closes its aside after it: "His sister, Ana Ruiz, said"; the name's source leaves out
  // the role words written before it: "Scott's niece, state Del. Marcia Price, shouted")
  return before ? describesName(before.replace(ROLE_WORDS, '')) && ASIDE.test(after.replace(/^\s*,/, '')) : ASIDE.test(after)
}

/** an embedded post's handle in its signature: "(@SenatorCantwell)" */
const POST_HANDLE = /\(@\w+\)/

/** lowercase words at the end of a stretch of text, before a name */
const ROLE_WORDS = /(?:\p{Ll}[\p{L}'’.-]*\s+)+$/u

/** Nothing, or asides set off by commas or brackets, with no clause of their own (no colon, semicolon or quotation; ’ is an apostrophe here). */
const ASIDE = /^\s*(?:(?:,[^,;:"“”‘«»]*,|\([^();:"“”‘«»]*\))\s*)*$/

/** A description before a name and its comma ("Scott's niece, "), not a phrase of time, place or manner ("In Ohio, ", "Later, "). */
function describesName(before: string): boolean {
  const m = /^([\p{L}'’.-]+)[^,;:()"“”‘«»]*, $/u.exec(before)
  if (!m) return false
  const first = m[1].toLowerCase()
  return !lexicon.prepositions.has(first) && !lexicon.adverbs.has(first) && !lexicon.timeWords.has(first) && !lexicon.clauseBreakers.has(first) && !grammar.connectives.has(first) && !first.endsWith('ly')
}

/** Mostly inside a quotation of speech: from its first character, or for most of its length. */
function isQuotation(s: Sentence): boolean {
  return s.quote.speech && ((s.quote.startsQuoted && s.quote.share >= 0.5) || s.quote.share >= 0.6)
}

function sharesQuotation(a: Sentence, b: Sentence): boolean {
  return a.quote.groups.some((g) => b.quote.groups.includes(g))
}
