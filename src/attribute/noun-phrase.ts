import { countryAt, cueVerb, grammar, isCompound, lexicon, sourceNouns } from '../lexicon'
import { capped, isFigure, isQuoteMark, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isClauseBreaker, isArticle, isDocumentNoun, isGivenName, isOfficeNoun, isPersonRole, isPossessive, isCueWord, isIndefinite, isObjectPronoun, isRelative, isSubjectPronoun, isDefinite, isOrgWord, isTitleWord, isCompanyWord, isJoiner, isParticle, isTimeDeterminer, isVagueNoun, isAdjunctPreposition, isPartitive, isSpelledNumber, normalised } from '../segment/tokens'

/** A token range [a, b) of a sentence's tokens. */
export type Range = [number, number]

const MAX_NP = 20

const isWord = (t: Token | undefined): t is Token => !!t && t.word
/** a year: "in 2001" is a time, not part of a phrase (a clock time is tokenized at its colon: clockOrYearStart reads it) */
export const YEAR = /^(1[89]|20)\d\d$/

/** A lowercase past form by its ending or its list: "interviewed", "spoke". */
export const pastForm = (t: Token | undefined) => uncapped(t) && ((t.lower.endsWith('ed') && !grammar.notPasts.has(t.lower)) || grammar.irregularPasts.has(t.lower))
/** A past form or a participle that joins a phrase to what follows ("said", "obtained", "seen"). */
export const pastOrParticiple = (t: Token) => pastForm(t) || isJoiner(t)

/** A negation: "not", "never", "declined", any "-n't" form. */
export const isNegation = (t: Token) => lexicon.negations.has(t.lower) || t.lower.endsWith("n't")
/** "No 10", "No 1 seed": a capitalised "No" before a figure numbers it, as "No." does, and negates nothing. */
export const numberSign = (tokens: Token[], k: number) => tokens[k].text === 'No' && isFigure(tokens[k + 1])
/** A "No" that negates nothing: a number sign, or a name's between capitalised words ("Defense Minister No Kwang Chol", the Korean surname). */
export const plainNo = (tokens: Token[], k: number) => numberSign(tokens, k) || (tokens[k].text === 'No' && capped(tokens[k - 1]) && capped(tokens[k + 1]))
/** A negation that negates: not a number sign nor a name's "No". */
export const negates = (tokens: Token[], k: number) => isNegation(tokens[k]) && !plainNo(tokens, k)
/** auxiliaries, cue verbs and light verbs, except nouns inside names ("state media"), in one set: the test runs on most words of a phrase */
const VERB_FORMS = new Set([...lexicon.cueVerbs.keys(), ...lexicon.auxiliaries, ...lexicon.lightVerbs, ...grammar.phraseEndingVerbs].filter((w) => !lexicon.nounsInPhrase.has(w)))
/** a count in digits above one: "22", "1,200" (not "1", nor a figure with other marks: "3.5", "4-2") */
const MANY = /^(?:[2-9]|\d[\d,]+)$/
/** A verb form that ends a noun phrase. */
const verbLike = (t: Token) => !t.cap && VERB_FORMS.has(t.lower)
/** A lowercase -ed word or irregular past after a noun is most likely a verb ("the move angered…", "the senator spoke"), unless it joins a post-modifier. */
export const pastVerb = (tokens: Token[], k: number) => {
  const t = tokens[k]
  // (after a determiner or a possessive it modifies a noun: "the reported profits", "Scalia's flag-draped casket")
  const before = tokens[k - 1]
  // ("phrases that appealed to voters": after "that" it is a relative clause's verb)
  // (so it does after a determiner and an adverb: "the recently court-released playbook", "a widely reported deal")
  const modifier = (b: Token | undefined) => isDeterminer(b) && b?.lower !== 'that'
  // (nor inside a compound noun: "value added tax")
  return pastForm(t) && !isJoiner(t) && !findParticiple(tokens, k) && !modifier(before) && !(before?.word && normalised(before)) && !(before && adverbLike(before) && modifier(tokens[k - 2])) && !isCompound(before?.lower, t.lower)
}
/** Whether the word at `k` is the sentence's first: only marks before it. */
function opensSentence(tokens: Token[], k: number): boolean {
  let f = 0
  while (f < k && !tokens[f].word) f++
  return f === k
}

/**
 * A participle of finding before its place, describing the plain noun found ("footprints found in New Mexico", "text messages
 * discovered on his phone"); not a verb after a name or people ("A jury found Zimmerman", "Republicans on Capitol Hill seized on…").
 */
function findParticiple(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (!grammar.findParticiples.has(w(tokens, k)) || !isPreposition(tokens[k + 1]) || !isWord(before) || personWord(before)) return false
  // (a capital opening the sentence says nothing: "Documents seized in Miami show…")
  if (before.cap && !opensSentence(tokens, k - 1)) return false
  return lexicon.evidenceNouns.has(before.norm) || isDocumentNoun(before) || /[^s]s$/.test(before.lower)
}
/**
 * A participle of harm after a person's noun, before a place, an agent or a time, describing the person ("a teenager killed in the
 * crash", "a man shot by police", "a worker injured last week"); not a verb after a name or a body ("Police shot at the car").
 */
export function harmParticiple(tokens: Token[], k: number): boolean {
  if (!grammar.harmParticiples.has(w(tokens, k))) return false
  // (past an adverb, and after "those" for the people: "the families of hostages still held in Gaza", "those held in Gaza")
  const p = isWord(tokens[k - 1]) && adverbLike(tokens[k - 1]) ? k - 2 : k - 1
  const before = tokens[p]
  const next = w(tokens, k + 1)
  // (a capital opening the sentence says nothing: "Workers evacuated from the building said…")
  const plain = isWord(before) && (!before.cap || opensSentence(tokens, p))
  return plain && (personWord(before) || before.lower === 'those') && (lexicon.prepositions.has(next) || lexicon.timeWords.has(next) || grammar.timeDeterminers.has(next) || grammar.captiveNouns.has(next))
}

/** An adverb by its form or its list: "immediately", "also"; not "rally", "family", "deadly". */
export const adverbLike = (t: Token) => (t.lower.endsWith('ly') && !grammar.lyNotAdverbs.has(t.lower)) || grammar.pureAdverbs.has(t.lower)

/** A lowercase -ing form that may open a gerund clause ("lying", "ignoring"); not a pronoun in -thing ("nothing"). */
export const gerundLike = (t: Token) => !t.cap && t.lower.length > 4 && t.lower.endsWith('ing') && !t.lower.endsWith('thing')

/** An adverb by an ending no name has ("Essentially", "Hastily"; not "Kelly", "Bradley"): one even with a capital. */
export const mannerAdverb = (t: Token) => t.lower.length > 5 && ADVERB_ENDING.test(t.lower) && !grammar.lyNotAdverbs.has(t.lower)
const ADVERB_ENDING = new RegExp(`(?:${[...grammar.adverbEndings].join('|')})$`)

/** endings of adjectives that no common noun of a person or thing has: "dangerous", "shameful", "unacceptable" */
const ADJECTIVE_END = new RegExp(`(${[...grammar.adjectiveEndings].join('|')})$`)
/** An adjective by its ending, or a past form of more than five letters ("rigged", "flawed"; not "shed"). */
export const adjectiveLike = (t: Token) => !t.cap && (ADJECTIVE_END.test(t.lower) || (t.lower.length > 5 && t.lower.endsWith('ed')))

/** An answer or a vote at `k` right after a past verb, no determiner nor negation: "who voted | no | complained that…". */
export const answerAfterVerb = (tokens: Token[], k: number) => grammar.answers.has(w(tokens, k)) && k > 0 && pastForm(tokens[k - 1])

/** A reflexive at `k` between a naming participle and a name, inside a phrase: "A group calling | itself | ShadowByte", "a man calling himself Paul". */
export const callsItself = (tokens: Token[], k: number) => grammar.reflexives.has(w(tokens, k)) && !!tokens[k + 1]?.cap && grammar.namingVerbs.has(cueVerb(w(tokens, k - 1))?.base ?? '')

/** A word for a person or an unnamed group of people, whatever its case: "spokesman", "Democrat", "residents". */
export const personWord = (t: Token) => isPersonRole(t) || isVagueNoun(t)

/** A word for people or a body one may speak to: a person, group or office noun, or an object pronoun ("staff", "the council", "me"). */
export const addressee = (t: Token) => lexicon.groupNouns.has(t.norm) || personWord(t) || isOfficeNoun(t) || isObjectPronoun(t)

/** "to" then a verb: not a name, a determiner, a number, a known noun, an object pronoun, a plural or a noun that is never a verb ("to staff", "to reporters", "to me", "to applause"). */
export const infinitive = (tokens: Token[], k: number) => {
  // the verb may open a quotation: "pledged to “bring our revolution” to…"
  const next = tokens[k + 1] && !tokens[k + 1].word && tokens[k + 2]?.quoted && !tokens[k + 1].quoted ? tokens[k + 2] : tokens[k + 1]
  // (nor a question word: "to what she called…", "to whom")
  if (tokens[k]?.lower !== 'to' || !isWord(next) || next.cap || isDeterminer(next) || isFigure(next) || lexicon.questionWords.has(next.lower)) return false
  // (a plural ends in s, but not in "us": "to focus", "to discuss" are verbs)
  return (!addressee(next) || grammar.groupVerbs.has(next.lower)) && !/[^su]s$/.test(next.lower) && !grammar.neverVerbs.has(next.lower)
}

/** "doesn't think the plan will pass", "did not expect a deal": a negation that belongs to what is thought, which is still the view of the verb's subject. */
export const negationRaised = (tokens: Token[], i: number) => {
  const before = w(tokens, i - 1)
  if (!grammar.negRaising.has(w(tokens, i))) return false
  return grammar.doSupport.has(before) ? before.endsWith("n't") : (before === 'not' || before === "n't") && grammar.doSupport.has(w(tokens, i - 2))
}

/** Skips auxiliaries, adverbs and time words leftwards from `i`; reports negation met on the way. */
export function skipLeft(tokens: Token[], i: number): { at: number; negated: boolean } {
  let j = i
  let negated = false
  while (j >= 0) {
    // "has, however, revealed": an adverb set off by commas
    if (tokens[j].text === ',' && j >= 2 && tokens[j - 2].text === ',' && isWord(tokens[j - 1]) && !tokens[j - 1].cap && isAdverb(tokens[j - 1])) {
      j -= 3
      continue
    }
    if (!isWord(tokens[j])) break
    const t = tokens[j]
    // ("A study published the same year reported…", "Figures released the following day show…": a time fixed by another, with its
    // article, is skipped whole; a day by its duration's plural)
    // (the word before is asked first: the rule is read at every word a subject is looked for past)
    if (grammar.relativeTimes.has(w(tokens, j - 1)) && !t.cap && isArticle(tokens[j - 2]) && (isTimeWord(t) || grammar.durations.has(t.lower + 's'))) {
      j -= 3
      continue
    }
    // "The State Department less than two weeks ago said": a time ago, with its count and its lead
    if (t.lower === 'ago' && !t.cap) {
      let k = j - 1
      while (k >= 0 && j - k <= 5 && isWord(tokens[k]) && agoPart(tokens[k])) k--
      if (k < j - 1) {
        j = k
        continue
      }
    }
    // "who has in the past described", "have over the years said": a time phrase between the auxiliary and the verb
    if (!t.cap && (t.lower === 'past' || isTimeWord(t) || grammar.durations.has(t.lower))) {
      let k = j - 1
      while (k >= 0 && j - k <= 3 && isWord(tokens[k]) && !isAdjunctPreposition(tokens[k])) k--
      if (k >= 1 && j - k <= 3 && isAdjunctPreposition(tokens[k]) && isAuxiliary(tokens[k - 1]) && !tokens[k - 1].cap) {
        j = k - 1
        continue
      }
    }
    // ("Mrs. May said", "“It is done,” May said": a month that is also a name, capitalised and not after "in" or "last", is the subject;
    // so is a month's short form written with no period, "Zhang Jun said", and a time word ending a firm's name, "Challenger, Gray &
    // Christmas said"; not after its day, "a memo dated 4 June")
    if (t.cap && isTimeWord(t) && (isAuxiliary(t) || isGivenName(t) || tokens[j - 1]?.text === '&' || (lexicon.abbrBeforeNumbers.has(t.text) && tokens[j + 1]?.text !== '.')) && !isPreposition(tokens[j - 1]) && !isTimeDeterminer(tokens[j - 1]) && !/^\d{1,2}$/.test(tokens[j - 1]?.text ?? '')) break
    // "An arbitration panel in 2001 found", "The mayor at 7:30 a.m. said": a year or a clock time after its preposition, as "on Tuesday"
    const time = clockOrYearStart(tokens, j)
    if (time >= 0) {
      j = time - 1
      continue
    }
    // "Sanders for his part said", "The ministry in turn said": a fixed aside between the subject and its verb
    const aside = asideStart(tokens, j)
    if (aside >= 0) {
      j = aside - 1
      continue
    }
    // "Sanders during a Sunday rally thanked", "The mayor at a news conference said": an occasion between the subject and its verb
    const occasion = occasionStart(tokens, j)
    if (occasion >= 0) {
      j = occasion - 1
      continue
    }
    // ("A post shared 30,000 times since Sunday says…": "since" before a day or a month is a time phrase's preposition, as "on" is)
    if (t.lower === 'since' && j < i && isTimeWord(tokens[j + 1])) {
      j--
      continue
    }
    // ("Kim not only said that…": "not only" adds, it negates nothing)
    const notOnly = t.lower === 'not' && tokens[j + 1]?.lower === 'only'
    // ("Donors who gave $2,700 or more said": "or more" closes an amount, no adverb of the verb)
    // ("Kim more or less said": the idiom is an adverb)
    if ((t.lower === 'more' || t.lower === 'less') && tokens[j - 1]?.lower === 'or') {
      const before = tokens[j - 2]
      if (before && (isFigure(before) || grammar.scaleWords.has(before.lower))) break
      if (t.lower === 'less' && before?.lower === 'more') {
        j -= 3
        continue
      }
    }
    // ("Republicans who voted no complained": an answer after a past verb ends that verb's clause, and negates nothing)
    if (answerAfterVerb(tokens, j)) break
    // ("The running back said": an adverb that ends a compound noun is the subject's head)
    if (isCompound(tokens[j - 1]?.lower, t.lower)) break
    // ("A study of patients treated between March 3 and the end of last year found…": a time after "of" is its object, the subject's end)
    const determined = isTimeDeterminer(tokens[j - 1]) || isArticle(tokens[j - 1])
    if (isTimeWord(t) && !t.cap && (tokens[j - 1]?.lower === 'of' || (determined && tokens[j - 2]?.lower === 'of'))) break
    // ("A poll taken over the weekend found…": a time after its article and preposition is skipped whole, as "on Tuesday" is)
    if (isTimeWord(t) && !t.cap && isArticle(tokens[j - 1]) && isAdjunctPreposition(tokens[j - 2]) && tokens[j - 2]?.lower !== 'of') {
      j -= 3
      continue
    }
    if (isNegation(t) && !notOnly) negated = true
    // a capitalised "Will" or "May" is a name here, not an auxiliary; "has since said", "have both said", "The firms each said"
    // (nor is an adverb capitalised after a name's word: "Riverside Taxpayers First said", "Fair Fares Now said")
    else if (!notOnly && !((isAuxiliary(t) && !t.cap) || (adverbLike(t) && !t.cap) || (j === i && floatingWord(tokens, j)) || (isAdverb(t) && !(t.cap && capped(tokens[j - 1]))) || (isTimeWord(t) && !timeDocument(tokens, j) && !callsItself(tokens, j - 1)) || grammar.reflexives.has(t.lower) || grammar.subjectFocus.has(t.lower) || (isTimeDeterminer(t) && isTimeWord(tokens[j + 1])))) break
    j--
  }
  return { at: j, negated }
}

/**
 * Whether the word at `j`, right before a verb, stands between the verb and its subject without being the subject: after an
 * auxiliary ("has since said", "have each said") or, a quantifier, after a name or a plural ("Microsoft and Google each said",
 * "The candidates all said").
 */
export function floatingWord(tokens: Token[], j: number): boolean {
  const t = tokens[j]
  const before = tokens[j - 1]
  if (!t?.word || !grammar.betweenAuxiliaryAndVerb.has(t.lower) || !isWord(before)) return false
  return (isAuxiliary(before) && !before.cap) || (t.lower !== 'since' && (before.cap || pluralName(before)) && !isPreposition(before))
}

/** A word that ends as a plural does, read without a word list: "Panthers", "candidates" (not "Texas", "Lotus", "Davis"). */
export function pluralName(t: Token): boolean {
  // (read by code: a run's last word is asked at every run of capitals)
  const n = t.norm
  const c = n.charCodeAt(n.length - 2)
  return n.charCodeAt(n.length - 1) === 0x73 && n.length > 1 && c !== 0x73 && c !== 0x69 && c !== 0x75
}

/** Past a clock time whose hour is at `i`, with its a.m. or p.m. and zone ("10:42 p.m. ET", "3 p.m.", "10:30"), or `i` when none is there. */
export function pastClock(tokens: Token[], i: number): number {
  // (most words start with no digit: a look at the first character first, as phrase readers ask at every preposition)
  const c = tokens[i]?.text.charCodeAt(0) ?? 0
  if (c < 48 || c > 57 || !/^\d{1,2}$/.test(tokens[i].text)) return i
  let k = tokens[i + 1]?.text === ':' && /^\d\d$/.test(tokens[i + 2]?.text ?? '') ? i + 3 : i + 1
  while (k < tokens.length && grammar.clockWords.has(w(tokens, k))) k++
  return k > i + 1 ? k : i
}

/** Whether the "and" or "or" at `k` joins two modifiers opening the phrase at `i`, before a noun of people: "current and former officials". */
function modifiersJoined(tokens: Token[], i: number, k: number): boolean {
  const [a, b, noun] = [tokens[k - 1], tokens[k + 1], tokens[k + 2]]
  const opens = k - 1 === i || isDeterminer(tokens[k - 2]) || isFigure(tokens[k - 2]) || isIndefinite(tokens[k - 2])
  // (a role is no modifier, "the mayor and police officials" are two; "local" is one, though "a local" is a person)
  // (or a party's or a side's adjective, grammar groupAdjectives: "Democratic and independent analysts")
  const modifier = (t: Token | undefined) => isWord(t) && (t.cap ? grammar.groupAdjectives.has(t.lower) : !t.lower.endsWith('s') && !isDeterminer(t) && !isPreposition(t) && !isPersonRole(t))
  return opens && modifier(a) && modifier(b) && isWord(noun) && (personWord(noun) || isDocumentNoun(noun))
}

/** The preposition opening a year, a date or a clock time that ends at `j` ("in 2001", "in March 2024", "on Jan. 5", "at 7:30 a.m."), or -1. */
function clockOrYearStart(tokens: Token[], j: number): number {
  let k = j
  // (most words are neither: a look at the first letter first, skipLeft asks at every word)
  const first = w(tokens, k).charCodeAt(0)
  const meridiem = (first === 97 || first === 112) && w(tokens, k).length <= 4 && /^[ap]\.?m\.?$/.test(w(tokens, k))
  if (!meridiem && (first < 48 || first > 57)) return -1
  if (meridiem) k--
  if (!/^\d{1,4}$/.test(tokens[k]?.text ?? '')) return -1
  // (a month's day, "on Jan. 5", "June 12", is a date as a year is, "in March 2024" too; wire copy may drop the date's "on": "The
  // council Jan. 5 voted")
  const day = !meridiem && tokens[k].text.length <= 2
  const dated = (day || YEAR.test(tokens[k].text)) && isMonth(tokens[k - 1])
  // (the day may go first, "on 3 March", "dated 4 June 2024")
  const dayFirst = !dated && day && isMonth(tokens[k + 1])
  if (dated) k -= /^\d{1,2}$/.test(tokens[k - 2]?.text ?? '') ? 2 : 1
  // (a clock time is split at its colon: "7", ":", "30")
  else if (tokens[k - 1]?.text === ':' && /^\d{1,2}$/.test(tokens[k - 2]?.text ?? '')) k -= 2
  else if (!meridiem && !dayFirst && !YEAR.test(tokens[k].text)) return -1
  // ("as recently as 2022", "as early as May 2023": an "as … as" phrase, grammar asTimeAdverbs)
  if (tokens[k - 1]?.lower === 'as' && grammar.asTimeAdverbs.has(w(tokens, k - 2)) && tokens[k - 3]?.lower === 'as') return k - 3
  const on = tokens[k - 1]
  if (on && !on.cap && (grammar.timePrepositions.has(on.lower) || ((dated || dayFirst) && on.lower === 'on'))) return k - 1
  // (a month's year after a participle too: "a memo dated March 2023", "a study published June 2021")
  return (dated || dayFirst) && (day || tokens[k].text.length <= 2 || pastOrParticiple(tokens[k - 1])) ? k : -1
}

/** A capitalised time word, a month's name or short form before its day: "Jan.", "June" (a weekday takes no number). */
export const isMonth = (t: Token | undefined) => !!t?.cap && lexicon.timeWords.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower)

/** The last words of the asides of grammar.json, so most words are let go at one look-up. */
const ASIDE_ENDS = new Set([...grammar.asides].map((p) => p.slice(p.lastIndexOf(' ') + 1)))
const ASIDE_MAX = Math.max(...[...grammar.asides].map((p) => p.split(' ').length))

/** The first token of a lowercase aside of grammar.json ending at `j` ("for his part", "in turn"), or -1. */
function asideStart(tokens: Token[], j: number): number {
  if (tokens[j].cap || !ASIDE_ENDS.has(w(tokens, j))) return -1
  let phrase = w(tokens, j)
  for (let k = j - 1; k >= 0 && j - k < ASIDE_MAX && isWord(tokens[k]) && !tokens[k].cap; k--) {
    phrase = `${w(tokens, k)} ${phrase}`
    if (grammar.asides.has(phrase)) return k
  }
  return -1
}

/**
 * The preposition opening an occasion that ends at `j` ("during a town hall in Dayton", "at a news conference", "in an interview with the Ledger"), or -1:
 * "during" with any noun, "at"/"in" only with a speaking venue, so "officials in Texas" keeps its place.
 * The phrase opens with a determiner, so "the rally during which Lee said" is not one, and follows the clause's subject
 * (or its "and"/"but"): after an object ("told Reuters in an interview", "telling reporters during a visit") it belongs to the verb before.
 */
function occasionStart(tokens: Token[], j: number): number {
  if (isPronoun(tokens[j])) return -1
  let venue = false
  // (a clause ends the phrase: "said during a rally that Clinton described")
  for (let k = j; k >= 1 && j - k <= 8 && isWord(tokens[k]) && !isRelative(tokens[k]); k--) {
    const p = w(tokens, k)
    if (!tokens[k].cap && (p === 'during' || (venue && grammar.occasionPrepositions.has(p))) && k < j && isDeterminer(tokens[k + 1]) && isWord(tokens[k - 1])) return subjectEnds(tokens, k - 1) ? k : -1
    venue ||= !tokens[k].cap && grammar.purposeVenues.has(p)
  }
  return -1
}

/** Whether the word at `j` is "and"/"but" or ends a noun phrase that opens its clause. */
function subjectEnds(tokens: Token[], j: number): boolean {
  const t = w(tokens, j)
  if (t === 'and' || t === 'but') return true
  if (verbLike(tokens[j])) return false
  const np = leftNP(tokens, j)
  const before = np && tokens[np[0] - 1]
  return !!np && (!before || !isWord(before) || before.lower === 'that' || before.lower === 'and' || before.lower === 'but')
}

/** A word of the time phrase before "ago": "two weeks", "less than a month", "a few years". */
const agoPart = (t: Token) => !t.cap && (isTimeWord(t) || grammar.durations.has(t.lower) || isIndefinite(t) || isFigure(t) || grammar.agoLeads.has(t.lower))

/** A hyphen with space on both sides is a dash, not part of a name ("The Post - conducted last week - Lewandowski"; "AT&T", "Jong -un" join). */
export const spacedDash = (tokens: Token[], k: number) => tokens[k - 1]?.end !== tokens[k].start && tokens[k + 1]?.start !== tokens[k].end

/** "Halvern Labs, Inc.", "Martin Luther King, Jr.": a company's legal form or a name's suffix set off by a comma at `k` ends the name before it. */
function legalSuffixAfter(tokens: Token[], k: number, j: number): boolean {
  const suffix = w(tokens, j)
  return k + 1 === j && tokens[k].text === ',' && !!tokens[k - 1]?.cap && isWord(tokens[k - 1]) && ((lexicon.companyWords.has(suffix) && lexicon.abbrAmbiguous.has(tokens[j].text.replace(/\.$/, ''))) || grammar.nameSuffixes.has(suffix))
}

/** the first words of grammar particleAdjuncts: the phrase is built as a string only after one (the phrase readers ask at every word) */
const PARTICLE_ADJUNCT_STARTS = new Set([...grammar.particleAdjuncts].map((p) => p.slice(0, p.indexOf(' '))))

/** An adjunct opening with a particle at `k` that keeps the verb before it a cue: "off the record", "up front". */
export function particleAdjunct(tokens: Token[], k: number): boolean {
  if (!PARTICLE_ADJUNCT_STARTS.has(w(tokens, k))) return false
  const two = `${w(tokens, k)} ${w(tokens, k + 1)}`
  return grammar.particleAdjuncts.has(two) || grammar.particleAdjuncts.has(`${two} ${w(tokens, k + 2)}`)
}

/** The noun phrase ending at token `j` (inclusive), read leftwards. */
export function leftNP(tokens: Token[], j: number): Range | undefined {
  // "Polls there show": a place adverb after the noun is not its head (one after a participle is the participle's, inside the phrase:
  // "Residents living nearby said")
  if (grammar.placeAdverbs.has(w(tokens, j)) && j > 0 && isWord(tokens[j - 1]) && !gerundLike(tokens[j - 1])) j--
  // ("Analysts on average had expected…", "The largest study so far found…": nor a two-word adverbial, grammar nounAdverbials)
  if (j > 1 && ADVERBIAL_ENDS.has(w(tokens, j)) && isWord(tokens[j - 2]) && ADVERBIAL_STARTS.has(w(tokens, j - 1)) && grammar.nounAdverbials.has(`${w(tokens, j - 1)} ${w(tokens, j)}`)) j -= 2
  const last = tokens[j]
  if (!isWord(last)) return undefined
  if (isPronoun(last)) return [j, j + 1]
  // ("the services everyone says they want", "the man nobody trusts": a pronoun such as "everyone" takes no noun before it, which is
  // the object of a relative clause without "that"; "almost everyone" keeps its lead)
  const prior = tokens[j - 1]
  if (/(?:one|body)$/.test(last.lower) && lexicon.groupNouns.has(last.lower) && isWord(prior) && !prior.cap && !adverbLike(prior) && !grammar.quantityLeads.has(prior.lower) && prior.lower !== 'and' && prior.lower !== 'or') return [j, j + 1]
  // ("the WHO said": a listed body is no relative "who")
  const body = bodyStart(tokens, j)
  if ((isClauseBreaker(last) && !listedBody(tokens, j)) || (grammar.notPhraseFinal.has(last.lower) && !last.cap)) return undefined
  let k = body - 1
  // (where a listed body's name inside the phrase starts, if one does)
  let inner = -1
  while (k >= 0 && j - k < MAX_NP) {
    const t = tokens[k]
    if (!t.word) {
      if (((t.text === '&' || (t.text === '-' && !spacedDash(tokens, k))) && isWord(tokens[k - 1])) || (k + 1 < j && coordinateComma(tokens, k)) || firmComma(tokens, k) || legalSuffixAfter(tokens, k, j)) {
        k--
        continue
      }
      if (bracketedInitials(tokens, k - 2)) {
        k -= 3
        continue
      }
      break
    }
    const l = t.lower
    // ("Doctors Without Borders spokesman Tom Reed": a listed body's name inside the phrase is read whole, its small words too)
    if (t.cap && k < j) {
      const start = bodyStart(tokens, k)
      if (start < k) {
        inner = start
        k = start - 1
        continue
      }
    }
    // "would involve Attorney General Loretta Lynch, who…": a lowercase word right after a modal is its verb (not "would any rational
    // person believe…", "will their editors want…": a question's subject opens with its determiner)
    // (and a past form or participle right after "has", "have" or "had" is the perfect's: "The Post has obtained emails showing…",
    // "has seen documents showing…")
    const auxiliary = !t.cap && isWord(tokens[k - 1]) ? w(tokens, k - 1) : ''
    if (auxiliary && ((grammar.modals.has(auxiliary) && !lexicon.determiners.has(l) && !grammar.possessivePronouns.has(l)) || (grammar.perfectAuxiliaries.has(auxiliary) && pastOrParticiple(t)))) break
    // "the tall, bearded diplomat": a past form after coordinate adjectives describes the head
    if (coordinateComma(tokens, k - 1) && l.endsWith('ed')) {
      k--
      continue
    }
    // "Kim and Putin", "campaign and corporate records"
    const before = tokens[k - 1]
    // "he and Mr. Allen said", "she and the mayor said": a pronoun joined to a speaker ends the phrase
    // (so does one joined to others or to bare people: "she and others believe", "He and colleagues found")
    const bareOthers = k + 1 === j && (w(tokens, j) === 'others' || (/s$/.test(w(tokens, j)) && personWord(tokens[j])))
    if (l === 'and' && isWord(before) && isSubjectPronoun(before) && (tokens[k + 1]?.cap || isDeterminer(tokens[k + 1]) || bareOthers)) return [k - 1, j + 1]
    // "Ortiz and other residents said", "Bush and his rivals for the nomination said": a name joined to people
    const joined = l === 'and' || l === 'or'
    // ("The mayor and the governor said", "His wife and his lawyer said": a definite role joined to another)
    // (or a group of theirs: "The senator and her staff said")
    const joinedPeople = (head: Token) => personWord(head) || (!before?.cap && lexicon.groupNouns.has(head.norm))
    // (an indefinite one too, when the first opens the clause or follows its comma, looselyJoined: "…, witnesses and a firefighter
    // said"; after a verb it may be its object, "Police arrested a suspect and a witness said…")
    const loose = joined && looselyJoined(tokens, k)
    const people = joined && (before?.cap || (isWord(before) && personWord(before) && (isDefinite(tokens[k + 1]) || loose))) && (isDeterminer(tokens[k + 1]) || loose) && joinedPeople(tokens[headOf(tokens, [k + 1, j + 1])])
    // (and groups of people whose first opens the sentence and ends in its own preposition's object: "Officials from both sides and
    // Egyptian mediators said")
    const groups = joined && isWord(before) && !before.cap && /s$/.test(w(tokens, j)) && personWord(tokens[headOf(tokens, [k + 1, j + 1])]) && peopleOpening(tokens, k - 1)
    // "the FBI and the Department of Homeland Security said": a name joined to a body's name after its article
    const bodies = joined && before?.cap && !isTimeWord(before) && namedAfter(tokens, k + 1) && tokens[headOf(tokens, [k + 1, j + 1])].cap
    // ("the foreign ministry and the Kremlin said", "The mayor and the council said": a definite office or role joined to another, or to a name)
    const offices = joined && isWord(before) && isDefinite(tokens[k + 1]) && joinedSpeakers(before, tokens[headOf(tokens, [k + 1, j + 1])])
    // "Texas and other states said": a name joined to others of its kind
    const others = joined && before?.cap && othersAfter(tokens, k + 1)
    // (a lowercase word after a form of "be" is its predicate, no noun joined: "a recession is likely and data released Friday show…")
    if (joined && isWord(before) && !bareShare(tokens, k + 1) && ((before.cap && tokens[k + 1]?.cap) || people || groups || bodies || offices || others || groupObjectJoined(tokens, k) || ofObjectsJoined(tokens, k) || (!tokens[k + 1]?.cap && !isDeterminer(tokens[k + 1]) && !verbLike(before) && !pastVerb(tokens, k - 1) && !isClauseBreaker(before) && !isPronoun(before) && !lexicon.be.has(w(tokens, k - 2))))) {
      k--
      continue
    }
    // ("Posts shared thousands of times on Facebook claim…", "a video viewed 2 million times": how far a post spread describes it)
    if (grammar.spreadParticiples.has(l) && spreadAfter(tokens, k + 1)) {
      k--
      continue
    }
    if (findParticiple(tokens, k) || harmParticiple(tokens, k)) {
      k--
      continue
    }
    // a past form before a determiner is the verb, not a post-modifier: "She cited the study", "Lee quoted the report"
    const object = l.endsWith('ed') && isDeterminer(tokens[k + 1])
    if (grammar.joiners.has(l) && !object) {
      // (after an article it describes the noun: "The posted notice said…")
      if (joinerWithObject(tokens, k) && !isArticle(before)) break
      k--
      // ("a study being released Tuesday by researchers shows…": in the progressive too)
      if (tokens[k]?.lower.endsWith('ing') && lexicon.be.has(w(tokens, k))) k--
      continue
    }
    // ("Fraudsters posing as bank staff said…", "a man working as a driver said…": a participle's "as" describes the phrase's people)
    if (posingAs(tokens, k)) {
      k -= 2
      continue
    }
    // ("Aides speaking off the record described…": a particle's adjunct after a participle describes the phrase's people)
    if (particleAdjunct(tokens, k) && tokens[k - 1]?.lower.endsWith('ing') && isWord(tokens[k - 2]) && personWord(tokens[k - 2])) {
      k -= 2
      continue
    }
    // "think tanks", "roll call vote": a verb's form inside a compound noun
    if (isCompound(l, w(tokens, k + 1)) || isCompound(tokens[k - 1]?.lower, l)) {
      k--
      continue
    }
    // "A group calling itself ShadowByte claimed…": the name a phrase goes by is inside it
    if (callsItself(tokens, k)) {
      k -= 2
      continue
    }
    // ("Two colleagues filed a complaint with the agency accusing…": the verb with its object; "released the same day" is a time)
    if (object && grammar.joiners.has(l) && !isTimeWord(tokens[k + 2]) && !isTimeWord(tokens[k + 3])) break
    // ("Experts not involved in the study said": a negated participle after its noun describes it, as the participle alone does)
    if (isNegation(t) && isJoiner(tokens[k + 1]) && isWord(before) && (personWord(before) || before.cap)) {
      k--
      continue
    }
    // ("A poll of fewer than 500 voters found…": a figure's lead stays in the phrase)
    if (figureLead(tokens, k)) {
      k -= 2
      continue
    }
    // ("That is why critics say": a question word opens a clause)
    // (a cue's past form after an article describes the noun: "The emailed statement said…", "the posted notice")
    // ("That report, however, estimated…": a demonstrative opening the sentence before its noun is the phrase's determiner)
    const demonstrative = l === 'that' && k < j && !tokens[k + 1].cap && isWord(tokens[k + 1]) && !/[^s]s$/.test(w(tokens, k + 1)) && !wordBefore(tokens, k)
    // (and any verb's form after "a" inside a phrase whose head is singular: "a label executive", "a report card"; "a claim officials"
    // is two phrases)
    // (or an -ing form after any article: "The ruling party's spokesman")
    const modifier = k < j && (((before?.lower === 'a' || before?.lower === 'an') && !tokens[j].cap && !/[^siuy]s$|^people$/.test(w(tokens, j))) || (l.endsWith('ing') && !t.cap))
    // ("state-owned newspaper Al-Ahram reported", "so-called experts": a hyphened past form before the phrase's noun is its adjective;
    // one before a determiner is a verb with its object, "test-fired a missile")
    if (pastForm(t) && l.includes('-') && k < j && !isDeterminer(tokens[k + 1])) {
      k--
      continue
    }
    // ("how deeply Washington believes…": an adverb after a question word is the clause's degree, no word of its subject)
    if ((lexicon.clauseBreakers.has(l) && !demonstrative) || (lexicon.questionWords.has(l) && !t.cap) || (adverbLike(t) && lexicon.questionWords.has(before?.lower ?? '')) || (verbLike(t) && !((pastForm(t) || modifier) && isArticle(before))) || negates(tokens, k) || lexicon.pronouns.has(l) || (pastVerb(tokens, k) && !grammar.titleParticiples.has(l))) break
    // ("accused him over a story alleging…": a pronoun in its object form before a preposition and a determiner is a verb's object, no
    // phrase's head; "some of them at the firm" is a share's, "Her close friends" an owner's)
    if (grammar.objectPronouns.has(l) && isPreposition(tokens[k + 1]) && w(tokens, k + 1) !== 'to' && isDeterminer(tokens[k + 2]) && before?.lower !== 'of') break
    // "is seizing on a Times report": an -ing form after an auxiliary is the verb
    if (!t.cap && l.endsWith('ing') && isAuxiliary(before)) break
    // ", siding with tech groups that argued…", "by siding with…": a participle or a gerund clause's verb before its preposition
    // (after a role's "of" it is the field: "The head of engineering at Stratus", "a professor of nursing at Duke")
    if (!t.cap && l.length > 4 && l.endsWith('ing') && isPreposition(tokens[k + 1]) && (k === 0 || before?.text === ',' || isPreposition(before)) && !(before?.lower === 'of' && k > 1 && personWord(tokens[k - 2]))) break
    // "…, a claim his lawyers dispute": a possessive pronoun opens its phrase; a noun of saying before it ends another
    if (grammar.possessivePronouns.has(l) && isWord(before) && (lexicon.speechNouns.has(before.norm) || grammar.rejectedNouns.has(before.lower))) {
      k--
      break
    }
    k--
  }
  // (a body's name is never cut at its own verb or article: "Ana Ruiz of Save the Children", "Save the Children director Ann Lee")
  if (body === j) {
    const np = trimLeft(tokens, k + 1, j + 1)
    return np && inner >= 0 && np[0] > inner ? [inner, j + 1] : np
  }
  const before = k + 1 < body ? trimLeft(tokens, k + 1, body) : undefined
  return [before ? before[0] : body, j + 1]
}

/** A body's initials: "GAO", "AT&T". */
export const INITIALS = /^[A-Z][A-Z&]{1,5}$/

/** Initials in brackets opening at `k`, after the name they shorten: "(RN)" of "Rassemblement National (RN)". */
export const initialsInBrackets = (tokens: Token[], k: number) => tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && !!tokens[k - 1]?.cap && INITIALS.test(tokens[k + 1]?.text ?? '')

/**
 * A body's initials in brackets between its name and a document's or a body's noun: "(COA)" of "a Commission on Audit (COA) report",
 * "the Central Pollution Control Board's (CPCB) daily bulletin", "The Institute for Fiscal Studies (IFS) think tank".
 */
const bracketedInitials = (tokens: Token[], k: number) =>
  initialsInBrackets(tokens, k) && [3, 4].some((d) => tokens.slice(k + 3, k + d + 1).every((t) => isWord(t) && !t.cap) && (isDocumentNoun(tokens[k + d]) || isOfficeNoun(tokens[k + d]) || lexicon.officeNouns.has(`${w(tokens, k + d - 1)} ${tokens[k + d].norm}`)))

/**
 * Whether the "and" at `k` joins the objects of a definite role's "of": "The maker of Dove soap and Ben & Jerry's ice cream said"
 * (the role speaks, not the last object).
 */
function ofObjectsJoined(tokens: Token[], k: number): boolean {
  for (let m = k - 1; m > 1 && k - m <= 6; m--) {
    const t = tokens[m]
    if (!t.word && t.text !== '&') return false
    if (t.lower === 'of') return isArticle(tokens[m - 2]) && isWord(tokens[m - 1]) && !tokens[m - 1].cap && (personWord(tokens[m - 1]) || isOfficeNoun(tokens[m - 1]))
  }
  return false
}

/** Whether a word stands anywhere before `k` (read from the start: the first word of a sentence is near it). */
function wordBefore(tokens: Token[], k: number): boolean {
  for (let m = 0; m < k; m++) if (tokens[m].word) return true
  return false
}

/** The type of a well-known body whose name, as written, is exactly `tokens[a, b)` ("WHO", "Save the Children"). */
export function listedBodyIn(tokens: Token[], a: number, b: number): 'organization' | 'government' | undefined {
  if (!tokens[a]?.cap) return undefined
  const m = lexicon.bodies.match(tokens, a, b)
  return m?.length === b - a ? m.value : undefined
}

/** A well-known body's one-word name at `k` ("WHO", "Pfizer"). */
export const listedBody = (tokens: Token[], k: number) => !!listedBodyIn(tokens, k, k + 1)

/** Where a well-known body's name ending at `j` starts ("Save the Children", "Doctors Without Borders"), or `j`. */
function bodyStart(tokens: Token[], j: number): number {
  if (!tokens[j].cap || !lexicon.bodyLastWords.has(tokens[j].norm)) return j
  for (let s = Math.max(0, j - 5); s < j; s++) if (listedBodyIn(tokens, s, j + 1)) return s
  return j
}

/** The first words of the figure leads of two words, by their last: "than" after "more", "fewer", "less"; "least" after "at" (grammar quantityLeads). */
const LEAD_FIRSTS = new Map<string, Set<string>>()
for (const lead of grammar.quantityLeads) {
  const [first, last] = lead.split(' ')
  if (last) LEAD_FIRSTS.set(last, (LEAD_FIRSTS.get(last) ?? new Set()).add(first))
}
/** Whether `first second` is a figure's lead of two words (grammar quantityLeads): "more than", "at least". */
export const twoWordLead = (first: string, second: string) => !!LEAD_FIRSTS.get(second)?.has(first)
/** The last word at `k` of a figure's two-word lead before its number: "more than 2,000", "at least three". */
export const figureLead = (tokens: Token[], k: number) => k > 0 && twoWordLead(w(tokens, k - 1), w(tokens, k)) && (isFigure(tokens[k + 1]) || isSpelledNumber(tokens[k + 1]))

/** A capitalised name right after the word at `k`, not a day or a month. */
const nameAfter = (tokens: Token[], k: number) => capped(tokens[k + 1]) && !isTimeWord(tokens[k + 1])

/** An article or an owner right after the verb at `k`, or after its particle: "sent a letter", "sent out an email", "released its results" ("given her" may be the object). */
function articleAfter(tokens: Token[], k: number): boolean {
  const next = tokens[isParticle(tokens[k + 1]) ? k + 2 : k + 1]?.lower ?? ''
  return grammar.articles.has(next) || (grammar.possessivePronouns.has(next) && next !== 'her')
}

/** Whether "times" at `j` ends how far a post spread: "A post shared 30,000 times claims…" has its verb next. */
export function spreadEnd(tokens: Token[], j: number): boolean {
  if (tokens[j]?.lower !== 'times') return false
  for (let p = j - 2; p >= 0 && j - p <= 6; p--) if (grammar.spreadParticiples.has(w(tokens, p))) return spreadAfter(tokens, p + 1)
  return false
}

/** How often or how widely something spread, from `k`: "thousands of times", "more than 2 million times", "widely". */
export function spreadAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower === 'widely') return true
  for (let m = k; m < k + 5 && tokens[m]?.word; m++) if (w(tokens, m) === 'times') return m > k
  return false
}

/**
 * A joining participle at `k` that is the verb, with a bare object, after a noun that can be its subject: "the affidavit
 * cited interviews with…"; a post-modifier goes on with a preposition, a time or an adverb ("residents interviewed by Reuters").
 */
function joinerWithObject(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  if (!pastForm(tokens[k]) || !before?.word || !after?.word || after.cap) return false
  const subject = before.cap || isDocumentNoun(before) || isOfficeNoun(before) || personWord(before)
  return subject && !isDeterminer(after) && !isPreposition(after) && !isTimeWord(after) && !isParticle(after) && !isJoiner(after) && !adverbLike(after) && !isAdverb(after)
}

/** Whether one to three lowercase modifiers after "a" or "an" stand before `i`, a singular phrase that a plain form cannot agree with. */
export function indefiniteModifiers(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const t = tokens[k]
    if (!t.word) return false
    // ("a majority say", "a few argue": a share of a group takes the plain form)
    if (t.lower === 'a' || t.lower === 'an') return k < i - 1 && !isPartitive(tokens[k + 1]) && !isIndefinite(tokens[k + 1])
    // (the word right after the article is the phrase's own, "a CNN report", "a general rule")
    if (tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'an') continue
    // (so are a year and names between them and the form, which no head noun comes before: "a 2021 Oxfam report", "a 2019 Pew
    // Research survey"; not "a strategy Trump says…")
    if ((t.cap || isFigure(t)) && namesAfterArticle(tokens, k)) continue
    // (a relative clause's own subject may follow the noun: "a strategy some believe…", "a decision they say…")
    if (t.cap || isPreposition(t) || isRelative(t) || isAuxiliary(t) || isPronoun(t) || isIndefinite(t) || sourceNouns.has(t.norm) || t.lower === 'and' || t.lower === 'or') return false
  }
  return false
}

/** Whether only capitalised words and numbers stand between "a" or "an" and `k`, within the few words a phrase's modifiers take. */
function namesAfterArticle(tokens: Token[], k: number): boolean {
  let m = k
  while (m >= 0 && k - m < 5 && tokens[m].word && (tokens[m].cap || isFigure(tokens[m]))) m--
  return m >= 0 && (w(tokens, m) === 'a' || w(tokens, m) === 'an')
}

/**
 * Whether a verb form at `k` inside a phrase opened at `i` is a noun: after a determiner or a possessive ("the ruling",
 * "Kim's claims"), after a determiner and one modifier before a preposition or a mark ("a recent issue of…"), or a plain
 * form after "a" and a noun ("a conference call that…", "a news report"), which as a verb would need its -s.
 */
function nounAfterVerbForm(tokens: Token[], i: number, k: number): boolean {
  const l = w(tokens, k)
  if (k === i || lexicon.auxiliaries.has(l)) return false
  const before = tokens[k - 1]
  if (isDeterminer(before) || normalised(before)) return true
  // ("the newly emerged strain", "a widely reported deal": a past form after an adverb after a determiner describes the noun)
  if (k - 2 >= i && adverbLike(before) && isDeterminer(tokens[k - 2]) && pastForm(tokens[k])) return true
  // ("22 points and 14 rebounds", "three points": an -s form after a count above one is the count's plural, no verb a plural takes)
  if (l.endsWith('s') && (MANY.test(before.text) || isSpelledNumber(before))) return true
  if (k === i + 2 && isDeterminer(tokens[i]) && (isPreposition(tokens[k + 1]) || !isWord(tokens[k + 1]))) return true
  // ("in a short phone call that…", with the article inside the phrase)
  const article = (m: number) => m >= i && (w(tokens, m) === 'a' || w(tokens, m) === 'an')
  return (article(k - 2) || article(k - 3) || article(k - 4)) && cueVerb(l)?.form === 'base' && indefiniteModifiers(tokens, k)
}

/** "People close to the governor and the mayor say", "aides to both Clinton and the first lady": the phrase after "and" at `k` joins the object of a group's preposition. */
function groupObjectJoined(tokens: Token[], k: number): boolean {
  if (!isDeterminer(tokens[k + 1])) return false
  // back to the preposition, within a few words (read word by word: a phrase reader here would recurse through every "and the")
  let p = k - 1
  while (p > 0 && k - p <= 6 && tokens[p].word && !isPreposition(tokens[p]) && !isClauseBreaker(tokens[p])) p--
  if (p <= 0 || k - p > 6 || !isPreposition(tokens[p])) return false
  // the group right before it, past a second preposition ("People close to", "Sources familiar with", "Aides to")
  // (capitalised only as the sentence's first word: "Friends of the Earth" is a name)
  const g = isPreposition(tokens[p - 1]) ? p - 2 : p - 1
  const group = tokens[g]
  if (!group?.word || (group.cap && g > 0) || !isVagueNoun(group)) return false
  // "close to both…and", or two alike objects ("the governor and the mayor"), unlike "witnesses at the scene and the police", "relatives of the victim and the police"
  if (tokens.slice(p + 1, k).some((t) => t.lower === 'both')) return true
  const next = rightNP(tokens, k + 1)
  const a = bodyKind(tokens[headOf(tokens, [p + 1, k])])
  const b = next ? bodyKind(tokens[headOf(tokens, next)]) : ''
  return a !== '' && b !== '' && (a === b || a === 'name' || b === 'name')
}

/** What a head noun names, for telling alike objects apart: a person, a body, a proper name, or '' for anything else. */
function bodyKind(t: Token): string {
  if (t.cap) return 'name'
  if (personWord(t) || lexicon.spokesNouns.has(t.norm)) return 'person'
  return isOfficeNoun(t) ? 'body' : ''
}

const FIELD_ENDING = new RegExp(`(${[...grammar.bodyFieldEndings].join('|')})$`)
/** `word` when it names a body's field ("fire", "transportation"), not an adjective ("federal", "new"). */
export const bodyField = (word: string) => (grammar.bodyFields.has(word) || (word.length > 5 && FIELD_ENDING.test(word)) ? word : undefined)

/** Capitalised words of which one names a field (bodyField, grammar portfolioWords), joined by "and" or commas, from `a`, then a country to `b`. */
export function fieldsThenCountry(tokens: Token[], a: number, b: number): boolean {
  let c = b - 1
  while (c > a && countryAt(tokens, c, b)?.length !== b - c) c--
  if (c <= a || !tokens[c - 1].cap) return false
  let field = false
  for (const t of tokens.slice(a, c)) {
    if (t.lower === 'and' || t.text === ',') continue
    if (!t.cap || isCompanyWord(t)) return false
    field ||= !!bodyField(t.lower) || grammar.portfolioWords.has(t.lower)
  }
  return field
}

/** A comma inside a firm named for its partners: "Challenger, Gray & Christmas", "Skadden, Arps, Slate, Meagher & Flom". */
function firmComma(tokens: Token[], c: number): boolean {
  if (tokens[c]?.text !== ',' || !isWord(tokens[c - 1]) || !tokens[c - 1].cap) return false
  // (or inside a department named for its fields and country: "Immigration, Refugees and Citizenship Canada")
  let end = c + 1
  while (end < c + 10 && (tokens[end]?.cap || tokens[end]?.text === ',' || tokens[end]?.lower === 'and')) end++
  if (tokens.slice(c, end).some((t) => t.lower === 'and') && fieldsThenCountry(tokens, c - 1, end)) return true
  for (let m = c + 1; m < c + 12; m += 2) {
    if (!isWord(tokens[m]) || !tokens[m].cap) return false
    const next = tokens[m + 1]?.text
    if (next === '&') return isWord(tokens[m + 2]) && tokens[m + 2].cap
    if (next !== ',') return false
  }
  return false
}

/** A comma between two adjectives after an article: "the tall, bearded diplomat", "a bespectacled, 71-year-old official". */
function coordinateComma(tokens: Token[], c: number): boolean {
  const before = tokens[c - 1]
  const after = tokens[c + 1]
  if (tokens[c]?.text !== ',' || !isWord(before) || before.cap || !isWord(after) || !isArticle(tokens[c - 2])) return false
  if (isPersonRole(before) || isOfficeNoun(before) || verbLike(before) || verbLike(after) || isPersonRole(after)) return false
  // ("reports from the convention, anti-Trump delegates…": the object of a preposition ends before the comma)
  if (isPreposition(tokens[c - 3])) return false
  // the head follows the second adjective ("the plan, drafted by aides," is a participle's aside)
  const head = tokens[c + 2]
  if (!isWord(head) || isPreposition(head) || isClauseBreaker(head) || isDeterminer(head)) return false
  // the second adjective: a hyphenated compound ("71-year-old", "soft-spoken") or a word with an adjective's ending
  return (!after.cap && /\w-\w/.test(after.text)) || adjectiveLike(after)
}

/** A number that opens a share of a group stays in it: "55 percent of voters", "61 per cent of members". */
const opensShare = (tokens: Token[], a: number) => isPartitive(tokens[a + 1]) || w(tokens, a + 1) === 'per'

/** "…with the governor's record and 30 percent said": a share with no group of its own refers back to one and opens its own clause. */
function bareShare(tokens: Token[], a: number): boolean {
  const n = tokens[a]
  if (!n) return false
  // "30 percent", "12 per cent", or a fraction word ("two-thirds")
  const unit = isFigure(n) ? (tokens[a + 1]?.lower === 'per' ? a + 2 : a + 1) : /^[a-z]+-[a-z]+$/.test(n.lower) ? a : -1
  return unit >= 0 && isPartitive(tokens[unit]) && tokens[unit + 1]?.lower !== 'of'
}

/**
 * A named body's aim after "to": a capitalised verb at `v` and its capitalised object, with or without an article
 * ("Committee to Protect Journalists", "Campaign to End the War"); not a person, a title or a time ("to John Smith", "to Mayor Park").
 */
export function aimObject(tokens: Token[], v: number): boolean {
  const verb = tokens[v]
  if (!isWord(verb) || !verb.cap || isDeterminer(verb) || isTimeWord(verb) || isGivenName(verb) || isTitleWord(verb)) return false
  const object = tokens[isArticle(tokens[v + 1]) ? v + 2 : v + 1]
  return isWord(object) && object.cap
}

/** The aim's verb at `v` after a body's head word and "to": the article after it is inside the name ("the Fund to Save the Whales"). */
const aimOfBody = (tokens: Token[], v: number) => tokens[v - 1]?.lower === 'to' && !!tokens[v - 2]?.cap && isOrgWord(tokens[v - 2]) && aimObject(tokens, v)

/** A role or a body's office noun before "and", then a role, an office noun or a name: two speakers ("mayor … governor", "ministry … Kremlin"). */
const joinedSpeakers = (before: Token, head: Token) => !before.cap && (personWord(before) || isOfficeNoun(before)) && (personWord(head) || isOfficeNoun(head) || head.cap)

/**
 * Whether the "and" at `k` joins people with an indefinite lead after it ("witnesses and a firefighter", "a neighbour and two
 * witnesses"), the first a one-word noun with its article if any that opens the sentence or follows a comma.
 */
function looselyJoined(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]
  if (!next || !(isDeterminer(next) || MANY.test(next.text) || isSpelledNumber(next)) || !isWord(tokens[k - 1]) || !personWord(tokens[k - 1])) return false
  // (past a describing word or two: "…, local activists and a medic said", "…, a medical source and local activists told AFP")
  let p = k - 2
  for (let n = 0; n < 2 && describing(tokens[p]); n++) p--
  // (and past its article or count: "…, two medical sources and a local activist told AFP")
  if (isArticle(tokens[p]) || isSpelledNumber(tokens[p]) || MANY.test(tokens[p]?.text ?? '')) p--
  return p < 0 || tokens[p].text === ','
}

/** A lowercase word that may describe a noun of people before it: no verb, determiner, preposition or word that breaks a clause. */
const describing = (t: Token | undefined) => isWord(t) && !t.cap && !verbLike(t) && !pastForm(t) && !isDeterminer(t) && !isPreposition(t) && !isClauseBreaker(t) && !isPronoun(t)

/** Whether a phrase of people in the plural ends at `k`, opening the sentence or following its comma: "Officials from both sides". */
function peopleOpening(tokens: Token[], k: number): boolean {
  const left = leftNP(tokens, k)
  if (!left) return false
  const h = headOf(tokens, left)
  // (only describing words before its head: no verb read into it, "The plan hurt workers in both states")
  for (let m = left[0]; m < h; m++) if (!(tokens[m].cap || isDeterminer(tokens[m]) || adjectiveLike(tokens[m]) || isFigure(tokens[m]))) return false
  return personWord(tokens[h]) && /s$/.test(w(tokens, h)) && (!wordBefore(tokens, left[0]) || tokens[left[0] - 1]?.text === ',')
}

/** An article at `d` that opens a name: "the Department of Justice", "the Pentagon". */
const namedAfter = (tokens: Token[], d: number) => isArticle(tokens[d]) && !!tokens[d + 1]?.cap && isWord(tokens[d + 1])

/** the last words of grammar nounAdverbials ("average" of "on average"), tested before the two words are joined */
const ADVERBIAL_ENDS = new Set([...grammar.nounAdverbials].map((e) => e.slice(e.lastIndexOf(' ') + 1)))
const ADVERBIAL_STARTS = new Set([...grammar.nounAdverbials].map((e) => e.slice(0, e.indexOf(' '))))

/** An "as" at `k` after a participle after people: "Fraudsters posing | as | bank staff", "a man working | as | a driver". */
const posingAs = (tokens: Token[], k: number) =>
  tokens[k]?.lower === 'as' && uncapped(tokens[k - 1]) && w(tokens, k - 1).length > 5 && w(tokens, k - 1).endsWith('ing') && isWord(tokens[k - 2]) && (personWord(tokens[k - 2]) || PEOPLE_PLURAL.test(w(tokens, k - 2)))
/** A plural by an agent's ending, people no list holds: "fraudsters", "lobbyists", "librarians". */
export const PEOPLE_PLURAL = /(?:[^aeiou]ers|ists|ians)$/

/** A number joined to its noun by a hyphen, an adjective ("30-year", "3-day"): kept at a phrase's start, where a bare number is not. */
const COMPOUND_COUNT = /^\d[\d.,]*-\p{L}/u

/** Drops leading adverbials ("On Monday the ministry" → "the ministry"). */
function trimLeft(tokens: Token[], a: number, b: number): Range | undefined {
  for (let d = b - 1; d > a; d--) {
    // ("Kim and the head of the agency said": a name that opens the phrase joins the person after "and")
    // ("The FBI and the Department of Justice said": or a body's name after the article)
    // ("The mayor and the governor said": two definite roles, each a person; "Russia's foreign ministry and the Kremlin": offices too)
    const roles = () => d - 2 > a && (isDefinite(tokens[a]) || normalised(tokens[a])) && isWord(tokens[d - 2]) && joinedSpeakers(tokens[d - 2], tokens[headOf(tokens, [d, b])])
    const named = () => (a < d - 1 && capitalRun(tokens, a, d - 1) && (personWord(tokens[headOf(tokens, [d, b])]) || namedAfter(tokens, d))) || roles() || (looselyJoined(tokens, d - 1) && personWord(tokens[headOf(tokens, [d, b])]))
    // ("Analysts tracking the market said": the object of an -ing phrase that describes people is no subject of its own)
    // ("to make every American feel that…": "every" opens its phrase as an article does, but after a lead, "almost every voter")
    const every = w(tokens, d) === 'every' && !grammar.quantityLeads.has(w(tokens, d - 1)) && !adverbLike(tokens[d - 1])
    if ((isArticle(tokens[d]) || every) && !isPreposition(tokens[d - 1]) && !isJoiner(tokens[d - 1]) && !posingAs(tokens, d - 1) && !(w(tokens, d - 1) === 'and' && (groupObjectJoined(tokens, d - 1) || named())) && !aimOfBody(tokens, d - 1) && !ingModifier(tokens, d - 1) && !particleAdjunct(tokens, d - 1)) {
      a = d
      break
    }
  }
  // ("this week the ministry" loses "this week"; "this man" keeps its determiner)
  const leads = (t: Token) => grammar.leading.has(t.lower) && !(isTimeDeterminer(t) && !isTimeWord(tokens[a + 1]))
  // ("performed well among voters who…", "won easily among older voters, which…", "caught up in lawsuits alleging…": an adverb or a particle before a preposition)
  const before = (t: Token) => (isParticle(t) || grammar.prepositionAdverbs.has(t.lower) || (adverbLike(t) && !t.cap)) && isPreposition(tokens[a + 1])
  // ("June Okafor": a month that is a given name before a capital is the name's; "Minutes of the meeting" a document)
  const time = (t: Token) => isTimeWord(t) && !(t.cap && isGivenName(t) && tokens[a + 1].cap) && !(lexicon.documentNouns.has(t.lower) && w(tokens, a + 1) === 'of')
  a = pastHeadless(tokens, a, b)
  // ("Both Reuters and the BBC": before joined names)
  const joins = (t: Token) => grammar.namesJoinedAfter.has(t.lower) && tokens[a + 1].cap
  // ("About 40 residents said…", "Around 300 said…": a figure's one-word lead opening the sentence or a clause is no preposition there)
  // (a two-word one anywhere, "that at least three inspectors said"; not one opening with a particle, which would read as a name
  // capitalised: "Up to 200 residents said" keeps its people)
  const figureLeads = (t: Token) => (grammar.quantityLeads.has(t.lower) && isFigure(tokens[a + 1]) && (a === 0 || !isWord(tokens[a - 1]))) || (a + 2 < b && !isParticle(t) && figureLead(tokens, a + 1))
  // ("outside experts said": an adjective before its head)
  while (a < b - 1 && !figureLeads(tokens[a]) && ((isPreposition(tokens[a]) && !(a + 2 === b && grammar.prepositionAdjectives.has(w(tokens, a)) && !tokens[a + 1].cap)) || time(tokens[a]) || leads(tokens[a]) || before(tokens[a]) || joins(tokens[a]) || (isFigure(tokens[a]) && !COMPOUND_COUNT.test(tokens[a].text) && !opensShare(tokens, a)))) a++
  // ("should be wary of callers claiming…": a lowercase word right after "be" is its predicate, so the phrase is its preposition's object)
  if (a + 2 < b && a > 0 && lexicon.be.has(w(tokens, a - 1)) && isWord(tokens[a]) && !tokens[a].cap && !isDeterminer(tokens[a]) && isPreposition(tokens[a + 1]) && w(tokens, a + 1) !== 'to') a += 2
  return a < b ? [a, b] : undefined
}

// ("was released Tuesday by the Sierra Club, which said…": a phrase that opens at a joining past participle has no head
// before it, so it starts after the participle's preposition; "released documents from…" keeps its noun, and an -ing
// aside ("Trump, speaking at a rally…") is left to the aside rules)
function pastHeadless(tokens: Token[], a: number, b: number): number {
  if (tokens[a].cap || !isJoiner(tokens[a]) || gerundLike(tokens[a])) return a
  let k = a + 1
  while (k < b - 1 && (isTimeWord(tokens[k]) || isJoiner(tokens[k]) || adverbLike(tokens[k]))) k++
  return k < b - 1 && isPreposition(tokens[k]) ? k + 1 : a
}

/** Whether a noun phrase may start at this token (not a preposition, an adverb, a time word or a verb). */
export function opensNP(t: Token | undefined): boolean {
  if (!isWord(t)) return false
  if (t.cap) return !isTimeWord(t)
  return !(isPreposition(t) || adverbLike(t) || isTimeWord(t) || isClauseBreaker(t) || verbLike(t))
}

/** The noun phrase starting at token `i`, read rightwards, up to `end`; with `terms`, across short quoted terms inside it. */
export function rightNP(tokens: Token[], i: number, end = tokens.length, terms = false): Range | undefined {
  if (!opensNP(tokens[i]) && !isDeterminer(tokens[i])) return undefined
  if (isPronoun(tokens[i])) return [i, i + 1]
  let k = i
  while (k < end && k - i < MAX_NP) {
    const t = tokens[k]
    if (!t.word) {
      if ((t.text === '&' || (t.text === '-' && !spacedDash(tokens, k))) && isWord(tokens[k + 1]) && k > i) {
        k++
        continue
      }
      if (k > i && (coordinateComma(tokens, k) || firmComma(tokens, k))) {
        k++
        continue
      }
      if (k > i && bracketedInitials(tokens, k)) {
        k += 3
        continue
      }
      // a quoted term inside the phrase, when asked for: "the “reform” plan", "some of the “Neocons For Hillary” buzz"
      const close = terms && k > i ? quotedTermEnd(tokens, k, end) : -1
      if (close > 0) {
        k = close + 1
        continue
      }
      break
    }
    const l = t.lower
    if (k > i) {
      if (l === 'and' && tokens[k - 1].cap && tokens[k + 1]?.cap) {
        k++
        continue
      }
      // "Texas and 19 other states": past "other" and its count, to the kind
      if (l === 'and' && tokens[k - 1].cap && othersAfter(tokens, k + 1)) {
        k += w(tokens, k + 1) === 'other' ? 2 : 3
        continue
      }
      // ("three current and former officials", "local and state officials": two modifiers joined before their people's noun, or
      // their document's, "preliminary and unofficial returns", "complete but unofficial returns")
      if ((l === 'and' || l === 'or' || l === 'but') && modifiersJoined(tokens, i, k)) {
        k += 2
        continue
      }
      // ("a survey of more than 2,000 adults": a figure's lead stays in the phrase)
      if (figureLead(tokens, k)) {
        k++
        continue
      }
      // (a preposition's object pronoun ends the phrase in it: "two people familiar with it")
      if ((l === 'it' || (grammar.objectPronouns.has(l) && l !== 'her')) && k > i && isPreposition(tokens[k - 1])) {
        k++
        break
      }
      if ((lexicon.clauseBreakers.has(l) || negates(tokens, k) || lexicon.pronouns.has(l) || lexicon.questionWords.has(l)) && !grammar.joiners.has(l)) break
      if (pastVerb(tokens, k)) break
      if (infinitive(tokens, k)) {
        // (a verb of intent's -s form before it after a singular noun is the verb the infinitive follows: "The council plans to
        // close…", "The firm intends to appeal"; "the government's plans to cut…" are its noun, grammar intentVerbs)
        const before = tokens[k - 1]
        if (k - 2 >= i && !before.cap && grammar.intentVerbs.has(before.lower.slice(0, -1)) && !/[^su]s$/.test(w(tokens, k - 2)) && !normalised(tokens[k - 2]) && (isOfficeNoun(tokens[k - 2]) || personWord(tokens[k - 2]) || tokens[k - 2].cap)) k--
        break
      }
      // a joining participle takes no object of its own: "a letter sent to Kim" and "a survey carried out by" go on, "the union
      // sent a letter" and "the campaign sent out an email" are the verb
      // (nor a name, but after a naming word or a time: "abortion backed Harris" is a clause, "a poll conducted Monday" a phrase)
      if (grammar.joiners.has(l) && ((pastForm(t) && (articleAfter(tokens, k) || nameAfter(tokens, k))) || joinerWithObject(tokens, k))) break
      // an adverb after a noun starts the predicate: "Hillary Clinton immediately posted"; after a determiner it is inside ("a truly free press")
      // (but "her" is the object before an adverb that ends the phrase: "viewed her favorably in the poll")
      const herObject = w(tokens, k - 1) === 'her' && (!tokens[k + 1]?.word || isPreposition(tokens[k + 1]))
      // (after a preposition it is inside its object: "a study of nearly 500,000 adults")
      const modifies = (isDeterminer(tokens[k - 1]) && !herObject) || normalised(tokens[k - 1]) || (isPreposition(tokens[k - 1]) && isFigure(tokens[k + 1]))
      if (!t.cap && !modifies && adverbLike(t) && !isPersonRole(t) && !isOfficeNoun(t) && !isCompound(w(tokens, k - 1), l)) break
      // "the Lagos Tribune last month": a time phrase after the source is not part of it
      // (and one of an "as … as" time's adverbs before a preposition or a time: "claimed victory late on Tuesday", "late last night")
      if (grammar.timeDeterminers.has(l) && (isTimeWord(tokens[k + 1]) || (grammar.asTimeAdverbs.has(l) && (isPreposition(tokens[k + 1]) || isTimeDeterminer(tokens[k + 1]))))) break
      // a second noun phrase begins: "told North Korean leader Kim that" is one, "gave the service the names" two ("the Fund to Save the Whales" one)
      // ("Campaigners from Save Our Fields": a capitalised possessive between capitals is a word of a body's name, as "No" is a
      // surname's: "Defense Minister No Kwang Chol")
      // ("drugs such as Ozempic": examples of the noun go on with it, as "drugs like Ozempic" do)
      if (l === 'such' && tokens[k + 1]?.lower === 'as' && tokens[k - 1].word && !isDeterminer(tokens[k - 1])) {
        k += 2
        continue
      }
      const inName = (t.cap && tokens[k - 1].cap && !!tokens[k + 1]?.cap && grammar.firstPersonPossessives.has(l)) || plainNo(tokens, k)
      if (lexicon.determiners.has(l) && !isPreposition(tokens[k - 1]) && !isJoiner(tokens[k - 1]) && !isDeterminer(tokens[k - 1]) && !aimOfBody(tokens, k - 1) && !inName) break
      // a time adjunct after the source ("KCNA on Monday") is not part of it
      if (lexicon.prepositions.has(l) && (isTimeWord(tokens[k + 1]) || YEAR.test(tokens[k + 1]?.text ?? '') || pastClock(tokens, k + 1) > k + 1)) break
      if (lexicon.timeWords.has(l) && !t.cap && !timeDocument(tokens, k)) break
      if (presentAfterPerson(tokens, i, k)) break
      // (a figure after a name's plain -s word makes that word its verb: "Crestline operates 14 hospitals", not "Clinton emails")
      if (isFigure(t) && k - 1 > i && tokens[k - 2].cap && !tokens[k - 1].cap && /[^su']s$/.test(w(tokens, k - 1))) {
        k--
        break
      }
    }
    // ("in a news release that…": a verb's form inside a compound noun)
    if (verbLike(t) && !grammar.joiners.has(l) && !nounAfterVerbForm(tokens, i, k) && !(k > i && isCompound(w(tokens, k - 1), l))) break
    k++
  }
  // (a number after "of" is the phrase's own: "a mother of three", "a family of five")
  const countOf = (m: number) => m - 1 > i && w(tokens, m - 1) === 'of' && (isSpelledNumber(tokens[m]) || /^\d+$/.test(tokens[m].text))
  // ("emergency supplies during the drought": nor a preposition of time the phrase stopped after)
  while (k > i && !countOf(k - 1) && (isPreposition(tokens[k - 1]) || isDeterminer(tokens[k - 1]) || isJoiner(tokens[k - 1]) || grammar.timePrepositions.has(w(tokens, k - 1)))) k--
  // ("her" before an adverb is the object: "viewed her favorably")
  if (k === i && w(tokens, i) === 'her' && tokens[i + 1] && adverbLike(tokens[i + 1])) return [i, i + 1]
  return k > i ? [i, k] : undefined
}

/** "other states", "19 other states": others of a kind after "and" at `k`. */
const othersAfter = (tokens: Token[], k: number) => tokens[k]?.lower === 'other' || (isFigure(tokens[k]) && tokens[k + 1]?.lower === 'other')

/** A time word that names a document after its article, owner or noun: "the minutes", "the Fed's minutes", "meeting minutes" (not "ten minutes"). */
function timeDocument(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  return lexicon.documentNouns.has(w(tokens, k)) && !!before?.word && (isDefinite(before) || normalised(before) || isCompound(before.lower, w(tokens, k)))
}

/**
 * A present verb after a name with a person's title: "Senator Marisol Vega campaigns for…", "Mayor Ana Perez lobbies…"; a plural
 * after a name without one stays its noun ("Clinton emails", "Trump rallies", "State Department cables"), and so do people ("Trump
 * supporters").
 */
function presentAfterPerson(tokens: Token[], i: number, k: number): boolean {
  const t = tokens[k]
  const before = tokens[k - 1]
  if (t.cap || !before.cap || normalised(before) || normalised(t) || !/[^su']s$/.test(t.lower) || personWord(t) || lexicon.groupNouns.has(t.norm)) return false
  const title = tokens[i]
  return (lexicon.abbrTitles.has(title.text) || grammar.courtesyTitles.has(title.lower) || isPersonRole(title)) && capitalRun(tokens, i + 1, k)
}

/** Whether every token of `[a, b)` is a capitalised word (read in place: both callers are inside phrase readers). */
export function capitalRun(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!tokens[k].word || !tokens[k].cap) return false
  return true
}

/** The closing mark of a short quoted term at `k` that a noun of the same phrase follows, or -1: "the “reform” plan will…". */
function quotedTermEnd(tokens: Token[], k: number, end: number): number {
  if (!isQuoteMark(tokens[k]) || !tokens[k + 1]?.quoted || isDeterminer(tokens[k + 1])) return -1
  for (let m = k + 1; m < end && m < k + 7; m++) {
    if (tokens[m].word) continue
    const next = tokens[m + 1]
    const noun = isWord(next) && !next.cap && !next.quoted && !verbLike(next) && !adverbLike(next) && !isClauseBreaker(next) && !isPreposition(next) && !isDeterminer(next) && !isTimeWord(next)
    return m > k + 1 && isQuoteMark(tokens[m]) && noun ? m : -1
  }
  return -1
}

/**
 * "Residents living near the plant", "a man working at the plant": an -ing form with its own phrase after a word for people
 * modifies it ("fundraising officials" has no phrase; "during", "according" are prepositions; "a report detailing…" is a cue).
 */
function ingModifier(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  const before = tokens[k - 1]
  // (a stem with no vowel is no verb's: "thing", "bring"; "using", "doing" are)
  if (!t.lower.endsWith('ing') || /^[^aeiouy]*ing$/.test(t.lower) || t.cap || !before?.word || isPreposition(t) || isCueWord(t)) return false
  // (bodies too, in the plural: "The companies building these tools have told me…"; the map gives a plural's singular)
  const pluralOffice = () => {
    const singular = before.cap ? undefined : lexicon.officeNouns.get(before.norm)
    return singular !== undefined && singular !== before.norm
  }
  const people = personWord(before) || lexicon.groupNouns.has(before.norm) || (before.cap && !normalised(before) && /[^s]s$/.test(before.lower)) || pluralOffice()
  const next = w(tokens, k + 1)
  // (or an adverb of its own: "Residents living nearby", "Officials speaking privately")
  const adverb = uncapped(tokens[k + 1]) && (grammar.placeAdverbs.has(next) || lexicon.adverbs.has(next) || adverbLike(tokens[k + 1]))
  // (or a bare object: "Researchers analyzing data from the Census Bureau" are researchers)
  // (after a plural of people in lowercase: "the RealClearPolitics polling average" is no one's)
  const bare = (!before.cap || opensSentence(tokens, k - 1)) && before.lower.endsWith('s') && personWord(before) && uncapped(tokens[k + 1]) && !verbLike(tokens[k + 1]) && !pastForm(tokens[k + 1]) && !lexicon.clauseBreakers.has(next)
  // (and a document's, with a count after it: "A study involving 5,000 patients", "a survey covering 2,000 firms"; not a cue's
  // form, "a report detailing 40 cases")
  const document = !before.cap && isDocumentNoun(before) && (/^\d/.test(next) || grammar.spelledNumbers.has(next)) && !lexicon.cueVerbs.has(t.lower.slice(0, -3)) && !lexicon.cueVerbs.has(`${t.lower.slice(0, -3)}e`)
  return document || (people && (lexicon.prepositions.has(next) || lexicon.determiners.has(next) || grammar.possessivePronouns.has(next) || adverb || bare))
}

/**
 * Whether the "of" or "for" at `k` is inside a lowercase role that a person's full name ends at `b`: "secretary of state John Kerry",
 * "director of national intelligence James Clapper", "cabinet member for transport Ed Plowden" (the name opens with a given name,
 * two to four words of the role before it; right after the "for" or "of" it is whom the role serves: "a spokesman for Ana Ruiz").
 */
function roleOfBeforeName(tokens: Token[], k: number, b: number): boolean {
  if (!(isPersonRole(tokens[k - 1]) || isTitleWord(tokens[k - 1])) || tokens[k - 1].cap) return false
  let run = b
  while (run > k + 1 && capped(tokens[run - 1])) run--
  if (b - run < 2 || run - k > 4 || run === k + 1 || !isGivenName(tokens[run])) return false
  for (let m = k + 1; m < run; m++) if (!tokens[m].word || tokens[m].cap) return false
  return true
}

/** Whether `tokens[k, b)` is a body or a country an office is held in: "Police", "NATO", "Army Staff", "Kenya", "the Metropolitan Police". */
function heldIn(tokens: Token[], k: number, b: number): boolean {
  if (isArticle(tokens[k])) k++
  return k < b && (isOfficeNoun(tokens[b - 1]) || !!listedBodyIn(tokens, k, b) || !!lexicon.governmentWords.find(tokens, k, b) || countryAt(tokens, k, b)?.length === b - k)
}

/**
 * The head of a noun phrase: its last word before any post-modifier ("Canal 9" counts as
 * one name); after a partitive, the noun it counts ("a batch of emails", "one of the officials").
 */
export function headOf(tokens: Token[], [a, b]: Range): number {
  let h = b - 1
  let named = false
  // (the office noun before a body's "for" or "on")
  let office = -1
  for (let k = a + 1; k < b; k++) {
    const l = w(tokens, k)
    if (l === 'of' && lexicon.partitives.has(tokens[k - 1].norm) && k + 1 < b) continue
    // "of" inside a name: "A University of New Hampshire poll"; then "at" too: "a University of California at San Diego paper"
    // (and "on" or "for" after a body's word: "a Commission on Audit report", "a Centers for Disease Control study")
    const bodyJoiner = (l === 'on' || l === 'for') && isOfficeNoun(tokens[k - 1])
    if (bodyJoiner && office < 0) office = k - 1
    if ((l === 'of' || (l === 'at' && named) || bodyJoiner) && tokens[k - 1].cap && tokens[k + 1]?.cap && k > a + 1) {
      // (not after "the" and an office's title, the phrase ending in the body it is held in: "The Commissioner of Police", "the
      // Secretary-General of NATO" are the holder; "Secretary of State John Kerry" names him)
      if (l === 'of' && k === a + 2 && isArticle(tokens[a]) && (isTitleWord(tokens[k - 1]) || isPersonRole(tokens[k - 1])) && heldIn(tokens, k + 1, b)) return k - 1
      named = true
      continue
    }
    // and inside a lowercase role before the name it goes with: "former secretary of state John Kerry", "member for transport Ed Plowden"
    if ((l === 'of' || l === 'for') && roleOfBeforeName(tokens, k, b)) break
    // ("the secretary of state's office": a role's title with "of" owns the office after it)
    if (l === 'of' && k + 2 < b && !tokens[k + 1].cap && normalised(tokens[k + 1]) && isPersonRole(tokens[k - 1]) && isOfficeNoun(tokens[b - 1])) return b - 1
    // a body's lowercase name before the document that ends the phrase: "a chamber of commerce survey", "a department of health report"
    if (l === 'of' && k === b - 3 && k > a + 1 && !isDeterminer(tokens[k + 1]) && isDocumentNoun(tokens[b - 1])) continue
    // a participle after a determiner or an adverb modifies the head ahead: "recently released figures"
    if (grammar.joiners.has(l) && !lexicon.prepositions.has(l) && (isDeterminer(tokens[k - 1]) || adverbLike(tokens[k - 1]))) continue
    // and a preposition right after an article or an owner is an adjective: "her close friends", "Gore's close aides"
    if (lexicon.prepositions.has(l) && k + 1 < b && tokens[k + 1].word && (isArticle(tokens[k - 1]) || isPossessive(tokens[k - 1]) || normalised(tokens[k - 1]))) continue
    // (a phrasal participle and its "by" end it before the participle, whatever its form: "a page set up by the family", "a
    // statement put out by the club")
    if (grammar.particles.has(l) && w(tokens, k + 1) === 'by' && k - 1 > a && uncapped(tokens[k - 1])) {
      h = k - 2
      break
    }
    // ("a study being released Tuesday", "Experts not involved in the study": a progressive passive or a negated participle ends
    // the head as its participle would; so does a find's participle, "footprints found in New Mexico", and a harm's, "residents
    // evacuated from the area")
    if (lexicon.prepositions.has(l) || grammar.joiners.has(l) || (grammar.spreadParticiples.has(l) && spreadAfter(tokens, k + 1)) || findParticiple(tokens, k) || harmParticiple(tokens, k) || ingModifier(tokens, k) || ((isNegation(tokens[k]) || (l.endsWith('ing') && lexicon.be.has(l))) && isJoiner(tokens[k + 1]))) {
      h = k - 1
      break
    }
  }
  // ("Proposition 8" and "No 10" are headed by their names; "The 12 who stayed" and "Over 200" by the number)
  while (h > a && (!tokens[h].word || (/^\d+$/.test(tokens[h].text) && tokens[h - 1].cap && !grammar.quantityLeads.has(w(tokens, h - 1)) && (!isDeterminer(tokens[h - 1]) || numberSign(tokens, h - 1))))) h--
  // ("everyone else", "someone else": the pronoun)
  if (w(tokens, h) === 'else' && h > a) h--
  // (a body named for the people it serves is headed by its office: "the Office for Students", "the Corruption Investigation Office
  // for High-ranking Officials")
  if (named && office >= 0 && h === b - 1 && tokens[h].cap && isPersonRole(tokens[h])) return office
  return h
}
