import { grammar, isCompound, lexicon, objectNoun, triggers, type CueVerb } from '../lexicon'
import { isQuoteMark, type Token } from '../segment/tokens'
import { adjectiveLike, adverbLike, headOf, infinitive, isNegation, leftNP, opensNP, pastVerb, rightNP, skipLeft, spacedDash, type Range } from './noun-phrase'
import { isPlural, isSourceNoun, readSource, type SourceReading } from './sources'

/** An attribution found in one sentence, by token ranges. */
export interface Found {
  cue: Range
  src?: Range
  reading?: SourceReading
  /** stable id of the rule that found it */
  rule: string
  /** the content handed over is a quotation */
  quote: boolean
  /** the source relays other people's words (according to, reported, quoted … as saying) */
  channel: boolean
  /** a speaker whose words reach the article through the sentence's channel (citing X, quoted X as saying) */
  relayed: boolean
}

/** What the cue finder knows about the sentence beyond its tokens. */
export interface SentenceShape {
  /** the sentence holds a quotation of speech (not only a quoted term) */
  quotes: boolean
  /** the sentence is a standalone line without end punctuation: a possible headline */
  titleLine: boolean
  /** a closing quotation mark ends the sentence before, in the same paragraph: "“…missing.” Trump said." */
  afterQuote: boolean
}

type Add = (f: Omit<Found, 'quote' | 'channel' | 'relayed'> & Partial<Found>) => void
/** what follows a cue and is its content; 'relative': a clause whose subject went ahead of the cue ("which officials said will…") */
type Content = { kind: 'that' | 'quote' | 'clause' | 'relative' | 'to' | 'object' | 'trailing'; at: number }

const BE = lexicon.be
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '„', '`'])
/** punctuation after which an -ing cue takes the sentence's subject (words: grammar.participleLeads) */
const PARTICIPLE_MARKS = new Set([',', '—', '–', '('])
const DASHES = new Set(['—', '–', '―', '-', '--'])

const w = (tokens: Token[], i: number) => tokens[i]?.lower ?? ''
const isPunct = (t: Token | undefined, chars: string) => !!t && !t.word && chars.includes(t.text)

/** Whether a word opens a speaker's noun phrase after an inverted verb ("…,” asked one councillor.", ", said former governor Ed Rendell."). */
const startsNP = (t: Token) => t.cap || lexicon.determiners.has(t.lower) || /^\d/.test(t.text) || isSourceNoun(t) || lexicon.titles.has(t.lower) || grammar.titleParticiples.has(t.lower)

/** Skips adverbs and short adjuncts after a verb ("said on Monday in a statement that"). */
function skipAdjuncts(tokens: Token[], i: number): number {
  let j = i
  for (let guard = 0; guard < 12 && j < tokens.length; guard++) {
    const t = tokens[j]
    // "suggest, however, that…": an adverb set off by commas
    const inner = tokens[j + 1]
    if (isPunct(t, ',') && inner?.word && !inner.cap && (lexicon.adverbs.has(inner.lower) || adverbLike(inner)) && isPunct(tokens[j + 2], ',')) {
      j += 3
      continue
    }
    if (!t.word) return j
    if ((lexicon.adverbs.has(t.lower) || lexicon.timeWords.has(t.lower)) && pastQuantityLead(tokens, j) === j) {
      j++
      continue
    }
    // "warning darkly that…", "said flatly: …": an -ly adverb right before the content
    if (adverbLike(t) && !t.cap && (w(tokens, j + 1) === 'that' || (tokens[j + 1] && !tokens[j + 1].word))) {
      j++
      continue
    }
    // "say by 55%-41% that…": a margin
    if (t.lower === 'by' && /^\d/.test(tokens[j + 1]?.text ?? '')) {
      j += 2
      for (let m = 0; m < 6 && (tokens[j]?.text === '%' || (isPunct(tokens[j], '-–') && /^\d/.test(tokens[j + 1]?.text ?? '')) || /^\d/.test(tokens[j]?.text ?? '')); m++) j++
      continue
    }
    // "two days earlier", "three weeks ago", "just a few years earlier"
    let q = pastQuantityLead(tokens, j)
    if (w(tokens, q) === 'a' && w(tokens, q + 1) === 'few') q++
    const count = tokens[q]
    if (count && (/^\d/.test(count.text) || lexicon.indefinite.has(count.lower)) && (lexicon.timeWords.has(w(tokens, q + 1)) || grammar.durations.has(w(tokens, q + 1))) && !count.cap) {
      j = q + (w(tokens, q + 2) === 'ago' ? 3 : 2)
      continue
    }
    // "in a statement", "at a news conference", "to reporters", "on Twitter"
    if (grammar.adjunctPrepositions.has(t.lower) && pastQuantityLead(tokens, j) === j) {
      // "to reporters" is an adjunct, "to veto" an infinitive; "on Sunday", "in 2019" are times
      const after = tokens[j + 1]
      if (after && (lexicon.timeWords.has(after.lower) || grammar.durations.has(after.lower) || /^\d/.test(after.text))) {
        j += 2
        continue
      }
      // "in the summer of 2015", "during the past week", "in the early morning hours"
      const time = grammar.timeDeterminers.has(w(tokens, j + 2)) ? j + 3 : j + 2
      if (after && lexicon.determiners.has(after.lower) && lexicon.timeWords.has(w(tokens, time))) {
        j = time + 1
        while (lexicon.timeWords.has(w(tokens, j)) && !tokens[j].cap) j++
        if (w(tokens, j) === 'of' && (/^\d/.test(tokens[j + 1]?.text ?? '') || lexicon.timeWords.has(w(tokens, j + 1)))) j += 2
        continue
      }
      if (infinitive(tokens, j)) return j
      const np = rightNP(tokens, j + 1)
      // "said of the protesters: …" names a topic before a quotation; elsewhere a colon after the phrase ends the cue's reach
      if (np && (np[1] - np[0] <= 6 || (np[1] - np[0] <= 10 && (w(tokens, np[1]) === 'that' || isPunct(tokens[np[1]], ':')))) && !clauseAt(tokens, np[1])) {
        j = np[1]
        continue
      }
    }
    return j
  }
  return j
}

/** A clause marker right at `k`: a modal, an auxiliary or a negation. */
const clauseAt = (tokens: Token[], k: number) => !!tokens[k]?.word && (lexicon.clauseMarkers.has(tokens[k].lower) || lexicon.negations.has(tokens[k].lower))

/** A reported clause without "that": a noun phrase, maybe with its post-modifiers, then a verb marker ("said the talks would fail"). */
function clauseFollows(tokens: Token[], j: number): boolean {
  // "agreed there are qualified candidates", "believe this is a mistake": an existential or a demonstrative subject, then its verb
  if (grammar.bareSubjects.has(w(tokens, j)) && clauseAt(tokens, j + 1)) return true
  j = pastQuantityLead(tokens, j)
  // "said $2 billion was missing": the amount's number opens the phrase
  if (CURRENCY.test(tokens[j]?.text ?? '')) j++
  // ("believes the “reform” plan will fail": a quoted term may stand inside the clause's subject)
  // ("said praise from Putin would not…", "says support has grown": a noun that is also a verb form opens no phrase of its own)
  let np = rightNP(tokens, j, tokens.length, true) ?? nounVerbAt(tokens, j)
  for (let pp = 0; np && pp < 3 && !clauseAt(tokens, np[1]); pp++) {
    const k = np[1]
    // (a relative clause is read below: "the candidate who runs the campaign deserves…")
    if (!lexicon.prepositions.has(w(tokens, k)) || isTo(tokens, k) || grammar.relativePronouns.has(w(tokens, k))) break
    const next = rightNP(tokens, k + 1, tokens.length, true)
    np = next ? [np[0], next[1]] : undefined
  }
  // "she and her husband are", "Obama advanced this agenda"
  if (np && w(tokens, np[1]) === 'and') {
    const more = rightNP(tokens, np[1] + 1)
    if (more) np = [np[0], more[1]]
  }
  if (!np) return false
  // "suggested the attacks highlight the threat": a plural noun, a plain verb, then its object; without a tagger the phrase ran on into the verb
  const verbInside = np[1] - np[0] >= 3 && tokens[np[1] - 1].word && !tokens[np[1] - 1].cap && !tokens[np[1] - 1].lower.endsWith('s') && isPlural(tokens[np[1] - 2]) && !tokens[np[1] - 2].cap
  if (verbInside && !adjectiveLike(tokens[np[1] - 1]) && (grammar.articles.has(w(tokens, np[1])) || grammar.possessivePronouns.has(w(tokens, np[1])))) return true
  // "said campaign strategists plan to…", "said Democrats want to…": a plural subject, then its verb before "to"
  if (isTo(tokens, np[1]) && np[1] - np[0] >= 2 && grammar.intentVerbs.has(w(tokens, np[1] - 1)) && isPlural(tokens[np[1] - 2])) return true
  // "said none of the attempts to stop him will work": an infinitive after the subject, then its verb
  if (np[1] < tokens.length && isTo(tokens, np[1])) {
    // ("to forgo corporate and foreign money had…": a coordination inside the infinitive's object)
    const inside = (m: number) => (tokens[m]?.word || isQuoteMark(tokens[m])) && (!lexicon.clauseBreakers.has(tokens[m].lower) || ((tokens[m].lower === 'and' || tokens[m].lower === 'or') && !tokens[m + 1]?.cap))
    // ("who wants to win the state owes it…": after the infinitive's object, an -s word before its own object is the verb)
    const verbWithObject = (m: number) => m > np[1] + 2 && presentVerb(tokens[m]) && (lexicon.pronouns.has(w(tokens, m + 1)) || lexicon.determiners.has(w(tokens, m + 1)))
    for (let m = np[1] + 2; m < np[1] + 8 && inside(m); m++) if (clauseAt(tokens, m) || verbWithObject(m)) return true
  }
  // "said the boycott calls are…": a noun that looks like a verb, then the clause's verb
  const tail = tokens[np[1]]
  if (tail?.word && !tail.cap && !lexicon.prepositions.has(tail.lower) && !lexicon.clauseBreakers.has(tail.lower) && !lexicon.determiners.has(tail.lower) && clauseAt(tokens, np[1] + 1) && !clauseAt(tokens, np[1])) return true
  // an adverb may stand before the verb: "said the campaign ultimately entered…"; a short relative clause too: "said people who met him gave…"
  const relEnd = relativeEnd(tokens, np[1])
  // "said Obama's strategy -- airstrikes and training -- is inadequate": an aside in dashes or brackets
  let k = skipAside(tokens, asideEnd(tokens, relEnd))
  const aside = k > np[1]
  // "said its policy “is not to cover” his company": a quotation may open at the verb (two marks for a typed '')
  for (let q = 0; q < 2 && isQuoteMark(tokens[k]) && tokens[k + 1]?.quoted; q++) k++
  const from = k
  // ("most likely will fail": after an adverb of degree an -ly word is an adverb too, even one that is often an adjective)
  while (k < from + 2 && tokens[k]?.word && !tokens[k].cap && (adverbLike(tokens[k]) || lexicon.adverbs.has(tokens[k].lower) || (k > from && tokens[k].lower.endsWith('ly')))) k++
  const next = tokens[k]
  const past = !!next && next.word && !next.cap && ((next.lower.length > 4 && next.lower.endsWith('ed')) || grammar.irregularPasts.has(next.lower))
  // "the week eliminated by the legislature was vital": a participle with its agent describes the subject, the verb comes after
  // ("ended by noon", "rose by 5%" are the verb with a time or an amount)
  if (past && w(tokens, k + 1) === 'by' && !lexicon.timeWords.has(w(tokens, k + 2)) && !/^\d/.test(tokens[k + 2]?.text ?? '')) {
    const agent = rightNP(tokens, k + 2)
    return !!agent && clauseAt(tokens, agent[1])
  }
  if (clauseAt(tokens, k) || past) return true
  // after an adverb or an aside a lowercase -s word is the verb: "said the law unfairly targets…", "said the ruling, which …, shows…"
  if ((k > from || aside) && presentVerb(next) && !isTo(tokens, k + 1)) return true
  // right after a name, a lowercase -s word that names no people is its verb: "said Ortiz deserves…", "says praise from Putin helps…";
  // after a person's title too, even before "to": "say the former governor plans to…"
  for (let m = j + 1; m <= np[1]; m++) {
    const before = tokens[m - 1]
    if (before.cap && before.lower === before.norm && (clauseAt(tokens, m) || (presentVerb(tokens[m]) && !isTo(tokens, m + 1)))) return true
    if (!before.cap && lexicon.personRoles.has(before.norm) && (presentVerb(tokens[m]) || (before.lower === before.norm && clauseAt(tokens, m)))) return true
  }
  return false
}

/** A lowercase cue or light verb form read as a noun, as the subject of a clause: "praise would…", "support from the left has…". */
function nounVerbAt(tokens: Token[], j: number): Range | undefined {
  const t = tokens[j]
  if (!t?.word || t.cap || lexicon.clauseMarkers.has(t.lower) || lexicon.negations.has(t.lower) || !(lexicon.cueVerbs.has(t.lower) || lexicon.lightVerbs.has(t.lower))) return undefined
  return clauseAt(tokens, j + 1) || (lexicon.prepositions.has(w(tokens, j + 1)) && !isTo(tokens, j + 1)) ? [j, j + 1] : undefined
}

/** Past an aside set off by commas after a clause's subject ("dozens of protesters, some of them armed, stormed…"), or `k` itself. */
function asideEnd(tokens: Token[], k: number): number {
  // the aside describes the subject ("some of them armed", "most of them students"); ", hugged her staff," is a second verb
  const first = tokens[k + 1]
  const relative = first?.lower === 'which' || first?.lower === 'who'
  // ("the program, run by the department, has…", "the plan, drafted in May, would…": a passive participle describes it;
  // with an object it is a second verb: ", hugged her staff,")
  const participle = !!first?.word && !first.cap && (pastForm(first) || w(tokens, k + 2) === 'by') && (lexicon.prepositions.has(w(tokens, k + 2)) || grammar.adjunctPrepositions.has(w(tokens, k + 2)))
  if (!isPunct(tokens[k], ',') || !first?.word || !(relative || participle || grammar.namingAsides.has(first.lower) || lexicon.indefinite.has(first.lower) || lexicon.determiners.has(first.lower) || /^\d/.test(first.text))) return k
  for (let m = k + 1; m < tokens.length && m < k + (relative ? 30 : participle ? 12 : 8); m++) {
    if (!tokens[m].word && tokens[m].text !== '-') return isPunct(tokens[m], ',') && m > k + 1 ? m + 1 : k
  }
  return k
}

/** Past a short relative clause of a verb and its object ("who met Lee"), or `k` itself. */
function relativeEnd(tokens: Token[], k: number): number {
  const verb = tokens[k + 1]
  // "women who are raped should…": after an auxiliary the clause runs to the main clause's own auxiliary
  if ((w(tokens, k) === 'who' || w(tokens, k) === 'that') && verb?.word && !verb.cap && lexicon.auxiliaries.has(verb.lower)) {
    for (let m = k + 2; m < tokens.length && m < k + 8 && tokens[m].word; m++) if (clauseAt(tokens, m)) return m
  }
  // (after "who" a lowercase -s word is a verb, even one that is also a noun: "who hopes to…")
  if ((w(tokens, k) !== 'who' && w(tokens, k) !== 'that') || !verb?.word || verb.cap || !(pastVerb(tokens, k + 1) || presentVerb(verb) || (w(tokens, k) === 'who' && verb.lower.endsWith('s') && isTo(tokens, k + 2)))) return k
  // "who wants to win Iowa": the verb's object may be an infinitive
  const object = isTo(tokens, k + 2) && tokens[k + 3]?.word ? k + 4 : k + 2
  const np = rightNP(tokens, object)
  if (!np) return k
  // "who runs the campaign deserves credit": without a tagger the phrase runs on into the main verb, an -s word before its own object
  for (let m = np[0] + 1; m < np[1]; m++) {
    const next = tokens[m + 1]
    if (presentVerb(tokens[m]) && next?.word && !lexicon.prepositions.has(next.lower) && !lexicon.clauseBreakers.has(next.lower)) return m
  }
  return np[1]
}

/** the two-word quantity leads, first word to second: "more" → "than", "at" → "least" */
const QUANTITY_PAIRS = new Map([...grammar.quantityLeads].filter((e) => e.includes(' ')).map((e) => e.split(' ') as [string, string]))

const CURRENCY = /^[$€£¥]$/

/** Past "more than", "about" or "at least" before a number or a fraction: the noun phrase starts after it. */
function pastQuantityLead(tokens: Token[], j: number): number {
  const first = w(tokens, j)
  const k = QUANTITY_PAIRS.get(first) === w(tokens, j + 1) ? j + 2 : grammar.quantityLeads.has(first) ? j + 1 : j
  const t = tokens[k]
  return k > j && t && ((t.word && (/^\d/.test(t.text) || lexicon.partitives.has(t.lower) || lexicon.indefinite.has(t.lower))) || CURRENCY.test(t.text)) ? k : j
}

/** endings of plural nouns of people, which a third-person -s verb does not have */
const PLURAL_ENDINGS = /(ss|ers|ors|ists|ians|ans)$/

/** A lowercase third-person -s word: not a preposition, a conjunction, or a plural of people ("deserves", not "viewers", "donors", "activists"). */
function presentVerb(t: Token | undefined): boolean {
  if (!t?.word || t.cap || t.lower.length < 4 || !t.lower.endsWith('s') || PLURAL_ENDINGS.test(t.lower)) return false
  const l = t.lower
  return !lexicon.prepositions.has(l) && !lexicon.clauseBreakers.has(l) && !lexicon.nounsInPhrase.has(l) && !isSourceNoun(t)
}

/** The object noun phrase at `j`, by the Porter stem of its head: information, an act, or neither. */
function objectKind(tokens: Token[], j: number): { kind: 'info' | 'act' | 'other'; end: number; np: Range } | undefined {
  const np = rightNP(tokens, j)
  if (!np) return undefined
  const h = headOf(tokens, np)
  return { kind: objectNoun(tokens[h].norm), end: h + 1, np }
}

const isTo = infinitive

/** Whether the word at `i` is used as a verb here: not after a determiner, and a noun-like form only after a subject. */
function verbReading(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (t.cap && i > 0 && !isPunct(tokens[i - 1], '"“‘\'(:`')) return false
  if (isCompound(t.lower, tokens[i + 1]?.lower) || isCompound(tokens[i - 1]?.lower, t.lower)) return false
  // "wrote off the loss", "the numbers don't add up": a particle makes another verb
  // ("expected up to 250,000 people" is a quantity; "said off the record that…" an adjunct)
  if (!lexicon.cueVerbs.get(t.lower)?.particle && grammar.otherVerbParticles.has(w(tokens, i + 1)) && w(tokens, i + 2) !== 'to' && !particleAdjunct(tokens, i + 1)) return false
  // "a landmark Supreme Court ruling that…": a document noun in -ing after its article and modifiers
  // ("the new survey finding that…" is the survey's participle; "a message on Twitter reading…" the message's)
  if (t.lower.endsWith('ing') && lexicon.documentNouns.has(t.lower) && !lexicon.documentNouns.has(w(tokens, i - 1))) {
    for (let k = i - 1; k >= 0 && i - k <= 5 && tokens[k].word && !lexicon.prepositions.has(tokens[k].lower); k--) if (grammar.articles.has(tokens[k].lower)) return false
  }
  // "accountability reporting is being funded": an -ing form before an auxiliary is the clause's subject, a noun
  if (t.lower.endsWith('ing') && lexicon.auxiliaries.has(w(tokens, i + 1))) return false
  const prev = tokens[i - 1]
  // "the report states that…", "“…,” the ad states.": a form that is a noun far more often is a verb in these places only
  // ("three moderates who have led big states: Bush…" is the noun: before a colon or "that" a speaker must come first)
  if (grammar.nounFirstForms.has(t.lower)) {
    if (!prev?.word || lexicon.prepositions.has(prev.lower) || lexicon.indefinite.has(prev.lower) || /^\d/.test(prev.text)) return false
    if (closedQuoteBehind(tokens, i)) return true
    const k = tokens[i + 1]?.word && adverbLike(tokens[i + 1]) ? i + 2 : i + 1
    if (!isPunct(tokens[k], ':') && !(w(tokens, k) === 'that' && clauseFollows(tokens, k + 1))) return false
    return prev.cap || lexicon.pronouns.has(prev.norm) || isSourceNoun(prev) || speakerPhrase(tokens, i - 1, true)
  }
  // "businesses that warn it could…": after a noun, "that" is a relative pronoun before a form that is no noun
  // ("a survey that finds most members oppose…": a form that is also a noun, after a document's "that", when a clause follows)
  const relativeThat = prev?.lower === 'that' && (!lexicon.nounish.has(t.lower) || isPunct(tokens[i + 1], ':') || isQuoteMark(tokens[i + 1]) || (lexicon.documentNouns.has(w(tokens, i - 2)) && (w(tokens, i + 1) === 'that' || clauseFollows(tokens, i + 1)))) && lexicon.cueVerbs.get(t.lower)?.takes !== 'cited' && !!tokens[i - 2]?.word && !(lexicon.cueVerbs.has(tokens[i - 2].lower) && !lexicon.nounish.has(tokens[i - 2].lower))
  if (prev && !relativeThat && (grammar.articleLike.has(prev.lower) || (prev.word && prev.lower !== prev.norm && !lexicon.pronouns.has(prev.norm) && !grammar.possessiveNameVerbs.has(t.lower)))) return false
  if (!lexicon.nounish.has(t.lower)) return true
  if (!prev) return false
  // "many disputes that…", "several reports that…": a plural after a quantifier is a noun ("some claim that…" is the verb)
  if (lexicon.indefinite.has(prev.lower) && t.lower.endsWith('s')) return false
  if (w(tokens, i + 1) === 'that' && prev.word && !lexicon.prepositions.has(prev.lower) && !clauseAt(tokens, i + 2)) return true
  const research = lexicon.cueVerbs.get(t.lower)?.cls === 'research'
  // "have claims" is a noun after a possessing "have"; "has claimed", "has detailed" are the verb
  if (grammar.possessingHave.has(prev.lower)) return t.lower.endsWith('ed')
  // "a move that the kingdom hopes will shatter…": in a relative clause over a whole phrase, the form before the clause's verb is the cue
  if (clauseAt(tokens, i + 1) && relativeOverPhrase(tokens, i)) return true
  // ("the ministry states in its annual report": after "states" read as the verb, the report is its adjunct's noun)
  for (let k = i - 2; k >= 0 && i - k < 8; k--) if (grammar.nounFirstForms.has(tokens[k].lower) && verbReading(tokens, k)) return false
  const subject = relativeThat || lexicon.auxiliaries.has(prev.lower) || pluralSubject(tokens, i) || (lexicon.adverbs.has(prev.lower) && !!tokens[i - 2]?.word && !grammar.articles.has(tokens[i - 2].lower)) || !prev.word || (prev.cap && !lexicon.prepositions.has(prev.lower)) || lexicon.pronouns.has(prev.norm) || isSourceNoun(prev) || /^\d/.test(prev.text) || prev.lower === 'and' || prev.lower === 'but' || (prev.lower === 'to' && (grammar.infinitiveSpeech.has(w(tokens, i - 2)) || purposeInfinitive(tokens, i - 2))) || (t.lower.endsWith('ing') && grammar.participleLeads.has(prev.lower) && prev.lower !== 'without') || speakerPhrase(tokens, i - 1, research)
  // "“…,” the Saudis state in the white paper.": a subject right after a closed quotation makes the form its tag, whatever follows
  if (closedQuoteBehind(tokens, i)) return subject || !grammar.articleLike.has(prev.lower)
  if (!subject) return false
  // "the audit detailed abuses", "has also documented…": after its subject a past form that is also an adjective is the verb
  if (t.lower.endsWith('ed') && !BE.has(prev.lower)) return true
  // "is warning voters that…": after "be" the -ing form is the progressive verb, whatever follows
  if (t.lower.endsWith('ing') && BE.has(prev.lower)) return true
  // a study "shows" whatever follows it
  if (research && (lexicon.documentNouns.has(prev.norm) || speakerPhrase(tokens, i - 1, true))) return true
  // as a verb it opens its content: "that", a quotation, a determiner, a pronoun, a name, a number, or nothing
  const next = tokens[i + 1]
  if (!next || !next.word) return true
  // ("Clean Air Act rules that could lead…": "that" then a modal or an auxiliary opens a relative clause of the noun; "he claims that would…", "the mayor claims that would…" are the verb)
  // ("Trump brags that's good news": a contraction after "that" is a clause's)
  if (next.lower === 'that' && !lexicon.pronouns.has(prev.norm) && !lexicon.personRoles.has(prev.norm) && clauseAt(tokens, i + 2) && !/^['’]/.test(tokens[i + 2].text)) return false
  return next.cap || /^\d/.test(next.text) || next.lower === 'that' || next.lower === 'to' || (next.lower === 'not' && w(tokens, i + 2) === 'to') || (lexicon.pronouns.has(prev.norm) && clauseAt(tokens, i + 1)) || lexicon.determiners.has(next.lower) || lexicon.titles.has(next.lower) || lexicon.pronouns.has(next.norm) || grammar.nextAdverbs.has(next.lower) || adverbLike(next) || lexicon.questionWords.has(next.lower) || grammar.conditionOpeners.has(next.lower)
}

/** Whether the noun phrase ending before `i` follows a closed quotation: '“…,” the ad', '“…?” a voice-over in the ad'. */
function closedQuoteBehind(tokens: Token[], i: number): boolean {
  // (a cheap look first: a closing mark after a stop a few words back; most forms have none)
  let q = i - 1
  while (q > 1 && i - q < 9 && !isQuoteMark(tokens[q])) q--
  if (!isQuoteMark(tokens[q]) || !isPunct(tokens[q - 1], ',.!?')) return false
  // (the tag's own verb comes first: in "the ministry states in its annual report" the report is a noun)
  for (let k = q + 1; k < i; k++) if (lexicon.cueVerbs.has(tokens[k].lower) || lexicon.auxiliaries.has(tokens[k].lower)) return false
  let np = leftNP(tokens, i - 1)
  // (past one prepositional post-modifier: "a voice-over in the ad")
  if (np && lexicon.prepositions.has(w(tokens, np[0] - 1)) && np[0] >= 2) np = leftNP(tokens, np[0] - 2) ?? np
  const k = np ? np[0] : -1
  return k >= 2 && isQuoteMark(tokens[k - 1]) && isPunct(tokens[k - 2], ',.!?')
}
/** "Growers view the quota as…", "Many voters view…": a plural noun right before a plain form agrees with it as its subject (not things that "promise to…"). */
function pluralSubject(tokens: Token[], i: number): boolean {
  const verb = lexicon.cueVerbs.get(tokens[i].lower)
  return i > 0 && verb?.form === 'base' && verb.cls !== 'commitment' && isPlural(tokens[i - 1])
}

/** A party-and-state tag after a legislator's name: "R-S.C.", "D-Ore." */
const partyTag = (t: Token | undefined) => !!t?.word && t.text[1] === '-' && grammar.partyTags.has(t.text[0].toLowerCase()) && /^[A-Z]$/.test(t.text[2] ?? '')

/** An adjunct opening with a particle at `k` that keeps the verb before it a cue: "off the record", "up front". */
const particleAdjunct = (tokens: Token[], k: number) => grammar.particleAdjuncts.has(`${w(tokens, k)} ${w(tokens, k + 1)}`) || grammar.particleAdjuncts.has(`${w(tokens, k)} ${w(tokens, k + 1)} ${w(tokens, k + 2)}`)

/** A verb's form read as a noun: right after an article or a possessive ("Its share price", "HP's share price"), or in a compound ("offering price"). */
function nounAfterDeterminer(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (isCompound(tokens[i].lower, tokens[i + 1]?.lower)) return true
  return !!prev?.word && !lexicon.pronouns.has(prev.norm) && (grammar.articleLike.has(prev.lower) || grammar.possessivePronouns.has(prev.lower) || prev.lower !== prev.norm)
}

/** A subject noun phrase with a post-modifier whose head is a speaker: "Many in the town (say)". */
function speakerPhrase(tokens: Token[], j: number, research: boolean): boolean {
  if (lexicon.prepositions.has(w(tokens, j))) return false
  const np = leftNP(tokens, j)
  if (!np) return false
  const head = tokens[headOf(tokens, np)]
  if (lexicon.documentNouns.has(head.norm)) return research
  return head !== tokens[j] && (isSourceNoun(head) || lexicon.indefinite.has(head.lower) || head.cap)
}

/** the rules of a speaker and a verb of saying or thinking */
const VERB_RULES = new Set(['speech-verb', 'inverted-cue', 'thought-verb'])

/** Finds the attributions of one sentence (SPEC §1 step 1). */
export function findAttributions(text: string, tokens: Token[], shape: SentenceShape): Found[] {
  const found: Found[] = []
  const n = tokens.length
  // the speaker of the latest verb cue: a participle after a tag is its speaker's (", Hollande said, noting…")
  let lastSpeaker: Range | undefined
  const add: Add = (f) => {
    if (f.src && VERB_RULES.has(f.rule)) lastSpeaker = f.src
    // one object shape for every attribution, whichever fields a rule gave: later stages read them all alike
    found.push({ cue: f.cue, src: f.src, reading: f.reading, rule: f.rule, quote: f.quote ?? shape.quotes, channel: f.channel ?? false, relayed: f.relayed ?? false })
  }
  let mainSubject: Range | undefined | null = null
  const subject = () => (mainSubject === null ? (mainSubject = findMainSubject(tokens)) : mainSubject)
  let conditional: boolean | undefined
  const hypothetical = () => (conditional ??= tokens.some((t) => lexicon.conditionals.has(t.lower) && t.lower !== 'were'))

  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (!t.word || t.quoted || !triggers.has(t.lower)) continue
    const l = t.lower

    // according to X / in the words of X: the source phrase is consumed with its cue
    if (l === 'according' && w(tokens, i + 1) === 'to') {
      const np = sourceAfterAccording(tokens, i + 2)
      if (np && !(np[1] - np[0] === 1 && lexicon.notAccordingTo.has(tokens[np[0]].norm))) {
        add({ cue: [i, i + 2], src: np, rule: 'according-to', channel: true })
        i = np[1] - 1
      }
      continue
    }
    if (l === 'in') {
      const held = stanceHolder(tokens, i)
      // ("in the eyes of the law" holds no view)
      const reading = held && readSource(text, tokens, held.src)
      if (held && reading && !reading.notSource && (reading.type !== 'unknown' || reading.pronoun || grammar.possessivePronouns.has(w(tokens, held.src[0])))) {
        add({ cue: held.cue, src: held.src, reading, rule: w(tokens, held.noun) === 'words' ? 'in-the-words-of' : 'in-the-view-of' })
        i = Math.max(held.cue[1], held.src[1]) - 1
      }
      continue
    }
    // per X, at a clause edge: "…, per the ministry." (not "per cent", "per day")
    if (l === 'per' && (i === 0 || isPunct(tokens[i - 1], ',(—–'))) {
      const np = rightNP(tokens, i + 1)
      if (np) {
        const r = readSource(text, tokens, np)
        if (!r.notSource && r.type !== 'unknown') {
          add({ cue: [i, i + 1], src: np, reading: r, rule: 'per', channel: true })
          i = np[1] - 1
        }
      }
      continue
    }
    // sourceless hedges
    if (lexicon.hedgeAdverbs.has(l)) {
      add({ cue: [i, i + 1], rule: 'hedge-adverb' })
      continue
    }
    const phrase = lexicon.hedgePhrases.match(tokens, i)
    if (phrase && w(tokens, i + phrase.length) !== 'by') {
      add({ cue: [i, i + phrase.length], rule: 'hedge-phrase' })
      i += phrase.length - 1
      continue
    }
    if (BE.has(l) && !perfectS(tokens, i) && passiveCue(tokens, i, add)) continue
    if (BE.has(l) && beliefCue(text, tokens, i, add)) continue
    // "The mayor's said to be furious": the 's is "is", left on its noun by the tokenizer
    if (lexicon.hedgeParticiples.has(l) && w(tokens, i + 1) === 'to' && i > 0 && tokens[i - 1].word && tokens[i - 1].lower.endsWith("'s") && !tokens[i - 1].quoted) {
      add({ cue: [i, i + 2], rule: 'hedge-passive' })
      continue
    }

    // nouns of saying with an owner: "Trump's claim that…", "his warning that…"
    if (lexicon.speechNouns.has(t.norm) && w(tokens, i + 1) === 'that' && i > 0) {
      // past a modifier or two: "Trump's by-now-familiar claims that…", "her repeated warnings that…"
      let o = i - 1
      while (o > 0 && i - o <= 2 && ownerModifier(tokens[o])) o--
      const owner = tokens[o]
      const pronoun = grammar.possessivePronouns.has(owner.lower)
      // (past a modifier a relative clause may follow: "the firm's latest report that showed growth")
      // ("stated in its annual report that…": in an adjunct of a verb of saying, the that-clause is the verb's)
      const saying = lexicon.cueVerbs.get(w(tokens, o - 2))
      const verbAdjunct = w(tokens, o - 1) === 'in' && !!saying && (saying.takes === 'any' || saying.takes === 'clause') && !lexicon.nounish.has(w(tokens, o - 2))
      if ((pronoun || (owner.word && owner.lower !== owner.norm)) && (o === i - 1 || clauseFollows(tokens, i + 2)) && !verbAdjunct) {
        const np = pronoun ? ([o, o + 1] as Range) : ownerPhrase(tokens, o)
        if (np) {
          add({ cue: [i, i + 2], src: np, rule: 'speech-noun' })
          continue
        }
      }
    }
    // "claims by the agency that…" names the owner after "by"; "complaints that…" leaves the speakers unnamed
    if (lexicon.speechNouns.has(t.norm) && (w(tokens, i + 1) === 'by' || ownerlessNoun(tokens, i))) {
      const by = w(tokens, i + 1) === 'by' ? rightNP(tokens, i + 2) : undefined
      const that = by ? by[1] : i + 1
      if (w(tokens, that) === 'that' && clauseFollows(tokens, that + 1)) {
        add(by ? { cue: [i, i + 2], src: by, rule: 'speech-noun' } : { cue: [i, i + 2], rule: 'speech-noun' })
        i = that
        continue
      }
    }

    // "Rubio's response was that…", "Another complaint is that…": a noun of saying, "is", then what was said
    if ((lexicon.speechNouns.has(t.norm) || grammar.copularSpeechNouns.has(t.norm)) && copularThat(tokens, i) > 0) {
      const that = copularThat(tokens, i)
      const owner = ownerOf(tokens, i)
      // ("The point is that…" without an owner is the writer's own turn of phrase)
      if (owner !== null && (owner || lexicon.speechNouns.has(t.norm))) {
        add(owner ? { cue: [i, that + 1], src: owner, rule: 'speech-noun' } : { cue: [i, that + 1], rule: 'speech-noun' })
        i = that
        continue
      }
    }
    const verb = lexicon.cueVerbs.get(l)
    if (verb && verbReading(tokens, i)) {
      // imagined speech under a condition is the author's own ("if she were honest, she would admit…")
      if (grammar.hypothetical.has(w(tokens, i - 1)) && hypothetical()) continue
      verbCue(text, tokens, i, verb, shape, subject, add, lastSpeaker)
      continue
    }
    // (after an article or a possessive the form is a noun: "HP's share price", "the initial public offering price")
    if ((lexicon.lightVerbs.has(l) || lexicon.estimateVerbs.has(l) || grammar.leadInVerbs.has(l)) && !nounAfterDeterminer(tokens, i)) {
      const j = skipAdjuncts(tokens, i + 1)
      const obj = objectKind(tokens, j)
      // "raised the possibility…", "expressed concern…"; "put the cost … at $2 billion"
      const estimate = lexicon.estimateVerbs.has(l) && obj && atFollows(tokens, obj.np[1])
      // "released the following statement:", "issued a statement: “…”": a lead-in to the words that follow
      const after = obj ? tokens[skipAdjuncts(tokens, obj.np[1])] : undefined
      // "made the claim that…", "gave assurances that…": the noun of saying hands its that-clause to the subject
      const leadIn = !!obj && lexicon.speechNouns.has(tokens[headOf(tokens, obj.np)].norm) && (isPunct(after, ':') || isQuoteMark(after) || (after?.lower === 'that' && after === tokens[obj.np[1]] && obj.end === obj.np[1] && clauseFollows(tokens, obj.np[1] + 1)))
      // "raised rates", "raised huge amounts of money" change a quantity: acts
      const raised = !!obj && lexicon.raisingVerbs.has(l) && tokens.slice(obj.np[0], obj.np[1]).some((x) => lexicon.raisedQuantities.has(x.norm))
      if ((leadIn && !lexicon.estimateVerbs.has(l)) || (obj?.kind === 'info' && !raised && (lexicon.lightVerbs.has(l) || estimate))) {
        // a speaker raises a possibility; "Trump's candidacy is raising the prospect" is no attribution
        // ("chided Trump for raising questions": the gerund's speaker is the verb's object)
        const sub = (l.endsWith('ing') ? gerundSpeaker(tokens, i - 1) : undefined) ?? subjectOf(tokens, i)
        const r = sub && readSource(text, tokens, sub)
        if (sub && r && !r.notSource && (r.type !== 'unknown' || r.pronoun)) add({ cue: [i, obj.end], src: sub, reading: r, rule: 'info-object' })
      }
    }
  }

  if (!found.length) structuralCues(text, tokens, shape, add)
  return found
}

/** A modifier between an owner and its noun of saying ("by-now-familiar"); a plural or a person is the head itself ("her allies fear that…"). */
const ownerModifier = (x: Token) => x.word && !x.cap && x.lower === x.norm && !x.lower.endsWith('s') && !personNoun(x) && !lexicon.determiners.has(x.lower) && !lexicon.prepositions.has(x.lower) && !grammar.possessivePronouns.has(x.lower)

/**
 * The owner ending in 's at `o`, with only names, titles and determiners before it: "the former governor's",
 * not "an expansion of Trump's" or "could fuel Trump's" (a verb unknown to the lists would join a noun phrase).
 */
function ownerPhrase(tokens: Token[], o: number): Range {
  let a = o
  // (a capitalised first word that opens sentences is no name: "However the governor's claim…")
  const part = (t: Token, k: number) => t.word && !lexicon.prepositions.has(t.lower) && t.lower !== 'that' && !(k === 0 && !lexicon.determiners.has(t.lower) && (lexicon.adverbs.has(t.lower) || lexicon.clauseBreakers.has(t.lower) || lexicon.sentenceStarters.has(t.lower))) && (t.cap || lexicon.determiners.has(t.lower) || lexicon.titles.has(t.lower) || lexicon.personRoles.has(t.norm))
  while (a > 0 && o - a < 8 && part(tokens[a - 1], a - 1)) a--
  return [a, o + 1]
}

/** The source after "according to", with an adverb and participle before it: "according to recently released documents". */
function sourceAfterAccording(tokens: Token[], k: number): Range | undefined {
  // "according to her, turnout was low": a pronoun alone ("her" is also a possessive)
  if (grammar.objectPronouns.has(w(tokens, k)) && (!tokens[k + 1] || isPunct(tokens[k + 1], ',.;:!?)—–'))) return [k, k + 1]
  let m = k
  if (tokens[m]?.word && !tokens[m].cap && adverbLike(tokens[m])) m++
  const t = tokens[m]
  if (m > k && t?.word && !t.cap && (t.lower.endsWith('ed') || grammar.irregularPasts.has(t.lower) || lexicon.cueVerbs.get(t.lower)?.form === 'past')) {
    const np = rightNP(tokens, m + 1)
    return np && [k, np[1]]
  }
  // "early results of the exit poll": an -ly word may be an adjective
  let np = rightNP(tokens, k) ?? (m > k ? rightNP(tokens, m) : undefined)
  // "according to show insiders", "according to poll watchers": a verb form there is a noun modifying the phrase
  if (!np && m === k && tokens[k]?.word && !tokens[k].cap && lexicon.cueVerbs.has(tokens[k].lower) && tokens[k + 1]?.word) {
    const rest = rightNP(tokens, k + 1)
    if (rest) np = [k, rest[1]]
  }
  // a quoted name inside the phrase: "the “Medicare for all” document he released"
  // (a determiner before the quotation is left out of a phrase read alone: "the", "her")
  const open = np ? np[1] : lexicon.determiners.has(w(tokens, k)) ? k + 1 : k
  if (isQuoteMark(tokens[open]) && tokens[open + 1]?.quoted) {
    let close = open + 1
    while (close < tokens.length && close < open + 10 && !(isQuoteMark(tokens[close]) && !tokens[close + 1]?.quoted)) close++
    // "the “Medicare for all” document" runs on past the quotation; “The Guardian,” alone is the name
    const rest = isQuoteMark(tokens[close]) && tokens[close - 1].word ? rightNP(tokens, close + 1) : undefined
    if (rest) np = [k, rest[1]]
    else if (open === k && isQuoteMark(tokens[close])) return [k + 1, tokens[close - 1].word ? close : close - 1]
  }
  return np && [k, np[1]]
}

/**
 * "Despite claims that…", "There were allegations that…": a plural noun of saying whose
 * speakers go unnamed, not the verb ("he claims that…") nor a noun with a relative clause
 * ("the claims that he filed were denied").
 */
function ownerlessNoun(tokens: Token[], i: number): boolean {
  if (!grammar.ownerlessSpeechNouns.has(tokens[i].lower)) return false
  const prev = w(tokens, i - 1)
  if (lexicon.prepositions.has(prev) || (BE.has(prev) && w(tokens, i - 2) === 'there')) return true
  return !grammar.articleLike.has(prev) && !(lexicon.cueVerbs.has(tokens[i].lower) && verbReading(tokens, i))
}

/** The "that" after "is", "was" or "has been" right after the noun at `i`, or -1. */
function copularThat(tokens: Token[], i: number): number {
  let k = i + 1
  if (w(tokens, k) === 'has' || w(tokens, k) === 'had') k++
  if (!BE.has(w(tokens, k))) return -1
  return w(tokens, k + 1) === 'that' ? k + 1 : -1
}

/**
 * Who owns the noun of saying at `i`: "Rubio's (latest) response", "their fear" (a range); nobody named
 * in "Another complaint", "The hope", "One view" (undefined); null for the writer's own ("my view") or no noun phrase.
 */
function ownerOf(tokens: Token[], i: number): Range | undefined | null {
  for (let k = i - 1; k >= 0 && i - k <= 4 && tokens[k].word; k--) {
    const t = tokens[k]
    if (grammar.possessivePronouns.has(t.lower)) return [k, k + 1]
    if (grammar.firstPersonPossessives.has(t.lower)) return null
    if (t.lower !== t.norm) return leftNP(tokens, k) ?? null
    if (t.cap && k > 0) return null
  }
  return undefined
}

/** Whether "at" follows an object within a few words: "put the cost of rebuilding the roads at $2.4 billion". */
function atFollows(tokens: Token[], k: number): boolean {
  for (let m = k; m < tokens.length && m < k + 8; m++) {
    if (w(tokens, m) === 'at') return true
    if (!tokens[m].word) return false
  }
  return false
}

/** "is said to", "it was reported that", "is projected at" (hedges); "was reported by X" (a source). */
function passiveCue(tokens: Token[], i: number, add: Add): boolean {
  let j = i + 1
  while (grammar.passiveAdverbs.has(w(tokens, j))) j++
  const participle = w(tokens, j)
  const verb = lexicon.cueVerbs.get(participle)
  const next = w(tokens, j + 1)
  if (next === 'by' && verb?.passiveBy && verb.form === 'past') {
    const np = rightNP(tokens, j + 2)
    if (np) {
      add({ cue: [i, j + 2], src: np, rule: 'passive-by', channel: true })
      return true
    }
  }
  const bare = grammar.hedgeBeforeNoun.has(participle) && lexicon.determiners.has(next)
  if (lexicon.hedgeParticiples.has(participle) && (bare || (next === 'to' && verbAfterTo(tokens, j + 1)) || next === 'that' || next === 'at' || (next === 'as' && participle !== 'known'))) {
    add({ cue: [i, bare ? j + 1 : j + 2], rule: 'hedge-passive' })
    return true
  }
  // "Lee had been told before the vote that…": the teller goes unnamed, or comes after "by" ("was told to leave" is an order)
  if (verb?.takes === 'object' && verb.form === 'past') {
    const teller = next === 'by' ? rightNP(tokens, j + 2) : undefined
    const k = skipAdjuncts(tokens, teller ? teller[1] : j + 1)
    if (w(tokens, k) === 'that' || (!teller && clauseFollows(tokens, k))) {
      add(teller ? { cue: [i, j + 2], src: teller, rule: 'passive-by' } : { cue: [i, j + 1], rule: 'hedge-passive' })
      return true
    }
  }
  // "Rubio was asked by moderator Gerard Baker whether…", "she was asked if…", "was asked, “…?”": the question is the asker's
  if (verb?.takes === 'question' && verb.form === 'past') {
    const asker = next === 'by' ? rightNP(tokens, j + 2) : undefined
    const k = skipAdjuncts(tokens, asker ? asker[1] : j + 1)
    const quote = isPunct(tokens[k], ',:') && isQuoteMark(tokens[k + 1]) && !tokens[k + 1].quoted
    if (lexicon.questionWords.has(w(tokens, k)) || quote) {
      add(asker ? { cue: [i, j + 2], src: asker, rule: 'passive-by' } : { cue: [i, j + 1], rule: 'hedge-passive' })
      return true
    }
  }
  // "it was revealed in March that…", "it is widely believed that…", "it has long been suggested that…"
  let it = i - 1
  while (it > 0 && i - it <= 2 && (grammar.perfectAuxiliaries.has(w(tokens, it)) || lexicon.adverbs.has(w(tokens, it)) || adverbLike(tokens[it]))) it--
  if (w(tokens, it) === 'it' && lexicon.hedgeItThat.has(participle) && (w(tokens, skipAdjuncts(tokens, j + 1)) === 'that' || clauseFollows(tokens, j + 1))) {
    add({ cue: [it, j + 1], rule: 'hedge-passive' })
    return true
  }
  return false
}

/** "Ackman is convinced that…", "some Democrats are concerned that…": a belief held by the subject of "be" at `i`. */
function beliefCue(text: string, tokens: Token[], i: number, add: Add): boolean {
  let j = i + 1
  while (j - i <= 3 && tokens[j]?.word && (lexicon.adverbs.has(tokens[j].lower) || adverbLike(tokens[j]))) j++
  if (!grammar.beliefAdjectives.has(w(tokens, j)) || w(tokens, j + 1) !== 'that' || isNegation(tokens[j - 1])) return false
  const src = subjectOf(tokens, i)
  if (!src) return false
  const reading = readSource(text, tokens, src, !tokens[src[0]].quoted)
  // ("It is certain that…" is the writer's)
  if (reading.notSource || (reading.type === 'unknown' && !reading.pronoun) || w(tokens, src[0]) === 'it') return false
  add({ cue: [j, j + 2], src, reading, rule: 'thought-verb' })
  return true
}

/** "to" at `k` opens a verb ("is said to be"), not a phrase ("was reported to the police", "known to voters"). */
function verbAfterTo(tokens: Token[], k: number): boolean {
  const t = tokens[k + 1]
  return !!t?.word && !t.cap && !/^\d/.test(t.text) && !lexicon.determiners.has(t.lower) && !lexicon.pronouns.has(t.lower) && !personNoun(t) && !lexicon.governmentOffices.has(t.norm)
}

/** The subject of the verb at `i`: the noun phrase before it, past auxiliaries, adverbs and a parenthesis. */
function subjectOf(tokens: Token[], i: number, main?: () => Range | undefined): Range | undefined {
  const { at, negated } = skipLeft(tokens, i - 1)
  if (negated) return undefined
  // "Most said", "More say": a quantifier that is also an adverb stands alone as the subject
  if (at < i - 1 && (at < 0 || !tokens[at].word) && lexicon.indefinite.has(tokens[at + 1].lower)) return [at + 1, at + 2]
  if (at < 0) return undefined
  const t = tokens[at]
  // ", then said…": a second verb of the sentence's subject
  if (main && isPunct(t, ',') && w(tokens, at + 1) === 'then') return main()
  // "47% say": a share of those polled
  if (t.text === '%' && /^\d/.test(tokens[at - 1]?.text ?? '')) return [at - 1, at + 1]
  if (t.word) {
    // "voters appeared more likely to say": a linking verb before the frame is not the subject
    if (at < i - 1 && !t.cap && t.lower !== 'on' && grammar.infinitiveSpeech.has(t.lower)) return subjectOf(tokens, at, main)
    // a second verb of the same subject: "has not identified the victims, but said…"
    // (a verb inside the opening phrase, before the sentence's subject, is not that subject's: "In a year in which …, and vowed to…, Mrs. Clinton…")
    if ((t.lower === 'and' || t.lower === 'but' || (t.lower === 'then' && isPunct(tokens[at - 1], ','))) && main) {
      const own = openingClauseSubject(tokens, at)
      if (own) return own
      const m = main()
      return m && m[0] < at ? m : undefined
    }
    const speakers = relativeSubject(tokens, at)
    if (speakers) return speakers
    // "businesses that warn…", "a letter that argued…": a relative "that" after a noun stands for it
    // ("nothing that suggests…" names no one)
    if (t.lower === 'that' && at === i - 1 && tokens[at - 1]?.word && !lexicon.cueVerbs.has(tokens[at - 1].lower) && !lexicon.clauseBreakers.has(tokens[at - 1].lower) && !grammar.emptyObjects.has(tokens[at - 1].lower)) {
      // from its last article: "released a marketing video that said" names the video
      const np = leftNP(tokens, at - 1)
      if (np) for (let d = np[1] - 1; d > np[0]; d--) if (grammar.articles.has(tokens[d].lower) && w(tokens, d - 1) !== 'of') return [d, np[1]]
      return np
    }
    let np = leftNP(tokens, at)
    if (!np) return undefined
    // "The last man to mount a third-party race says": the phrase is the infinitive's object; its holder speaks
    if (infinitive(tokens, np[0] - 2) && !lexicon.determiners.has(w(tokens, np[0] - 1)) && tokens[np[0] - 3]?.word) {
      const holder = leftNP(tokens, np[0] - 3)
      const head = holder && tokens[headOf(tokens, holder)]
      if (holder && head && (personNoun(head) || head.cap || isSourceNoun(head))) np = holder
    }
    // "Officials in Texas, New Mexico and Arizona said": the last names of a list after a preposition are not the speaker
    const listEnd = tokens.slice(np[0], np[1]).some((x) => x.lower === 'and') ? np[0] - 1 : w(tokens, np[0] - 1) === 'and' ? np[0] - 2 : -1
    if (listEnd > 0 && isPunct(tokens[listEnd], ',') && tokens[np[0]].cap) {
      let k = listEnd
      let commas = 0
      while (k > 0 && np[0] - k < 12 && (isPunct(tokens[k], ',') || (tokens[k].word && tokens[k].cap) || tokens[k].lower === 'and')) if (isPunct(tokens[k--], ',')) commas++
      // ", and Nicklaus said" after one place joins two clauses; a list before ", and" has a comma of its own
      const list = listEnd === np[0] - 1 || commas > 1
      const head = list && lexicon.prepositions.has(w(tokens, k)) && tokens[k - 1]?.word ? leftNP(tokens, k - 1) : undefined
      if (head) np = [head[0], np[1]]
    }
    // what X said is a thing said, not an attribution ("contradicted what Trump said"), unless quoted after or a cleft ("That's what Lee said.")
    if ((grammar.freeRelatives.has(w(tokens, np[0] - 1)) || grammar.freeRelatives.has(w(tokens, np[0]))) && !quoteWithin(tokens, i + 1) && !clauseAt(tokens, i + 1) && !cleft(tokens, np, i)) return undefined
    // a lone lowercase word that names no speaker is not a subject ("helps explain why")
    const only = tokens[np[0]]
    if (np[1] - np[0] === 1 && !only.cap && !lexicon.pronouns.has(only.lower) && !isSourceNoun(only) && !lexicon.indefinite.has(only.lower) && !/^\d/.test(only.text)) return undefined
    const rel = tokens[np[0]].lower
    if (np[1] - np[0] === 1 && (rel === 'who' || rel === 'which' || rel === 'that')) {
      // a relative pronoun stands for the noun phrase before it: "officials, who said…"
      let k = np[0] - 1
      if (isPunct(tokens[k], ',')) k--
      // "18% who say": a share of those polled
      if (tokens[k]?.text === '%' && /^\d/.test(tokens[k - 1]?.text ?? '')) return [k - 1, k + 1]
      const antecedent = k >= 0 && tokens[k].word ? leftNP(tokens, k) : undefined
      // "which" never stands for people: "won among black voters, which describes much of the city"
      if (antecedent && rel === 'which' && personNoun(tokens[headOf(tokens, antecedent)])) return undefined
      // "who" stands for the person after a preposition: "the support of a retired general who suggested…",
      // "a damning reaction from President Obama, who called…"
      // (past a comma only: "a star anchor at Fox News who…" may be the anchor)
      const head = antecedent && tokens[headOf(tokens, antecedent)]
      if (antecedent && head && rel === 'who' && (tokens[k].cap || personNoun(tokens[k])) && !personNoun(head) && !head.cap) {
        const comma = k < np[0] - 1
        for (let m = k - 1; m > antecedent[0]; m--) if (tokens[m].lower === 'of' || (comma && lexicon.prepositions.has(tokens[m].lower) && !tokens[m].cap)) return [m + 1, antecedent[1]]
      }
      // and a description set off after a name is the name's: "Megyn Kelly, a star anchor at Fox News who questioned…"
      return nameBeforeRole(tokens, antecedent)
    }
    return np
  }
  if (t.text === ')' || DASHES.has(t.text)) {
    // "Sen. John Cornyn (R-Texas) told…", "Many speakers — including Muslims, Jews — said…"
    const open = t.text === ')' ? '(' : t.text
    // a typed "--" is two hyphens: the aside opens at the pair before it
    const double = t.text === '-' && tokens[at - 1]?.text === '-'
    for (let k = at - (double ? 2 : 1); k >= 0 && at - k < 40; k--) {
      if (double && tokens[k].text === '-' && tokens[k - 1]?.text === '-') k--
      if (tokens[k].text === open) return tokens[k - 1]?.word ? leftNP(tokens, k - 1) : undefined
    }
    return undefined
  }
  // ", citing “the magic of Trump,” said": an aside that ends inside a quotation, read from before its opening mark
  let from = at
  // a typewriter double ('') is two marks
  const mark = isQuoteMark(t) && isQuoteMark(tokens[at - 1]) ? at - 1 : at
  if (isQuoteMark(t) && isPunct(tokens[mark - 1], ',')) {
    from = mark - 2
    while (from >= 0 && at - from < 30 && !isQuoteMark(tokens[from])) from--
  }
  if (t.text === ',' || (from < at && from >= 0)) {
    // "Kim, 38, said" / "The official, who spoke on condition of anonymity, said"
    let list = false
    for (let k = from - 1; k >= 0 && at - k < 45; k--) {
      if (isPunct(tokens[k], ',')) {
        const inner = tokens[k + 1]
        // a party and state after the name is part of it: "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said"
        if (partyTag(tokens[k - 1]?.text === '.' ? tokens[k - 2] : tokens[k - 1])) continue
        // so is an age: "Marley Anderson, 21, a junior from Las Vegas, said"
        if (/^\d{1,3}$/.test(tokens[k - 1]?.text ?? '') && isPunct(tokens[k - 2], ',')) continue
        // a list inside the apposition ("secretary for population, refugees, and migration,"): its commas are not the subject's
        if (inner && (inner.lower === 'and' || inner.lower === 'or')) list = true
        if (list && !(tokens[k - 1]?.cap || isSourceNoun(tokens[k - 1]) || grammar.parentheticalOpeners.has(inner.lower))) continue
        // "Two Democrats, Ruiz and Diaz, said", "the campaign's chairman, John Podesta, said": the names in the apposition speak
        if (inner?.cap && !tokens[k - 1]?.cap && at - k <= 7 && tokens.slice(k + 1, at).every((x) => (x.word && x.cap && !x.text.includes('-')) || x.lower === 'and')) {
          // (after a quotation the phrase that follows it stays the tag's speaker: "…,'' another brother, Stuart Oltchick, recalled")
          const outer = tokens[k - 1]?.word ? leftNP(tokens, k - 1) : undefined
          const quoteBefore = outer && (isQuoteMark(tokens[outer[0] - 1]) || (isPunct(tokens[outer[0] - 1], ',') && isQuoteMark(tokens[outer[0] - 2])))
          if (!quoteBefore) return [k + 1, at]
        }
        const short = at - k <= 10
        const opener = inner && (grammar.parentheticalOpeners.has(inner.lower) || lexicon.prepositions.has(inner.lower) || (/ed$/.test(inner.lower) && !inner.cap))
        // the subject may carry a bracket before its apposition: "Ann Lee (D-Ore.), chairwoman of the panel, said"
        const end = tokens[k - 1]?.text === ')' ? openingBracket(tokens, k - 1) - 1 : k - 1
        if (inner && (short || opener || tokens[end]?.cap) && tokens[end]?.word) {
          if ((tokens[end].lower === 'and' || tokens[end].lower === 'but') && main) return main()
          return nameBeforeRole(tokens, leftNP(tokens, end))
        }
        // a nested apposition: a title in quotation marks ("Sam Solovey, a contestant on the show, “The Apprentice,” who…, said")
        if (isQuoteMark(inner)) continue
        return undefined
      }
      // a bracket is an aside of its own: "The campaign, pushing the idea … (like Plouffe, who called …), has emphasized"
      if (tokens[k].text === ')') {
        let m = k - 1
        while (m >= 0 && at - m < 45 && tokens[m].text !== '(') m--
        if (m < 0 || tokens[m].text !== '(') break
        k = m
        continue
      }
      // a quotation inside the apposition: "the co-author of “Going Viral,” about…", "wearing “Ted Cruz” pins"
      if (isQuoteMark(tokens[k]) && tokens[k].quoted) {
        let m = k - 1
        while (m >= 0 && at - m < 45 && tokens[m].quoted) m--
        if (m > 0 && isQuoteMark(tokens[m])) {
          k = m
          continue
        }
      }
      if (isPunct(tokens[k], ';:"“”') || (isPunct(tokens[k], '.') && !tokens[k - 1]?.word)) break
    }
  }
  return undefined
}

/**
 * A role or a description set off by commas after a name is the name's first apposition: "Mike
 * Shields, president of the fund, a super PAC…, said", "Dean Johnson, a salesman from Sumter,
 * South Carolina, says" name the person (not after an opening phrase: "In Ohio, …").
 */
function nameBeforeRole(tokens: Token[], np: Range | undefined): Range | undefined {
  if (!np) return np
  // or the phrase is inside an aside after the name: "Grassley, facing a challenge in Iowa, a swing state, said",
  // "Clinton, during a town hall in Columbus, Ohio, said"
  const lead = tokens[np[0] - 1]
  const aside = !!lead?.word && !lead.cap && (grammar.adjunctPrepositions.has(lead.lower) || lead.lower.endsWith('ing'))
  const comma = aside ? np[0] - 2 : np[0] - 1
  if (!isPunct(tokens[comma], ',') || !tokens[comma - 1]?.cap) return np
  if (!aside && !(personNoun(tokens[headOf(tokens, np)]) || grammar.articles.has(w(tokens, np[0])))) return np
  const name = leftNP(tokens, comma - 1)
  return name && tokens[headOf(tokens, name)].cap && (name[0] === 0 || !tokens[name[0] - 1].word) && !lexicon.prepositions.has(w(tokens, name[0])) ? name : np
}

/**
 * Speakers defined by a relative clause that ends right before the verb at `at + 1`:
 * "Residents who fled the fire said", "Three economists who testified said", "Voters we
 * spoke to said", not "the dog".
 */
function relativeSubject(tokens: Token[], at: number): Range | undefined {
  // (two relative clauses joined by "and" give the first one a few more words: "A man who lives nearby and who asked not to be named said")
  let reach = 8
  for (let k = at; k > 0 && at - k < reach; k--) {
    const t = tokens[k]
    if (!t.word) return undefined
    // a relative clause without "who": "Voters we spoke to said", "None of the scholars I interviewed this week thought"
    if (k < at && grammar.subjectPronouns.has(t.lower) && pastForm(tokens[k + 1])) {
      const np = leftNP(tokens, k - 1)
      const head = np && tokens[headOf(tokens, np)]
      return head && (personNoun(head) || isSourceNoun(head)) ? np : undefined
    }
    if ((t.lower !== 'who' && t.lower !== 'whose') || k === at) continue
    if (w(tokens, k - 1) === 'and' && reach === 8) {
      reach = at - k + 10
      continue
    }
    // "who" and "whose" speak of people: the noun phrase before them is the speaker ("Residents whose homes flooded said")
    return leftNP(tokens, k - 1)
  }
  return undefined
}

/** A lowercase past form by its ending or its list: "interviewed", "spoke". */
const pastForm = (t: Token | undefined) => !!t?.word && !t.cap && (t.lower.endsWith('ed') || grammar.irregularPasts.has(t.lower))

/** The index of the "(" that the ")" at `k` closes, within a few words; -1 when there is none. */
function openingBracket(tokens: Token[], k: number): number {
  for (let m = k - 1; m >= 0 && k - m < 12; m--) if (tokens[m].text === '(') return m
  return -1
}

/** The sentence's grammatical subject, for participial cues (", saying…"): after any opening phrase. */
function findMainSubject(tokens: Token[]): Range | undefined {
  let i = 0
  // past leading punctuation and linking words: "And then Lee went on the attack, saying…"
  while (i < tokens.length && (!tokens[i].word || (grammar.linkingOpeners.has(tokens[i].lower) && tokens[i + 1]?.word))) i++
  // past an opening quotation: "“We lost,” Ortiz shrugged and said."
  if (tokens[i]?.quoted && isQuoteMark(tokens[i - 1])) while (i < tokens.length && (tokens[i].quoted || !tokens[i].word)) i++
  // past a dateline: "PARIS, Aug 31 (Reuters) - Marine Le Pen…"
  if (tokens[i]?.text.length > 1 && tokens[i].text === tokens[i].text.toUpperCase() && /[A-Z]/.test(tokens[i].text)) {
    for (let k = i + 1; k < tokens.length && k < i + 14; k++) {
      if (DASHES.has(tokens[k].text)) {
        i = k + 1
        while (DASHES.has(tokens[i]?.text ?? '')) i++
        break
      }
    }
  }
  // skip an opening phrase that ends with a comma within the first words
  const opener = w(tokens, i)
  // "Eight years ago, …" opens with a time phrase too; "Late last month, …", "Earlier this year, …"
  const time = grammar.timeDeterminers.has(opener) && grammar.timeDeterminers.has(w(tokens, i + 1)) ? i + 2 : i + 1
  const since = (/^\d/.test(opener) || lexicon.indefinite.has(opener) || grammar.timeDeterminers.has(opener)) && (lexicon.timeWords.has(w(tokens, time)) || grammar.durations.has(w(tokens, time)))
  // an adverb opens a phrase only with its comma ("Meanwhile, Lee…"); "even Obama tried…" starts with the subject
  const after = tokens[i + 1]
  const adverb = lexicon.adverbs.has(opener) && !!after?.word && !lexicon.prepositions.has(after.lower) && !lexicon.timeWords.has(after.lower) && !lexicon.prepositions.has(opener) && !lexicon.timeWords.has(opener) && !lexicon.clauseBreakers.has(opener) && !grammar.sentenceOpeners.has(opener)
  if (adverb) i++
  // "Noting that the plan had failed, Lee…", "Speaking to supporters in Ohio, Cruz…": an opening participle clause runs longer
  // ("Asked on Monday whether…, Clinton…", "Pressed by reporters, Lee…": a past participle and its phrase)
  const participle = lexicon.cueVerbs.get(opener)?.form === 'ing' || (grammar.joiners.has(opener) && opener.endsWith('ing')) || (opener.endsWith('ed') && (lexicon.prepositions.has(w(tokens, i + 1)) || lexicon.questionWords.has(w(tokens, i + 1))))
  if (!adverb && (since || participle || lexicon.prepositions.has(opener) || lexicon.timeWords.has(opener) || lexicon.adverbs.has(opener) || lexicon.clauseBreakers.has(opener) || grammar.sentenceOpeners.has(opener))) {
    let comma = false
    // a longer opening phrase counts only when a name or a pronoun follows its comma: "In response to Trump's proposal to bar…, Clinton's aide…"
    const nameAfter = (k: number) => (tokens[k + 1]?.cap && !lexicon.prepositions.has(tokens[k + 1].lower) && !lexicon.sentenceStarters.has(tokens[k + 1].lower)) || grammar.subjectPronouns.has(w(tokens, k + 1))
    // (a pronoun subject inside means the sentence has begun: "By Sunday she had canceled a rally in Green Bay, Wis., citing…")
    let clause = false
    for (let k = i; k < tokens.length && k < i + (participle ? 40 : 30); k++) {
      if (grammar.subjectPronouns.has(tokens[k].lower)) clause = true
      if (isPunct(tokens[k], ',') && (participle || k < i + 14 || (nameAfter(k) && !clause && !grammar.subordinators.has(opener)))) {
        i = k + 1
        // the comma may sit inside a closing quotation mark: 'In an interview with "Fox and Friends," Trump…'
        while (isQuoteMark(tokens[i]) && !tokens[i + 1]?.quoted) i++
        comma = true
        break
      }
    }
    // a long clause opened by "When", "As" or "While": its own subject follows the word ("When Trump later referred to … and said…"),
    // unless the clause has none ("When told that Perez was in the Cabinet and …, Bush said…")
    if (!comma && grammar.subordinators.has(opener)) {
      i++
      const t = tokens[i]
      if (t?.word && !t.cap && (lexicon.cueVerbs.has(t.lower) || t.lower.endsWith('ed') || t.lower.endsWith('ing'))) {
        for (let k = i; k < tokens.length && k < i + 40; k++) {
          if (isPunct(tokens[k], ',')) {
            i = k + 1
            break
          }
        }
      }
    }
  }
  // "There is a lot of chatter…" has no subject to speak
  if (w(tokens, i) === 'there' && BE.has(w(tokens, i + 1))) return undefined
  return speakerAt(tokens, i)
}

/** "When Lee visited the plant and said…, workers cheered": a second verb inside an opening "When" clause has that clause's subject. */
function openingClauseSubject(tokens: Token[], at: number): Range | undefined {
  const f = firstWord(tokens)
  // (an opening clause is short: the bound keeps a long sentence of "and said…" linear)
  if (f < 0 || !grammar.subordinators.has(tokens[f].lower) || at - f > 40) return undefined
  for (let k = f + 1; k < at; k++) if (isPunct(tokens[k], ',')) return undefined
  return speakerAt(tokens, f + 1)
}

/** The noun phrase at `i` as a speaker: without a tagger it may run into its verb ("The Florida senator sought"), so it is cut back to a speaker. */
function speakerAt(tokens: Token[], i: number): Range | undefined {
  const np = rightNP(tokens, i)
  if (!np) return undefined
  for (let end = np[1]; end > np[0]; end--) {
    const head = tokens[end - 1]
    // (a capitalised preposition that opened the sentence is no speaker: "On the eve of…")
    if ((head.cap && !(end - 1 === np[0] && lexicon.prepositions.has(head.lower))) || isSourceNoun(head) || lexicon.pronouns.has(head.lower)) return [np[0], end]
  }
  return np
}

function verbCue(text: string, tokens: Token[], i: number, verb: CueVerb, shape: SentenceShape, subject: () => Range | undefined, add: Add, tagSpeaker: Range | undefined): void {
  const n = tokens.length
  const prev = tokens[i - 1]
  // a phrasal verb is a cue with its particle: "pointed out", "shot back"
  const last = verb.particle ? i + 1 : i
  if (verb.particle && w(tokens, last) !== verb.particle) return
  // infinitives only in "went on to say", "continued to insist", or as a purpose carried out ("took to Twitter to say")
  // (a purpose is carried out in speech: "a good way to understand the thinking is…" states no one's view)
  const purpose = prev?.lower === 'to' && verb.cls !== 'thought' && purposeInfinitive(tokens, i - 2)
  // ("Voters we spoke to said": the "to" of a relative clause is no infinitive's)
  // (the verb is finite there: "he continued to suggest" is an infinitive)
  const stranded = prev?.lower === 'to' && (verb.form === 'past' || verb.form === 'present') && pastForm(tokens[i - 2]) && grammar.subjectPronouns.has(w(tokens, i - 3))
  if (prev?.lower === 'to' && !grammar.infinitiveSpeech.has(w(tokens, i - 2)) && !purpose && !stranded) return
  // passives are hedges or "was reported by X", found with the verb "be"
  let beforeVerb = i - 1
  while (beforeVerb > 0 && i - beforeVerb < 5 && (lexicon.adverbs.has(w(tokens, beforeVerb)) || isPunct(tokens[beforeVerb], ','))) beforeVerb--
  // "who's argued", "she's said" are perfects ('s = has); "it's said that…" is a passive
  const perfect = perfectS(tokens, beforeVerb)
  if (verb.form === 'past' && BE.has(w(tokens, beforeVerb)) && !perfect) {
    if (verb.takes === 'quoted' && w(tokens, i + 1) === 'as') {
      const sub = subjectOf(tokens, beforeVerb)
      if (sub) add({ cue: [i, Math.min(n, i + 3)], src: sub, rule: 'quoted-as-saying' })
    }
    return
  }
  // "as reported by the Lagos Tribune", "as first reported by…"
  if (verb.form === 'past' && verb.passiveBy && w(tokens, i + 1) === 'by' && (w(tokens, i - 1) === 'as' || w(tokens, i - 2) === 'as')) {
    const np = rightNP(tokens, i + 2)
    if (np) add({ cue: [w(tokens, i - 1) === 'as' ? i - 1 : i - 2, i + 2], src: np, rule: 'as-reported-by', channel: true })
    return
  }
  // "The campaign, first reported by The Washington Post, is…": a report set off by commas credits what it modifies
  // ("— a fact first reported by Christopher Heath": right after a noun of information too)
  const reportedOf = i > 0 ? tokens[lexicon.adverbs.has(w(tokens, i - 1)) || adverbLike(tokens[i - 1]) ? i - 2 : i - 1] : undefined
  if (verb.form === 'past' && grammar.reportedByAsides.has(verb.base) && w(tokens, i + 1) === 'by' && i > 0 && (isPunct(reportedOf, ',') || (!!reportedOf?.word && !reportedOf.cap && (objectNoun(reportedOf.lower) === 'info' || lexicon.documentNouns.has(reportedOf.norm))))) {
    const np = rightNP(tokens, i + 2)
    if (np && (!tokens[np[1]] || isPunct(tokens[np[1]], ',') || lexicon.timeWords.has(w(tokens, np[1] + 1)))) add({ cue: [i, i + 2], src: np, rule: 'as-reported-by', channel: true })
    return
  }
  if (skipLeft(tokens, i - 1).negated) return
  // "a think tank known for…", "a letter written in May": a participle outside a perfect modifies a noun
  if (verb.perfectOnly && !(grammar.perfectAuxiliaries.has(w(tokens, beforeVerb)) || perfect)) return

  // "quoted X as saying" / "citing X": the subject relays the object's words
  if (verb.takes === 'quoted' || verb.takes === 'cited') return relayCue(text, tokens, last, verb, () => tagSpeaker ?? subject(), add)

  // inverted: ", said Kim." / "…,” said the agency, adding…" — the content came before
  const invertible = verb.inverts && (verb.takes !== 'question' || isQuoteMark(prev)) && w(tokens, last + 1) !== 'that'
  if (i > 0 && (isPunct(prev, ',') || isQuoteMark(prev)) && verb.form !== 'ing' && invertible) {
    let np = speakerAfter(tokens, rightNP(tokens, last + 1))
    // ", said Doyle and others,": a joined second speaker
    if (np && (tokens[np[0]].cap || personNoun(tokens[headOf(tokens, np)])) && w(tokens, np[1]) === 'and') {
      const more = rightNP(tokens, np[1] + 1)
      if (more) np = [np[0], more[1]]
    }
    // ", announced the harbour master, Ines Duarte.": a name in apposition to a role is the same speaker
    if (np && !tokens[np[0]].cap && !tokens[headOf(tokens, np)].cap && isPunct(tokens[np[1]], ',') && tokens[np[1] + 1]?.cap) {
      const name = rightNP(tokens, np[1] + 1)
      if (name && name[1] - name[0] <= 4 && tokens[name[1] - 1].cap && (!tokens[name[1]] || isPunct(tokens[name[1]], '.,;!?'))) np = [np[0], name[1]]
    }
    const after = np ? tokens[np[1]] : undefined
    // (an infinitive after the phrase makes it an object: ", announced plans to merge")
    if (np && (!after || isPunct(after, ',.;:!?()—–') || isQuoteMark(after) || (grammar.afterInvertedSpeaker.has(after.lower) && !isTo(tokens, np[1])))) {
      const r = readSource(text, tokens, np)
      // after a bare comma the speaker must look like one (", says political scientist Ana Ruiz"): ", declared bankruptcy." and ", declared his support" name none
      if (!r.notSource && (r.kind === 'named' || r.type !== 'unknown' || startsNP(tokens[np[0]])) && (isQuoteMark(prev) || (startsNP(tokens[np[0]]) && (r.type !== 'unknown' || tokens[np[0]].cap)) || (r.type === 'person' && tokens[np[1] - 1].cap))) {
        add({ cue: [i, last + 1], src: np, reading: r, rule: 'inverted-cue', quote: shape.quotes, channel: r.type === 'media' || r.type === 'state-media' })
        return
      }
    }
  }

  let src: Range | undefined
  // (a saying verb: "Assuming that…" opens a condition of the author's)
  const opening = verb.form === 'ing' && verb.cls === 'speech' && firstWord(tokens) === i
  // after another preposition the -ing form is a noun ("the volume of writing devoted to…") unless it hands over a clause or a quotation
  const gerund = verb.form === 'ing' && !!prev?.word && lexicon.prepositions.has(prev.lower) && !grammar.participleLeads.has(prev.lower) && !isTo(tokens, i - 1)
  let rule = verb.cls === 'thought' ? 'thought-verb' : verb.cls === 'research' ? 'research-verb' : verb.cls === 'commitment' ? 'commitment-verb' : 'speech-verb'
  // "after initially saying", ", again saying": adverbs may stand between the lead and the participle
  let lead = i - 1
  while (lead > 0 && tokens[lead].word && (adverbLike(tokens[lead]) || lexicon.adverbs.has(tokens[lead].lower)) && !tokens[lead].cap) lead--
  // a comma inside a closing quotation mark still sets the participle off: "…address “that person,” telling…"
  const leadTok = isQuoteMark(tokens[lead]) && isPunct(tokens[lead - 1], ',') ? tokens[lead - 1] : tokens[lead]
  if (verb.form === 'ing' && leadTok && lead < i && (leadTok.word ? grammar.participleLeads.has(leadTok.lower) : PARTICIPLE_MARKS.has(leadTok.text))) {
    // "When he returned he began by saying…": without a subject for the sentence, the verb's before "by"
    src = (leadTok.word ? undefined : tagSpeaker) ?? subject() ?? (leadTok.lower === 'by' && tokens[lead - 1]?.word ? subjectOf(tokens, lead - 1) : undefined)
    rule = 'participle-cue'
    if (src && readSource(text, tokens, src).type === 'unknown' && !lexicon.pronouns.has(tokens[src[0]].lower)) return
  } else if (opening) {
    // "Noting that the plan had failed, Lee…": an opening participle clause belongs to the subject after it
    src = subject()
    rule = 'participle-cue'
  } else if (verb.form === 'ing' && prev && lexicon.documentNouns.has(prev.norm)) {
    src = leftNP(tokens, i - 1)
    rule = 'participle-cue'
  } else if (purpose) {
    src = subject()
  } else if (gerund) {
    // "rebuked Mr. Trump for suggesting that…" is Trump's, "offered few ideas aside from stating that…" the subject's
    src = gerundSpeaker(tokens, i - 1) ?? subject()
    rule = 'participle-cue'
  } else if (verb.form === 'ing' && prev && grammar.gerundFrames.has(prev.lower)) {
    // "Lee kept insisting": the subject of the frame
    src = subjectOf(tokens, i - 1, subject)
  } else if (prev?.lower === 'to' && !stranded) {
    // "Lee went on to say", "was quick to add", "were more likely to say": the subject of the frame
    src = subjectOf(tokens, w(tokens, i - 2) === 'on' ? i - 3 : i - 2, subject)
  } else {
    src = subjectOf(tokens, i, subject)
  }
  // a speaker never contains its own cue ("(WARNING: …)"); "No official said…", "Neither side said…" report that nobody did
  if (!src || (src[0] <= i && i < src[1]) || noSpeaker(tokens, src)) return
  const reading = readSource(text, tokens, src, !tokens[src[0]].quoted)
  if (reading.notSource) {
    // "“I am not shy,” I said.": the writer tags the quotation, which then takes no other speaker (dropped with its reading later)
    if (reading.notSource === 'author' && shape.quotes) add({ cue: [i, last + 1], src, reading, rule: 'author-tag' })
    return
  }
  // a form that is also a noun ("colonial rule", "independent states") needs a speaker for subject
  // (an adverb or auxiliary between them settles it: "Marsh also claims")
  if (lexicon.nounish.has(tokens[i].lower) && reading.type === 'unknown' && !reading.pronoun && src[1] === i && !pluralSubject(tokens, i)) return
  // "a formula called “chained CPI”", "a fund labeled “Homes First”": right after a common noun, the past form and a quotation name it
  // ("what the owner called “the old model”" has the owner for subject)
  if (verb.form === 'past' && grammar.namingVerbs.has(verb.base) && src[1] === i && !reading.pronoun && !tokens[i - 1].cap && w(tokens, src[0] - 1) !== 'what' && namedRightAfter(tokens, i + 1)) return

  // after a quotation the cue trails it, whatever follows: "“…,” Sanders said to cheers at a rally."
  const afterQuote = isQuoteMark(tokens[src[0] - 1]) || (isPunct(tokens[src[0] - 1], ',') && isQuoteMark(tokens[src[0] - 2]))
  // a lead-in ends with a colon: "Cruz called them on it:", "As Joel Pollak reported after the raid:"
  const leadIn = tokens[tokens.length - 1]?.text === ':' && verb.cls === 'speech'
  // (an amount after the verb is no tag's: "…,'' the club charged a $100,000 fee")
  const amount = (k: number) => CURRENCY.test(tokens[k]?.text ?? '')
  const trails = () => (afterQuote && !amount(last + 1) && !(lexicon.determiners.has(w(tokens, last + 1)) && amount(last + 2))) || leadIn || (!!verb.inverts && verb.takes !== 'quote' && verb.form !== 'ing' && tagBeforeAdjuncts(tokens, src, i, last, reading))
  const content = contentAfter(tokens, last, verb, reading.type === 'document') ?? ((verb.cls === 'speech' && trails()) || cleft(tokens, src, last) ? { kind: 'trailing' as const, at: last + 1 } : undefined)
  // an opening participle hands over a clause or a quotation, not "Reading from a prepared text, …"; a gerund too, or it is a noun
  if ((opening || gerund) && (!content || (content.kind !== 'that' && content.kind !== 'clause' && content.kind !== 'quote'))) return
  const withQuote = afterQuote || leadIn || content?.kind === 'quote'
  if (!content || ((verb.tagOnly || verb.quoteOnly) && !withQuote) || (verb.tagOnly && reading.type === 'unknown' && !reading.pronoun) || (verb.noObject && content.kind === 'object')) return
  // research verbs count with an authored document, or people with a that-clause, a quotation after a colon ("Fox concludes: “…”") or trailing (", Fox found.")
  // a cue trailing its content is set off from it: "…, Kim said." / "“…” Kim said." / "As Kim said, …"
  const before = tokens[src[0] - 1]
  // ("“…missing.” Trump said.": a sentence of only a speaker and the verb is the tag of the quotation before it)
  // ("“…” Trump added during his appearance on Fox.": adjuncts may follow the verb; not a retort at someone: "Fox fired back at Trump over the plan.")
  const bareTag = () => shape.afterQuote && src[0] === firstWord(tokens) && verb.cls === 'speech' && !verb.particle && skipAdjuncts(tokens, last + 1) === tokens.length - 1 && isPunct(tokens[tokens.length - 1], '.')
  if (content.kind === 'trailing' && !leadIn && !(src[0] > 0 && (isPunct(before, ',;:—–(') || isQuoteMark(before) || before.lower === 'as' || before.lower === 'what')) && !bareTag()) return
  // a second verb after "and" needs content of its own: "a mix of idealism, pragmatism and hope."
  if (content.kind === 'trailing' && !afterQuote && (w(tokens, i - 1) === 'and' || w(tokens, i - 1) === 'or')) return
  if (verb.cls === 'research' && reading.type !== 'document' && !lexicon.documentNouns.has(tokens[headOf(tokens, src)].norm) && content.kind !== 'that' && content.kind !== 'relative' && content.kind !== 'trailing' && !(content.kind === 'quote' && isPunct(tokens[last + 1], ':'))) return
  // commitments count with what was promised: "vowed to…", "pledged that…", "promised the plan would…", "“…,” he vowed."
  // ("The plant will reopen, the mayor promised." and "A new school, she vowed, would open" are set off by commas)
  if (verb.cls === 'commitment' && !['to', 'that', 'clause', 'relative', 'quote'].includes(content.kind) && !(content.kind === 'trailing' && (afterQuote || isPunct(before, ',')))) return

  firmWork(tokens, src, i, reading)
  pluralOpener(tokens, src, i, verb, reading)
  const cueEnd = (content.kind === 'that' || content.kind === 'to') && content.at === last + 1 ? last + 2 : last + 1
  const outlet = reading.type === 'media' || reading.type === 'state-media'
  add({ cue: [i, cueEnd], src, reading, rule, quote: content.kind === 'quote' || shape.quotes, channel: outlet })
}

/** "That's what Andy McCarthy wrote recently.", "This is what the audit found.": the demonstrative is the content, said by the speaker after "what". */
function cleft(tokens: Token[], src: Range, last: number): boolean {
  const f = firstWord(tokens)
  const opener = tokens[f]
  if (!opener || (opener.norm !== 'that' && opener.norm !== 'this') || w(tokens, src[0] - 1) !== 'what') return false
  const be = opener.lower !== opener.norm ? f : BE.has(w(tokens, f + 1)) ? f + 1 : -1
  // ("That is what he said, and…" ends at the verb, an addressee and adjuncts: "That's what she told the inquiry in March.")
  const end = skipAdjuncts(tokens, rightNP(tokens, last + 1)?.[1] ?? last + 1)
  return be >= 0 && src[0] === be + 2 && isPunct(tokens[end], '.!') && end === tokens.length - 1
}

/** The person blamed or praised "for" or "of" what they said: "criticized him for saying…", "accused Lee of claiming…"; not after a passive's "by". */
function gerundSpeaker(tokens: Token[], prep: number): Range | undefined {
  if (w(tokens, prep) !== 'for' && w(tokens, prep) !== 'of') return undefined
  // ("was attacked by Hillary Clinton for suggesting…": the agent of a passive is not the one who said it)
  const object = (np: Range | undefined) => (np && np[0] > 0 && tokens[np[0] - 1].word && w(tokens, np[0] - 1) !== 'by' ? np : undefined)
  // the verb's object right before: "criticized the mayor for saying…", "blamed her staff for…", "criticized him for…"
  const np = object(leftNP(tokens, prep - 1))
  const head = np && tokens[headOf(tokens, np)]
  if (head && head === tokens[prep - 1] && (head.cap || personNoun(head) || isSourceNoun(head) || grammar.objectPronouns.has(head.lower))) return np
  // or a name before a description of it: "slammed Obama as elitist and out-of-touch for suggesting…"
  for (let k = prep - 2; k >= 0 && prep - k < 10; k--) {
    const t = tokens[k]
    if (!t.word || t.lower === 'by') return undefined
    if (t.cap) return object(leftNP(tokens, k))
  }
  return undefined
}

/**
 * "…, Wilkin said during his speech to delegates.": a speaker right before a tag verb after a
 * comma, then only adjuncts to the end; not after an opening clause ("As Obama spoke, Trump
 * responded from the heart"), nor a request ("Trump called for the president to resign").
 */
function tagBeforeAdjuncts(tokens: Token[], src: Range, i: number, last: number, reading: SourceReading): boolean {
  // (adjuncts run to the end within a few words: a bound that keeps long sentences linear)
  // (an apposition may stand between them: ", Patrick F. Kennedy, the undersecretary for management, wrote in a memo to…")
  const apposed = src[1] < i - 1 && isPunct(tokens[src[1]], ',') && isPunct(tokens[i - 1], ',')
  if (tokens.length - last > 30 || (src[1] < i - 1 && !apposed) || !isPunct(tokens[src[0] - 1], ',')) return false
  const opener = tokens[firstWord(tokens)]
  if (!opener || lexicon.clauseBreakers.has(opener.lower)) return false
  if (reading.type === 'unknown' && !reading.pronoun && !tokens[src[0]].cap) return false
  return grammar.adjunctPrepositions.has(w(tokens, last + 1)) && !isTo(tokens, last + 1) && !tokens.slice(last + 1).some((x) => x.text === ',' || x.lower === 'that' || isQuoteMark(x))
}

/** first words found, by sentence: rules ask for every cue, and a sentence may open with thousands of marks (held weakly: no text outlives its check) */
const FIRST_WORDS = new WeakMap<Token[], number>()

/** The index of a sentence's first word (-1 when it has none). */
function firstWord(tokens: Token[]): number {
  let k = FIRST_WORDS.get(tokens)
  if (k === undefined) FIRST_WORDS.set(tokens, (k = tokens.findIndex((t) => t.word)))
  return k
}

/** A contracted 's at `k` that is "has": after a person and before a participle that is no "said to" hedge ("who's argued", "she's said that"; not "it's said", "the mayor's said to be"). */
function perfectS(tokens: Token[], k: number): boolean {
  return w(tokens, k) === "'s" && !grammar.passiveBeforeS.has(w(tokens, k - 1)) && w(tokens, k + 2) !== 'to'
}

/** A speaker phrase that names nobody: "No official", "Nobody", "Neither of the aides", "Neither Ruiz nor Diaz". */
function noSpeaker(tokens: Token[], [a]: Range): boolean {
  const before = w(tokens, a - 1) === 'of' ? a - 2 : a - 1
  return grammar.negativeDeterminers.has(w(tokens, a)) || grammar.negativeDeterminers.has(w(tokens, before))
}

/** "in the view of X", "in the words of X", "in Bolton's view", "in his words": the cue, the holder, and the stance noun's index. */
function stanceHolder(tokens: Token[], i: number): { cue: Range; src: Range; noun: number } | undefined {
  if (w(tokens, i + 1) === 'the' && grammar.stanceNouns.has(w(tokens, i + 2)) && w(tokens, i + 3) === 'of') {
    const src = rightNP(tokens, i + 4)
    return src && { cue: [i, i + 4], src, noun: i + 2 }
  }
  // a possessor, then the noun at a mark: "in Professor Knittel's view,", "in his words." (not the author's "in my view", nor "in its own way")
  for (let k = i + 1; k < tokens.length && k <= i + 5 && tokens[k].word; k++) {
    if (!grammar.stanceNouns.has(tokens[k].lower) || k === i + 1) continue
    // (the noun alone is the cue, so cue and holder do not overlap)
    const owner = tokens[k - 1]
    const pronoun = grammar.possessivePronouns.has(owner.lower)
    if (!(owner.lower !== owner.norm || pronoun) || tokens[k + 1]?.word) return undefined
    return { cue: [k, k + 1], src: pronoun ? [k - 1, k] : [i + 1, k], noun: k }
  }
  return undefined
}

/** "to say" after a name, a day, a venue or "way" is a purpose the subject carried out: "took to Twitter to say", "returned to the podium to say". */
function purposeInfinitive(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (!t?.word || !((t.cap && k > 0) || lexicon.timeWords.has(t.lower) || grammar.purposeBefore.has(t.lower) || grammar.purposeVenues.has(t.lower))) return false
  // not yet done, not done, or imagined: "is expected in Ohio on Friday to announce", "did not go on TV to say", "If she holds a news conference to say…"
  // (within the clause's last words: a bound that keeps a sentence of many purposes linear)
  for (let m = Math.max(0, k - 25); m < k; m++) if (grammar.notYetSaid.has(tokens[m].lower) || isNegation(tokens[m]) || lexicon.conditionals.has(tokens[m].lower)) return false
  return true
}

/** An inverted speaker ends at an adjunct after a name: "said Ines Moreau to cheers", "wrote Karl Hesse for the Ledger". */
function speakerAfter(tokens: Token[], np: Range | undefined): Range | undefined {
  if (!np) return np
  for (let k = np[0] + 1; k < np[1]; k++) if (tokens[k - 1].cap && grammar.afterInvertedSpeaker.has(tokens[k].lower)) return [np[0], k]
  return np
}

/** "SANA quoted a source as saying", "Kommersant, citing two sources, reported": a channel and its speaker. */
function relayCue(text: string, tokens: Token[], i: number, verb: CueVerb, subject: () => Range | undefined, add: Add): void {
  const obj = rightNP(tokens, i + 1)
  if (!obj) return
  const objReading = readSource(text, tokens, obj)
  if (verb.base === 'refer') {
    // "referred to Rubio as “a bright leader”", "referred to him as “Little Marco”": what the subject called someone is the subject's words
    const as = asideEnd(tokens, obj[1])
    if (w(tokens, as) === 'as' && quoteWithin(tokens, as + 1)) {
      const at = verb.particle ? i - 1 : i
      const sub = verb.form === 'ing' ? subject() : subjectOf(tokens, at)
      if (sub) add({ cue: [at, i + 1], src: sub, rule: 'speech-verb' })
      return
    }
    // "referring to" relays a source only as an aside to a verb of saying ("Volga Press, referring to the emergencies service, reported");
    // "Gross was referring to Jim Brady" names whom he meant, and no pronoun is relayed
    if (objReading.pronoun || !((i < 2 || isPunct(tokens[i - 2], ',(—–')) && isPunct(tokens[obj[1]], ',)—–'))) return
  }
  if (verb.takes === 'cited' && !objReading.notSource && objReading.type === 'unknown' && objReading.kind === 'vague') {
    // "cited concerns about…": an informational object, supplied by the subject
    const kind = objectKind(tokens, i + 1)
    if (kind?.kind === 'info') {
      const sub = verb.form === 'ing' ? subject() : subjectOf(tokens, i)
      if (sub) add({ cue: [i, kind.end], src: sub, rule: 'info-object' })
    }
    return
  }
  if (objReading.notSource) return
  // "citing the storm", "cited his role as…": a reason or an example the subject gives is its claim, not a source;
  // "referred to the massacre" names a topic
  if (objReading.type === 'unknown' && !objReading.pronoun) {
    const sub = verb.base === 'refer' ? undefined : verb.form === 'ing' ? subject() : subjectOf(tokens, i, subject)
    if (sub) add({ cue: [i, obj[1]], src: sub, rule: 'info-object' })
    return
  }
  // "quoted Wassim Bouhlel, a Nice native, as saying": past an apposition
  let after = obj[1]
  if (isPunct(tokens[after], ',')) {
    let m = after + 1
    while (m < tokens.length && m < after + 10 && tokens[m].word) m++
    if (isPunct(tokens[m], ',') && w(tokens, m + 1) === 'as') after = m + 1
  }
  const asSaying = w(tokens, after) === 'as' && lexicon.cueVerbs.get(w(tokens, after + 1))?.form === 'ing'
  // "Frank quotes former adviser Alfred Kahn: “…”": the quotation follows a colon
  const colonQuote = isPunct(tokens[obj[1]], ':') && isQuoteMark(tokens[obj[1] + 1])
  if (verb.takes === 'quoted' && !asSaying && !colonQuote) return
  const rule = verb.takes === 'quoted' ? 'quoted-as-saying' : 'citing'
  const channel = verb.form === 'ing' ? undefined : subjectOf(tokens, i)
  if (channel) add({ cue: [i, i + 1], src: channel, rule, channel: true })
  add({ cue: asSaying ? [after, after + 2] : [i, i + 1], src: obj, reading: objReading, rule, relayed: true })
}

/** "Analysts at Bernstein said in a note": a named firm's published work is on record (SPEC). */
function firmWork(tokens: Token[], [a, b]: Range, verb: number, reading: SourceReading): void {
  if (reading.kind !== 'vague') return
  const at = tokens.slice(a, b).findIndex((t) => t.lower === 'at' || t.lower === 'from')
  if (at < 0 || !tokens[a + at + 1]?.cap) return
  for (let k = verb + 1; k < tokens.length && k < verb + 6; k++) {
    if (grammar.publishedIn.has(tokens[k].norm) && w(tokens, verb + 1) === 'in') {
      reading.kind = 'named'
      reading.type = 'organization'
      return
    }
  }
}

/**
 * "Growers say…", "Growers in Kent believe…": a capital at the start of a sentence marks no name, and
 * a word in -s right before a plural verb is a group of people, vague (SPEC §1 step 2), not a
 * surname, which would take "says" ("Sanders says").
 */
function pluralOpener(tokens: Token[], src: Range, verb: number, cue: CueVerb, reading: SourceReading): void {
  const head = tokens[src[0]]
  if (cue.form !== 'base' || reading.type !== 'person' || src[1] !== verb || src[0] !== firstWord(tokens) || headOf(tokens, src) !== src[0]) return
  // (a post-modifier may follow, "Growers in Kent"; "Roberts and Evans say" are two people)
  if (!/[^su']s$/.test(head.lower) || (src[1] > src[0] + 1 && !lexicon.prepositions.has(w(tokens, src[0] + 1)))) return
  reading.kind = 'vague'
  reading.type = 'anonymous'
}

/**
 * What follows a cue verb, if it is content (SPEC §1): a that-clause, a quotation, a colon,
 * a reported clause, a to-infinitive of commitment, an informational object, or nothing
 * at all when the cue trails its content (", Kim said.").
 */
function contentAfter(tokens: Token[], i: number, verb: CueVerb, document: boolean): Content | undefined {
  // "55 percent said so": "so" stands for the clause
  if (w(tokens, i + 1) === 'so' && verb.cls !== 'commitment' && !tokens[skipAdjuncts(tokens, i + 2)]?.word) return { kind: 'object', at: i + 1 }
  // "acknowledged as much": "as much" stands for the clause too
  if (w(tokens, i + 1) === 'as' && w(tokens, i + 2) === 'much' && verb.cls !== 'commitment' && !tokens[skipAdjuncts(tokens, i + 3)]?.word) return { kind: 'object', at: i + 1 }
  // "explained after winning his home state on March 15, he would need…": a clause of time or reason, then the reported clause
  // (read before the adjuncts, which would take "after winning" for a prepositional phrase)
  if ((verb.cls === 'thought' || verb.cls === 'speech') && grammar.adverbialOpeners.has(w(tokens, i + 1)) && openerThenClause(tokens, i + 1)) return { kind: 'clause', at: i + 1 }
  let j = skipAdjuncts(tokens, skipAside(tokens, i + 1))
  // (the end of the addressee or object read below, if any)
  let objectEnd = -1
  // told/assured/informed and asked take an addressee first: "told reporters that…"; expect X to…
  if (verb.takes === 'object' || verb.takes === 'question' || verb.takes === 'quote' || verb.base === 'expect' || verb.base === 'believe') {
    const t = tokens[j]
    if (t?.word && !grammar.beforeAddressee.has(t.lower) && !lexicon.questionWords.has(t.lower)) {
      const obj = rightNP(tokens, pastQuantityLead(tokens, j))
      // the object, unless it is the subject of a reported clause ("believe the tariff will…")
      if (obj && !clauseFollows(tokens, j)) {
        if ((verb.base === 'expect' || verb.base === 'believe') && isTo(tokens, obj[1])) return { kind: 'to', at: obj[1] }
        if (verb.takes === 'any') return { kind: 'object', at: j }
        // (read right after the verb and its adverbs: "called for banning all Muslims from entering the United States" has none)
        if (tokens.slice(i + 1, obj[0]).every((x) => x.word && (adverbLike(x) || lexicon.adverbs.has(x.lower)))) objectEnd = obj[1]
        j = skipAdjuncts(tokens, skipRelative(tokens, obj[1]))
        // "asked him pointedly why…"
        if (verb.takes === 'question' && tokens[j]?.word && adverbLike(tokens[j]) && lexicon.questionWords.has(w(tokens, j + 1))) j++
        // "asked Republicans a simple question: …"
        if (verb.takes === 'question' && tokens[j]?.word && !lexicon.questionWords.has(tokens[j].lower)) j = rightNP(tokens, j)?.[1] ?? j
        // "told a town hall in Salem, New Hampshire on Monday that…" ("gatherings…, called the Clinton Global Initiative, that the foundation held" names them)
        const that = verb.base === 'call' && isPunct(tokens[i - 1], ',') ? -1 : thatAhead(tokens, j)
        if (that >= 0) return { kind: 'that', at: that }
      }
    }
  }
  // "called it “predatory”", "criticized Obama as a weak commander-in-chief"
  if (verb.takes === 'quote') {
    if (quoteWithin(tokens, j)) return { kind: 'quote', at: j }
    if (w(tokens, j) === 'as' && rightNP(tokens, j + 1)) return { kind: 'object', at: j }
    // "called him a political opportunist": a second noun phrase names what the subject called it
    // ("called Trump his friend", "calls Clinton unqualified;": a possessive's noun, or a lone word before the clause ends)
    // (what it was called is a small clause: "about Pope Francis calling Christmas a sham" hands it over from a gerund too)
    if (verb.base === 'call') {
      // "called Mr. Yanukovych, a former trucking director, an outstanding leader": past an apposition to the second phrase
      // (an object was read: "called upon the U.S. to…" has none)
      const object = objectEnd > i + 1
      const k = object ? pastApposition(tokens, j) : j
      // "call it the nerd prom", "called the plan the worst idea in years"; not a time: "called the police the next day"
      const definite = w(tokens, k) === 'the' && !tokens.slice(k + 1, k + 4).some((x) => lexicon.timeWords.has(x.lower) || (grammar.timeDeterminers.has(x.lower) && !lexicon.prepositions.has(x.lower)))
      if (object && (['a', 'an'].includes(w(tokens, k)) || grammar.possessivePronouns.has(w(tokens, k)) || (k === j && complementAt(tokens, k)) || definite)) return { kind: 'clause', at: k }
      // "called the plan dangerous", "called the vote rigged": read without a tagger, the adjective may close the object's noun phrase or follow it
      const np = rightNP(tokens, skipAdjuncts(tokens, i + 1))
      const closing = !!np && np[1] - np[0] >= 2 && adjectiveLike(tokens[np[1] - 1]) && clauseEnds(tokens[np[1]])
      if (np && (closing || complementAt(tokens, np[1]))) return { kind: 'clause', at: i + 1 }
    }
    return undefined
  }
  const t = tokens[j]
  if (!t) return { kind: 'trailing', at: j }
  // "reported at least 20 victims", "reported $9 million in income", "predict between two and four rises": a figure is information (SPEC §1)
  if (grammar.figureVerbs.has(verb.base)) {
    const k = pastQuantityLead(tokens, j)
    // ("about a dozen" is a figure, "reported about an email" a topic)
    const counted = k > j && (!grammar.articles.has(tokens[k].lower) || lexicon.partitives.has(w(tokens, k + 1)))
    if (counted || /^\d/.test(tokens[k].text) || CURRENCY.test(tokens[k].text)) return { kind: 'object', at: j }
  }
  if (!t.word) {
    if (t.text === ':' || OPEN_QUOTES.has(t.text)) return { kind: 'quote', at: j }
    if (CURRENCY.test(t.text) && clauseFollows(tokens, j)) return { kind: 'clause', at: j }
    if (isPunct(t, ',') && OPEN_QUOTES.has(tokens[j + 1]?.text ?? '')) return { kind: 'quote', at: j }
    // "Rubio says, win or lose, he is staying": a comma and more words is content for 'any' verbs
    // ("wrote, in her usual style, to the board" is an adjunct set off by commas: content must follow it)
    // (not a participle: "with all precincts reporting, the race remained close" is an absolute phrase)
    if (isPunct(t, ',') && verb.takes === 'any' && verb.form !== 'ing' && tokens[j + 1]?.word && !lexicon.clauseBreakers.has(w(tokens, j + 1)) && i > 0 && !isPunct(tokens[i - 1], ',') && (!lexicon.prepositions.has(w(tokens, j + 1)) || contentAfterAdjunct(tokens, j + 1))) return { kind: 'clause', at: j + 1 }
    // "He added, that there is…": a stray comma before the that-clause
    if (isPunct(t, ',') && w(tokens, j + 1) === 'that' && verb.cls === 'speech' && clauseFollows(tokens, j + 2)) return { kind: 'that', at: j + 1 }
    // "revealed, somewhat stiltedly, that…", "contended in its letter, written by Ken Cohen, a vice president, that…",
    // "said on Twitter, in reference to her first child, “…”", "responded, with a smile: “…”": asides, then the that-clause or the quotation
    if (isPunct(t, ',') && (verb.cls === 'speech' || verb.cls === 'thought')) {
      const content = contentAfterAsides(tokens, j)
      if (content) return content
    }
    // "said, if elected, she would…": an aside set off by commas, then the clause
    if (isPunct(t, ',') && verb.cls === 'speech' && lexicon.clauseBreakers.has(w(tokens, j + 1))) {
      const m = firstMark(tokens, j + 2, 8)
      // ("said, and I quote, “…”": the aside leads to a quotation)
      if (isPunct(tokens[m], ',') && isQuoteMark(tokens[m + 1])) return { kind: 'quote', at: m + 1 }
      if (isPunct(tokens[m], ',') && (w(tokens, m + 1) === 'that' || clauseFollows(tokens, m + 1))) return { kind: 'clause', at: m + 1 }
    }
    if (isPunct(t, '.,;!?)|—–') || isQuoteMark(t) || (t.text === '-' && (tokens[j + 1]?.text === '-' || spacedDash(tokens, j)))) return { kind: 'trailing', at: j }
    return undefined
  }
  const l = t.lower
  // "ruled that out", "played that down": a demonstrative with a particle, not a that-clause
  if (l === 'that') return demonstrativeThat(tokens, j) ? undefined : { kind: 'that', at: j }
  // "vowed not to take his calls": a promise not to act is still a promise
  if (verb.cls === 'commitment' && (l === 'not' || l === 'never') && isTo(tokens, j + 1)) return { kind: 'to', at: j + 1 }
  if (isTo(tokens, j)) {
    if (verb.cls === 'commitment' || verb.base === 'expect' || grammar.claimsTo.has(verb.base)) return { kind: 'to', at: j }
    return undefined // an order or request ("told him to leave", "urged Congress to act")
  }
  if (verb.takes === 'question') return lexicon.questionWords.has(l) ? { kind: 'clause', at: j } : undefined
  if (verb.base === 'report' && grammar.reportedNotSpeech.has(l)) return undefined
  if (clauseFollows(tokens, j)) return { kind: 'clause', at: j }
  // "said nothing", "says little": no content, unless a clause follows ("said nothing had changed")
  // "found little evidence that…" hands over what the evidence shows
  if (grammar.emptyObjects.has(l) && w(tokens, rightNP(tokens, j)?.[1] ?? j) !== 'that') return undefined
  if (document) return { kind: 'object', at: j }
  // "which officials said will take effect": the clause's subject went ahead of the cue
  // "Kelly, who he claims has been unfair": after a relative and its own subject, the clause's verb comes next
  // (read only where a clause marker follows: the phrase reading is the costly part)
  if (clauseAt(tokens, j) && !lexicon.negations.has(l)) {
    const relativeBefore = (grammar.relativePronouns.has(w(tokens, i - 2)) && lexicon.pronouns.has(w(tokens, i - 1))) || relativeOverPhrase(tokens, i)
    if (verb.takes === 'any' || relativeBefore) return { kind: relativeBefore ? 'relative' : 'clause', at: j }
  }
  // "described the bill as a giveaway": what the object is called is the content, even for an act
  // (a clause in effect: "regarded the tax as unfair" holds even for verbs whose bare object is none; "who's viewed as honest" has no object: a passive)
  const described = grammar.describeVerbs.has(verb.base) ? rightNP(tokens, j) : undefined
  if (described && w(tokens, described[1]) === 'as') return { kind: 'clause', at: j }
  // an act is never content, whatever the verb: "claimed victory", "denied bail" (no clause follows: see above)
  const obj = objectKind(tokens, j)
  if (obj?.kind === 'act') return undefined
  // "wrote the report", "wrote a letter to Putin": authoring a document is an act; what it says would follow
  if (grammar.authorVerbs.has(verb.base)) {
    const np = rightNP(tokens, j)
    if (np && tokens.slice(np[0], headOf(tokens, np) + 1).some((x) => !x.cap && lexicon.documentNouns.has(x.norm))) {
      // "wrote in an op-ed that…": the document is where the content was written ("a review that praised…" is a relative)
      const that = thatAhead(tokens, np[1])
      const after = tokens[that + 1]
      const relative = !!after?.word && !after.cap && (after.lower.endsWith('ed') || grammar.irregularPasts.has(after.lower) || presentVerb(after))
      return that >= 0 && !relative ? { kind: 'that', at: that } : undefined
    }
  }
  // ("said nearly every conversation…": past a quantity's lead; "reported about an email" names a topic)
  const counted = pastQuantityLead(tokens, j)
  if (verb.takes === 'any' || verb.takes === 'object') return opensNP(t) || (counted > j && !grammar.articles.has(w(tokens, counted))) || lexicon.determiners.has(l) || grammar.clauseOpeners.has(l) ? { kind: 'object', at: j } : undefined
  // "denied targeting civilians", "admitted lying": a gerund is a reported clause
  if (verb.cls === 'speech' && !t.cap && t.lower.endsWith('ing') && t.lower.length > 5 && !lexicon.nounsInPhrase.has(t.lower)) return { kind: 'clause', at: j }
  // 'clause' verbs: an informational object counts, an act does not ("declared support", "conceded defeat")
  if (obj?.kind === 'info') return { kind: 'object', at: j }
  // "claims its new cells last twice as long": a noun phrase then a word that can only be its verb
  if (obj?.kind === 'other' && (verb.cls === 'speech' || verb.cls === 'thought')) {
    const next = tokens[obj.np[1]]
    // (an adverb closes the object instead: "boasts a 45-point lead nationally")
    if (next?.word && !next.cap && !lexicon.prepositions.has(next.lower) && !lexicon.clauseBreakers.has(next.lower) && !lexicon.determiners.has(next.lower) && !next.lower.endsWith('ing') && !(adverbLike(next) && clauseEnds(tokens[obj.np[1] + 1]))) return { kind: 'clause', at: j }
  }
  if (lexicon.questionWords.has(l) && verb.cls === 'speech') return { kind: 'clause', at: j }
  // "believe if they can do that, he'll have a shot": a condition, then the reported clause after its comma
  if ((verb.cls === 'thought' || verb.cls === 'speech') && grammar.conditionOpeners.has(l) && openerThenClause(tokens, j)) return { kind: 'clause', at: j }
  return undefined
}

/** A condition or a clause of time or reason opening at `k`, its comma within a few words, then a clause. */
function openerThenClause(tokens: Token[], k: number): boolean {
  const m = firstMark(tokens, k + 1, 14)
  return isPunct(tokens[m], ',') && clauseFollows(tokens, m + 1)
}

/**
 * "a trip that House ethics investigators concluded was financed…", "the dam, which engineers said
 * would hold,": a relative pronoun, a whole subject phrase, then the cue. Not inside the sentence's
 * own subject ("Nothing that the inspectors found was new": "was" is the main verb).
 */
function relativeOverPhrase(tokens: Token[], i: number): boolean {
  const r = (leftNP(tokens, i - 1)?.[0] ?? 0) - 1
  if (!grammar.relativePronouns.has(w(tokens, r))) return false
  // (after an adjective or a verb "that" opens a complement: "it may seem surprising that a post could…")
  const before = tokens[r - 1]
  if (w(tokens, r) === 'that' && before?.word && (adjectiveLike(before) || before.lower.endsWith('ing') || lexicon.cueVerbs.has(before.lower) || lexicon.auxiliaries.has(before.lower))) return false
  if (isPunct(tokens[r - 1], ',')) return true
  // (a verb of the main clause before it: "The council paid for a trip that…")
  for (let k = firstWord(tokens); k >= 0 && k < r; k++) if (pastForm(tokens[k]) || presentVerb(tokens[k]) || lexicon.auxiliaries.has(tokens[k].lower)) return true
  return false
}

/** "ruled that out", "ruled that out on Monday", "played that idea down": "that" points, and a particle ends the phrase. */
function demonstrativeThat(tokens: Token[], j: number): boolean {
  const k = grammar.particles.has(w(tokens, j + 1)) ? j + 1 : grammar.particles.has(w(tokens, j + 2)) ? j + 2 : -1
  return k > 0 && (!tokens[k + 1]?.word || lexicon.prepositions.has(w(tokens, k + 1)))
}

/** Past an aside set off by dashes or brackets: "said — on Twitter, as it happens — that…". */
function skipAside(tokens: Token[], k: number): number {
  const t = tokens[k]
  if (!t || t.word || !(t.text === '(' || DASHES.has(t.text))) return k
  const close = t.text === '(' ? ')' : t.text
  // a typed "--" is two hyphens
  const double = t.text === '-' && tokens[k + 1]?.text === '-'
  for (let m = k + (double ? 2 : 1); m < tokens.length && m < k + 20; m++) if (tokens[m].text === close && (!double || tokens[m + 1]?.text === '-')) return m + (double ? 2 : 1)
  return k
}

/** Whether content follows the adjunct at `k`, not a second adjunct: "said, in a statement, the plant would close", "said, in Spanish, “…”". */
function contentAfterAdjunct(tokens: Token[], k: number): boolean {
  const m = firstMark(tokens, k, 12)
  const next = tokens[m + 1]
  return isPunct(tokens[m], ':') || (isPunct(tokens[m], ',') && (isQuoteMark(next) || (!!next?.word && !lexicon.prepositions.has(next.lower))))
}

/** The first mark from `k` within `bound` tokens, where an aside set off by commas ends; -1 when there is none. */
function firstMark(tokens: Token[], k: number, bound: number): number {
  for (let m = k; m < tokens.length && m < k + bound; m++) if (!tokens[m].word) return m
  return -1
}


/** Past an apposition set off by commas at `j` that describes the phrase before it (", his Democratic challenger,"), or `j` itself. */
function pastApposition(tokens: Token[], j: number): number {
  // (an apposition opens like a noun phrase: ", his challenger,", ", a former director,"; not ", according to…")
  const first = tokens[j + 1]
  if (!isPunct(tokens[j], ',') || !first?.word || !(lexicon.determiners.has(first.lower) || grammar.possessivePronouns.has(first.lower) || (first.cap && !lexicon.prepositions.has(first.lower)))) return j
  for (let m = j + 2; m < tokens.length && m < j + 30; m++) if (isPunct(tokens[m], ',')) return tokens[m + 1]?.word ? m + 1 : j
  return j
}

/** Whether a clause ends at `t`: a stop, a closing mark, or a conjunction. */
const clauseEnds = (t: Token | undefined) => !t || isPunct(t, '.;:!?)—–') || t.lower === 'and' || t.lower === 'but'

/** A lone lowercase word closing a clause after an object: "calls Clinton unqualified;" (not "called him back", "called Lee yesterday"). */
function complementAt(tokens: Token[], j: number): boolean {
  const t = tokens[j]
  if (!t?.word || t.cap || !clauseEnds(tokens[j + 1])) return false
  const l = t.lower
  return !lexicon.prepositions.has(l) && !lexicon.adverbs.has(l) && !lexicon.timeWords.has(l) && !grammar.particles.has(l) && !lexicon.clauseBreakers.has(l) && !adverbLike(t) && !lexicon.pronouns.has(l) && !/[^su]s$/.test(l)
}

/** The ", that" clause or ", “" or ": “" quotation after asides set off by commas from `j` (a comma), within a few words. */
function contentAfterAsides(tokens: Token[], j: number): Content | undefined {
  for (let m = j + 1; m < tokens.length && m < j + 30; m++) {
    const t = tokens[m]
    if (isPunct(t, ',') && w(tokens, m + 1) === 'that' && clauseFollows(tokens, m + 2)) return { kind: 'that', at: m + 1 }
    if (isPunct(t, ',:') && OPEN_QUOTES.has(tokens[m + 1]?.text ?? '') && !tokens[m + 1].quoted) return { kind: 'quote', at: m + 1 }
    // a sentence stop, or a second verb of saying ("written by" only names an author): the aside has ended without content
    if (isPunct(t, '.;:!?') || (t.word && lexicon.cueVerbs.has(t.lower) && !lexicon.nounish.has(t.lower) && w(tokens, m + 1) !== 'by')) return undefined
  }
  return undefined
}

/** Past a relative clause or a parenthesis after an object: "told the mayors who gathered in X, “…”". */
function skipRelative(tokens: Token[], k: number): number {
  if (w(tokens, k) === 'who' || w(tokens, k) === 'whom' || w(tokens, k) === 'which' || tokens[k]?.text === '(') {
    for (let m = k + 1; m < tokens.length && m < k + 25; m++) {
      if (tokens[m].text === ',' || tokens[m].text === ')') return tokens[m].text === ')' ? m + 1 : m
    }
  }
  return k
}

/** A "that" a few words ahead with no verb before it: the content of "told X, in Y, that…". */
function thatAhead(tokens: Token[], j: number): number {
  for (let m = j; m < tokens.length && m < j + 10; m++) {
    const t = tokens[m]
    if (t.lower === 'that') return m
    if (t.word && (lexicon.auxiliaries.has(t.lower) || lexicon.cueVerbs.has(t.lower) || lexicon.clauseMarkers.has(t.lower))) return -1
    if (isPunct(t, '.;:')) return -1
  }
  return -1
}

/** A noun for people, one or many: "voters", "the senator". */
const personNoun = (t: Token) => !t.cap && (lexicon.personRoles.has(t.norm) || lexicon.vagueNouns.has(t.norm))

/** A quotation at `j`, or after one determiner: the name a naming verb gives ("called the “chained CPI”"). */
function namedRightAfter(tokens: Token[], j: number): boolean {
  const k = lexicon.determiners.has(w(tokens, j)) ? j + 1 : j
  return isQuoteMark(tokens[k]) && !!tokens[k + 1]?.quoted
}

/** An opening quotation mark within the next few words ("called it “predatory”", "praised the deal as “historic”"). */
function quoteWithin(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    if (!tokens[k].word && OPEN_QUOTES.has(tokens[k].text)) return true
    if (tokens[k].quoted) return true
    if (isPunct(tokens[k], '.;')) return false
  }
  return false
}

/**
 * The speaker before a headline's colon, without what the line adds after it: "Mayor Okonjo at the opening:" → "Mayor Okonjo",
 * "CNN President On Trump:" → "CNN President", "Pollsters agree - Carl Bialik:" → "Carl Bialik" ("Head of the IMF:" keeps its "of").
 */
function colonSpeaker(tokens: Token[], a: number, colon: number): Range {
  let s = a
  for (let k = a; k < colon; k++) if (DASHES.has(tokens[k].text)) s = k + 1
  for (let k = s + 1; k < colon; k++) if (tokens[k].lower !== 'of' && lexicon.prepositions.has(tokens[k].lower)) return [s, k]
  return [s, colon]
}

/** Cues that come from the sentence's shape rather than a word: headlines, lead-ins, "Kim: “…”". */
function structuralCues(text: string, tokens: Token[], shape: SentenceShape, add: Add): void {
  const n = tokens.length
  // "Kim: “We will respond”" — a speaker, a colon, a quotation
  const colon = tokens.findIndex((t) => t.text === ':')
  // past a lead word ("From the report:", "Here’s Clinton in December 1992:", "Continued Stone:")
  const lead = w(tokens, 0)
  const a = lead === 'here' && w(tokens, 1) === "'s" ? 2 : colon > 1 && (lexicon.prepositions.has(lead) || (lexicon.cueVerbs.has(lead) && !lexicon.nounish.has(lead))) ? 1 : 0
  if (colon > a && colon - a <= 6 && OPEN_QUOTES.has(tokens[colon + 1]?.text ?? '') && tokens[0].word) {
    const np = colonSpeaker(tokens, a, colon)
    const r = readSource(text, tokens, np)
    if (!r.notSource && r.kind === 'named' && r.type !== 'unknown') {
      add({ cue: [colon, colon + 1], src: np, reading: r, rule: 'colon-speaker', quote: true })
      return
    }
  }
  // a lead-in line: "From the statement:"
  if (n >= 3 && tokens[n - 1].text === ':' && tokens[0].lower === 'from') {
    const np = rightNP(tokens, 1)
    if (np && np[1] === n - 1) {
      const r = readSource(text, tokens, np)
      if (r.kind !== 'none' && !r.notSource) add({ cue: [0, 1], src: np, reading: r, rule: 'lead-in' })
      return
    }
  }
  if (!shape.titleLine) return
  // headline forms: "…: foreign minister", "… – Kommersant", "“…” — Ana Morales, farmer"
  for (let k = n - 2; k >= Math.max(1, n - 9); k--) {
    const t = tokens[k]
    if (t.word || isPunct(t, ',.')) continue
    if (t.text === ':' || DASHES.has(t.text)) {
      const np = rightNP(tokens, k + 1)
      const apposition = np && isPunct(tokens[np[1]], ',') ? rightNP(tokens, np[1] + 1) : undefined
      if (np && (np[1] === n || apposition?.[1] === n)) {
        const r = readSource(text, tokens, np)
        if (!r.notSource && r.type !== 'unknown' && r.type !== 'document') add({ cue: [k, k + 1], src: np, reading: r, rule: 'headline-source' })
      }
    }
    break
  }
}
