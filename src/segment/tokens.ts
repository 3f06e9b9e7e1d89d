import { grammar, lexicon } from '../lexicon'
import type { Word } from '../lexicon/phrases'
import { nicknameEnd } from './nickname'

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

/** Every quotation mark, straight, curly, angled or low: what opens or closes a quotation or a quoted term. */
export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„', '`', '‹', '›'])
/** A quotation-mark token. */
export const isQuoteMark = (t: Token | undefined) => !!t && !t.word && QUOTE_MARKS.has(t.text)
/** A token that opens with a digit: a figure, a year, a score ("300", "2019", "3-1"). */
export const isFigure = (t: Token | undefined) => !!t && /^\d/.test(t.text)
/** The lowercase word at `i`, or '' past either end. */
export const w = (tokens: Token[], i: number) => tokens[i]?.lower ?? ''
/** A word with no capital: no name's, no first word's (letters in lowercase, or digits). */
export const uncapped = (t: Token | undefined): t is Token => !!t?.word && !t.cap
/** A word with a capital: a name's, or the first word's. */
export const capped = (t: Token | undefined): t is Token => !!t?.word && t.cap
/** A test of a word's lowercase form, or of its singular's, against a list of the lexicon. */
const lowerIn = (list: { has(word: string): boolean }) => (t: Token | undefined) => !!t && list.has(t.lower)
const normIn = (list: { has(word: string): boolean }) => (t: Token | undefined) => !!t && list.has(t.norm)
/** Whether a word's norm is not its lowercase: a possessive ("Smith's", "critics'") or a dotted acronym ("U.S."). */
export const normalised = (t: Token | undefined) => !!t && t.lower !== t.norm
/** A preposition ("of", "in", "after"), as closed-class.json lists them. */
export const isPreposition = lowerIn(lexicon.prepositions)
/** A determiner ("the", "a", "this"), as closed-class.json lists them. */
export const isDeterminer = lowerIn(lexicon.determiners)
/** A subject pronoun ("he", "they", "who") that may stand for an earlier source. */
export const isPronoun = lowerIn(lexicon.pronouns)
/** A word that ends a noun phrase read leftwards ("that", "which", "while"). */
export const isClauseBreaker = lowerIn(lexicon.clauseBreakers)
/** An auxiliary between a subject and its verb ("has", "would"). */
export const isAuxiliary = lowerIn(lexicon.auxiliaries)
/** An adverb allowed around a cue verb ("also", "later", "repeatedly"). */
export const isAdverb = lowerIn(lexicon.adverbs)
/** A time word, a name of no one even with its capital ("Monday", "January", "yesterday"). */
export const isTimeWord = lowerIn(lexicon.timeWords)
/** An article: "a", "an", "the". */
export const isArticle = lowerIn(grammar.articles)
/** A possessive pronoun before a noun ("his", "their"). */
export const isPossessive = lowerIn(grammar.possessivePronouns)
/** A form of a verb of saying, thinking or finding ("said", "argues", "found"), as cue-verbs.json gives them. */
export const isCueWord = lowerIn(lexicon.cueVerbs)
/** A word of an indefinite quantity ("some", "many", "several"). */
export const isIndefinite = lowerIn(lexicon.indefinite)
/** A relative pronoun ("who", "which", "that"). */
export const isRelative = lowerIn(grammar.relativePronouns)
/** A subject pronoun of grammar.json ("he", "they"). */
export const isSubjectPronoun = lowerIn(grammar.subjectPronouns)
/** An object pronoun ("him", "them"). */
export const isObjectPronoun = lowerIn(grammar.objectPronouns)
/** A title before a name ("senator", "gov.", "president"), as names.json lists them. */
export const isTitleWord = lowerIn(lexicon.titles)
/** A word of an organisation's name ("foundation", "institute"), singular or plural. */
export const isOrgWord = normIn(lexicon.organizationWords)
/** A determiner of one definite thing ("the", "this", "his"). */
export const isDefinite = lowerIn(grammar.definite)
/** A noun for one person of a nation ("Briton", "Iraqis"), singular or plural. */
export const isDemonym = normIn(lexicon.demonyms)
/** A noun of an unnamed person or group ("official", "experts"), singular or plural. */
export const isVagueNoun = normIn(lexicon.vagueNouns)
/** A word of a company's name ("Inc", "Holdings", "Airlines"), singular or plural. */
export const isCompanyWord = normIn(lexicon.companyWords)
/** A determiner of a time ("last", "next", "this"). */
export const isTimeDeterminer = lowerIn(grammar.timeDeterminers)
/** A past participle or a preposition that joins a post-modifier to its noun ("of", "based"), as grammar.json lists them. */
export const isJoiner = lowerIn(grammar.joiners)
/** A particle of a phrasal verb ("out", "up"). */
export const isParticle = lowerIn(grammar.particles)
/** A given name ("Maria", "John"), as gender.json lists them. */
export const isGivenName = lowerIn(lexicon.givenNames)
/** A noun for a person by role ("spokesman", "senator"), singular or plural. */
export const isPersonRole = normIn(lexicon.personRoles)
/** A noun for a document ("report", "statement", "study"), singular or plural. */
export const isDocumentNoun = normIn(lexicon.documentNouns)
/** A noun for a body by its office ("ministry", "agency", "company"), singular or plural. */
export const isOfficeNoun = normIn(lexicon.officeNouns)
/** A word that opens a subordinate clause ("when", "after", "because"), as grammar.json lists them. */
export const isSubordinator = lowerIn(grammar.subordinators)
/** A preposition that opens a short adjunct between a cue and its content ("in", "on", "during"). */
export const isAdjunctPreposition = lowerIn(grammar.adjunctPrepositions)
/** A word for a share or a set of a group ("two-thirds", "number", "group"), as source-nouns.json lists them. */
export const isPartitive = lowerIn(lexicon.partitives)
/** A number written in words ("two", "twelve"). */
export const isSpelledNumber = lowerIn(grammar.spelledNumbers)
/** A noun for a government's body by its office ("ministry", "department"), singular or plural. */
export const isGovernmentOffice = normIn(lexicon.governmentOffices)

// A word is letters, digits and marks, with inner apostrophes, hyphens, dots, ampersands and
// slashes ("Korea’s", "Jong-un", "U.S", "AT&T"). The scan reads character codes: a regular
// expression with Unicode classes costs several times more per token.
/** apostrophes, hyphen, dot, ampersand, slash: compared, not looked up, as the scan meets one at every word's end */
const joins = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26 || c === 0x2f
const WORD = /^[\p{L}\p{N}\p{M}]$/u
const SPACE = /^\s$/u
/**
 * Zero-width space, word joiner, byte-order mark and the marks of writing direction (left-to-right and right-to-left marks,
 * embeddings, overrides and isolates): invisible in a page's text, they part words as a space does ("said\u200b the") and end
 * nothing ("…failed.\u200e" still ends a sentence).
 */
export const INVISIBLE = new Set([0x200b, 0x2060, 0xfeff, 0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
/** the soft hyphen: a place a word may break across lines, no mark of its own ("may\u00ador" is "mayor") */
const SOFT_HYPHEN = 0xad
/** the full-width and ideographic marks a CJK keyboard types for stops, commas and colons, by the ASCII mark each reads as */
const WIDE_MARKS: Record<string, string> = { '。': '.', '｡': '.', '．': '.', '！': '!', '？': '?', '，': ',', '、': ',', '：': ':', '；': ';' }
/** classes of the BMP outside ASCII, filled in as met: 1 word, 2 space, 3 other */
const classes = new Uint8Array(0x10000)

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : c === 32 || (c >= 9 && c <= 13) ? 2 : 3
  if (c >= 0xd800 && c <= 0xdbff) return WORD.test(text.slice(i, i + 2)) ? 1 : 3
  // (UTF-8 read as Latin-1 leaves "Ã" or "Â" before a byte's sign, inside a word: "SarukhÃ¡n", "JesÃÂºs" stay one word)
  if (c >= 0x80 && c <= 0xbf && (text.charCodeAt(i - 1) === 0xc3 || text.charCodeAt(i - 1) === 0xc2)) return 1
  let k = classes[c]
  if (!k) classes[c] = k = WORD.test(text[i]) ? 1 : SPACE.test(text[i]) || INVISIBLE.has(c) ? 2 : 3
  return k
}

/** Whether a character code is an ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57

/** Past a citation's marker opening at `j`, "[2]", "[a]", as pages copied from encyclopedias carry them; else `j`. */
export function citationEnd(text: string, j: number): number {
  let k = j + 1
  while (k < j + 4 && isDigit(text.charCodeAt(k))) k++
  if (k === j + 1 && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++
  return k > j + 1 && text[k] === ']' ? k + 1 : j
}

/** Code units of the character at `i`: two for a surrogate pair. */
const width = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
}

/** every abbreviation list in one set: the test runs at the end of nearly every sentence */
const ABBREVIATIONS = new Set([...lexicon.abbrTitles, ...lexicon.abbrBeforeNumbers, ...lexicon.abbrAmbiguous, ...lexicon.abbrNever])

/** Whether a period right after `word` belongs to it (an abbreviation or initial). */
const WEB_ADDRESS = /^[\p{L}.]{3,}\.[a-z]{2,}$/u
/** A web address written as a name: "PowerOutage.us", "Amazon.com". */
export const isWebAddress = (word: string) => WEB_ADDRESS.test(word)

export function takesPeriod(word: string): boolean {
  if (word.length === 1) return /\p{L}/u.test(word)
  // "D-Ill." and "R-Texas." carry a state abbreviation after the party; "A.F.L.-C.I.O." an acronym after one
  if (word.includes('-')) return takesPeriod(word.slice(word.lastIndexOf('-') + 1))
  // (a web address's period ends it: "PowerOutage.us.", "Amazon.com."; so does a name's after its initial, "Folha de S.Paulo.")
  if (word.includes('.')) return /^[\p{L}.]+$/u.test(word) && !isWebAddress(word) && (word.length - word.lastIndexOf('.') <= 3 || ABBREVIATIONS.has(word.slice(word.lastIndexOf('.') + 1)))
  return ABBREVIATIONS.has(word)
}

/**
 * Tokens of `text[start, end)`. `inQuote(offset)` tells whether an offset lies inside a
 * quotation; it is called with increasing offsets.
 */
export function tokenize(text: string, start: number, end: number, inQuote: (offset: number) => boolean): Token[] {
  const tokens: Token[] = []
  let i = start
  // (met only past ASCII, in a word: see unhyphenate)
  let soft = false
  while (i < end) {
    const k = classOf(text, i)
    if (k === 2) {
      i++
      continue
    }
    if (k === 3) {
      const c = text.charCodeAt(i)
      // (a citation's marker is no word nor mark of the sentence: "the weather service said[1].")
      if (c === 0x5b) {
        const m = citationEnd(text, i)
        if (m > i && m <= end) {
          i = m
          continue
        }
      }
      // a social-media handle is one name: "@SpeakerRyan", "@KCNA_news" (not the "@" inside an e-mail address)
      const handle = c === 0x40 ? handleEnd(text, i, end) : i
      if (handle > i + 1 && (i === start || classOf(text, i - 1) !== 1)) {
        push(tokens, text.slice(i, handle), i, true, false, false, inQuote)
        tokens[tokens.length - 1].cap = true
        i = handle
        continue
      }
      // a nickname inside a name is a word of the name, marks and all: 'Marcia "Cia" Price', 'Robert C. “Bobby” Scott'
      const before = tokens[tokens.length - 1]
      // (an opening mark after a given name or an initial only: a Title Case headline's quoted word is no nickname, "Who Once
      // Mocked ‘Queers’ Who…")
      const opening = c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018
      const nick = opening && before?.word && before.end === i - 1 && (lexicon.givenNames.has(before.lower) || INITIAL.test(before.text)) ? nicknameEnd(text, i) : i
      if (nick > i && nick < end) {
        push(tokens, text.slice(i, nick), i, true, false, false, inQuote)
        tokens[tokens.length - 1].cap = true
        i = nick
        continue
      }
      // punctuation: one mark, or a run of dots
      let e = i + width(text, i)
      if (text.charCodeAt(i) === 0x2e) while (e < end && text.charCodeAt(e) === 0x2e) e++
      // an ASCII mark is its own lowercase; a full-width one reads as its ASCII mark ("said。" ends as "said." does)
      const mark = text.slice(i, e)
      push(tokens, c > 0x3000 ? (WIDE_MARKS[mark] ?? mark) : mark, i, false, c < 128, false, inQuote)
      i = e
      continue
    }
    // one pass over the word notes what later steps need: an apostrophe, a capital, non-ASCII
    let e = i
    let apostrophe = false
    let plain = true
    for (;;) {
      while (e < end) {
        const c = text.charCodeAt(e)
        if (c < 128) {
          if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) break
          if (c <= 90 && c >= 65) plain = false
          e++
        } else if (c === SOFT_HYPHEN && e > i && e + 1 < end && classOf(text, e + 1) === 1) {
          // (a soft hyphen inside a word joins it: "may\u00ador")
          soft = true
          plain = false
          e++
        } else if (classOf(text, e) === 1) {
          plain = false
          e += width(text, e)
        } else break
      }
      const j = text.charCodeAt(e)
      // a thousands separator joins digits: "2,000" is one word
      if (j === 0x2c && e + 1 < end && isDigit(text.charCodeAt(e - 1)) && isDigit(text.charCodeAt(e + 1))) {
        e++
        continue
      }
      // (a dotted acronym's stop before a hyphen joins what follows: "U.S.-led", "N.C.-based"; so does a capitalised abbreviation's
      // before a lowercase word, "Calif.-based")
      if (j === 0x2e && text.charCodeAt(e + 1) === 0x2d && e + 2 < end && classOf(text, e + 2) === 1 && (text.lastIndexOf('.', e - 1) >= i || (/\p{Lu}/u.test(text[i]) && /\p{Ll}/u.test(text[e + 2])))) {
        e += 2
        plain = false
        continue
      }
      if (e + 1 < end && joins(j) && classOf(text, e + 1) === 1) {
        if (j === 0x27 || j === 0x2019) apostrophe = true
        if (j === 0x2019) plain = false
        e++
      } else break
    }
    // a name's plus sign ends it: "OPEC+", "Disney+", "C++" (not a sum's: "A+B")
    if (text.charCodeAt(e) === 0x2b && classOf(text, i) === 1 && text[i] !== text[i].toLowerCase()) {
      let p = e
      while (p < end && text.charCodeAt(p) === 0x2b) p++
      if (p >= end || classOf(text, p) !== 1) {
        e = p
        plain = false
      }
    }
    // (so does a name's question or exclamation mark before a lowercase word: "Which? said", "Yahoo! reported")
    if ((text[e] === '?' || text[e] === '!') && text[e + 1] === ' ' && /\p{Lu}/u.test(text[i]) && /\p{Ll}/u.test(text[e + 2] ?? '')) {
      e++
      plain = false
    }
    const after = text.charCodeAt(e)
    // most words end at a space or a mark other than a period or an apostrophe: nothing to take or split
    if (apostrophe || after === 0x2e || after === 0x27 || after === 0x2019) i = word(tokens, text, i, e, end, apostrophe, plain, inQuote)
    else {
      push(tokens, text.slice(i, e), i, true, plain, false, inQuote)
      i = e
    }
  }
  if (soft) unhyphenate(tokens)
  acronymsOfWords(tokens)
  return tokens
}

/** A word's text keeps its soft hyphens; its lowercase and norm, read by every list, lose them ("may\u00ador" is "mayor"). */
function unhyphenate(tokens: Token[]): void {
  for (const t of tokens) {
    if (!t.word || !t.text.includes('\u00ad')) continue
    t.lower = t.lower.replace(/\u00ad/g, '')
    t.norm = t.norm.replace(/\u00ad/g, '')
  }
}

/** A word of two or more letters, all capitals: a line in capitals has its neighbours so. */
const shouted = (t: Token | undefined) => !!t?.word && t.cap && t.text.length > 1 && t.text === t.text.toUpperCase()

/**
 * An acronym spelt like a function word keeps its capitals as its lowercase, so that no rule reads it as that word ("WHO
 * officials said", "A WHO spokesman", "IT workers"; grammar wordAcronyms); not among other words in capitals ("WHO IS TO BLAME?").
 */
function acronymsOfWords(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (!t.cap || t.text.length > 3 || !grammar.wordAcronyms.has(t.lower) || !shouted(t) || shouted(tokens[k - 1]) || shouted(tokens[k + 1])) continue
    t.lower = t.norm = t.text
  }
}

/** The end of a handle's ASCII letters, digits and underscores after the "@" at `i`. */
function handleEnd(text: string, i: number, end: number): number {
  let e = i + 1
  for (let c = text.charCodeAt(e); e < end && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x5f); c = text.charCodeAt(++e));
  return e
}

/**
 * A word from `i` to `e`, with the period of an abbreviation or a plural possessive's
 * apostrophe, or split at a contraction. Returns where the next token may start.
 */
function word(tokens: Token[], text: string, i: number, e: number, end: number, apostrophe: boolean, plain: boolean, inQuote: (offset: number) => boolean): number {
  const after = text.charCodeAt(e)
  const last = text.charCodeAt(e - 1)
  // a plural possessive keeps its apostrophe ("Sanders’ office") unless it closes a quotation
  if ((after === 0x2019 || after === 0x27) && (last === 0x73 || last === 0x53) && e + 1 < end && classOf(text, e + 1) === 2 && inQuote(e) === inQuote(e + 1)) {
    e++
    apostrophe = true
    plain = false
  } else if (after === 0x2e && e < end && text.charCodeAt(e + 1) !== 0x2e) {
    // keep the period of "Mr." or "U.S." with its word, unless it also ends the sentence
    const s = text.slice(i, e)
    if (takesPeriod(s) && (e + 1 < end || s.includes('.') || s.length === 1 || lexicon.abbrTitles.has(s))) e++
    // (and its possessive: "the F.B.I.'s director", "the U.S.’s allies")
    const q = text.charCodeAt(e)
    if (e > i + 2 && text.charCodeAt(e - 1) === 0x2e && (q === 0x27 || q === 0x2019) && (text[e + 1] === 's' || text[e + 1] === 'S') && (e + 2 >= end || classOf(text, e + 2) !== 1)) {
      e += 2
      apostrophe = true
      plain = false
    }
  }
  const s = text.slice(i, e)
  // contractions are two words: "they're" → "they" "'re", "he’s" → "he" "’s"
  const c = apostrophe ? CONTRACTION.exec(s) : null
  // (an acronym's lowercase 's is its possessive, not "is": "the WHO's Africa office"; shouted, "IT'S" is two words)
  const acronym = c?.[1] === 's' && c.index > 1 && s.slice(0, c.index) === s.slice(0, c.index).toUpperCase()
  if (c && c.index > 0 && !acronym && (c[1].toLowerCase() !== 's' || grammar.contractsS.has(s.slice(0, c.index).toLowerCase()))) {
    push(tokens, s.slice(0, c.index), i, true, false, true, inQuote)
    push(tokens, s.slice(c.index), i + c.index, true, false, true, inQuote)
  } else push(tokens, s, i, true, plain, apostrophe, inQuote)
  return e
}

/** one capital and its period, a first or middle initial: "C." */
export const INITIAL = /^\p{Lu}\.$/u

const CONTRACTION = /['’](re|ve|ll|d|m|s)$/i

/** `plain`: the word is lowercase ASCII, its own lowercase and norm; `apostrophe`: it may hold one. */
const DOTTED_ACRONYM = /^(?:\p{Ll}\.){3,}$/u

/** A particle joined by a hyphen to a capitalised name: "al-Ansari", "el-Sisi" (grammar nameParticles). */
function joinedName(s: string): boolean {
  const dash = s.indexOf('-')
  if (dash < 2 || dash > 3 || dash + 1 >= s.length) return false
  const d = s.charCodeAt(dash + 1)
  return d >= 65 && d <= 90 && grammar.nameParticles.has(s.slice(0, dash))
}

function push(tokens: Token[], s: string, start: number, word: boolean, plain: boolean, apostrophe: boolean, inQuote: (offset: number) => boolean): void {
  let lower = plain ? s : s.toLowerCase()
  const c = s.charCodeAt(0)
  // ASCII capitals by code; other scripts by case mapping (before ’ becomes ')
  // (a name joined to its particle reads as capitalised: "al-Ansari", "el-Sisi")
  const cap = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && word && joinedName(s)) : s[0] !== lower[0]
  let norm = lower
  if (apostrophe) {
    if (!plain && lower.includes('’')) lower = lower.replace(/’/g, "'")
    // a possessive loses its ending ("korea's" → "korea"); a contraction's own "'s" keeps it
    norm = lower.endsWith("'s") && lower.length > 2 ? lower.slice(0, -2) : lower.endsWith("'") && lower.length > 1 ? lower.slice(0, -1) : lower
  } else if (!plain && lower.length === 1 && lower === '’') lower = norm = "'"
  // (an acronym written with its stops, as some papers' style has it, reads as the acronym: "F.D.A." as "fda", "F.D.A.'s" as
  // "fda's"; not two letters, "U.S." is no "us")
  if (!plain && s.length >= 6 && s.charCodeAt(1) === 0x2e && DOTTED_ACRONYM.test(norm)) {
    lower = lower.replace(/\./g, '')
    norm = norm.replace(/\./g, '')
  }
  tokens.push({
    text: s,
    lower,
    norm,
    start,
    end: start + s.length,
    word,
    cap,
    quoted: inQuote(start),
  })
}
