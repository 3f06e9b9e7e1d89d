import type { Block } from '../types'
import { cueVerb, grammar, lexicon } from '../lexicon'
import { nicknameEnd } from './nickname'
import { citationEnd, INVISIBLE, isWebAddress } from './tokens'

/** A sentence before analysis: where it is and how it stands on the page. */
export interface Unit {
  start: number
  end: number
  /** index of its paragraph */
  para: number
  /** the unit is a whole line of its own (a paragraph or a hard-broken line) */
  line: boolean
  /** the block kind given by a Markdown or HTML reader */
  block?: Block['kind']
}

export interface Segmentation {
  units: Unit[]
  /** paragraph ranges, by index */
  paragraphs: Array<[number, number]>
}

/** the full-width and ideographic stops a CJK keyboard types, which end their sentence with no space after them */
const WIDE = '。｡．！？'
const TERMINAL = '.!?…' + WIDE
const NUMERAL = /\p{Nd}/u
/** where a sentence may end: a stop, or a year glued to a capitalised word */
const CANDIDATE = new RegExp(`[.!?…${WIDE}]|\\d(?=\\p{Lu})`, 'gu')
const CLOSERS = '"”’\')]»›」』'
const OPENERS = '"“‘\'([«‹„'
/** pictographs, with their skin tones and joiners, and spaces to the end of the paragraph: a post's closing emoji ("staying! 🏈") */
const EMOJI_TAIL = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\s]+$/uy
/** what ends a line before a list's item: a stop, a lead-in's colon or semicolon, and any closing marks */
const LINE_ENDS = TERMINAL + ':;' + CLOSERS
/** A stock exchange and a ticker after a company's name: "Halvern Labs, Inc. (NASDAQ: HLVN) today announced…", "(Nasdaq: HLVN)", "(NYSE American: XYZ)" go on. */
const TICKER = /^\(\p{Lu}[\p{L} ]{1,14}:\s*\p{Lu}[\p{Lu}.]{0,7}\)/u
/** a wire credit in a dateline, then its dash: "NEWARK, N.J. (AP) — …" goes on past the state's period */
const DATELINE_CREDIT = /^\(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2}\)\s*(?:[—–]|--?\s)/u
// the same white space as JavaScript's \s and trim(), a byte-order mark (U+FEFF) included
const WIDE_SPACE = /\s/
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || (c !== undefined && (c.charCodeAt(0) < 128 ? c === '\t' || c === '\r' || c === '\f' || c === '\v' : WIDE_SPACE.test(c)))
// ASCII is told by range: the case tests make two strings a character
const isUpper = (c: string | undefined) => !!c && (c.charCodeAt(0) < 128 ? c >= 'A' && c <= 'Z' : c !== c.toLowerCase() && c === c.toUpperCase())
const isLower = (c: string | undefined) => !!c && (c.charCodeAt(0) < 128 ? c >= 'a' && c <= 'z' : c !== c.toUpperCase() && c === c.toLowerCase())
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9'
const isLetter = (c: string | undefined) => !!c && (c.charCodeAt(0) < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : c.toLowerCase() !== c.toUpperCase())

/** Splits text into sentences with offsets, marking paragraphs and standalone lines. */
export function segment(text: string, blocks?: Block[]): Segmentation {
  const units: Unit[] = []
  const paragraphs: Array<[number, number]> = []
  for (const { start, end, kind } of blockRanges(text, blocks)) {
    for (const [ls, le, wrapped] of pieces(text, start, end, kind !== undefined)) {
      const para = paragraphs.length
      paragraphs.push([ls, le])
      const before = units.length
      splitSentences(text, ls, le, para, kind, units)
      if (!wrapped && units.length - before === 1) units[before].line = true
    }
  }
  return { units, paragraphs }
}

/** Paragraph-level ranges: the blocks given, with gaps between them; or blank-line paragraphs. */
function blockRanges(text: string, blocks?: Block[]): Array<{ start: number; end: number; kind?: Block['kind'] }> {
  const out: Array<{ start: number; end: number; kind?: Block['kind'] }> = []
  const plain = (s: number, e: number) => {
    let at = s
    // a blank line: a line break, white space, a line break, and the white space after it
    // (found from each line break, not with a regular expression: an exec and its match cost more)
    for (let i = text.indexOf('\n', s); i >= 0 && i < e; i = text.indexOf('\n', i + 1)) {
      let k = i + 1
      while (text[k] !== '\n' && isSpace(text[k])) k++
      if (text[k] !== '\n') continue
      k++
      while (isSpace(text[k])) k++
      out.push({ start: at, end: i })
      at = k
      i = k - 1
    }
    out.push({ start: Math.min(at, e), end: e })
  }
  if (!blocks?.length) {
    plain(0, text.length)
  } else {
    let at = 0
    for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
      const s = Math.max(b.start, at)
      const e = Math.min(b.end, text.length)
      if (e <= s) continue
      if (s > at) plain(at, s)
      out.push({ start: s, end: e, kind: b.kind })
      at = e
    }
    if (at < text.length) plain(at, text.length)
  }
  return out.filter((r) => /\S/.test(text.slice(r.start, Math.min(r.end, r.start + 64))) || hasContent(text, r.start, r.end))
}

function hasContent(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSpace(text[i])) return true
  return false
}

/** A line ending with a comma, maybe inside a closing quotation mark ("“We're not going anywhere,”"): the sentence goes on. */
const commaEnd = (text: string, e: number) => text[e - 1] === ',' || (CLOSERS.includes(text[e - 1]) && text[e - 2] === ',')

/**
 * Pieces of a paragraph that no sentence crosses. A hard-wrapped paragraph joins its
 * lines; otherwise every line break is a boundary (scraped pages put one paragraph,
 * headline or caption a line). Returns [start, end, wrapped].
 */
function pieces(text: string, start: number, end: number, fromBlock: boolean): Array<[number, number, boolean]> {
  const lines: Array<[number, number]> = []
  for (let at = start; at <= end; ) {
    let i = text.indexOf('\n', at)
    if (i < 0 || i > end) i = end
    let s = at
    let e = i
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    if (e > s) lines.push([s, e])
    at = i + 1
  }
  if (lines.length <= 1 || fromBlock) return lines.length ? [[lines[0][0], lines[lines.length - 1][1], lines.length > 1]] : []
  let longest = 0
  let open = 0
  for (const [s, e] of lines) longest = Math.max(longest, e - s)
  let long = 0
  let goesOn = 0
  for (let k = 0; k < lines.length - 1; k++) {
    if (!endsSentence(text, lines[k][1])) open++
    if (lines[k][1] - lines[k][0] >= longest * 0.6) long++
    if (isLower(text[lines[k + 1][0]]) || commaEnd(text, lines[k][1])) goesOn++
  }
  // hard-wrapped prose: most lines stop mid-sentence, and most are near the width of the longest or the next goes on in
  // lowercase (a scraped page's lines, one paragraph, headline, byline or credit each, vary widely and open with capitals)
  // (and prose ends its paragraph as a sentence ends: lines none of which does, "Related Coverage\nHouse Republicans split over
  // spending\nWhat's in the stopgap bill", are teasers or headlines, a unit each, unless they go on in lowercase)
  const prose = endsSentence(text, lines[lines.length - 1][1]) || goesOn * 2 >= lines.length - 1
  const wrapped = open * 2 >= lines.length - 1 && (long * 2 >= lines.length - 1 || goesOn * 2 >= lines.length - 1) && longest >= 30 && prose
  if (!wrapped) return lines.map(([s, e]) => [s, e, false])
  const out: Array<[number, number, boolean]> = []
  let s0 = lines[0][0]
  for (let k = 0; k < lines.length - 1; k++) {
    const [s, e] = lines[k]
    const nextFirst = text[lines[k + 1][0]]
    const titleLine = !endsSentence(text, e) && !commaEnd(text, e) && (e - s < longest * 0.6 || text[e - 1] === ':') && !isLower(nextFirst)
    // a bulleted item is a line of its own after another item or a line that ends as a sentence or a lead-in does ("Here is what
    // we are watching:\n- Turnout…\n- Results…"), not a dash that a hard wrap put first on a line
    const item = bulleted(text, lines[k + 1][0]) && (bulleted(text, s) || LINE_ENDS.includes(text[e - 1]))
    if (titleLine || item) {
      out.push([s0, e, s0 !== s])
      s0 = lines[k + 1][0]
    }
  }
  out.push([s0, lines[lines.length - 1][1], s0 !== lines[lines.length - 1][0]])
  return out
}

/** Whether nothing but spaces stands between the line's start and `at`. */
export function firstOfLine(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  return k < 0 || text[k] === '\n' || text[k] === '\r'
}

/** Whether the line at `s` opens with a bullet and a space: "- ", "* ", "• ". */
export const bulleted = (text: string, s: number) => BULLETS.includes(text[s]) && (text[s + 1] === ' ' || text[s + 1] === '\t')

/** Whether a block is a list's item, a link's or one of the writer's own words. */
export const listBlock = (kind: string | undefined) => kind === 'list-item' || kind === 'list-text'

/** Whether a unit is a list's item: one the Markdown or HTML reader marked, or a plain text's bulleted line. */
export const listLine = (text: string, u: { block?: string; start: number }) => listBlock(u.block) || bulleted(text, u.start)

/** Whether only spaces stand between `end` and the end of its line. */
export function lineEnds(text: string, end: number): boolean {
  let k = end
  while (k < text.length && text[k] !== '\n' && isSpace(text[k])) k++
  return k === text.length || text[k] === '\n'
}

/** Whether the unit starting at `b` is on the line right below the one ending at `a`, with no blank line between. */
export function lineBelow(text: string, a: number, b: number): boolean {
  const at = text.indexOf('\n', a)
  if (at < 0 || at >= b) return false
  const second = text.indexOf('\n', at + 1)
  return second < 0 || second >= b
}

/** Whether the unit at `s` opens its line as a list's item in plain text: a bullet, or a number and its stop ("1. The Fed held…"). */
export const plainListItem = (text: string, s: number) => (bulleted(text, s) || (isDigit(text[s]) && LIST_NUMBER.test(text.slice(s, s + 5)))) && firstOfLine(text, s)
const LIST_NUMBER = /^\d{1,2}[.)][ \t]/
const BULLETS = '-*•–·▪◦‣'

/** Whether `text[…e)` ends with . ! ? or …, before any closing quotes and brackets. */
export function endsSentence(text: string, e: number): boolean {
  let i = e - 1
  // (past invisible marks too: "…failed.\u200e")
  while (i >= 0 && (CLOSERS.includes(text[i]) || INVISIBLE.has(text.charCodeAt(i)))) i--
  return i >= 0 && TERMINAL.includes(text[i])
}

/** The word ending just before offset `i` (letters, digits, inner dots and hyphens). */
function wordBefore(text: string, i: number, floor: number): string {
  let s = i
  // no abbreviation is longer than this: a bound keeps "Ab.Ab.Ab.…" linear
  floor = Math.max(floor, i - 24)
  while (s > floor && (isLetter(text[s - 1]) || isDigit(text[s - 1]) || ((text[s - 1] === '.' || text[s - 1] === '-') && s - 1 > floor && (isLetter(text[s - 2]) || isDigit(text[s - 2]))))) s--
  return text.slice(s, i)
}

/**
 * Whether a capital letter after a lowercase word is no initial but a name of its own, ending its
 * sentence before a plural of people, documents or evidence: "said in a post on X. Forecasters
 * expect…", "…on X. Videos posted…" (a middle initial follows a name, and "by J. Edgar Hoover" has a
 * name after the letter).
 */
function pluralAfterLetter(text: string, i: number, k: number, start: number, end: number): boolean {
  const next = wordAt(text, k, end)
  if (!next.endsWith('s') || !(lexicon.vagueNouns.has(next) || lexicon.personRoles.has(next) || lexicon.documentNouns.has(next) || lexicon.evidenceNouns.has(next))) return false
  let p = i - 2
  while (p > start && text[p] === ' ') p--
  return p > start && isLower(text[p])
}

/** The word starting at offset `i`, lowercase. */
function wordAt(text: string, i: number, end: number): string {
  let e = i
  while (e < end && (isLetter(text[e]) || text[e] === "'" || text[e] === '’')) e++
  return text.slice(i, e).toLowerCase()
}

/** After `?”` a capitalised speaker and a saying verb continue the sentence: “Why now?” Kim asked. */
function speechTagFollows(text: string, i: number, end: number): boolean {
  let at = i
  let before = ''
  for (let n = 0; n < 4 && at < end; n++) {
    const w = wordAt(text, at, end)
    if (!w) return false
    const cue = cueVerb(w)
    // (a phrasal verb with its particle only: "Nega put his house up for sale" is no tag)
    // (a base form only after a plural or a pronoun that takes one, "Critics ask", "They say": "“Why?” Good question." is no tag)
    const agrees = cue?.form !== 'base' || before.endsWith('s') || grammar.subjectPronouns.has(before)
    if (cue && cue.cls === 'speech' && cue.form !== 'ing' && agrees && (!cue.particle || wordAt(text, at + w.length + 1, end) === cue.particle)) return true
    before = w
    if (!isUpper(text[at])) return false
    at += w.length
    while (at < end && (text[at] === ' ' || text[at] === '.' || text[at] === '-')) at++
  }
  return false
}

function splitSentences(text: string, start: number, end: number, para: number, block: Block['kind'] | undefined, out: Unit[]): void {
  let s = start
  const push = (e: number) => {
    let a = s
    let b = e
    while (a < b && isSpace(text[a])) a++
    while (b > a && isSpace(text[b - 1])) b--
    if (b > a) out.push({ start: a, end: b, para, line: false, block })
    s = e
  }
  CANDIDATE.lastIndex = start
  // the search ends with the paragraph (a slice shares the text's memory): a paragraph with no stop
  // must not scan the rest of the article, or a page of headlines is quadratic
  const upto = end < text.length ? text.slice(0, end) : text
  // test, not exec: every match is one character, so no match array is needed
  while (CANDIDATE.test(upto)) {
    const i = CANDIDATE.lastIndex - 1
    if (i >= end) break
    const c = text[i]
    // a year glued to the next sentence by scraping: "June 27, 2014North Korea's…"
    if (isDigit(c)) {
      if (isLower(text[i + 2]) && i - 3 >= start && /^(1[6-9]|20)\d\d$/.test(text.slice(i - 3, i + 1)) && !isDigit(text[i - 4])) push(i + 1)
      continue
    }
    let j = i
    while (j < end && TERMINAL.includes(text[j])) j++
    const run = text.slice(i, j)
    while (j < end && CLOSERS.includes(text[j])) j++
    // (a citation's marker after the stop goes with it: "…, the report said.[2] Turnout fell.")
    while (j < end && text[j] === '[') {
      const m = citationEnd(text, j)
      if (m === j || m > end) break
      j = m
      while (j < end && CLOSERS.includes(text[j])) j++
    }
    // ("It fell。Then…", "公布。他说": no space follows a wide stop; "３．５" is a number)
    if (WIDE.includes(run[run.length - 1]) && !(run === '．' && NUMERAL.test(text[i - 1] ?? '') && NUMERAL.test(text[i + 1] ?? ''))) {
      push(j)
      CANDIDATE.lastIndex = j
      continue
    }
    // (a guillemet closes past the space French sets before it: "« We will win. »")
    if (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\u202f') j = spacedGuillemet(text, j, end)
    const closed = j > i + run.length
    // ("He left.\u200f The next day…": an invisible mark after the stop ends nothing)
    while (j < end && text.charCodeAt(j) > 0x7f && INVISIBLE.has(text.charCodeAt(j))) j++
    if (j < end && !isSpace(text[j])) {
      // "the end.The next" glued by scraping: a lowercase word, a period, a capitalised word;
      // after a closing quotation mark any stop: "so do voters!”After his rally"
      if (isUpper(text[j]) && isLower(text[j + 1])) {
        const w = run === '.' && !closed ? wordBefore(text, i, start) : ''
        // (a tag after "?”" or "!”" goes on with the sentence, glued or not: “Why wait?”Lee asked)
        const tag = run !== '.' && speechTagFollows(text, j, end)
        // (or a figure that ends the sentence, not one that opens its line as a list's number: "won 3-1.Fans", "rose 4%.Analysts")
        const figure = run === '.' && !closed && i - w.length > start && ((w.length >= 2 && isDigit(w[w.length - 1]) && !w.includes('.')) || (text[i - 1] === '%' && isDigit(text[i - 2])))
        if ((closed && !tag) || figure || (run === '.' && !closed && w.length >= 2 && !w.includes('.') && isLower(w[w.length - 1]) && !lexicon.abbrAmbiguous.has(w))) push(j)
      }
      CANDIDATE.lastIndex = j
      continue
    }
    let k = j
    while (k < end && isSpace(text[k])) k++
    if (k >= end) {
      CANDIDATE.lastIndex = j
      continue
    }
    const n = text[k]
    let boundary: boolean
    if (isLower(n)) boundary = false
    else if (run === '.') boundary = periodEnds(text, i, k, start, end, n)
    else if (run.includes('?') || run.includes('!')) boundary = !(closed && speechTagFollows(text, k, end))
    else boundary = isUpper(n) || OPENERS.includes(n) // ellipsis
    // (emoji that close the paragraph are the sentence's, no unit of their own: "The Rivermen are staying! 🏈")
    if (boundary && n > '\u2000') {
      EMOJI_TAIL.lastIndex = k
      if (EMOJI_TAIL.test(upto)) boundary = false
    }
    if (boundary) push(j)
    CANDIDATE.lastIndex = j
  }
  push(end)
}

/** Past the spaces and the closing guillemet at `j`, French style ("win. »"), or `j`. */
function spacedGuillemet(text: string, j: number, end: number): number {
  let k = j
  while (k < end && k < j + 2 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\u202f')) k++
  return k > j && (text[k] === '»' || text[k] === '›') ? k + 1 : j
}

/**
 * Whether `at` opens a list's item: its paragraph, or a line after one that ends as a sentence or a lead-in does ("Three goals:"),
 * not a hard-wrapped line of a sentence ("the count rose to\n3. Then…").
 */
function listItemAt(text: string, at: number, floor: number): boolean {
  let p = at - 1
  while (p >= floor && (text[p] === ' ' || text[p] === '\t')) p--
  if (p < floor) return true
  if (text[p] !== '\n') return false
  while (p > floor && isSpace(text[p - 1])) p--
  return p <= floor || LINE_ENDS.includes(text[p - 1])
}

/** Whether the word at `at` opens a sentence: only spaces and opening marks between it and a stop, a line break or the start. */
function opensSentence(text: string, at: number, floor: number): boolean {
  let p = at - 1
  while (p >= floor && (isSpace(text[p]) || OPENERS.includes(text[p]))) p--
  while (p > floor && CLOSERS.includes(text[p])) p--
  return p < floor || TERMINAL.includes(text[p]) || text[p] === '\n'
}

/** The part of a word after its last hyphen that a letter follows ("Sen" of "then-Sen"). */
function afterHyphen(w: string): string {
  for (let k = w.length - 2; k >= 0; k--) if (w[k] === '-' && isLetter(w[k + 1])) return w.slice(k + 1)
  return w
}

/** The first offset from `k` past opening marks. */
function firstAfterMarks(text: string, k: number, end: number): number {
  while (k < end && OPENERS.includes(text[k])) k++
  return k
}

/** Whether the period at `i` ends a sentence, given the next non-space character `n` at `k`. */
function periodEnds(text: string, i: number, k: number, start: number, end: number, n: string): boolean {
  const w = wordBefore(text, i, start)
  if (!w) return true
  // "1. Raise taxes.": a number that opens its line numbers a list's item
  if (w.length <= 3 && isDigit(w[0]) && isDigit(w[w.length - 1]) && listItemAt(text, i - w.length, start)) return false
  if (n === '(' && DATELINE_CREDIT.test(text.slice(k, k + 40))) return false
  // "then-Sen." and "D-Ill." end with their abbreviation
  const bare = afterHyphen(w.endsWith('.') ? w.slice(0, -1) : w)
  if (n === '(' && lexicon.companyWords.has(bare.toLowerCase()) && TICKER.test(text.slice(k, k + 32))) return false
  if (lexicon.abbrNever.has(bare) || lexicon.abbrNever.has(bare.toLowerCase())) return false
  if (lexicon.abbrTitles.has(bare)) return false
  // (a transcript's speaker or a shouted byline writes the title in capitals too: "SEN. MARCUS HALE:", "DR. ANTHONY FAUCI:")
  if (bare.length > 1 && isUpper(bare[1]) && isUpper(text[k]) && bare === bare.toUpperCase() && lexicon.abbrTitles.has(bare[0] + bare.slice(1).toLowerCase())) return false
  if (isDigit(n)) return !lexicon.abbrBeforeNumbers.has(bare) && !lexicon.abbrNumberedOnly.has(bare)
  // (an opening mark before a lowercase word goes on with the sentence: 'said the U.S. “clearly” needed…')
  const starter = () => lexicon.sentenceStarters.has(wordAt(text, k, end)) || (OPENERS.includes(n) && !isLower(text[firstAfterMarks(text, k, end)] ?? ''))
  // an initial ("George W. Bush", "J. R. R. Tolkien") unless a sentence plainly starts
  // (a nickname in quotation marks goes on with the name: 'Rep. Robert C. "Bobby" Scott')
  // ("A. I have not decided.": an interview's answer letter that opens its line is no sentence)
  if (bare.length === 1 && isUpper(bare)) return (starter() || pluralAfterLetter(text, i, k, start, end)) && nicknameEnd(text, k) === k && !(lexicon.abbrInterviewMarks.has(bare) && listItemAt(text, i - 1, start))
  // a lowercase "no." or "apt." before a word of prose is the word itself: "Lee said no. Ortiz left.", "vote no. AOC posted…"
  // ("apt. B", "vol. II" go on)
  if (lexicon.abbrBeforeNumbers.has(bare) && isLower(bare[0]) && isUpper(text[k]) && (isLower(text[k + 1]) || acronymAt(text, k, end))) return true
  // and a closing mark after it ends the word: 'told them: “No.” Lee said…' ("No. 3" has no mark between)
  if (lexicon.abbrBeforeNumbers.has(bare) && CLOSERS.includes(text[i + 1])) return true
  // a reply that opens its sentence ends there before a capitalised word: "Is he paying? No. Donald Trump has…"
  if (lexicon.abbrReplies.has(bare) && isUpper(text[k]) && isLower(text[k + 1]) && opensSentence(text, i - w.length, start)) return true
  // a time of day ends before a capitalised word but a day, a month or a zone: "…before 8:30 a.m. Research has linked…"
  // (and goes on into the same time elsewhere in brackets: "at 7:10 a.m. (2210 GMT Wednesday) and flew…")
  if (n === '(' && lexicon.abbrTimesOfDay.has(bare.toLowerCase()) && bracketedTime(text, k + 1, end)) return false
  if (lexicon.abbrTimesOfDay.has(bare.toLowerCase()) && isUpper(text[k])) {
    const next = wordAt(text, k, end)
    // (a zone may carry its own periods: "9 p.m. E.T.")
    const dotted = text.slice(k, Math.min(end, k + 8)).split(/\s/)[0].replace(/\./g, '').toLowerCase()
    return !(lexicon.timeWords.has(next) || lexicon.timeZones.has(next) || lexicon.timeZones.has(dotted))
  }
  // "etc." closes a list: a capital after it opens the next sentence
  if (lexicon.abbrListEnds.has(bare)) return isUpper(text[firstAfterMarks(text, k, end)] ?? '')
  // (a web address's period ends the sentence: "…, according to PowerOutage.us. Friends were…"; so does a decimal's with its
  // unit, no dotted abbreviation opening with a digit: "…to a record $22.3bn. Luca Maestri said…")
  if ((bare.includes('.') && !isDigit(bare[0]) && !isWebAddress(bare)) || lexicon.abbrAmbiguous.has(bare) || lexicon.abbrBeforeNumbers.has(bare)) return starter() || peopleAfterState(text, i - w.length, k, end)
  return true
}

/** Whether an acronym of two or more capitals, no roman numeral, stands at `k` ("AOC", not "II" nor "B"). */
function acronymAt(text: string, k: number, end: number): boolean {
  let e = k
  while (e < end && isUpper(text[e])) e++
  return e - k >= 2 && !/^[IVXLC]+$/.test(text.slice(k, e)) && !isLetter(text[e] ?? '')
}

/** Whether a bracket opening before `k` gives a time: a clock figure or a zone ("(2210 GMT)", "(local time)"). */
function bracketedTime(text: string, k: number, end: number): boolean {
  const next = wordAt(text, k, end)
  return isDigit(text[k] ?? '') || lexicon.timeZones.has(next)
}

/**
 * A state's abbreviation after its city at `at` ("…landed in Portland, Ore."), then people in the plural at `k`: "Passengers have
 * sued…", "Investigators said…" open a sentence (no name is a plural noun for people; "U.S. Marshals" has no city before it).
 */
function peopleAfterState(text: string, at: number, k: number, end: number): boolean {
  if (text[at - 1] !== ' ' || text[at - 2] !== ',' || !isLetter(text[at - 3] ?? '')) return false
  const next = wordAt(text, k, end)
  return next.endsWith('s') && (lexicon.vagueNouns.has(next) || lexicon.personRoles.has(next))
}
