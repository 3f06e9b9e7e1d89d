import type { Attribution, Source, SourceKind, SourceType, Span } from '../types'
import { countryAt, cueVerb, grammar, lexicon } from '../lexicon'
import { bodySubject, documentNamed, groupSubject, type Analysed } from '../attribute/sentence'
import { findMainSubject, subordinateSubject } from '../attribute/speaker'
import type { Found } from '../attribute/cues'
import { AGE, describesBase, GROUP_TYPES, isPlural, isSourceNoun, listedName, mediaWord, namedKind, pastDescription, peopleOf, placeAndRole, readSource, stateOrCity, teamName, titleWord, unlistedInitials, withoutArticle, type SourceReading } from '../attribute/sources'
import { adverbLike, bodyField, floatingWord, headOf, isMonth, leftNP, pastForm, personWord, pluralName, rightNP, type Range } from '../attribute/noun-phrase'
import { courtesySurname, firstWord, isComma, isPunct, questionLine, sentenceWord, surnameNotCompany } from '../attribute/words'
import { capped, INITIAL, isFigure, isQuoteMark, tokenize, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isArticle, isDocumentNoun, isGivenName, isOfficeNoun, isPersonRole, isPossessive, isObjectPronoun, isRelative, isSubjectPronoun, isOrgWord, isTitleWord, isCompanyWord, isDemonym, isGovernmentOffice, isSubordinator, normalised } from '../segment/tokens'
import { lineEnds } from '../segment/sentences'

/** One source of the article, however it is mentioned. */
interface Entity {
  name: string
  type: SourceType
  kind: 'named' | 'vague'
  country?: string
  /** lowercase words of a person's name, to match "Putin" with "Vladimir Putin" */
  words: Set<string>
  /** written forms, lowercase, to match role nouns ("the Russian leader"); a few suffice */
  forms: Set<string>
  /** a person's sex as a title or given name tells it, for "he" and "she"; '' when nothing does */
  gender: Gender
  /** one unnamed speaker ("a senior official", "one wholesaler"): whom "he" or "she" ('person') or "it" ('thing') may stand for */
  one?: 'person' | 'thing' | 'either'
  /** a company known only from a mention, not yet read as a source: a source phrase may say what kind of body it is */
  mentioned?: boolean
  /** a sports team by its name ("Florida Panthers"), whom "the team" may stand for once mentioned */
  team?: boolean
  /** the words of the trade a company was written with ("aviation analytics firm" of "the aviation analytics firm Cirium") */
  trade?: string[]
  /** nouns of the documents it spoke in ("statement" of "In a statement, Northfield said…"), which "the statement" stands for */
  issued?: Set<string>
  /** a well-known person's country (people.json), for "the Russian leader" after a bare "Putin"; not reported */
  nation?: string
}

type Gender = 'f' | 'm' | ''

/** "the North", "the South": a country by its compass word, as Korean and Sudanese news write them */
const COMPASS = /^[Tt]he (?:North|South)$/
/** a country's name opening with a compass word: "North Korea", "South Sudan" */
const COMPASS_NAME = /\b(North|South) \p{Lu}\p{Ll}+/gu

interface Mention {
  entity: Entity
  sentence: number
  token: number
  /** object of a verb or preposition: a weaker antecedent for "he" */
  object: boolean
  /** the agent of a poll or a tally ("analysts polled by LSEG", "estimates compiled by FactSet"): no company the story is about */
  poll?: boolean
}

/** time, organisation, media and office words, in one set: no person's name holds one */
/** where a form's complement begins: "rep for the singer", "president of France" */
const COMPLEMENT = / (?:for|of|at|to|with|from) /
const NOT_IN_NAMES = new Set([...lexicon.timeWords, ...lexicon.organizationWords, ...lexicon.officeNouns.keys(), ...grammar.lawWords])
/** (a company's name may hold a body's word, "Meridian Health Partners", "Halvern Labs Inc.", but no day's or law's) */
const NOT_IN_COMPANY_NAMES = new Set([...lexicon.timeWords, ...grammar.lawWords])

/** Where a team's name starts in the run `t[a, b)`, past a first word that only opens the sentence ("The Florida Panthers"), or -1. */
function teamStart(t: Token[], a: number, b: number): number {
  if (!pluralName(t[b - 1])) return -1
  const named = a === firstWord(t) && sentenceWord(t, a, b) ? a + 1 : a
  return teamName(t, named, b) ? named : -1
}

/**
 * One capitalised word before a verb that agrees with a plural ("Napoli have"): no plural in form, given name or pronoun, and
 * opening the sentence no word the lists know as a common noun ("Pets are", "Police have", "Staff were").
 */
const clubAgreeing = (t: Token[], a: number) =>
  grammar.pluralAgreement.has(w(t, a + 1)) && !t[a].lower.endsWith('s') && !isGivenName(t[a]) && !isPronoun(t[a]) && !joinedBefore(t, a) && !isTimeWord(t[a]) && !isDemonym(t[a]) && !countryAt(t, a, a + 1) && !(a === firstWord(t) && commonWord(t, a))
/**
 * A football or hockey score at token `k`: "2-1", or "3–0" read as three tokens; not a tally of votes or points ("52-48",
 * "306-232") nor a tennis set, another score right after it ("6-4, 6-3"), which persons win.
 */
const scoreAt = (t: Token[], k: number) => {
  const n = /^\d-\d$/.test(t[k]?.text ?? '') ? 1 : /^\d$/.test(t[k]?.text ?? '') && /^[-–]$/.test(t[k + 1]?.text ?? '') && /^\d$/.test(t[k + 2]?.text ?? '') ? 3 : 0
  const set = (i: number) => /^\d+-\d+$/.test(t[i]?.text ?? '')
  return n > 0 && !set(k + n) && !(isComma(t[k + n]) && set(k + n + 1)) && !set(k - 1) && !(isComma(t[k - 1]) && set(k - 2))
}
/**
 * Whether a run of capitals is a side in a match's result: right before or after a result verb with a score close after it ("Arsenal
 * beat Chelsea 2-1", "Leeds drew 1-1 at Burnley"), or right after the word that joins the other side past a score ("lost 2-1 to
 * Chelsea", "a 3-0 win over Celtic").
 */
const matchSide = (t: Token[], a: number, b: number) => {
  const before = w(t, a - 1) === 'the' ? a - 2 : a - 1
  const verb = grammar.matchResults.has(w(t, b)) ? b : grammar.matchResults.has(w(t, before)) ? before : -1
  if (verb >= 0) return [1, 2, 3, 4].some((k) => scoreAt(t, (verb === b ? b : b - 1) + k))
  return grammar.matchOpponents.has(w(t, before)) && [2, 3, 4].some((k) => scoreAt(t, before - k))
}
/** Where a sentence's first noun phrase names its subject, past an article: "Mexico" of "Mexico raised…", "Netherlands" of "The Netherlands has…". */
const subjectOpens = (t: Token[]) => (grammar.articles.has(w(t, firstWord(t))) ? firstWord(t) + 1 : firstWord(t))
/** A word joined to one before it, with which the plural verb agrees: "Rubio and Cruz have", "Ruiz, Lee and Park were". */
const joinedBefore = (t: Token[], a: number) => a > 0 && (t[a - 1].lower === 'and' || t[a - 1].lower === 'or' || t[a - 1].text === '&' || isComma(t[a - 1]))
const commonWord = (t: Token[], a: number) => {
  const l = t[a].norm
  return sentenceWord(t, a, a + 1) || lexicon.bodyLastWords.has(l) || lexicon.causeGroups.has(l) || lexicon.massNouns.has(l) || lexicon.officeNouns.has(l) || lexicon.personRoles.has(l) || lexicon.groupNouns.has(l) || isTitleWord(t[a]) || lexicon.organizationWords.has(l)
}

/** A given name alone, past the sentence's first word (where "Will", "Georgia" or "May" may open it in another sense). */
const givenNameAlone = (t: Token[], k: number) => k > firstWord(t) && isGivenName(t[k])
/** One capitalised word set off with an age, a person's in news style: "Swift, 34, thanked fans", "said Okafor, 61." */
const agedName = (t: Token[], k: number) => isComma(t[k + 1]) && AGE_YEARS.test(t[k + 2]?.text ?? '') && (!t[k + 3] || isPunct(t[k + 3], ',.'))
/** One capitalised word before a gesture only a person makes (grammar humanGestures): "Johnson laughed.", "Okafor shrugged." */
const gesturingName = (t: Token[], k: number) => grammar.humanGestures.has(w(t, k + 1))
/** One capitalised word set off by commas after a person's role or kin: "Alemu's son, Dawit, works…", "her husband, Karim, said". */
const roleApposed = (t: Token[], k: number) => isComma(t[k - 1]) && isComma(t[k + 1]) && uncapped(t[k - 2]) && isPersonRole(t[k - 2])
/** A capitalised word alone that names a person at first sight. */
const personAlone = (t: Token[], k: number) => givenNameAlone(t, k) || agedName(t, k) || gesturingName(t, k) || roleApposed(t, k)

/** a question's end, past closing marks: "What happened on the night?" */
const QUESTION_END = /\?[*_"”’]*\s*$/
/** a question alone on its line */
const QUESTION_LINES = /^[^\n]{0,300}\?[*_"”’]*[ \t]*$/gm
/** the first person, as an interviewee answers: "The repairs we asked for…" */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b/
const LOOKBACK = 4
/** how many sentences on an unnamed source may still be identified ("A former aide … said" … "the aide, Rebecca Lin, wrote") */
const PENDING_LOOKAHEAD = 3
/** how far back a role noun looks for its antecedent, in sentences */
const ROLE_LOOKBACK = 8
/** names, bodies and documents a story holds at most for a document's noun to be looked for across the whole of it */
const MAX_STORY_ENTITIES = 300
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u
// (an age in years, 1 to 119: not a year nor a count)
const AGE_YEARS = /^[1-9]\d?$|^1[01]\d$/
const MAX_FORMS = 12

/** a named group of people by their plural role: "Lila Moreno's representatives", "the mayor's lawyers" ("they" may stand for it) */
const PEOPLE_OF = /(?:^|\s)\p{Ll}[\p{L}-]*[^s\s]s$/u

/** one-word names with their 's joined by commas and "and": "Macy's and Kohl's", "Wendy's, Arby's and Hardee's" */
const JOINED_BUSINESSES = /^\p{Lu}[\p{L}-]*['’]s(?:(?:,| and|,? &) \p{Lu}[\p{L}-]*['’]s)+$/u

/** Sources across sentences: names merged, pronouns and role nouns resolved, channels chained. */
export class SourceResolver {
  private entities = new Map<string, Entity>()
  /** people by each word of their name, so a surname finds its person without a scan */
  private personsByWord = new Map<string, Entity[]>()
  /** person and company mentions and resolved sources of the last few sentences only: resolution stays linear */
  private mentions: Mention[] = []
  /** (`prose`: said in a sentence, not a headline, whose title case makes names of whole phrases) */
  private recent: Array<{ entity: Entity; sentence: number; token: number; prose: boolean; owned?: Gender }> = []
  /** the last few sentences, whose subjects "it" may stand for (read only when an "it" speaks) */
  private previous: Analysed[] = []
  /** what each written run of capitalised words was read as, for this article only */
  private runs = new Map<string, Entity | null>()
  /** what each person named as a source was read as, for this article only */
  private speakers = new Map<string, Entity>()
  /** every source read with the entity it stands for, so that each takes the entity's final name */
  private sources: Array<{ source: Source; entity: Entity }> = []
  /** named bodies by the first word of their name, so that "Vantor" finds "Vantor Semiconductor" */
  private bodiesByFirstWord = new Map<string, Entity>()
  /** countries named by a compass word so far ("North" → North Korea), and how far the text was read for them */
  private compassCountries = new Map<string, string>()
  private compassRead = 0
  /** named bodies whose name is one word, by that word in lower case ("nvidia") */
  private oneWordBodies = new Map<string, Entity>()
  /** a state's bodies named after a country's word, by the rest of the name in lower case ("defense ministry"); null when two countries' are */
  private countrysBodies = new Map<string, Entity | null>()
  /** named outlets, so that "the Times" finds "The New York Times" */
  private outlets: Entity[] = []
  private pending: Array<{ sentence: number; head: string; attribution: Attribution; entity: Entity }> = []
  /** bodies known only by their noun before any body is named ("…, company says"), awaiting the body the story names next */
  private openingBodies: Array<{ sentence: number; attributions: Attribution[]; entity: Entity }> = []
  /** a body with a name has been read: a body's noun after it is no longer the story's opening */
  private bodyNamed = false
  /** the document nouns some speaker issued ("statement", "report"): only these look for their issuer */
  private issuedNouns = new Set<string>()
  /** whom an interview's "A:" lines stand for, once the first is read */
  private interviewee: Entity | undefined
  /** the sentences of an interviewer's questions ("Q: …" to its paragraph's end), whose people are no interviewee */
  private questionLines = new Set<number>()
  private questionPara = -1
  /** an interview's question on a line of its own ("What happened on the night?"), which the paragraphs after it answer */
  private asked: (Span & { para: number; index: number }) | undefined
  /** who answers an interview's unlabelled questions, and the span naming them; null when the text is no interview */
  private answerer: { entity: Entity; span: Span } | null | undefined
  /** where the text gives each short name in brackets ("(OCHA)"), read when first needed */
  private brackets: Map<string, number> | undefined
  /** one unnamed person opening a sentence as its subject, not a speaker ("One of the victims, now 24, read a statement.") */
  private unnamedSubject: { entity: Entity; sentence: number; token: number } | undefined
  /** the company each company noun last stood for ("the company" = Meridian), read past the role lookback */
  private calledBy = new Map<string, Entity>()

  constructor(private text: string) {}

  /** Resolves the own attributions of sentence `s` (in document order) into report attributions. */
  resolve(s: Analysed, found: Found[]): Attribution[] {
    const horizon = s.index - ROLE_LOOKBACK - 1
    this.mentions = recentOnly(this.mentions, horizon)
    this.recent = recentOnly(this.recent, horizon)
    this.scanPersons(s, found)
    this.identifyPending(s, found)
    if (questionLine(s.tokens)) this.questionPara = s.para
    if (s.para === this.questionPara) this.questionLines.add(s.index)
    const out: Array<{ a: Attribution; f: Found; entity?: Entity }> = []
    for (const f of found) {
      if (f.rule === 'speaker-turn' && !this.knownSpeaker(s.tokens, f.src!)) continue
      // (so is an interviewer's "you": "Q: You said last week that…")
      if ((f.rule === 'answer-turn' || f.reading?.pronoun === 'you') && !(this.interviewee ??= this.interviewSubject(s.index))) continue
      const cue = this.span(s.tokens, f.cue)
      let source: Source
      let entity: Entity | undefined
      if (!f.src || !f.reading) source = { kind: 'none', type: 'unknown' }
      else {
        entity = this.entityFor(s, f)
        // (a study written of vaguely is identified by its authors' journal: "…, according to a study…. …, the authors write in the
        // journal Nature."; SPEC named, as "The study, published in…" identifies it)
        // (its authors only: "the poll found" after "a poll of 400" is that poll, no more identified)
        if (entity?.kind === 'vague' && entity.type === 'document' && f.reading.kind === 'named' && f.reading.role?.of === 'document') entity.kind = 'named'
        if (entity && entity.kind === 'named' && entity.type !== 'person') this.noteShortName(s.tokens, f.src[1], entity)
        const written = this.span(s.tokens, f.src)
        // written out, not spread: the spread cost a fifth of the steady-state instructions of a check
        source = { text: written.text, start: written.start, end: written.end, kind: entity?.kind ?? f.reading.kind, type: entity?.type ?? f.reading.type }
        if (entity && entity.name !== written.text) source.resolved = entity.name
        if (entity) this.sources.push({ source, entity })
        const country = entity?.country ?? f.reading.country
        if (country) source.country = country
        // (an outlet spoken to is no speaker a later "they" or "the website" stands for: "…, a senior aide told Politico. …, they say.")
        const owned = entity?.type === 'person' ? ownedSpeaker(s.tokens, f.src) : undefined
        if (entity && f.rule !== 'outlet-channel') this.recent.push({ entity, sentence: s.index, token: f.src[0], prose: s.terminal || !s.line, owned })
        // a speaker named by one word ("Kim said") is a person the scan could not tell from other capitalised words
        // (one named by whose they are is a weaker antecedent than the subject they speak of)
        if (entity?.type === 'person' && !f.reading.pronoun) this.addMention({ entity, sentence: s.index, token: f.src[0], object: !!owned })
        // ("Ana Ortiz, the foreign minister, said…": a role set off after the name is one a later "the foreign minister" stands for)
        const role = entity?.type === 'person' && !f.reading.pronoun ? apposedRole(s.tokens, f.src[1]) : undefined
        if (role) addForm(entity!, role)
        // ("Tran Van Hung said he had lost everything": a clause the speaker opens with "he" or "she" is about themself when no one else
        // was named in the sentence, and tells a sex no name or title told; a later "she" is then no Tran Van Hung)
        if (entity?.type === 'person' && !entity.gender && !f.reading.pronoun && this.onlyPersonIn(s.index, entity)) entity.gender = clauseSubjectGender(s.tokens, f.cue[1], f.cue[0])
        if (this.recent.length > 400) this.recent = this.recent.slice(-200)
      }
      const a: Attribution = { cue, source, quote: f.quote, inherited: false, rule: f.rule }
      if (f.reading?.pending && entity?.kind === 'vague') {
        this.pending.push({ sentence: s.index, head: f.reading.pending, attribution: a, entity })
      }
      // a definite role may be named just after when no one is named before it: "Queensland's premier has ruled out… Premier David
      // Crisafulli's comments…" (after others a role is theirs, though unresolved: "Sanders… Borger asked. “…,” the senator said.")
      else if (f.reading?.role && f.reading.type === 'person' && entity && entity.name === f.reading.name && !properName(entity.name) && !this.mentions.some((m) => m.entity.type === 'person' && m.entity !== entity)) {
        this.pending.push({ sentence: s.index, head: f.reading.role.head, attribution: a, entity })
      }
      // (and a body by its kind that someone's pronoun or a country owns, standing for none before it: "…, their union said." then
      // "The Transit Workers Union Local 4 said…", "Britain's financial regulator has fined…" then "The Financial Conduct Authority
      // said…"; "the state patrol" is a body the story takes as known)
      // (or "it" standing for such a body its own sentence opened with: "Britain's financial regulator has fined…, it said.")
      else if ((f.reading?.type === 'government' || f.reading?.type === 'organization') && grammar.possessivePronouns.has(w(s.tokens, f.src![0])) && entity && entity.name === f.reading.name && !capitalised(entity.name)) {
        this.pending.push({ sentence: s.index, head: s.tokens[f.src![1] - 1].norm, attribution: a, entity })
      } else if (entity && (entity.type === 'government' || entity.type === 'organization') && (entity.name === f.reading?.name || f.reading?.pronoun) && countryOwned(entity.name) && !this.pending.some((p) => p.entity === entity)) {
        this.pending.push({ sentence: s.index, head: lastWord(entity.name), attribution: a, entity })
      }
      if (entity) this.openingBody(s, f, entity, a)
      out.push({ a, f, entity })
    }
    this.noteIssued(s, out)
    // a speaker's words reached the article through the sentence's channel (SPEC §4 `via`); a source joined to it under one cue
    // is another of its kind, no one relayed ("according to two officials and a memo seen by Reuters")
    const channel = out.find(({ a, f }) => f.channel && a.source.kind !== 'none')
    if (channel) {
      const via = nameOf(channel.a.source)
      const joined = (f: Found) => f.rule === 'according-to' && f.cue[0] === channel.f.cue[0] && f.cue[1] === channel.f.cue[1]
      // (the clauses' breaks counted once: a sentence of many speakers stays linear)
      const breaks = clauseBreaks(s.tokens)
      const closes = (x: Found, later: Found) => breaks[later.cue[0]] > breaks[Math.min(foundEnd(x), later.cue[0])]
      // (and its last word found once)
      let lastWord = s.tokens.length - 1
      while (lastWord >= 0 && !s.tokens[lastWord].word) lastWord--
      for (const { a, f } of out) if (a !== channel.a && a.source.kind !== 'none' && nameOf(a.source) !== via && !joined(f) && !closes(f, channel.f) && !((channel.f.rule !== 'according-to' || isComma(s.tokens[channel.f.cue[0] - 1])) && closes(channel.f, f)) && !tagAfterChannel(s.tokens, f, channel.f, lastWord) && !asideAfter(s.tokens, f, channel.f) && !relativeChannel(s.tokens, f, channel.f) && !comparedFigure(s.tokens, f, channel.f)) a.via = via
    }
    const answer = this.answerTurn(s, out.length > 0)
    this.previous.push(s)
    if (this.previous.length > LOOKBACK) this.previous.shift()
    return answer ? [...out.map(({ a }) => a), answer] : out.map(({ a }) => a)
  }

  /**
   * "In a statement, Northfield said…", "Northfield said in a letter to patients…": the one speaker of the sentence issued the
   * document, whom "the statement" or "the letter" later stands for (grammar issuedDocuments).
   */
  private noteIssued(s: Analysed, out: Array<{ entity?: Entity; f: Found }>): void {
    const t = s.tokens
    // ("Bloomberg News reported…, citing people familiar… The report said…": an outlet's report is its word)
    for (const { entity, f } of out) if (entity && (entity.type === 'media' || entity.type === 'state-media') && cueVerb(t[f.cue[0]].lower)?.base === 'report') this.noteDocument(entity, 'report')
    let speaker: Entity | undefined
    for (const { entity } of out) {
      if (!entity || entity.type === 'document') continue
      if (speaker && speaker !== entity) return
      speaker = entity
    }
    if (!speaker) return
    for (let k = 0; k + 2 < t.length; k++) {
      if (t[k].lower !== 'in' || !isDeterminer(t[k + 1])) continue
      // (past an adjective or two: "in a brief statement", "in a two-page letter")
      for (let m = k + 2; m < t.length && m <= k + 4 && t[m].word; m++) {
        if (grammar.issuedDocuments.has(t[m].lower)) this.noteDocument(speaker, t[m].lower)
        if (isDocumentNoun(t[m])) break
      }
    }
  }

  /** The speaker issued a document of this noun, which "the statement", "the report" may later stand for. */
  private noteDocument(speaker: Entity, noun: string): void {
    speaker.issued ??= new Set()
    speaker.issued.add(noun)
    this.issuedNouns.add(noun)
  }

  /**
   * A body known only by its noun before any body is named ("Drug slows decline, company says", "…, its maker said") is the first
   * body of its type that speaks by name within a few sentences and may be a company ("Norvance Therapeutics said…"): one source, not two rows.
   */
  private openingBody(s: Analysed, f: Found, entity: Entity, a: Attribution): void {
    if (entity.kind !== 'named' || !GROUP_TYPES.has(entity.type)) return
    if (!bodyName(entity.name)) {
      // (a company's noun only: "police said…" then "the county sheriff's office said…" may be two bodies)
      if (this.bodyNamed || entity.type !== 'organization' || !lexicon.companyNouns.has(lastWord(entity.name))) return
      const p = this.openingBodies.find((o) => o.entity === entity)
      if (p) p.attributions.push(a)
      else this.openingBodies.push({ sentence: s.index, attributions: [a], entity })
      return
    }
    // (a company's noun is no body named as another kind: "…, the electricity network operator said. Natural Resources Wales issued…",
    // "The pilots' union, Flyvepersonalets Forening, says…")
    if (this.openingBodies.length && companyNamed(s.tokens, f, entity)) for (const o of this.openingBodies) if (o.entity.type === entity.type && o.sentence >= s.index - PENDING_LOOKAHEAD) this.merge(o.entity, entity, o.attributions)
    this.openingBodies = []
  }

  /** Makes `stale` one with `into`: its sources take `into`'s name, and later mentions of it find `into`. */
  private merge(stale: Entity, into: Entity, attributions: Attribution[]): void {
    for (const a of attributions) {
      a.source.resolved = into.name
      a.source.type = into.type
    }
    for (const f of stale.forms) addForm(into, f)
    for (const x of this.sources) if (x.entity === stale) x.entity = into
    for (const x of this.recent) if (x.entity === stale) x.entity = into
    for (const m of this.mentions) if (m.entity === stale) m.entity = into
    for (const [key, e] of this.entities) if (e === stale) this.entities.set(key, into)
  }

  /**
   * Gives every source its entity's final name: "Putin said…" before "Vladimir Putin" is named in full later; "the bureau said…"
   * after "The FBI…", before "The Federal Bureau of Investigation" is written (one of its names, bodies.json aliases).
   */
  settle(): void {
    for (const { source, entity } of this.sources) {
      // (every mention of a source identified later is on record: "a study … The researchers found … The study, published in…")
      if (source.kind === 'vague' && entity.kind === 'named') source.kind = 'named'
      // (and a speaker read as a person that a later phrase showed to be a body is one: "Fulham confirmed…" before "the club said")
      if (source.type === 'person') source.type = entity.type
      const was = source.resolved ?? source.text ?? ''
      if (entity.name !== was && (fuller(entity.name, was) || (SHORT_NAME.test(was) && aliasOf(was.toLowerCase()) === aliasOf(entity.name.toLowerCase())))) source.resolved = entity.name
    }
  }

  private span(tokens: Token[], [a, b]: [number, number]) {
    const start = tokens[a].start
    const end = tokens[b - 1].end
    return { text: this.text.slice(start, end), start, end }
  }

  /** The country whose name opens with `word` ("North" of "the North"), written last before offset `at`, if any. */
  private compassCountry(at: number, word: string): string | undefined {
    // (the text is read once, up to each "the North" met: an article of them stays linear)
    COMPASS_NAME.lastIndex = this.compassRead
    for (let m = COMPASS_NAME.exec(this.text); m && m.index + m[0].length <= at; m = COMPASS_NAME.exec(this.text)) {
      const country = lexicon.places.countryWords.get(m[0].toLowerCase())
      if (country) this.compassCountries.set(m[1], country)
      this.compassRead = COMPASS_NAME.lastIndex
    }
    return this.compassCountries.get(word)
  }

  /** The entity a source mention stands for, registering it when new. */
  private entityFor(s: Analysed, f: Found): Entity | undefined {
    if (f.rule === 'answer-turn') return this.interviewee
    const r = f.reading!
    if (r.pronoun) return this.resolvePronoun(s, f.src![0], r, f.rule === 'speech-noun')
    // ("the North slammed the drills" after "North Korea fired…": a compass point for a country named by it before)
    const country = f.src![1] - f.src![0] === 2 && COMPASS.test(this.span(s.tokens, f.src!).text) ? this.compassCountry(s.tokens[f.src![0]].start, s.tokens[f.src![0] + 1].text) : undefined
    if (country) return this.register(country, { kind: 'named', type: 'government', country }, this.span(s.tokens, f.src!).text)
    // (two joined are neither one: "The mayor and the council said" is no council named before; "the law and policy center" is one)
    // ("Its chief executive said…" after another body's: "its" names the owner, see ownerOf below, not an earlier "its chief executive")
    if (r.role && !JOINED_DEFINITE.test(r.name) && !(r.type === 'person' && s.tokens[f.src![0]].lower === 'its')) {
      const hit = this.resolveRole(s, r, f.src!) ?? this.epithetOf(s, r, f.src!)
      if (hit) {
        addForm(hit, this.span(s.tokens, f.src!).text)
        if (hit.kind === 'named' && hit.type === 'organization' && lexicon.companyNouns.has(r.role.head)) this.calledBy.set(r.role.head, hit)
        return hit
      }
    }
    if (r.kind === 'none') return undefined
    const written = this.span(s.tokens, f.src!).text
    // ("Allies of the Chancellor insist… One said:", "Two officials confirmed the talks. One of them said…": one of a group that spoke in
    // this sentence or the one before is that group, no source of its own called "One", grammar oneOfGroup)
    if (r.kind === 'vague' && grammar.oneOfGroup.has(written.toLowerCase())) {
      for (let k = this.recent.length - 1; k >= 0 && this.recent[k].sentence >= s.index - 1; k--) {
        const e = this.recent[k].entity
        if (e.kind === 'vague' && e.type === 'anonymous' && !e.one && !grammar.oneOfGroup.has(e.name.toLowerCase())) return e
      }
    }
    // ("The trust said…" after "Leeds Teaching Hospitals NHS Trust said…": a definite noun of no known kind is the body that spoke
    // lately whose name ends with it)
    const [a, b] = f.src!
    if (r.kind === 'named' && r.type === 'unknown' && b - a === 2 && s.tokens[a].lower === 'the' && !s.tokens[a + 1].cap) {
      for (let k = this.recent.length - 1; k >= 0 && this.recent[k].sentence >= s.index - ROLE_LOOKBACK; k--) {
        const e = this.recent[k].entity
        if (e.kind === 'named' && GROUP_TYPES.has(e.type) && e.name.includes(' ') && lastWord(e.name) === s.tokens[a + 1].norm) {
          addForm(e, written)
          return e
        }
      }
    }
    // ("Both researchers said…" after "Dr. Amara Okafor and Dr. Lars Nilsson spent…": the two people named together; "The
    // companies said…" after "The pill will be sold by Biogen and Sage Therapeutics.")
    const pair = this.namedTogether(s, r, f.src!)
    if (pair) {
      addForm(pair, written)
      return pair
    }
    // (no form of theirs: "the former president" is no one "the former" stood for)
    const ordinal = this.formerOrLatter(s, f.src!)
    if (ordinal) return ordinal
    // (a phrase around a name is someone else: "a spokesman for Bernie Sanders" is not Sanders)
    // (the reader may name three such names by the last two, "Arby's and Hardee", no proper name: read them whole)
    if (r.type === 'person' && !r.role && (properName(r.name) || JOINED_BUSINESSES.test(written))) {
      // "Macy's reported…", "Sotheby's estimated…": one name with its 's right before its verb is a business named for its founder
      // (unless a person of that name is known or it is a given name: "Trump's told reporters" is 's for "has")
      // ("Macy's and Kohl's both reported…": such names joined, each one word)
      const word = r.name.toLowerCase()
      const one = written.length === r.name.length + 2 && !written.includes(' ')
      const joined = JOINED_BUSINESSES.test(written) && (f.src![1] === f.cue[0] || (f.src![1] + 1 === f.cue[0] && floatingWord(s.tokens, f.src![1])))
      if (((f.src![1] === f.cue[0] && one) || joined) && f.rule.endsWith('-verb') && !lexicon.givenNames.has(word) && !this.personsByWord.get(word)?.some((e) => e.type === 'person')) return this.register(written, { kind: 'named', type: 'organization' }, written)
      // the same speaker comes back all through an article ("Trump said"): read each written form once
      const key = r.name === written ? written : `${r.name}\u0000${written}`
      let e = this.speakers.get(key)
      if (!e) {
        // ("Halden Mutual said" after "the insurer Halden Mutual": a name written before as a body's is that body)
        const body = this.entities.get(`named:${r.name.toLowerCase()}`)
        e = this.bodyByFirstWord(r.name) ?? (body && body.type !== 'person' ? this.register(r.name, { kind: 'named', type: body.type }, written) : this.person(r.name, written))
        this.speakers.set(key, e)
      }
      if (e.type !== 'person') addForm(e, written)
      return e
    }
    // "His office said…", "Her spokesman said…" after "Attorney General Dave Yost": the office or spokesperson of the person "his" stands
    // for (not kin or a lawyer, whom a pronoun owns as often across a quotation's speaker: "his wife whispered to him")
    // (a body's any person: "Its counsel argued…" after "The Delhi Development Authority told the court…")
    const spokes = r.type === 'person' && (lexicon.spokesNouns.has(s.tokens[f.src![1] - 1].norm) || s.tokens[f.src![0]].lower === 'its')
    // ("Her report, made public on Oct. 14, found…": a document opening its sentence too, the person's; further in, "his" is as
    // often the subject's as the nearest person's: "he clerked for… Justice Stephen Breyer, according to his biography")
    const owned = r.type === 'document' && f.src![0] === firstWord(s.tokens)
    const owner = r.kind === 'named' && (r.type === 'government' || owned || spokes) ? this.ownerOf(s, f.src!) : undefined
    // (a body's name ending in s takes the apostrophe alone, as a plural does: "United Nations' humanitarian office"; a person's the
    // full possessive, "John Reyes's spokesman")
    if (owner) return this.register(`${owner.name}${owner.type !== 'person' && owner.name.endsWith('s') ? "'" : "'s"} ${written.slice(written.indexOf(' ') + 1)}`, r, written)
    // (a place's one word that is the surname of a person named in full before is that person: "Santiago told reporters" after "NBI
    // Director Jaime Santiago said…", not Chile's government)
    // (so is a capitalised plural noun that ended a name before, a team's: "Chiefs said" after "Kaizer Chiefs lost"; not a kind of
    // people, "Democrats said" after "House Democrats")
    const teamWord = r.kind === 'vague' && b - a === 1 && s.tokens[a].cap && isPlural(s.tokens[a]) && !lexicon.causeGroups.has(s.tokens[a].norm)
    // (or a side a result named: "Kaizer Chiefs lost 1-0 to Orlando Pirates"; among the entities of a story's size, so the search stays
    // bounded on any input)
    const surnamed = (r.type === 'government' || teamWord) && b - a === 1 ? this.personsByWord.get(s.tokens[a].norm)?.find((p) => p.type === 'person' && p.words.size > 1 && (!teamWord || lastWord(p.name) === s.tokens[a].norm)) ?? (teamWord && this.entities.size <= MAX_STORY_ENTITIES ? [...this.entities.values()].find((e) => e.team && lastWord(e.name) === s.tokens[a].norm) : undefined) : undefined
    if (surnamed) {
      addForm(surnamed, written)
      return surnamed
    }
    const e = this.register(r.name, r, written)
    // ("a ransomware group known as BlackVale", "the union Unite": the noun it was introduced by, which "the group" finds and "the
    // company" does not)
    const kind = GROUP_TYPES.has(e.type) ? kindNounBefore(s.tokens, f.src!) : undefined
    if (kind) addForm(e, kind)
    // (an unnamed body is one too, "a federal appeals court", or a group, "clinics in three counties")
    if (r.kind === 'vague' && (r.type === 'anonymous' || GROUP_TYPES.has(r.type))) {
      e.one ??= oneSpeaker(s.tokens, f.src!)
      e.gender ||= headGender(s.tokens, f.src!)
    }
    // (a relation's noun tells it too: "she" is not "Ruiz's husband")
    if (e.type === 'person') e.gender ||= (r.role && headGender(s.tokens, f.src!)) || appositionGender(s.tokens, f.src![1])
    return e
  }

  /** Whether no person but `entity` is mentioned in sentence `index` so far (mentions are kept in order). */
  private onlyPersonIn(index: number, entity: Entity): boolean {
    for (let k = this.mentions.length - 1; k >= 0 && this.mentions[k].sentence === index; k--) if (this.mentions[k].entity !== entity && this.mentions[k].entity.type === 'person') return false
    return true
  }

  /**
   * The one person the sentence before named, whom "the business mogul" or "The billionaire" opening this sentence stands for
   * (grammar epithets): no title in the name says so, so only with a single person there.
   */
  private epithetOf(s: Analysed, r: SourceReading, [a, b]: [number, number]): Entity | undefined {
    const t = s.tokens
    // (a person by age stands so too: '“…,” the 45-year-old said.')
    const demonym = isDemonym(t[b - 1]) || AGE.test(t[b - 1].lower)
    const epithet = demonym || grammar.epithets.has(t[b - 1].norm) || (b - a > 2 && grammar.epithets.has(`${t[b - 2].lower} ${t[b - 1].norm}`))
    if (r.type !== 'person' || t[a].lower !== 'the' || !epithet) return undefined
    // (after an opening participle's phrase too: "Asked about his future, the 35-year-old tight end said…"; not a name's apposition
    // inside it, "Asked whether Donald Trump, the presumptive nominee, could win, Ban demurred")
    const f = firstWord(t)
    const lead = w(t, f)
    const opening = () => (/(?:ed|ing)$/.test(lead) || grammar.irregularPasts.has(lead)) && !t.slice(f, a - 1).some((x) => isPunct(x, ',;:'))
    // (a nationality also as a quotation's tag: '“…,” the Italian said.', '“…,” said the 38-year-old Spaniard.', and one famous for
    // wealth or art, '“…,” the billionaire wrote' (grammar fameEpithets); a tag's "the coach" or "the candidate" is as often a new
    // speaker as the one the sentence before named, "…,” wrote Karl Hesse. “…,” the coach said.')
    const tag = (k: number) => isQuoteMark(t[k]) && isPunct(t[k - 1], ',?!')
    const tagged = () => (demonym || grammar.fameEpithets.has(t[b - 1].norm)) && (tag(a - 1) || (!!t[a - 1]?.word && !!cueVerb(t[a - 1].lower)?.inverts && tag(a - 2)))
    if (a !== f && !(isComma(t[a - 1]) && !isComma(t[b]) && opening()) && !tagged()) return undefined
    let before = tagged() ? this.beforeQuotation(s) : s.index - 1
    // ("“…we never stopped believing.” The Spaniard said…": past the sentences wholly of a quotation, to the one before them)
    for (let p = this.previous.length - 1; demonym && p >= 0 && this.previous[p].index === before && this.previous[p].quote.startsQuoted && this.previous[p].quote.share > 0.9; p--) before--
    // (a name before the epithet is that of the role the person was written with, if any: see otherRoleName)
    const capitals = t.slice(a + 1, b - 1).filter((x) => capped(x) && !isDemonym(x)).map((x) => x.norm)
    const one = (people: Iterable<{ entity: Entity; sentence: number }>) => {
      const named = new Set<Entity>()
      // (one known only by a nation or an age is no name: "The Brazilian said…. The Frenchman said…" are two)
      for (const m of people) if (m.sentence === before && m.entity.type === 'person' && m.entity.kind === 'named' && properName(m.entity.name) && !lexicon.demonyms.has(m.entity.name.toLowerCase()) && !AGE.test(m.entity.name)) named.add(m.entity)
      const e = named.size === 1 ? [...named][0] : undefined
      return e && !otherRoleName(e, t[b - 1].norm, capitals) ? e : undefined
    }
    // (of several named there, the one who spoke: "Maresca was furious with referee Anthony Taylor, claiming…. “…,” the Italian said.")
    // (for a nationality only: "the candidate" or "the actress" after a sentence where another spoke of her is as often that other)
    return one(this.mentions) ?? (demonym ? one(this.recent) : undefined)
  }

  /**
   * The sentence before the quotation a tag closes, when it opened sentences before: '“We didn't play well. They were…,” the Italian
   * said.' looks back past the quotation's first sentence to the one naming the speaker.
   */
  private beforeQuotation(s: Analysed): number {
    let k = s.index - 1
    if (!s.quote.startsQuoted || isQuoteMark(s.tokens[0])) return k
    for (let p = this.previous.length - 1; p >= 0 && this.previous[p].index === k && this.previous[p].quote.startsQuoted; p--, k--) {
      if (isQuoteMark(this.previous[p].tokens[0])) return k - 1
    }
    return s.index - 1
  }

  /**
   * "The former said…", "the latter said…": the first or the second of the last two people named together, in this sentence before
   * the phrase or in one of the two before ("Mayor Karen Bass and Police Chief Jim McDonnell appeared together. The former said…").
   */
  private formerOrLatter(s: Analysed, [a, b]: [number, number]): Entity | undefined {
    const t = s.tokens
    const which = b === a + 2 && t[a].lower === 'the' ? t[a + 1].lower : ''
    if (which !== 'former' && which !== 'latter') return undefined
    const people = (sentence: number, before: number) => {
      const found: Entity[] = []
      for (const m of this.mentions) if (m.sentence === sentence && m.token < before && m.entity.type === 'person' && m.entity.kind === 'named' && !found.includes(m.entity)) found.push(m.entity)
      return found.length >= 2 ? found.slice(-2) : undefined
    }
    // (or the one before that, past the other's turn: "A and B met. The former said… The latter said…")
    const two = people(s.index, a) ?? people(s.index - 1, Infinity) ?? people(s.index - 2, Infinity)
    return two && (which === 'former' ? two[0] : two[1])
  }

  /**
   * Two people or bodies a plural phrase opening its sentence stands for: "Both researchers", "The two scientists" for two people
   * named together, "A and B", in the sentence before, or speaking together there; "The companies", "Both automakers" for two
   * bodies so named ("The two companies" for the only two the sentence before names, "Pfizer agreed to buy Seagen").
   */
  private namedTogether(s: Analysed, r: SourceReading, [a, b]: [number, number]): Entity | undefined {
    const t = s.tokens
    const lead = t[a].lower === 'the' ? `the ${w(t, a + 1)}` : t[a].lower
    const head = t[b - 1]
    // ("The two said…" after "Senators Warren and Sanders criticized…": the number alone stands for two people, and so, wherever it
    // stands, does a noun for two, "…, the couple said")
    const couple = b === a + 2 && t[a].lower === 'the' && grammar.pairNouns.has(head.lower)
    const bare = (b === a + 2 && lead === 'the two') || couple
    const people = (r.type === 'anonymous' && personWord(head)) || bare
    const bodies = GROUP_TYPES.has(r.type) && isOfficeNoun(head)
    const two = grammar.pairLeads.has(lead) || couple
    // (or a tag after what the sentence says of two bodies it names, and only two: "Unilever agreed to sell… to Blackstone…, the companies
    // said")
    // (in a sentence of a few dozen words: the names before the tag are read whole)
    const tag = bodies && b === a + 2 && t[a].lower === 'the' && isComma(t[a - 1]) && a < 60
    // (opening its sentence: further in, the two may be people its own clause names, "the mogul and the socialist…, both candidates…")
    if ((a !== firstWord(t) && !couple && !tag) || !(isPlural(head) || bare) || !(people || bodies) || !(two || (bodies && b === a + 2 && t[a].lower === 'the')) || b - a > 4) return undefined
    const fits = (e: Entity) => (people ? e.type === 'person' : GROUP_TYPES.has(e.type)) && e.kind === 'named'
    if (tag) {
      const here = [...new Set(this.mentions.filter((m) => m.sentence === s.index && m.token < a && fits(m.entity)).map((m) => m.entity))]
      // (and no other name, a body the story has not met: "Pfizer, Moderna and BioNTech…"; a sentence's first word may be any word)
      const runs = nameRuns(t.slice(0, a)).filter(([x, y]) => !(x === firstWord(t) && y === x + 1 && !here.some((e) => e.name === t[x].text)))
      const name = here.length === 2 && runs.length === 2 ? `${here[0].name} and ${here[1].name}` : ''
      return name ? this.register(name, { kind: 'named', type: here[0].type }, name) : undefined
    }
    // (or two who spoke together in the sentence before: "The two scientists found…" after "Both researchers said…")
    for (let k = this.recent.length - 1; k >= 0 && this.recent[k].sentence >= s.index - 1; k--) {
      const e = this.recent[k].entity
      if (fits(e) && e.name.split(' and ').length === 2) return e
    }
    const before = this.mentions.filter((m) => m.sentence === s.index - 1 && fits(m.entity))
    const tokens = this.tokensOf(s.index - 1) ?? []
    const onlyTwo = new Set(before.map((m) => m.entity)).size === 2
    for (let k = before.length - 1; k > 0; k--) {
      const [m1, m2] = [before[k - 1], before[k]]
      const between = tokens.slice(m1.token + 1, m2.token)
      // (a role may stand before the second name: "Singer Ava Lane and actor Theo Brandt")
      // (or an article before the second body: "the ACLU and the NAACP")
      const joined = between.filter((x) => x.lower === 'and').length === 1 && between.every((x) => x.lower === 'and' || !x.word || x.cap || isPersonRole(x) || (bodies && isArticle(x)))
      // (the last two of a list of three are no pair: "Warren, Sanders and Khanna wrote… The two senators said")
      const listed = () => {
        const gap = k >= 2 && before[k - 2].entity !== m1.entity ? tokens.slice(before[k - 2].token + 1, m1.token) : []
        return gap.some((x) => isComma(x)) && gap.every((x) => !x.word || x.cap || isPersonRole(x))
      }
      if (joined && listed()) return undefined
      // (two bodies, and only two, need not be joined when the phrase counts them; nor two people who met: "Starmer met Macron… The
      // two leaders said")
      const only = two && onlyTwo && (bodies || between.some((x) => grammar.meetingVerbs.has(x.lower)))
      if (m1.entity === m2.entity || !(joined || only)) continue
      const name = `${m1.entity.name} and ${m2.entity.name}`
      return this.register(name, { kind: 'named', type: people ? 'person' : m1.entity.type }, name)
    }
    // (bodies the story has not met yet are the names written there: "by Biogen and Sage Therapeutics")
    const runs = bodies ? nameRuns(tokens) : []
    const pair = runs.length === 2 && (two || tokens.slice(runs[0][1], runs[1][0]).every((x) => x.lower === 'and' || isArticle(x))) ? runs : undefined
    if (!pair) return undefined
    const name = pair.map(([x, y]) => withoutArticle(this.text.slice(tokens[x].start, tokens[y - 1].end))).join(' and ')
    return this.register(name, { kind: 'named', type: 'organization' }, name)
  }

  /**
   * "Vantor reported…" after "Vantor Semiconductor", "Ambrey said" after "the firm Ambrey": one word that opens or is a body's name is that body,
   * unless it is a known person's ("Clinton" after "the Clinton campaign" is Hillary Clinton); so are a body's first words ("Blue
   * Harbor said" after "The chain, Blue Harbor Senior Living,").
   */
  private bodyByFirstWord(name: string): Entity | undefined {
    const space = name.indexOf(' ')
    if (space > 0) {
      const body = this.bodiesByFirstWord.get(name.slice(0, space).toLowerCase())
      return body?.name.toLowerCase().startsWith(name.toLowerCase() + ' ') ? body : undefined
    }
    const word = name.toLowerCase()
    // ("Ambrey said" after "the maritime security firm Ambrey": the whole one-word name of a body too)
    const same = this.oneWordBodies.get(word)
    const body = this.bodiesByFirstWord.get(word) ?? (same?.type !== 'person' ? same : undefined)
    // (the body itself may have been guessed a person first: "Exxon Mobil")
    return this.personsByWord.get(word)?.some((e) => e !== body && e.type === 'person') ? undefined : body
  }

  /** The entity of a source read as `r`; with `mentioned`, of a company named in passing, which a source phrase may retype later. */
  private register(name: string, r: Pick<SourceReading, 'type' | 'country'> & { kind: SourceKind }, written: string, mentioned = false): Entity {
    // (one body by any of its names: "the Fed" is "the Federal Reserve")
    const lower = name.toLowerCase()
    // (a country, its capital and its government are one state: "The Philippines accused China…, in what Manila called…", "Israel's
    // government said… Israel says…")
    const state = r.type === 'government' && r.kind === 'named' ? (lexicon.places.states.get(lower) ?? governmentOf(lower)) : undefined
    const key = state ? `named:state:${state}` : `${r.kind}:${aliasOf(lower)}`
    // ("the Sun-Times" after "the Chicago Sun-Times": a one-word name read as a body may be the outlet's last word)
    // ("Pew" after "Pew Research", "Exxon" after "Exxon Mobil": a listed body's short name is the body named before)
    let e = this.entities.get(key) ?? ((r.type === 'media' || r.type === 'organization') && r.kind === 'named' ? (this.sameOutlet(name) ?? this.bodyByFirstWord(name)) : undefined)
    // ("according to the territory's Health Ministry": an owner's body is the one the run of capitals after the owner names, which
    // the scan of the sentence met first and "the ministry" may find; it goes by the name its source gives it)
    const owned = !e && r.kind === 'named' && GROUP_TYPES.has(r.type) ? OWNED_NAME.exec(name) : null
    if (owned) {
      const run = this.entities.get(`named:${aliasOf(owned[1].toLowerCase())}`)
      if (run?.mentioned && GROUP_TYPES.has(run.type)) {
        e = run
        e.name = name
        this.entities.set(key, e)
      }
    }
    // ("the Defense Ministry" after "Russia's Defense Ministry" or "the Russian Defense Ministry": a state's body by its name alone is
    // the one a country was written before, when only one was)
    // ("the Red Cross" after "the Kenya Red Cross": so is a listed charity after its country, a national society of it)
    if (!e && r.kind === 'named' && (r.type === 'government' || (r.type === 'organization' && lexicon.bodyNames.has(name))) && !state && name.includes(' ') && capitalised(name)) {
      e = this.countrysBodies.get(lower) ?? undefined
      if (e) this.entities.set(key, e)
    }
    // ("FSIS said" after "the Agriculture Department's Food Safety and Inspection Service said": a body's initials, unbracketed)
    // (its body keeps the type its full name gave it: "NHTSA said" reads as any company's initials would)
    const initials = !e && r.kind === 'named' && SHORT_NAME.test(name) && name.replace(/\./g, '').length >= 3
    if (initials) {
      e = this.byInitials(name) ?? this.definedShortName(name, r, written)
      if (e) this.entities.set(key, e)
    }
    // ("AOC posted…" after "Alexandria Ocasio-Cortez said…": initials read as a body's may be a person's, who keeps the type)
    // ("The NTS said" has a body's article)
    const person = !e && r.kind === 'named' && !/^the /i.test(written) ? this.initialsOf(name) : undefined
    if (person) {
      e = person
      this.entities.set(key, e)
    }
    // ("FDA clears new shot" then "The Food and Drug Administration approved…": a body only mentioned by its initials goes by its full
    // name; one that spoke keeps the name it spoke by, "The EPA said…")
    if (e?.mentioned && SHORT_NAME.test(e.name) && name.includes(' ') && capitalised(name) && aliasOf(lower) === aliasOf(e.name.toLowerCase())) e.name = name
    if (!e) {
      e = { name, type: r.type, kind: r.kind === 'vague' ? 'vague' : 'named', country: r.country, words: new Set(), forms: new Set(), gender: '', mentioned: mentioned || undefined }
      this.entities.set(key, e)
      // ("the agency" after "the Centers for Disease Control and Prevention": a listed body by the noun news calls it)
      for (const noun of lexicon.bodyNouns.get(aliasOf(lower)) ?? []) addForm(e, noun)
      for (const kin of kinNouns(e)) addForm(e, kin)
      if (e.kind === 'named' && !name.includes(' ')) this.oneWordBodies.set(name.toLowerCase(), e)
      this.noteOutlet(name, e)
      this.noteCompany(name, e)
      this.noteCountrysBody(e)
      if (e.kind === 'named' && GROUP_TYPES.has(e.type) && bodyName(name)) this.bodyNamed = true
    } else if (!mentioned && !person && ((e.type === 'person' && r.type !== 'person') || (e.mentioned && r.type !== e.type && !initials && !(e.team && r.type === 'person'))) && r.type !== 'unknown') {
      // a run of capitals guessed as a person's name is a body once a source phrase says so ("energy giant Vostok Gas");
      // so is a company's name mentioned before, once its source phrase types it ("the Senate Ethics Committee" a government body)
      e.type = r.type
      this.noteCompany(name, e)
      // (a masthead mentioned first, "the Chicago Sun-Times", is the outlet a later "the Sun-Times" is short for)
      this.noteOutlet(name, e)
    }
    // (a state only mentioned, as a dateline's "MEXICO CITY", goes by the name it first speaks by: "The Mexican government")
    if (!mentioned && e.mentioned && state) e.name = name
    if (!mentioned) e.mentioned = undefined
    addForm(e, written)
    return e
  }

  /**
   * The latest body named whose capitalised words end in the initials `short` stands for: "FSIS" for "the U.S. Department of
   * Agriculture's Food Safety and Inspection Service", "NTSB" for "the National Transportation Safety Board" (three letters at
   * least: two, "HP", "GE", name too many bodies).
   */
  private byInitials(short: string): Entity | undefined {
    const letters = short.replace(/\./g, '')
    let hit: Entity | undefined
    for (const e of this.entities.values()) {
      if (e.kind !== 'named' || !GROUP_TYPES.has(e.type) || SHORT_NAME.test(e.name)) continue
      const initials = e.name.split(' ').filter((x) => NAME_CAPITAL.test(x[0])).map((x) => x[0]).join('')
      // (one that spoke before one only mentioned: a mention may be a part of a name the source phrase holds whole)
      if (initials.endsWith(letters) && (!hit || hit.mentioned || !e.mentioned)) hit = e
    }
    return hit
  }

  /**
   * The one person named before whose name's parts, past a suffix, start with the capitals of `name` ("AOC" for "Alexandria
   * Ocasio-Cortez", "RFK Jr." for "Robert F. Kennedy Jr."; three letters at least).
   */
  private initialsOf(name: string): Entity | undefined {
    const short = name.replace(SUFFIX, '')
    if (!SHORT_NAME.test(short) || short.length < 3) return undefined
    const found = [...this.entities.values()].filter((e) => e.kind === 'named' && e.type === 'person' && e.name.replace(SUFFIX, '').split(/[ -]/).map((x) => x[0]).join('') === short)
    return found.length === 1 ? found[0] : undefined
  }

  /**
   * A body the article defines its short name for, "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)", where
   * no source or mention of it was read ("a director at the … (OCHA)"): "OCHA said…" is that body, by its full name.
   */
  private definedShortName(short: string, r: Pick<SourceReading, 'type' | 'country'>, written: string): Entity | undefined {
    // (the brackets are found in one pass over the text, the first time a short name is looked up: many short names cost no more)
    this.brackets ??= bracketedShortNames(this.text)
    const at = this.brackets.get(short)
    if (at === undefined) return undefined
    const full = DEFINED_NAME.exec(this.text.slice(Math.max(0, at - 160), at))?.[1]
    if (!full || !full.includes(' ')) return undefined
    // (the full name tells the kind of body that initials alone leave to a guess: "JCS" is "the Joint Chiefs of Staff", a government's)
    const tokens = tokenize(full, 0, full.length, () => false)
    const own = readSource(full, tokens, [0, tokens.length])
    const type = own.kind === 'named' && GROUP_TYPES.has(own.type) ? own.type : r.type
    const e = this.register(full, { kind: 'named', type, country: r.country }, full)
    addForm(e, written)
    return e
  }

  /** "The Joint Chiefs of Staff (JCS) said…": initials in brackets right after a body's name are that body wherever they come back. */
  private noteShortName(t: Token[], b: number, e: Entity): void {
    // (or set off after "known as": "Ukraine's military intelligence agency, known as the HUR, said…")
    const known = isComma(t[b]) && w(t, b + 1) === 'known' && w(t, b + 2) === 'as' ? (w(t, b + 3) === 'the' ? b + 4 : b + 3) : -1
    const at = known > 0 ? known : b + 1
    if (known > 0 ? !isPunct(t[at + 1], ',.') : t[b]?.text !== '(' || t[b + 2]?.text !== ')') return
    // (a document's maker's initials are the maker's, not the document's: "results from the Superior Electoral Court (TSE)")
    if (!SHORT_NAME.test(t[at]?.text ?? '') || e.type === 'document') return
    const short = t[at].text.toLowerCase()
    if (this.entities.has(`named:${short}`)) return
    this.entities.set(`named:${short}`, e)
    this.oneWordBodies.set(short, e)
  }

  /**
   * A company's name of two or three words, its last word a company's and no body's office ("Vantor Semiconductor", "Delta Air
   * Lines", not "the Clinton campaign"), or a listed body's ("Exxon Mobil"): its first word alone is the company from now on (not a
   * nation's or a place's word, which names many: "American Express Co.").
   */
  private noteCompany(name: string, e: Entity): void {
    const words = name.split(' ')
    const first = words[0].toLowerCase()
    const last = words[words.length - 1].toLowerCase()
    // (a company's last word may also be a trade's noun: "SkyWest Airlines")
    const company = lexicon.companyWords.has(last) || (lexicon.organizationWords.has(last) && !lexicon.officeNouns.has(last)) || lexicon.bodyNames.has(name)
    const short = words.length === 2 || (words.length === 3 && !lexicon.demonyms.has(first) && !lexicon.places.states.has(first))
    if (!(e.kind === 'named' && e.type === 'organization' && short && /^\p{Lu}/u.test(words[0]) && (company || institution(words)) && !lexicon.givenNames.has(first))) return
    this.bodiesByFirstWord.set(first, e)
    // (a listed company only mentioned by its short name before, as a headline's "Toyota to recall…" above "Toyota Motor Corp. said…",
    // is this one: "Toyota said" later is the company that spoke)
    const key = `named:${aliasOf(first)}`
    const before = this.entities.get(key)
    if (before?.mentioned && before !== e && before.type === e.type) {
      this.entities.set(key, e)
      this.oneWordBodies.set(first, e)
    }
  }

  /** Keeps a state's body named after a country's word for `countrysBodies`: "Russia's Defense Ministry", "the South Korean Unification Ministry", "the Kenya Red Cross". */
  private noteCountrysBody(e: Entity): void {
    if ((e.type !== 'government' && e.type !== 'organization') || e.kind !== 'named') return
    const words = e.name.toLowerCase().replace(/^the /, '').split(' ')
    for (let k = 1; k < words.length && k <= 3; k++) {
      if (!lexicon.places.countryWords.has(words.slice(0, k).join(' ').replace(/['’]s$/, ''))) continue
      const rest = words.slice(k).join(' ')
      if (e.type === 'organization' && !lexicon.bodyNames.has(e.name.split(' ').slice(k).join(' '))) continue
      const known = this.countrysBodies.get(rest)
      this.countrysBodies.set(rest, known === undefined || known === e ? e : null)
      return
    }
  }

  /** Keeps a named outlet for `sameOutlet`; outlets joined, "Reuters and the Associated Press", are no outlet a later "the Associated Press" is short for. */
  private noteOutlet(name: string, e: Entity): void {
    if (e.type === 'media' && e.kind === 'named' && !JOINED.test(name)) this.outlets.push(e)
  }

  /** An outlet named in full or by the last words of its name ("the Times" and "The New York Times"), under its longer name. */
  private sameOutlet(name: string): Entity | undefined {
    const lower = name.toLowerCase()
    for (const o of this.outlets) {
      const other = o.name.toLowerCase()
      if (other.endsWith(' ' + lower)) return o
      if (lower.endsWith(' ' + other)) {
        o.name = name
        return o
      }
    }
    return undefined
  }

  /** A person by name; a surname alone ("Putin") joins the full name seen before or after. */
  private person(name: string, written: string, split = name.toLowerCase().split(/\s+/), sex?: Gender): Entity {
    const words = split.filter(Boolean)
    const gender = sex ?? genderOf(written, words)
    let e = this.knownPerson(words, gender) ?? this.partOf(words, gender) ?? this.initialsOf(name)
    if (!e) {
      e = { name, type: 'person', kind: 'named', words: new Set(), forms: new Set(), gender }
      this.entities.set(`named:${name.toLowerCase()}`, e)
    } else {
      // ("Vladimir Putin" names "Putin" in full; "Chris Christie Address Heroin Epidemic", a scraped run, does not rename Chris Christie)
      if (name.length > e.name.length && fuller(name, e.name)) e.name = name
      // a title on a surname tells the sex of the mention, not of the person it was merged with ("Mr. Khan" after "Ghazala Khan")
      if (words.length >= e.words.size) e.gender ||= gender
    }
    for (const w of words) {
      if (e.words.has(w)) continue
      e.words.add(w)
      const list = this.personsByWord.get(w)
      if (list) list.push(e)
      else this.personsByWord.set(w, [e])
    }
    e.nation ??= lexicon.knownPeople.get(name.toLowerCase())
    addForm(e, written)
    return e
  }

  /** The person whose name holds every one of these words ("Putin" in "Vladimir Putin"), of the same sex if known ("Mrs. Clinton" is not Bill Clinton). */
  private knownPerson(words: string[], gender: Gender): Entity | undefined {
    // (the shortest list of a word's persons: a given name many share is read no more than a surname, so the search stays linear)
    let list: Entity[] | undefined
    for (const w of words) {
      const known = this.personsByWord.get(w)
      if (!known) return undefined
      if (!list || known.length < list.length) list = known
    }
    if (!list) return undefined
    let hit: Entity | undefined
    for (const p of list) {
      if (!sameGender(p.gender, gender) || !words.every((w) => p.words.has(w))) continue
      // one whose sex is known to match before one whose sex is unknown
      if (gender && p.gender === gender) return p
      hit ??= p
    }
    return hit
  }

  /** Whether a transcript's speaker label names a person: one word only when a person known by it was named before ("Ruiz:" after "Mayor Elena Ruiz", not "Update:"). */
  private knownSpeaker(t: Token[], [a, b]: [number, number]): boolean {
    return b - a > 1 || this.personsByWord.has(t[a].norm)
  }

  /** A person known by part of this name ("Putin" seen before "Vladimir Putin"). */
  private partOf(words: string[], gender: Gender): Entity | undefined {
    for (const w of words) {
      // (a word more persons share than a story names picks out none of them: the search stays linear on any input)
      const list = this.personsByWord.get(w)
      const hit = list && list.length <= MAX_STORY_ENTITIES ? list.find((p) => sameGender(p.gender, gender) && [...p.words].every((x) => words.includes(x))) : undefined
      if (hit) return hit
    }
    return undefined
  }

  /** Person names anywhere in the sentence, as antecedents for "he" and "she". */
  private scanPersons(s: Analysed, found: Found[]): void {
    const t = s.tokens
    // (a role noun after "the" that opens the sentence, or a clause after a comma, is a mention too: see roleSubject)
    let opened = false
    // (past a transcript's question letter, which is no word of a name: "Q But does he think…")
    for (let i = t[0]?.text === 'Q' && firstWord(t) === 1 ? 1 : 0; i < t.length; i++) {
      if (!t[i].word) {
        if (isComma(t[i]) && t[i + 1]?.lower === 'the' && uncapped(t[i - 1])) this.roleSubject(s, i + 1, found)
        continue
      }
      if (!opened) {
        opened = true
        if (t[i].lower === 'the') this.roleSubject(s, i, found)
        else if (!found.length && isPreposition(t[i])) {
          // (past an opening phrase: "On a gray Tuesday in March, a single passenger boarded. She told me…"; the phrase's comma is
          // looked for first, as most sentences that open so have no unnamed person after it)
          let c = i + 1
          while (c < t.length && c < i + 12 && !isComma(t[c])) c++
          const main = grammar.indefiniteOpeners.has(w(t, c + 1)) ? findMainSubject(t) : undefined
          if (main && main[0] > i) this.indefiniteSubject(s, main[0], found)
        } else this.indefiniteSubject(s, i, found)
      }
      // (and one asked or spoken to, whom a later "she" may stand for: "I asked the minister whether… She said no.")
      if (t[i].lower === 'the' && i > 0 && (grammar.askingVerbs.has(t[i - 1].lower) || ((t[i - 1].lower === 'to' || t[i - 1].lower === 'with') && grammar.conversingVerbs.has(w(t, i - 2))))) this.roleSubject(s, i, found, true)
      if (!t[i].cap || t[i].quoted) continue
      let j = i
      // ("Pacific Gas & Electric", "Procter & Gamble": an ampersand between capitals joins one name)
      while (j < t.length && ((capped(t[j])) || (t[j].text === '&' && j > i && capped(t[j + 1])))) j++
      // ("Mohammed bin Salman", "Charles de Gaulle": a particle between a given name and a capital is a word of the name)
      while (t[j + 1]?.cap && t[j + 1].word && !t[j].cap && grammar.nameParticles.has(t[j].text) && t.slice(i, j).some((x) => isGivenName(x))) {
        j += 2
        while (j < t.length && capped(t[j])) j++
      }
      // ("the National Snow and Ice Data Center": "and" joins a body's name whose second run ends in a body's word, the first in none:
      // "the Podesta Group and Mercury LLC" are two)
      if (w(t, j) === 'and' && t[j + 1]?.cap && !isOrgWord(t[j - 1]) && !isCompanyWord(t[j - 1])) {
        let k = j + 1
        while (k < t.length && capped(t[k])) k++
        // (nor one word, then a company by its firm's word: "Biogen and Sage Therapeutics" are two)
        const firm = j - i === 1 && isCompanyWord(t[k - 1])
        if (k - j > 2 && isOrgWord(t[k - 1]) && !firm) j = k
      }
      // ("Review: A Chekhov staging…": an indefinite article opening the run is no word of a name)
      this.personRun(s, (t[i].lower === 'a' || t[i].lower === 'an') && j > i + 1 ? i + 1 : i, j, found)
      i = j
    }
  }

  /**
   * One definite person by a role noun, the subject or owner of what follows, opening the sentence or its main clause at `a`
   * ("Asked whether…, the senator laughed.", "The woman's enthusiasm is recorded in detail:"): a mention a later "he" or "she"
   * may stand for, the person written before with that role if any.
   */
  private roleSubject(s: Analysed, a: number, found: Found[], object = false): void {
    const t = s.tokens
    // (one that speaks there is resolved as its source)
    if (t[a].quoted || sourceStarts(found, t).starts.has(a)) return
    // (a title in capitals too, "The Prime Minister has thanked…", kept as a role by its lowercase name, as no one's own name)
    const titled = capped(t[a + 1])
    let m = a + 1
    while (m < a + 4 && (uncapped(t[m]) || (titled && capped(t[m]))) && !isPersonRole(t[m]) && !isPreposition(t[m])) m++
    const head = t[m]
    // (past a description set off after it: "The donor, a property developer, reportedly gave…"; or a relative clause: "The victim,
    // who cannot be named for legal reasons, suffered…")
    let after = m + 1
    const relative = w(t, after + 1) === 'who'
    if (isComma(t[after]) && (isArticle(t[after + 1]) || relative)) {
      let c = after + 2
      while (c < after + (relative ? 16 : 9) && t[c]?.word) c++
      if (isComma(t[c])) after = c + 1
    }
    const next = t[after]
    // (its verb right after it: "The Republican nominee, he said, …" is no title before "nominee")
    if (!head?.word || (head.cap && !(titled && isTitleWord(head) && (isAuxiliary(next) || pastForm(next)))) || !isPersonRole(head) || isPlural(head)) return
    // (its verb or, owned, its noun follows: not "the senator from Ohio", nor "the senator Dana Whitlock"; an object needs none, but
    // is no one new when named after it or when someone answers in the sentence, nor an owner: "asked the company's chief executive,
    // Dana Hill,", "reached the mayor's spokesman", "After Beck asked the conservative who…, D'Souza replied")
    if (object && (normalised(head) || lexicon.personRoles.has(w(t, m + 1)) || (isComma(t[m + 1]) && t[m + 2]?.cap) || sourceStarts(found, t).lastNamed > m)) return
    if (!object && (!next?.word || next.cap)) return
    if (!object && !normalised(head) && (isPreposition(next) || isRelative(next))) return
    // (nor a role's word before the noun it describes, that noun the verb's subject: "The official line is that…")
    if (!object && isAuxiliary(t[after + 1]) && !isAuxiliary(next) && !isAdverb(next) && !adverbLike(next)) return
    // (read as readSource reads a definite role, without its cost on every such sentence: one definite person, SPEC §1 step 2)
    const written = this.text.slice(t[a + 1].start, head.end)
    const r: SourceReading = { kind: 'named', type: 'person', name: head.cap ? written.toLowerCase() : written, country: undefined, pronoun: undefined, role: { head: head.norm, mods: t.slice(a + 1, m).map((x) => x.norm) }, pending: undefined, notSource: undefined }
    // (with no one named lately it is someone new, unnamed: "Asked whether…, the senator laughed. “…,” he said."; so is one a
    // description set off after it introduces, whoever was named: "Mayor Tom Hale said… The donor, a local developer, gave…")
    // (a person known by a body's name and a role, "A Buckingham Palace spokesman", is no one named)
    const introduced = after > m + 1
    const entity = this.resolveRole(s, r, [a, m + 1]) ?? (!introduced && !object && this.mentions.some((x) => x.entity.type === 'person' && properName(x.entity.name)) ? undefined : this.register(!normalised(head) ? r.name : r.name.replace(/['’]s$/, ''), r, this.span(t, [a, m + 1]).text))
    if (!entity) return
    entity.gender ||= lexicon.genderNouns.get(head.norm) ?? ''
    this.addMention({ entity, sentence: s.index, token: a, object })
  }

  /**
   * One unnamed person opening the sentence at `a` as its subject, "A neighbor…", "Another witness…", "One of the victims…", in a
   * sentence that reports no words: the one a "she said" in the next sentence stands for when no one is named between them.
   */
  private indefiniteSubject(s: Analysed, a: number, found: Found[]): void {
    // (nor in a sentence that reports words, whose speaker a later pronoun may go on with: "A protester wore a shirt that read
    // “Jobs now.” He added…" after "…,” this farmer declared.")
    const t = s.tokens
    // (but one whose only speakers are "he" or "she" after it, who are the subject: "A Labour MP has been suspended after messages in
    // which he allegedly described a colleague as…")
    // (not a tag set off, someone else's: "A new campaign manager, he said, could…")
    const itself = found.length > 0 && found.every((f) => !f.src || (f.src[1] - f.src[0] === 1 && f.src[0] > a && (t[f.src[0]].lower === 'he' || t[f.src[0]].lower === 'she') && !!t[f.src[0] - 1]?.word))
    if ((found.length && !itself) || s.quote.speech) return
    const l = t[a].lower
    let h = -1
    if (l === 'one' && w(t, a + 1) === 'of' && (isArticle(t[a + 2]) || isPossessive(t[a + 2]))) h = t[a + 3]?.word && isPlural(t[a + 3]) ? a + 3 : -1
    else if (grammar.indefiniteOpeners.has(l)) {
      // (past a party's or a place's capitalised name: "A Labour MP", "A New York man")
      for (let m = a + 1; m < a + 4 && t[m]?.word && (!t[m].cap || personWord(t[m]) || t[m + 1]?.word); m++) {
        if (!personWord(t[m])) continue
        // (a post-modifier's preposition after it is no verb: "A spokesman for…"; a past is: "A senior official briefed reporters.")
        if (!isPlural(t[m]) && (!isPreposition(t[m + 1]) || pastForm(t[m + 1]) || cueVerb(w(t, m + 1))?.form === 'past')) h = m
        break
      }
    }
    if (h < 0 || !personWord(t[h])) return
    // (not with someone else in the sentence: "A judge sentenced him to 22 years. “…,” he said." is his)
    if (t.some((x, k) => k > h && (((x.lower === 'he' || x.lower === 'she') && !itself) || isObjectPronoun(x) || isPossessive(x)))) return
    const written = this.span(t, [a, h + 1]).text
    const entity = this.register(withoutArticle(written), { kind: 'vague', type: 'anonymous' }, written)
    entity.one = 'person'
    entity.gender ||= lexicon.genderNouns.get(t[h].norm) ?? ''
    this.unnamedSubject = { entity, sentence: s.index, token: a }
  }

  /** The unnamed subject of this sentence before `at` or of the one before, when no person is named from its sentence on: see indefiniteSubject. */
  private unnamedSubjectFor(s: Analysed, at: number, gender: Gender): Entity | undefined {
    const u = this.unnamedSubject
    if (!u || u.sentence < s.index - 1 || (u.sentence === s.index && u.token >= at) || !sameGender(u.entity.gender, gender)) return undefined
    return this.mentions.some((m) => m.entity.type === 'person' && m.sentence >= u.sentence && (m.sentence < s.index || m.token < at)) ? undefined : u.entity
  }

  private personRun(s: Analysed, a: number, b: number, found: Found[]): void {
    const t = s.tokens
    // ("Dallas-based Southwest Airlines": where a body is based is no word of its name; with no given name after it, "Chicago-based
    // Boeing", the run is a body "the company" may stand for later, not "Texas-based Matt Mackowiak")
    if (b - a >= 2 && describesBase(t[a])) {
      a++
      if (!s.titleCase && !this.holdsPerson(t, a, b)) {
        this.bodyMention(s, a, b, 'organization', a - 1)
        return
      }
    }
    // (a name at birth is of someone written of already: "Born Lena Mae Holloway in Birmingham, she…")
    if (grammar.birthNames.has(t[a].lower) || grammar.birthNames.has(w(t, a - 1))) return
    // (what a title owns is no one: "Prime Minister's Questions", "The King's Speech")
    if (normalised(t[b - 2]) && lexicon.titles.has(t[b - 2].norm) && t.slice(a, b - 2).every((x) => isTitleWord(x) || x.lower === 'the')) return
    // (a month before its day is a date, no one: "The council Jan. 5 voted"; a storm's name is no one's: "Storm Darragh wrecked…")
    if (b - a === 1 && isFigure(t[b]) && isMonth(t[a])) return
    if (b - a >= 2 && grammar.stormWords.has(t[a].lower)) return
    // (a listed outlet the whole run names is one "the network" or "the newspaper" may stand for later: "CNN aired the interview. The
    // network said…")
    // (not one of a source phrase, which is read as written: "Reuters and the Associated Press reported…"; nor then a body of
    // government by its office noun, below: "the Korean Central News Agency reported" is KCNA)
    // (past a capitalised article, which most outlets' names lack: "The Korean Central News Agency said")
    const opens = t[a].lower === 'the' ? a + 1 : a
    // (each start looked up once: the run's own, then past its article only when that names none)
    const whole = s.titleCase ? undefined : lexicon.outlets.match(t, a)
    const at = whole || opens >= b ? a : opens
    const matched = whole ?? (at === a || s.titleCase ? undefined : lexicon.outlets.match(t, at))
    const outlet = matched && at + matched.length === b ? matched.value : undefined
    if (outlet && !speaksIn(found, a, b)) {
      this.bodyMention(s, a, b, outlet.state ? 'state-media' : 'media', a, outlet.name, outlet.country)
      return
    }
    // a listed body of government only mentioned is one "the agency" may stand for later: "The Centers for Disease Control and
    // Prevention has counted… The agency says…"
    // (after its country too: "The U.S. Centers for Disease Control and Prevention issued an alert")
    const country = opens < b - 1 ? countryAt(t, opens, b) : undefined
    const from = country && opens + country.length < b && !lexicon.bodies.match(t, opens) && lexicon.bodies.match(t, opens + country.length) ? opens + country.length : opens
    const listed = from < b && !s.titleCase ? lexicon.bodies.match(t, from) : undefined
    // (so is a listed company the whole run names, "Delta Air Lines jumped 4%, the company said"; not one before a role and a
    // name, "Wells Fargo CEO John Stumpf", "Labour MP Ruth Abara")
    // (not a firm named only as the maker of figures, "in line with LSEG estimates", "FactSet data show": no actor "the company" is)
    if (listed?.value === 'organization' && from + listed.length === b && uncapped(t[b]) && grammar.figureNouns.has(t[b].lower)) return
    // (a body's name that only describes a body of government speaking by its office's noun is none: "The UN refugee agency said…" is
    // no UN; an owner is, "Paul Ryan's office said…")
    if (!normalised(t[b - 1]) && speaksIn(found, a, b + 1) && bodySpanEnd(found, t, a) > b) return
    if (listed?.value === 'government' || (listed?.value === 'organization' && from + listed.length === b)) {
      // (a charity's national society keeps its country, as readPhrase names it: "The Kenya Red Cross opened shelters")
      this.bodyMention(s, from === opens || listed.value === 'organization' ? a : from, from + listed.length, listed.value, a)
      // (a title and a name may follow in the run, someone a later "the director-general" stands for: "WHO Director-General Tedros
      // Adhanom Ghebreyesus")
      if (from + listed.length < b) this.personRun(s, from + listed.length, b, found)
      return
    }
    // (so is a body of government by its initials alone: "NASA did not respond. The agency has said…", "The FDA approved…")
    if (b - from === 1 && SHORT_NAME.test(t[from].text) && lexicon.governmentWords.match(t, from, b)?.length === 1 && !s.titleCase) {
      this.bodyMention(s, from, b, 'government')
      return
    }
    // a name right after the noun of a body's kind, not a company's nor an outlet's, is a mention "the agency" may stand for later,
    // with the description before it as one of its forms: "The Spanish weather agency AEMET issued…", "the regulator Ofcom"
    // (not a person's role or name, "lead negotiator Wendy Sherman", "party Chairman Reince Priebus", nor a level of government
    // before its body, "the state Senate"; nor one that speaks here, its source's name: "the national weather agency AEMET said")
    const kind = a > 0 && uncapped(t[a - 1]) ? t[a - 1].norm : ''
    const bodyKind = kind !== '' && lexicon.officeNouns.has(kind) && !lexicon.companyNouns.has(kind) && !lexicon.mediaOffices.has(kind) && !lexicon.placeLevels.has(kind)
    if (bodyKind && !s.titleCase && !this.holdsPerson(t, a, b) && !speaksIn(found, a, b)) {
      const body = this.bodyMention(s, a, b, lexicon.governmentOffices.has(kind) ? 'government' : 'organization')
      const described = leftNP(t, a - 1)
      addForm(body, described ? this.text.slice(t[grammar.articles.has(t[described[0]].lower) ? described[0] + 1 : described[0]].start, t[a - 1].end) : kind)
      return
    }
    // (so is one set off right after a body's noun and its article: "The chain, Magnolia Senior Living, pressured…", "the regulator,
    // Ofcom, fined…", for "Magnolia said" and "the company" later)
    const apposedTo = a > 2 && isComma(t[a - 1]) && isComma(t[b]) && uncapped(t[a - 2]) && isArticle(t[a - 3]) ? t[a - 2].norm : ''
    if (apposedTo !== '' && lexicon.officeNouns.has(apposedTo) && !lexicon.mediaOffices.has(apposedTo) && !s.titleCase && !this.holdsPerson(t, a, b) && !speaksIn(found, a, b)) {
      const body = this.bodyMention(s, a, b, lexicon.governmentOffices.has(apposedTo) ? 'government' : 'organization')
      addForm(body, apposedTo)
      // (a company's first word alone is the company from now on, as noteCompany has it for a company's word)
      if (lexicon.companyNouns.has(apposedTo) && b - a > 1) this.bodiesByFirstWord.set(t[a].norm, body)
      return
    }
    // (and one word set off before its body's noun and article, which no other reading keeps: "…was challenged by NetChoice, a
    // trade group, …"; a paper's or a station's noun is left to its outlet's reading; a people's name is no body's, "…were
    // Saudis, the government in Riyadh has denied…")
    // (nor a day's or a month's name: "…on its leak site on Sunday, the group, which…")
    const apposed = b - a === 1 && !s.titleCase && !isDemonym(t[a]) && !peopleOf(t[a]) && !this.personsByWord.has(t[a].norm) && !isTimeWord(t[a]) ? appositionNoun(t, b) : undefined
    if (apposed && !lexicon.mediaOffices.has(apposed) && !speaksIn(found, a, b)) {
      addForm(this.bodyMention(s, a, b, lexicon.governmentOffices.has(apposed) ? 'government' : 'organization'), apposed)
      return
    }
    // one capitalised word is a person only when already known as one ("Putin" after "Vladimir Putin"), or a given name past the
    // sentence's first word ("Her husband, Diego, handles the books.")
    // ("at the Institute for Fiscal Studies": one word of a body's kind, its name going on past "of" or "for")
    const kindOnly = b - a === 1 && (t[b]?.lower === 'of' || t[b]?.lower === 'for') && !!t[b + 1]?.cap && t[b + 1].word && isOrgWord(t[a]) && isOfficeNoun(t[a])
    // (one unknown word a plural verb agrees with is a club in British usage, which "the club" may stand for: "Arsenal have
    // completed the signing…")
    // (and so is a run of two or three, no given name or title first, none a word of a person known, after no role nor a name it is
    // joined to: "Manchester United have sacked…", "Real Madrid are set to…"; not "Singer Ava Lane and actor Theo Brandt have")
    const joined = () => t.slice(Math.max(0, a - 3), a).some((x) => x.lower === 'and' || x.text === '&') || (!!t[a - 1]?.word && isPersonRole(t[a - 1]))
    const club = b - a === 1 ? !this.personsByWord.has(t[a].norm) : b - a <= 3 && !isGivenName(t[a]) && !titleWord(t[a]) && !joined() && !(a === firstWord(t) && commonWord(t, a)) && !this.holdsPerson(t, a, b)
    if (club && !s.titleCase && clubAgreeing(t, b - 1)) return this.teamMention(s, a, b)
    // (so is a run a match's result names as a side, a score near, though its verb is singular: "Arsenal beat Chelsea 2-1", then
    // "Arsenal confirmed…" and "the club said" are the club; no person, nation nor body of government: "England beat France 2-1")
    // (the run past its article, as opens has it: "The Bruins beat the Rangers 3-2")
    const side = opens < b && (b - opens === 1 ? !this.personsByWord.has(t[opens].norm) : b - opens <= 3 && !this.holdsPerson(t, opens, b) && !joined()) && !isGivenName(t[opens]) && !isDemonym(t[opens]) && !countryAt(t, opens, b) && !lexicon.governmentWords.find(t, opens, b) && !(opens === firstWord(t) && commonWord(t, opens))
    if (side && !s.titleCase && matchSide(t, opens, b)) return this.teamMention(s, opens, b)
    // (one unknown word whose shares moved, or shares of which did, is a company "the company" may stand for: "Wistron shares rose
    // 6.2%", "Shares of Wistron fell", "Shares in BioNova fell")
    if (b - a === 1 && !s.titleCase && !this.personsByWord.has(t[a].norm) && !this.oneWordBodies.has(t[a].norm) && sharesMoved(t, a)) {
      this.addMention({ entity: this.register(t[a].text, { kind: 'named', type: 'organization' }, t[a].text, true), sentence: s.index, token: a, object: isObject(t, a) })
      return
    }
    // (an office named for its field, "the Office for Budget Responsibility", "the Independent Office for Police Conduct", is a body of
    // government only mentioned, which a later "the watchdog" or "the office" may stand for: grammar fieldOffices)
    if (grammar.fieldOffices.has(t[b - 1].lower) && t[b - 1].cap && (t[b]?.lower === 'for' || t[b]?.lower === 'of') && capped(t[b + 1]) && !s.titleCase) {
      this.bodyMention(s, a, nameGoesOn(t, b + 1), 'government')
      return
    }
    if (b - a === 1 && !kindOnly && !this.personsByWord.has(t[a].norm) && !tradeBefore(t, a) && !personAlone(t, a)) {
      // ("Brightline has raised prices" after "Brightline Foods", "Nvidia's margins slipped" after "Nvidia said": a body's one-word
      // or short name is a mention of it, for "the company" later; "PACs" is a kind of body, none named)
      const body = this.bodiesByFirstWord.get(t[a].norm) ?? this.oneWordBodies.get(t[a].norm)
      if (body && body.type !== 'person' && !ACRONYM_PLURAL.test(t[a].text)) this.addMention({ entity: body, sentence: s.index, token: a, object: isObject(t, a) })
      return
    }
    // a body of government named by its office noun before a title and a name in one run is a mention "the agency" may stand for
    // later, and the rest is the person's: "Regional Transportation District CEO Debra Johnson said…" (grammar bodyHeadTitles)
    // (within a body's few words, read once: the person's part is read on from the title)
    for (let p = a + 2; p < b - 1 && p - a <= 6 && !s.titleCase; p++) {
      // (a title of two words too: "Bay Area Rapid Transit District General Manager Robert Powers")
      if ((grammar.bodyHeadTitles.has(t[p].lower) || (grammar.bodyHeadTitles.has(t[p + 1].lower) && p + 2 < b)) && isGovernmentOffice(t[p - 1])) {
        this.bodyMention(s, a, p, 'government')
        a = p
        break
      }
    }
    // a run before a role and a name describes the role: "Former Pennsylvania governor Ed Rendell", "Trump spokesman Hope Hicks"
    // (a role of a few words too: "Chelsea head coach Enzo Maresca", "Labour deputy leader Angela Rayner")
    let role = b
    while (role < b + 3 && uncapped(t[role]) && (isTitleWord(t[role]) || isPersonRole(t[role]))) role++
    if (role > b && capped(t[role])) return
    // a run after a preposition inside a body's name is the rest of that name, no one's, unless a given name opens a person there:
    // "the Centers for | Disease Control", "the Council for | Citizens Against Waste"; after a title ("Chief of | Staff Denis McDonough"),
    // a given name ("Secretary of | State John Kerry") or a known person's name the run may still hold a person, and a company's
    // name is one ("Shares of | Valeant Pharmaceuticals", where the sentence's first capital says nothing)
    // (past "on" too, and past "and" with the run before it: "the Presidential Committee on | Fiscal Policy and | Tax Reforms")
    let j = a - 1
    if (t[j]?.lower === 'and' && t[j - 1]?.cap) while (j > 0 && capped(t[j - 1])) j--
    const joiner = t[j === a - 1 ? j : j - 1]
    const bodyWord = t[j === a - 1 ? j - 1 : j - 2]
    if (joiner?.word && (joiner.lower === 'of' || joiner.lower === 'for' || joiner.lower === 'on') && capped(bodyWord) && (j === a - 1 ? j - 1 : j - 2) > firstWord(t) && !isTitleWord(bodyWord) && !isPersonRole(bodyWord) && !isCompanyWord(t[b - 1]) && !t.slice(a, b).some((x) => isGivenName(x) || this.personsByWord.has(x.norm))) return
    // a run after a journalist's "for", "at" or "of" is the outlet, no one "she" may stand for: "A reviewer for Down Beat called…"
    if (joiner?.word && grammar.outletJoiners.has(joiner.lower) && uncapped(bodyWord) && lexicon.outletStaff.has(bodyWord.norm)) {
      const written = this.text.slice(t[a].start, t[b - 1].end)
      this.register(withoutArticle(written), { kind: 'named', type: 'media' }, written, true)
      return
    }
    // an outlet that published a document is a mention "the outlet" may stand for later: "…, according to a report from Business
    // Insider. The cuts would target…, the outlet reported", "a poll by The Washington Post"
    // ("an analysis in the Financial Times": past a lowercase article)
    const by = t[a - 1]?.lower === 'the' ? a - 2 : a - 1
    const published = t[by]?.word && grammar.publisherJoiners.has(t[by].lower) && uncapped(t[by - 1]) && isDocumentNoun(t[by - 1]) ? lexicon.outlets.match(t, a, b) : undefined
    if (published?.length === b - a) {
      const written = this.text.slice(t[a].start, t[b - 1].end)
      const outlet = published.value
      const entity = this.register(outlet.name, { kind: 'named', type: outlet.state ? 'state-media' : 'media', country: outlet.country }, written, true)
      this.addMention({ entity, sentence: s.index, token: a, object: isObject(t, a) })
      return
    }
    // a body's name begun before the run ends inside it, and what follows may be a person: "Member of the House of | Commons Jo Cox"
    // (a team's city is no body of government: "The Kansas City Chiefs")
    let body = lexicon.governmentWords.endInto(t, a, b)
    if (body > a && teamStart(t, a, b) >= 0) body = a
    if (body > a) {
      if (body < b) this.personRun(s, body, b, found)
      return
    }
    // a body of government named by a run ending in its office noun ("The Chicago Police Department arrested…") is a mention "the
    // department" may stand for later, as a company's is
    // (not one whose name goes on: "the U.S. Court | of Appeals"; "The Labor Department on Tuesday finalized…" is the whole name)
    const goesOn = t[b]?.lower === 'of' || (grammar.bodyNamePrepositions.has(w(t, b)) && !!t[b + 1]?.cap && !isTimeWord(t[b + 1]))
    // (or in a government word, "The Internal Revenue Service", "The Federal Bureau of Investigation": whole, past "of" and a
    // capitalised run, and back past "and" inside it, "The Food and Drug Administration")
    const word = b - a >= 2 && !isGovernmentOffice(t[b - 1]) ? lexicon.governmentWords.find(t, a, b) : undefined
    if (!outlet && b - a >= 2 && (isGovernmentOffice(t[b - 1]) || (!!word && word.start + word.length === b)) && !s.titleCase) {
      let end = b
      if (t[b]?.lower === 'of' && t[b + 1]?.cap && t[b + 1].word) end = nameGoesOn(t, b + 1)
      if (!goesOn || end > b) {
        let start = a
        while (t[start - 1]?.lower === 'and' && capped(t[start - 2]) && start - 2 >= firstWord(t)) for (start -= 2; capped(t[start - 1]); ) start--
        this.bodyMention(s, start, end, 'government')
        return
      }
    }
    // a body named with its kind's word ("The Pennsylvania State Education Association", "the Democratic Party") is a mention a later
    // "the association" may stand for, and so may the noun of an apposition after it: "…, the state's largest teachers union, …"
    // (whole past "of" or "for" and a capitalised run: "The Brennan Center for Justice", "the Institute for Supply Management")
    if ((b - a >= 2 || kindOnly) && isOrgWord(t[b - 1]) && isOfficeNoun(t[b - 1]) && !s.titleCase) {
      let end = b
      if ((t[b]?.lower === 'of' || t[b]?.lower === 'for') && t[b + 1]?.cap && t[b + 1].word) end = nameGoesOn(t, b + 1)
      if (!goesOn || end > b) {
        // (typed as its phrase would be as a source, so "NHTSA said" after "a filing with the National Highway Traffic Safety
        // Administration" is a government body)
        const kind = this.bodyMention(s, a, end, readSource(this.text, t, [a, end]).type === 'government' ? 'government' : 'organization')
        const noun = appositionNoun(t, end)
        if (noun) addForm(kind, noun)
        return
      }
    }
    // ("Harbor Light, a local charity, …": a run of words set off by a body's kind is that body, a mention "the charity" may stand for
    // later, "Green Dawn, an activist group" too, though a word of it is a given name; a person's role is no body's kind, "Ana Ruiz, a
    // union organizer, …")
    const kindAfter = b - a <= 4 && !s.titleCase && !speaksIn(found, a, b) ? appositionNoun(t, b) : undefined
    // (a trade's noun that names people too is left to them: "Gene Sperling, a longtime policy maker, …")
    const kindLast = kindAfter ? lastWord(kindAfter) : ''
    const trade = lexicon.companyNouns.has(kindLast) && !lexicon.organizationWords.has(kindLast)
    if (kindAfter && !trade && !lexicon.mediaOffices.has(kindAfter) && (!this.holdsPerson(t, a, b) || lexicon.organizationWords.has(kindLast))) {
      addForm(this.bodyMention(s, a, b, lexicon.governmentOffices.has(kindAfter) ? 'government' : 'organization'), kindAfter)
      return
    }
    // the same names come back all through an article: read each written form once
    const written = this.text.slice(t[a].start, t[b - 1].end)
    // (a reading kept has its written form already)
    let entity = this.runs.get(written)
    if (entity === undefined) {
      // a Title Case headline names no one new: "Ben Carson Defends Himself", "Carly Fiorina Endorses Ted Cruz"
      entity = this.readRun(t, a, b, written, !s.titleCase)
      // a lone unknown word may become a known surname later: only settled readings are kept
      if (entity || (b - a > 1 && !s.titleCase)) this.runs.set(written, entity)
    }
    if (!entity) return
    // ("Kim Yo-jong, the powerful sister of leader Kim Jong-un, …": a gendered noun set off after a name tells its gender)
    if (entity.type === 'person' && !entity.gender) entity.gender = appositionGender(t, b)
    this.addMention({ entity, sentence: s.index, token: a, object: isObject(t, a) })
  }

  /**
   * A body named by tokens `[a, end)`, only mentioned, recorded as a mention a later office noun may stand for ("the agency", "the
   * union"); its phrase opens at `at` ("Chicago-based Boeing"); `name`, when given, is a listed name the run stands for ("the Times").
   */
  private bodyMention(s: Analysed, a: number, end: number, type: 'government' | 'organization' | 'media' | 'state-media', at = a, name?: string, country?: string): Entity {
    const t = s.tokens
    const written = this.text.slice(t[a].start, t[end - 1].end)
    // (a listed body keeps the 's of its name: "McDonald's", "Sainsbury's")
    const entity = this.register(name ?? listedName(withoutArticle(written)), { kind: 'named', type, country }, written, true)
    this.addMention({ entity, sentence: s.index, token: at, object: isObject(t, at), poll: w(t, at - 1) === 'by' && grammar.pollParticiples.has(w(t, at - 2)) })
    return entity
  }

  /** Registers the run of capitals at `[a, b)` as a team, one "the club" or "the team" may stand for later, mentioned there. */
  private teamMention(s: Analysed, a: number, b: number): void {
    const written = this.span(s.tokens, [a, b]).text
    const entity = this.register(written, { kind: 'named', type: 'organization' }, written, true)
    entity.team = true
    this.addMention({ entity, sentence: s.index, token: a, object: isObject(s.tokens, a) })
  }

  /** Records a person or company mention in text order, once per place: pronouns take the latest one before them. */
  private addMention(m: Mention): void {
    let k = this.mentions.length
    while (k > 0 && this.mentions[k - 1].sentence === m.sentence && this.mentions[k - 1].token >= m.token) {
      if (this.mentions[k - 1].token === m.token) return
      k--
    }
    this.mentions.splice(k, 0, m)
    if (this.mentions.length > 400) this.mentions = this.mentions.slice(-200)
  }

  /** Whether a run of capitalised words holds a given name, a title or a word of a person known before: no body's name alone. */
  private holdsPerson(t: Token[], a: number, b: number): boolean {
    return t.slice(a, b).some((x) => isGivenName(x) || titleWord(x) || this.personsByWord.has(x.norm))
  }

  /** The person a run of capitalised words names, or null: titles and nationalities stripped, places, outlets and bodies left out. */
  private readRun(t: Token[], a: number, b: number, written: string, create: boolean): Entity | null {
    // a state or a city is no one ("South Carolina": "South" reads as a title, as in "South Korean President"; "San Francisco")
    if (stateOrCityWhole(t, a, b) || lexicon.industries.match(t, a, b)?.length === b - a) return null
    // (nor the name a body goes by: "a terrorist group known as Ansar al-Sharia")
    if (kindNounBefore(t, [a, b])) return null
    // a team is no one either, but a body "the team" may stand for later: "The Florida Panthers beat…", "The Kansas City Chiefs…"
    const named = teamStart(t, a, b)
    if (named >= 0) {
      if (!create) return null
      const team = this.register(this.text.slice(t[named].start, t[b - 1].end), { kind: 'named', type: 'organization' }, written, true)
      team.team = true
      return team
    }
    let k = a
    let titled = false
    while (k < b) {
      // a state or a city before a role is an unnamed person or a group, no name: "a New Hampshire Democrat", "Ohio Republicans"
      // (read before titles: "North" of "North Carolina" is one)
      if (placeAndRole(t, k, b)) return null
      // ("in Ohio Kasich said": after "in" a state or a city ends a phrase the writer left without its comma)
      const place = countryAt(t, k, b) ?? (k === a && t[a - 1]?.lower === 'in' ? (lexicon.places.regions.match(t, k, b) ?? lexicon.places.cities.match(t, k, b)) : undefined)
      if (place) k += place.length
      else if (titleWord(t[k]) && !courtesySurname(t, k)) {
        titled = true
        k++
      } else if (k === firstWord(t) && sentenceWord(t, k, b)) k++
      // a role written as a title before a name of two or more words: "Moderator Bret Baier", "Pollster Ann Selzer" ("Dean Paul Martin" is a name)
      // (a plural one before two names joined, its first a given name: "Comedians Jo Park and Sam Reyes")
      else if (b - k >= 3 && isPersonRole(t[k]) && (!isPlural(t[k]) || isGivenName(t[k + 1])) && !isGivenName(t[k])) k++
      else break
    }
    if (k >= b) return null
    const described = k
    k = pastDescription(t, k, b - 1)
    // ("Taylor Swift's Eras Tour", "Barack Obama's Affordable Care Act", "Adele's Las Vegas residency": past a person's possessive, or
    // before a place, a run that holds no one's name is a thing owned, and the one mentioned is its owner; "Colorado's Kendal Unruh",
    // "Nvidia's Jensen Huang" are persons)
    if (k > described && normalised(t[k - 1]) && !this.holdsPerson(t, k, b)) {
      const place = stateOrCityWhole(t, k, b)
      // (a listed body or outlet owns people: "Goldman Sachs's Jan Hatzius", "Fox News's Bret Baier")
      const owner = place || (k - a >= 2 && !lexicon.bodies.match(t, a) && !lexicon.outlets.match(t, a)) ? this.readRun(t, a, k, this.text.slice(t[a].start, t[k - 1].end), create) : null
      if (place || owner?.type === 'person') return owner
    }
    // ("Iran's Revolutionary Guards", "the Proud Boys": a plural role ends a group's name after its owner or "the", no person's;
    // "Dottie Deans" is one)
    if ((k > described || w(t, k - 1) === 'the') && isPlural(t[b - 1]) && isPersonRole(t[b - 1]) && !this.holdsPerson(t, k, b)) return null
    // a company's name ("Halvern Labs", "United Technologies") is no person's, but a body "the company" may stand for later
    const trade = b - k >= 2 && isCompanyWord(t[b - 1]) && !surnameNotCompany(t, b - 1)
    // so is a name right after its company's trade ("the analytics company Kpler", "the drugmaker Halvern"), which may open the
    // sentence with a capital ("Chipmaker Vantor Semiconductor cut…")
    const opening = k <= a + 1 && b - a >= 2 && a === firstWord(t) && lexicon.companyNouns.has(t[a].norm) && !lexicon.anyTradeNouns.has(t[a].norm)
    if (opening) k = a + 1
    // ("Procter & Gamble", "Pacific Gas & Electric": an ampersand inside the name makes it a firm's)
    const company = trade || opening || (k === a && tradeBefore(t, a)) || t.slice(k, b).some((x) => x.text === '&')
    // words before the first given name of a longer run are no part of the name: "Staff Katie Walsh", "Ayatollah Ali Khamenei"
    if (b - k >= 3 && !company && !isGivenName(t[k])) {
      let g = k + 1
      while (g < b - 1 && !isGivenName(t[g])) g++
      // (an initial before the given name is the name's: "Superintendent L. Oliver Robinson")
      if (g < b - 1) while (g > k && INITIAL.test(t[g - 1].text)) g--
      if (g < b - 1) k = g
    }
    // one capitalised word is a person only when already known as one ("Putin" after "Vladimir Putin")
    if (b - k === 1 && !titled && !company && !this.personsByWord.has(t[k].norm) && !personAlone(t, k)) return null
    // (a short word after the first, not written in capitals, is a word of the name even when it is a month's or a body's:
    // "Theresa May", "Ai Jun")
    const nameWord = (m: number) => m > k && t[m].text.length <= 3 && t[m].text !== t[m].text.toUpperCase()
    // (nor is a landform or a built place's, "the Kettle River", "the Tappan Zee Bridge", though a company's may hold one: "the
    // retailer Bright Harbor")
    const notIn = company ? NOT_IN_COMPANY_NAMES : NOT_IN_NAMES
    for (let m = k; m < (trade ? b - 1 : b); m++) if ((notIn.has(t[m].norm) && !nameWord(m) && !surnameNotCompany(t, m)) || (lexicon.landforms.has(t[m].norm) && !company) || mediaWord(t[m]) || isPronoun(t[m])) return null
    // a run in capitals throughout is a dateline, an acronym or a shouted headline, not a name: "NEW YORK", "FBI CIA"
    let shouted = true
    for (let m = k; m < b && shouted; m++) shouted = t[m].text.length > 1 && t[m].text === t[m].text.toUpperCase()
    if (shouted) return null
    // a name has at most four words besides initials and suffixes ("Aung San Suu Kyi", "Joseph R. Biden Jr."): more is a scraped run
    let count = 0
    for (let m = k; m < b; m++) if (!t[m].text.endsWith('.') && !grammar.nameSuffixes.has(t[m].lower) && !grammar.nameParticles.has(t[m].text)) count++
    if (count > 4) return null
    if (lexicon.outlets.find(t, k, b) || lexicon.places.capitals.find(t, k, b) || lexicon.governmentWords.find(t, k, b)) return null
    // (nor the letters of an honour or a seat after it: "Sarah Linton KC", "Jess Phillips MP")
    while (b - k > 2 && grammar.postNominals.has(t[b - 1].lower) && /^[A-Z]/.test(t[b - 1].text)) b--
    const name = this.text.slice(t[k].start, t[b - 1].end).replace(/['’]s$/, '')
    if (company) {
      if (!create) return null
      const e = this.register(name, { kind: 'named', type: 'organization' }, written, true)
      if (k === a && tradeBefore(t, a)) e.trade ??= tradeWords(t, a)
      else if (opening) e.trade ??= [t[a].norm]
      return e
    }
    // ("Ford Motor said…" after "Ford Motor Co. said…": a body known by the name is no new person)
    const body = this.entities.get(`named:${aliasOf(name.toLowerCase())}`)
    if (body && body.type !== 'person') return body
    const words = name.toLowerCase().split(/\s+/)
    // (a gendered title is among the words stripped before the name: read from the tokens)
    let gender: Gender = ''
    for (let m = a; m < k && !gender; m++) gender = lexicon.genderTitles.get(t[m].lower) ?? ''
    gender ||= givenGender(words)
    const known = this.knownPerson(words, gender)
    // (a given name alone tells a new person's sex too, "his wife, Jane"; a known person's surname keeps its bearer, "Warren" after
    // "Elizabeth Warren")
    if (!known && b - k === 1 && givenNameAlone(t, k)) gender ||= lexicon.givenNames.get(words[0]) ?? ''
    if (!known && b - k < 2 && !titled && !personAlone(t, k)) return null
    // ("Speaking to reporters in Porto Alegre, he…": after "in" a new run with no given name is a place)
    if (!known && k === a && grammar.placePrepositions.has(w(t, a - 1)) && !isGivenName(t[k])) return null
    if (known) addForm(known, written)
    const e = known ?? (create ? this.person(name, written, words, gender) : null)
    // ("Emmanuel Macron, the president of France, visited Kyiv.": a role set off after a name only mentioned is one a later "the
    // president" stands for, as after a speaker's; so is one the name is set off after, "The Arsenal manager, Mikel Arteta, watched")
    // (or one written right before it: "Arsenal manager Mikel Arteta")
    const role = e && (apposedRole(t, b) ?? roleSetOffBefore(t, a, b) ?? roleBefore(t, a))
    if (role) addForm(e, role)
    // ("Senator Ted Cruz of Texas spoke…": the place after the name is one a later "the Texas senator" names)
    const place = e && w(t, b) === 'of' && t[b + 1] ? (lexicon.places.regions.match(t, b + 1) ?? countryAt(t, b + 1)) : undefined
    if (place) addForm(e!, spanWords(t, b, b + 1 + place.length).join(' '))
    return e
  }

  /**
   * The person "his" or "her" opening a two-word speaker phrase stands for ("His office", "Her spokeswoman"), or the body or document
   * "its" stands for ("Its statement said…" after "The hospital faced criticism."), if one is near.
   */
  private ownerOf(s: Analysed, [a, b]: [number, number]): Entity | undefined {
    const word = s.tokens[a].lower
    // ("Apple said it would appeal. “…,” a spokesperson said": one unnamed speaks for the body that spoke last, in this sentence or
    // the one before, not for a person who spoke after it)
    if ((word === 'a' || word === 'an') && b === a + 2 && lexicon.spokesNouns.has(s.tokens[a + 1].norm)) {
      const last = this.recent[this.recent.length - 1]
      return !!last && last.sentence >= s.index - 1 && last.entity.kind === 'named' && GROUP_TYPES.has(last.entity.type) && properName(last.entity.name) ? last.entity : undefined
    }
    // (past a lowercase modifier or two: "his official spokesman", "her longtime spokeswoman", "its chief financial officer")
    const modified = (b === a + 3 || b === a + 4) && s.tokens.slice(a + 1, b - 1).every((t) => t.word && !t.cap)
    if (b !== a + 2 && !modified) return undefined
    if (word === 'its') {
      const owner = this.resolvePronoun(s, a, { kind: 'named', type: 'unknown', name: 'it', pronoun: 'it' })
      return owner && owner.type !== 'document' && properName(owner.name) ? owner : undefined
    }
    if (word !== 'his' && word !== 'her') return undefined
    // ("Asked whether the Prime Minister backed a cut, his official spokesman said…": a title its sentence names before the owner with
    // no name is the one "his" stands for, someone the story has not named here, not the person named before)
    if (titleAlone(s.tokens, a)) return undefined
    const gender = word === 'her' ? 'f' : 'm'
    const owner = this.personBefore(s, a, gender, LOOKBACK, false) ?? this.personBefore(s, a, gender, ROLE_LOOKBACK, true)
    // (a person by name: "his office" after "His spokesman said…" is not the spokesman's)
    return owner && properName(owner.name) ? owner : undefined
  }

  /**
   * The person a possessive opening the sentence looks ahead to: the subject after the opening phrase's comma ("By her own admission,
   * the senator was unprepared", "In his view, Lee said…"), when it is a person of that sex.
   */
  private subjectAfterOpening(s: Analysed, at: number, gender: Gender): Entity | undefined {
    const t = s.tokens
    const f = firstWord(t)
    if (at - f > 2 || !isPreposition(t[f])) return undefined
    let c = at + 1
    while (c < t.length && c - at <= 3 && t[c].word) c++
    if (!isComma(t[c])) return undefined
    const src = findMainSubject(t)
    return src && src[0] === c + 1 ? this.personSubject(s, src, gender) : undefined
  }

  /**
   * The person the possessive at `at` owning its cue's noun stands for: the subject of the verb right before it, "Clinton repeated her
   * promise that…" (not across a preposition, "Contrary to his claim…").
   */
  private subjectOwning(s: Analysed, at: number, gender: Gender): Entity | undefined {
    const t = s.tokens
    const src = findMainSubject(t)
    if (!src || src[1] >= at || at - src[1] > 2 || t.slice(src[1], at).some((x) => !x.word || isPreposition(x))) return undefined
    return this.personSubject(s, src, gender)
  }

  /** The named person of that sex (or of none known) a subject at `src` stands for, if it is one. */
  private personSubject(s: Analysed, src: Range, gender: Gender): Entity | undefined {
    if (lexicon.pronouns.has(s.tokens[src[0]].lower)) return undefined
    const reading = readSource(this.text, s.tokens, src)
    if (reading.type !== 'person' || reading.kind !== 'named') return undefined
    const entity = this.entityFor(s, { src, reading, cue: src, rule: 'subject', quote: false, channel: false, relayed: false })
    return entity && entity.type === 'person' && sameGender(entity.gender, gender) ? entity : undefined
  }

  private resolvePronoun(s: Analysed, at: number, r: SourceReading, owner = false): Entity | undefined {
    const p = r.pronoun!
    if (p === 'you') return this.interviewee
    if (p === 'he' || p === 'she') {
      // the nearest fitting person: within a few sentences, else as far back as a role noun looks, if known to be of that sex
      const gender = p === 'she' ? 'f' : 'm'
      // "Bush criticized him for saying…", "Lee recalled her saying…": an object is never its own sentence's subject; "her" owning the
      // noun of saying may be, "Okafor repeated her promise that…"
      const from = grammar.objectPronouns.has(s.tokens[at].lower) && !owner ? 0 : at
      // (its own sentence's unnamed subject before an earlier sentence's unnamed speaker)
      const own = this.unnamedSubject?.sentence === s.index ? this.unnamedSubjectFor(s, at, gender) : undefined
      const person = (s.tokens[at].lower === p ? (own ?? this.unnamedSpeaker(s, at, gender) ?? this.unnamedSubjectFor(s, at, gender)) : (this.subjectAfterOpening(s, at, gender) ?? (owner ? this.subjectOwning(s, at, gender) : undefined))) ?? this.personBefore(s, from, gender, LOOKBACK, false) ?? this.personBefore(s, from, gender, ROLE_LOOKBACK, true) ?? this.unnamedBefore(s, at, gender)
      // a pronoun that takes up its own sentence's subject tells the person's sex where nothing had: "Djokovic told… that he…" is
      // no "she" two sentences on (across sentences a pronoun is too often read wrong to teach it)
      if (person && !person.gender && this.mentions.some((m) => m.entity === person && m.sentence === s.index && m.token < at)) person.gender = gender
      return person
    }
    // ("They also said that Verizon was…": a pronoun never stands for a body its own clause names after it, before a comma)
    const rest = this.text.slice(s.tokens[at].end, s.end)
    const after = rest.slice(0, rest.indexOf(',') + 1 || rest.length)
    // ("they" may stand for people named together in its sentence or the one before: "Okafor, Brandt and Haddad said… “…,” they said.";
    // further back, the groups the sentences between speak of are nearer)
    const fits = (e: Entity, sentence = s.index) => (p === 'it' ? e.type !== 'person' && ((e.type !== 'anonymous' && e.one !== 'person') || e.one === 'thing' || e.one === 'either') : e.kind === 'vague' || e.type !== 'person' || PEOPLE_OF.test(e.name) || (JOINED.test(e.name) && sentence >= s.index - 1)) && !(e.kind === 'named' && after.includes(e.name))
    let speaker: { entity: Entity; sentence: number } | undefined
    for (let k = this.recent.length - 1; k >= 0 && this.recent[k].sentence >= s.index - LOOKBACK && !speaker; k--) {
      if (fits(this.recent[k].entity, this.recent[k].sentence)) speaker = this.recent[k]
    }
    // a subject since the latest speaker: for "it" a body or document, "The ministry issued a statement. It said…"; for "they" its own
    // sentence's group or body, "The police released records they said proved…", or people the sentence before is about, "Several
    // aides have raised it. …, they suggested" (a body there is rarely "they": "The White House has faced little pressure. That
    // frustrates many analysts because they believe…"); not a subject the pronoun is set off inside: "The benefit, it says, …"
    if (p === 'it' || p === 'they') {
      const aside = s.tokens[at - 1]?.text === ','
      for (let k = this.previous.length; k >= 0; k--) {
        const a = k === this.previous.length ? s : this.previous[k]
        if (speaker && a.index <= speaker.sentence) break
        if (p === 'they' && a.index < s.index - 1) break
        const subject = p === 'it' ? bodySubject(this.text, a) : groupSubject(this.text, a, a === s)
        if (!subject || (a === s && (aside || subject.src[1] > at))) continue
        const entity = this.entityFor(a, { ...subject, cue: subject.src, rule: 'subject', quote: false, channel: false, relayed: false })
        if (entity && fits(entity)) return entity
      }
    }
    if (speaker) return speaker.entity
    // ("Inspectors wrote an inspection report. It describes…": with no body or source before it, a document the sentence before named)
    const before = this.previous[this.previous.length - 1]
    const document = p === 'it' && before?.index === s.index - 1 ? documentNamed(this.text, before) : undefined
    if (document) return this.entityFor(before, { ...document, cue: document.src, rule: 'subject', quote: false, channel: false, relayed: false })
    // (with no one before it, a tag closing what its own sentence's body did is that body's: "Toyota will cut 1,000 jobs, it said on
    // Monday." opening a story; not the subject it is set off right after, "The benefit, it says, …")
    const own = p === 'it' && s.tokens[at - 1]?.text === ',' ? bodySubject(this.text, s) : undefined
    if (own && own.src[1] < at - 1) {
      const entity = this.entityFor(s, { ...own, cue: own.src, rule: 'subject', quote: false, channel: false, relayed: false })
      if (entity && fits(entity)) return entity
    }
    return p === 'they' ? this.register('they', { kind: 'vague', type: 'anonymous' }, 'they') : undefined
  }

  /**
   * One unnamed speaker "he" or "she" at token `at` goes on from: the latest source, in this sentence
   * or the one before, when it is one unnamed person ("A senior official said… He added…") and no
   * person is named in its sentence or since ("A reporter asked Trump… “…,” he said." is Trump's).
   */
  private unnamedSpeaker(s: Analysed, at: number, gender: Gender): Entity | undefined {
    // (the sentence before is the one before the quotation the tag closes: "One resident said…. “Cars fly down here. We have asked
    // for years,” she said.")
    const before = this.beforeQuotation(s)
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k]
      if (r.sentence === s.index && r.token >= at) continue
      if (r.sentence < before || (r.entity.one !== 'person' && r.entity.one !== 'either') || !sameGender(r.entity.gender, gender)) return undefined
      // (a named person of the other sex between leaves "she" to her: "…, blaming some of it on Donald Trump. “…,” she said.")
      const named = this.mentions.some((m) => m.entity.type === 'person' && sameGender(m.entity.gender, gender) && m.sentence >= r.sentence && (m.sentence < s.index || m.token < at))
      // (nor a named person of that sex who spoke there by a pronoun: "she recalled being told by a senior consultant that… “…,” she
      // said" goes on with her)
      // (read back from the latest only as far as the unnamed one's sentence)
      let spoke = false
      for (let q = this.recent.length - 1; q >= 0 && this.recent[q].sentence >= r.sentence && !spoke; q--) {
        const x = this.recent[q]
        spoke = x !== r && x.entity.kind === 'named' && x.entity.type === 'person' && (x.sentence < s.index || x.token < at) && sameGender(x.entity.gender, gender)
      }
      return named || spoke ? undefined : r.entity
    }
    return undefined
  }

  /**
   * With no named person to stand for, the latest unnamed one who spoke within a few sentences: "said the woman, who spoke on
   * condition of anonymity … “…,” she said" is hers, and as unnamed (SPEC §1 step 2: a pronoun is named when its antecedent is).
   */
  private unnamedBefore(s: Analysed, at: number, gender: Gender): Entity | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k]
      if (r.sentence < s.index - LOOKBACK) break
      if (r.sentence === s.index && r.token >= at) continue
      if (r.entity.kind === 'vague' && (r.entity.one === 'person' || r.entity.one === 'either') && sameGender(r.entity.gender, gender)) return r.entity
    }
    return undefined
  }

  /**
   * The person "he" or "she" at token `at` stands for, within `lookback` sentences: the latest
   * subject before it in its sentence, then a speaker, then the latest subject in the sentences
   * before, then any mention; never a person whose title or given name says otherwise ("Angela
   * Merkel spoke after Boris Johnson. She said…"), and with `known` only one known to be of that sex.
   */
  private personBefore(s: Analysed, at: number, gender: Gender, lookback: number, known: boolean): Entity | undefined {
    // (people named together are no one "he" or "she": "Mr. Grassley and Mr. Leahy")
    const fits = (e: Entity) => e.type === 'person' && !(e.kind === 'named' && JOINED.test(e.name)) && (known ? e.gender === gender : sameGender(e.gender, gender))
    let fallback: Mention | undefined
    let earlier: Mention | undefined
    let asked: Mention | undefined
    let accused: Mention | undefined
    // ("Officials have accused Khalil of supporting Hamas. He has denied the accusation.": a denial is the one accused's)
    let v = at + 1
    while (s.tokens[v]?.word && (lexicon.auxiliaries.has(s.tokens[v].lower) || adverbLike(s.tokens[v]))) v++
    const denies = cueVerb(w(s.tokens, v))?.base === 'deny'
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]
      if (m.sentence < s.index - lookback) break
      if ((m.sentence === s.index && m.token >= at) || !fits(m.entity)) continue
      if (m.sentence === s.index && !m.object) return m.entity
      // ("Reporters asked the hospital's chief executive, Dana Hill, about the claim. She said…": the one asked answers)
      if (m.sentence === s.index - 1 && m.object && this.askedAt(m)) asked = m
      if (denies && !accused && m.sentence === s.index - 1 && m.object && grammar.accusingVerbs.has(cueVerb(w(this.tokensOf(m.sentence) ?? [], m.token - 1))?.base ?? '')) accused = m
      // (the latest subject before, unless a subordinator opens its clause and the main clause's is in the same sentence:
      // "Lindholm, who…, sat expressionless as Kowalski spoke.")
      if (m.sentence < s.index && !m.object && (!earlier || (m.sentence === earlier.sentence && this.subordinate(earlier)))) earlier = m
      fallback ??= m
    }
    const named = this.mentions.some((m) => m.sentence === s.index && m.token < at && m.entity.type === 'person')
    if ((asked ?? accused) && !named) return (asked ?? accused)!.entity
    // a speaker in that sentence or a later one goes before other subjects: "Axelrod said … that Obama did. “…,” he said." is Axelrod's
    // (not one named by whose they are when a "he" or "she" of theirs went on as a subject since: "She kept a logbook, according to
    // her daughter. In her last years, she swam… “…,” she told a newspaper." is the mother's)
    let passed: Entity | undefined
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const { entity, sentence, prose, owned } = this.recent[k]
      if (sentence < s.index - lookback || (earlier && sentence < earlier.sentence)) break
      if (owned === gender && this.previous.some((a) => a.index > sentence && a.index < s.index && a.tokens.some((t) => t.lower === PRONOUN_OF[gender]))) passed = entity
      else if (sentence < s.index && prose && entity.type === 'person' && fits(entity)) return entity
    }
    return earlier?.entity ?? (fallback?.entity === passed ? undefined : fallback?.entity)
  }

  /**
   * Whether a mention is the object of a verb of asking a few words before it, with its own subject before it: "Reporters asked Mayor
   * Ruiz", "reached her spokesman, Tom Lee,"; not one asked about ("Asked about Trump's remarks, Christie…"), asked by ("When
   * asked by a host if…"), an owner ("questioned Trump's logic"), nor one asked in a subordinate clause ("…, she said, when a young
   * man asked Clinton why…": the sentence's speaker goes on).
   */
  private askedAt(m: Mention): boolean {
    const tokens = this.tokensOf(m.sentence)
    if (!tokens) return false
    for (let k = m.token; capped(tokens[k]); k++) if (normalised(tokens[k])) return false
    for (let k = m.token - 1; k >= 0 && m.token - k <= 8; k--) {
      const t = tokens[k]
      // (or of a verb of talking's "with" or "to", whose subject is no person named: "We spoke with Maria Lopez"; "Grassley spoke with
      // Garland" is a talk Grassley goes on from)
      const talked = (t.lower === 'with' || t.lower === 'to') && grammar.conversingVerbs.has(w(tokens, k - 1)) ? k - 1 : -1
      // (nor one someone "he" or "she" stands for spoke to, a few words before: "She spoke to Sarah Lind about the night" names her
      // interviewer)
      const pronoun = (x: Token | undefined) => x?.lower === 'he' || x?.lower === 'she'
      if (talked >= 0 && (this.mentions.some((x) => x.sentence === m.sentence && x.token < talked && x.entity.type === 'person') || pronoun(tokens[talked - 1]) || pronoun(tokens[talked - 2]) || pronoun(tokens[talked - 3]))) return false
      if (talked >= 0) k = talked
      if (grammar.askingVerbs.has(t.lower) || talked >= 0) return k > firstWord(tokens) && !subordinateSubject(tokens, k) && !this.mentions.some((x) => x.sentence === m.sentence && x.token > k && x.token < m.token && x.entity.type === 'person')
      if (isPunct(t, '.;:!?') || isPreposition(t) || lexicon.questionWords.has(t.lower) || isSubordinator(t)) return false
    }
    return false
  }

  /** Whether `s` opens quoted right after a sentence of its paragraph whose own cue tags a quotation, whose speaker it carries over. */
  private carriedQuote(s: Analysed): boolean {
    const before = this.previous[this.previous.length - 1]
    return s.quote.startsQuoted && before?.index === s.index - 1 && before.para === s.para && before.quote.speech && before.found.length > 0
  }

  /** The tokens of one of the last few sentences. */
  private tokensOf(index: number): Token[] | undefined {
    return this.previous.find((a) => a.index === index)?.tokens
  }

  /** Whether a subordinator ("as", "while", "when"…) stands right before a mention in one of the last few sentences. */
  private subordinate(m: Mention): boolean {
    const tokens = this.tokensOf(m.sentence)
    return !!tokens && isSubordinator(tokens[m.token - 1])
  }

  /**
   * An interview's answer under a question on a line of its own, with no "Q:" or "A:" ("**Could it have been prevented?**" then
   * "Honestly, no. …"): the interviewee's words, taken from the question's turn. Only in a text that says it is an interview
   * (grammar interviewMarks) and answers in the first person, and whose interviewee is named before the first question.
   */
  private answerTurn(s: Analysed, cited: boolean): Attribution | undefined {
    // (a transcript's labels, "Q:" and "A:", give its turns already)
    if (questionLine(s.tokens) || (s.tokens[1]?.text === ':' && grammar.answerLabels.has(s.tokens[0].lower))) this.answerer = null
    // (the question may close a paragraph that opens on what it asks about: "You said last month that… Has anything changed?")
    const written = (s.line || lineEnds(this.text, s.end)) && !cited ? this.text.slice(s.start, s.end) : ''
    if (QUESTION_END.test(written)) {
      this.asked = { text: written, start: s.start, end: s.end, para: s.para, index: s.index }
      return undefined
    }
    // (a quotation right after a quoted speaker's tag in its paragraph is that speaker's, carried over: "“Most will adapt,” Mr Peaker
    // said. “The ones who leave…”")
    if (!this.asked || s.para <= this.asked.para || this.answerer === null || cited || this.carriedQuote(s)) return undefined
    if (this.answerer === undefined) {
      // (three questions on lines of their own at least, or one labelled "Q.": a news story's one rhetorical question is no interview)
      const after = this.text.slice(this.asked.end)
      const lower = this.text.toLowerCase()
      const interview = [...grammar.interviewMarks].some((m) => lower.includes(m)) && FIRST_PERSON.test(after) && (/^Q\. /.test(this.asked.text) || (this.text.match(QUESTION_LINES) ?? []).length >= 3)
      this.answerer = (interview && this.answererSpan(this.asked.index, this.asked.start)) || null
      if (!this.answerer) return undefined
    }
    const { text, start, end } = this.asked
    const { entity, span } = this.answerer
    return { cue: { text, start, end }, source: { ...span, kind: entity.kind, type: entity.type, resolved: entity.name !== span.text ? entity.name : undefined }, quote: true, inherited: true, rule: 'interview-answer' }
  }

  /**
   * The interviewee named before the question at sentence `asked` (interviewSubject) and the words naming them where the text last
   * did, while that sentence is still at hand.
   */
  private answererSpan(asked: number, askedAt: number): { entity: Entity; span: Span } | undefined {
    const entity = this.interviewSubject(asked)
    let m: Mention | undefined
    for (let k = this.mentions.length - 1; k >= 0 && !m; k--) if (this.mentions[k].entity === entity && this.mentions[k].sentence < asked) m = this.mentions[k]
    const tokens = m && this.tokensOf(m.sentence)
    if (!entity || !m) return undefined
    // (named further back than the sentences at hand, as an introduction's first lines do: where the name was last written)
    if (!tokens) {
      const at = this.text.lastIndexOf(entity.name, askedAt)
      return at < 0 ? undefined : { entity, span: { text: entity.name, start: at, end: at + entity.name.length } }
    }
    let b = m.token + 1
    while (b < tokens.length && b - m.token < 6 && capped(tokens[b])) b++
    return { entity, span: this.span(tokens, [m.token, b]) }
  }

  /**
   * Whom an interview's answers are by: the latest person the text before sentence `before` (the first answer, or the first
   * question) names doing something, or asked ("We asked Jada Thompson, an economist, what is going on."), outside its questions.
   */
  private interviewSubject(before: number): Entity | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]
      if (m.sentence < before && m.entity.type === 'person' && m.entity.kind === 'named' && (!m.object || this.askedAt(m)) && !this.questionLines.has(m.sentence)) return m.entity
    }
    return undefined
  }

  /** "the Russian leader" → the latest person whose mentions share "russian" or "leader". */
  private resolveRole(s: Analysed, r: SourceReading, [a, b]: [number, number]): Entity | undefined {
    const { head, mods, of = r.type, own: ownNoun } = r.role!
    // ("The official said…" after "A senior official briefed reporters.": the unnamed subject of the sentence before, by its noun)
    const u = this.unnamedSubject
    if (of === 'person' && !mods.length && u?.sentence === s.index - 1 && [...u.entity.forms].some((f) => f === head || f.endsWith(' ' + head))) return u.entity
    // ("The company website suggests…": a company's own site or newsletter is no outlet written before)
    if (of === 'media' && mods.some((m) => lexicon.companyNouns.has(m))) return undefined
    // ("The statement added…" after "In a statement, Northfield said…": the statement is its issuer's word)
    // (not one its own aside identifies: "The report, released by the IMF on Tuesday, said…")
    if (of === 'document' && this.issuedNouns.has(head) && s.tokens[a].lower === 'the' && !mods.length && !ownNoun) {
      // (unless a document of that name came after: "A new report by the GAO found…" after "Reuters reported…")
      const issuer = this.recentOrder(s.index - ROLE_LOOKBACK - 1, s, a).find((e) => e.issued?.has(head) || (e.type === 'document' && hasForm(e, head)))
      if (issuer?.issued?.has(head)) return issuer
    }
    // (forms are kept in lower case)
    // (whole words: "presidential" says no "president")
    const said = (e: Entity, w: string) => [...e.forms].some((f) => wholeWords(f, w))
    // (a body whose name ends with the noun is one whatever its type: "the council" after "the Norwegian Refugee Council", a charity)
    // (by its kind's word before "of" or "for" too: "the institute" for "the Institute for Fiscal Studies")
    const namedWith = (e: Entity) => e.kind === 'named' && GROUP_TYPES.has(e.type) && [...e.forms].some((f) => f === head || f.endsWith(' ' + head) || kindOf(f) === head || kindOf(f).endsWith(' ' + head))
    // (said in the kind's words of a name, not its complement: "police" is no "Independent Office for Police Conduct")
    const namedAs = (e: Entity) => [...e.forms].some((f) => wholeWords(kindOf(f), head))
    const agencyLike = (e: Entity) => head === 'agency' && e.type === 'government' && agencyNamed(e)
    // ("the paper" after "The New York Times reported…" is the newspaper when no document is nearer)
    const fits = (e: Entity) => (of === 'person' ? e.type === 'person' : e.type === of || (head.endsWith('agency') && (e.type === 'state-media' || (e.type === 'media' && lexicon.newsAgencies.has(e.name.toLowerCase())))) || (head === 'paper' && e.type === 'media' && !ownNoun) || (GROUP_TYPES.has(of) && namedWith(e)))
    // ("the team reported…" after "The researchers, led by Matthew Campen, …" with no sports team: the research's authors, the latest study)
    const researchers = () => (head === 'team' ? recent.find((e) => e.type === 'document' && [...e.forms].some((f) => f.split(' ').some((x) => lexicon.researchWorks.has(x)))) : undefined)
    // "The researchers" for a document's authors: the latest document, unless people written with that noun came after it ("Researchers at Yale")
    // ("the transportation department" after "the fire department", "the election commission" after "the Health Ministry": a body's
    // field before an office noun names another body)
    // ("the state health department" after "The FBI said…": with its level of government too, it is a body of its own unless the
    // field was written with the earlier one, "the Ohio Department of Health")
    const field = of !== 'person' && mods.length ? bodyField(mods[mods.length - 1]) : undefined
    const levelled = !!field && mods.some((m) => m !== field && lexicon.placeLevels.has(m))
    // (an owner's form too: "By the Health Ministry's count")
    const otherField = (e: Entity) => !!field && !said(e, field) && (levelled || [...e.forms].some((f) => f.split(' ').some((x, k, all) => k + 1 < all.length && lexicon.officeNouns.has(all[k + 1].replace(/['’]s$/, '')) && bodyField(x) !== undefined)))
    // ("the state" after "The city argues…", "the district" after "the Iranian government": a place noun refers back only to a
    // source of its level, a country's government by its name being of the country's, or to one of no known level)
    const levels = lexicon.placeLevels.get(head)
    const levelsOf = (e: Entity) => {
      const written = [...e.forms].flatMap((f) => f.split(' ')).filter((w) => lexicon.placeLevels.has(w))
      return written.length || !e.country || e.type !== 'government' ? written : ['country']
    }
    const otherLevel = (e: Entity) => !!levels && !said(e, head) && levelsOf(e).some((w) => !levels.has(w))
    // ("Germany's president" is not "President Emmanuel Macron of France" before it; "the Russian leader" may be a "Vladimir Putin"
    // written with no country)
    const places = placesIn(s.tokens, a, b)
    // (a body is of no country until one is written with it: "the Saudi government" is not the White House before it, "the Spanish
    // agency" is "the Spanish weather agency AEMET")
    const otherCountry = (e: Entity) => {
      if (!places.country) return false
      const countries = countriesSaid(e)
      // (a company whose country was never written may be the one a nationality's trade noun stands for: "the Danish drugmaker"
      // after "Novo Nordisk says"; not "the French company", nor a state's body)
      // (nor an outlet, whose country the lists do not know: "the French daily" after "Le Monde reported…")
      return countries.size > 0 ? !countries.has(places.country) : of !== 'person' && e.type !== 'person' && !(e.type === 'organization' && lexicon.companyNouns.has(head) && !lexicon.anyTradeNouns.has(head)) && !(of === 'media' && e.type === 'media')
    }
    // ("the study" after "The documents show…": a piece of research is research written before, by any of its nouns)
    const work = (x: string) => lexicon.researchWorks.has(x) || lexicon.researchWorks.has(x.replace(/s$/, ''))
    const research = work(head)
    const otherWork = (e: Entity) => research && e.type === 'document' && ![...e.forms].some((f) => f.split(' ').some(work))
    // ("the mayor's office" after "The Pentagon said…": an office owned by someone is theirs, not the nearest body's; so is a document,
    // "the treasurer's annual report" after "Conference data show…")
    // (a possessive before a superlative is the scope of a description, "the world's largest sportswear maker", grammar superlativeRanks)
    const phraseTokens = s.tokens.slice(a, b)
    const possessive = phraseTokens.findLastIndex((t) => t.word && normalised(t))
    const officeOwners = of !== 'person' && (lexicon.officeNouns.has(head) || of === 'document') ? phraseTokens.filter((t, k) => t.word && normalised(t) && !grammar.superlativeRanks.has(s.tokens[a + k + 1]?.lower ?? '')).map((t) => t.norm) : []
    const otherOwner = (e: Entity) => officeOwners.length > 0 && !officeOwners.every((m) => said(e, m))
    // ("the airline" after "the aviation analytics firm Cirium": a trade's noun stands for no company written with another trade)
    const otherTrade = (e: Entity) => !!e.trade && lexicon.companyNouns.has(head) && !lexicon.anyTradeNouns.has(head) && !e.trade.includes(head)
    // ("The data, compiled by the EIA, show…" is no "data gathered by the Associated Press" before it: a document its aside names
    // the maker of is another's, "The study, published by the institute" after "a new study" the same)
    const maker = ownNoun ? makerOf(r.name.toLowerCase()) : undefined
    const otherMaker = (e: Entity) => !!maker && [...e.forms].some((f) => makerOf(f) !== undefined) && ![...e.forms].some((f) => makerOf(f) === maker)
    // ("The survey of parents" is no "survey of teachers" before it: a document of another thing is another document)
    const phrase = of === 'document' ? spanWords(s.tokens, a, b) : []
    const otherThing = (e: Entity) => {
      const ofs = phrase.includes('of') ? [...e.forms].filter((f) => f.includes(' of ')) : []
      return ofs.length > 0 && ofs.every((f) => otherComplement(f, phrase))
    }
    // ("the government said" after "Lancashire Police said…": a force, an agency or a court is no government; a state by its name,
    // seat or ministry is, "the government" after "The Kremlin said…")
    const notState = (e: Entity) => head === 'government' && !e.country && ![e.name.toLowerCase(), ...e.forms].some((f) => governing(f) || lexicon.places.seats.has(f.replace(/^the /, '')))
    // ("…injured in the Odesa region, the regional governor said" after "Saratov Governor Roman Busargin": a role of a level of
    // government is of the place of a level its sentence names, and no one not written with that place)
    const placed = mods.some((m) => lexicon.placeLevels.has(m) || grammar.levelAdjectives.has(m)) ? placeOfLevel(s.tokens) : undefined
    // ("the council in Leeds" is no "police in Flint" before it: a place the phrase is in is the antecedent's, if it was written in one)
    // (within the phrase only: a sentence may hold thousands of roles)
    let at = a + 1
    while (at < b - 1 && !(s.tokens[at].lower === 'in' && s.tokens[at + 1].cap)) at++
    const site = at < b - 1 ? s.tokens[at + 1].lower : undefined
    const otherPlace = (e: Entity) => (!!placed && !said(e, placed)) || (!!site && !said(e, site) && [...e.forms].some((f) => f.includes(' in ')))
    const sameKind = (e: Entity) => !otherField(e) && !otherLevel(e) && !otherPlace(e) && !otherCountry(e) && !otherWork(e) && !otherOwner(e) && !otherTrade(e) && !otherMaker(e) && !otherThing(e) && !notState(e)
    const recent = this.recentOrder(s.index - ROLE_LOOKBACK - 1, s, a).filter(sameKind)
    // (the latest side a story names, for "the club" or "the team"; or, with none, one word that spoke, written only so, with no full
    // name, title nor role: a club or a company no list knows, "Fulham confirmed the signing. The club said…", "Vantly said profits
    // rose. The company said…", a body from then on; by a bare noun only, "the ferry operator" is no "Ortiz said…" before it)
    const lone = (team: boolean) => {
      const e = mods.every((m) => lexicon.determiners.has(m)) ? recent.find((e) => e.type === 'person' && e.kind === 'named' && e.words.size === 1 && e.forms.size === 1 && e.forms.has(e.name.toLowerCase()) && !e.gender && !e.nation) : undefined
      if (e) [e.type, e.team] = ['organization', team || undefined]
      return e
    }
    const team = lexicon.teamNouns.has(head) ? (recent.find((e) => e.team) ?? lone(true)) : undefined
    // ("The Lahore High Court dismissed the petition. A division bench said…": a court's bench or panel, by its kind and past the count
    // of its judges, is the court when it is the latest body, or the bench that spoke; an indefinite one is then no other body)
    // (not one of whoever sits on it: "The panel of experts said…")
    if (grammar.courtParts.has(mods.filter((m) => !/-(judge|member)$/.test(m)).concat(head).join(' ')) && !spanWords(s.tokens, a, b).includes('of')) {
      const body = recent.find((e) => GROUP_TYPES.has(e.type))
      const court = body && (said(body, head) || (body.type === 'government' && [...grammar.courtWords].some((x) => said(body, x)))) ? body : undefined
      if (court || s.tokens[a].lower !== 'the') return court
    }
    // ("The forecaster said…" after "The Met Office has issued…": a listed body's own noun, bodies.json nouns, though a person's job
    // has that name too, "BBC forecaster Carol Kirkwood")
    const byNoun = of === 'person' && !mods.length ? recent.find((e) => GROUP_TYPES.has(e.type) && e.forms.has(head)) : undefined
    if (byNoun) return byNoun
    // ("The scientists said…" after "…, said Christopher Glein, a planetary scientist": people in the plural are no one person)
    const many = isPlural(s.tokens[b - 1])
    if (of !== r.type) return recent.find((e) => !e.mentioned && (fits(e) || said(e, head)) && !(many && e.type === 'person' && !e.name.includes(' and ')))
    // ("the union" after "The company said…": a body known only by another noun is another body, unless both nouns are a
    // company's and one names no trade, "the retail giant" after "the company" but not "the insurer" after "the airline")
    // (an outlet's noun typed a body of another field is a company's too: "the hospital network", sources.ts)
    const company = lexicon.companyNouns.has(head) || (lexicon.mediaOffices.has(head) && of === 'organization')
    const sameCompany = (noun: string) => lexicon.companyNouns.has(noun) && (lexicon.anyTradeNouns.has(noun) || lexicon.anyTradeNouns.has(head))
    // ("the company" after "The United Auto Workers union said…": a body named for another kind of body is none of a company's)
    const last = (e: Entity) => lastWord(e.name)
    // (the kind's word stands before "of" or "for" in a body's whole name: "the Peterson Institute for International Economics")
    const kindWord = (e: Entity) => lastWord(kindOf(e.name))
    // (nor one introduced by another kind of body's noun: "the company" after "a ransomware group known as BlackVale")
    const otherKind = (e: Entity) => company && !said(e, head) && [...e.forms].some((f) => !f.includes(' ') && lexicon.officeNouns.has(f) && !lexicon.companyNouns.has(f))
    // (nor is a company a union: "the union" after "The planemaker also said…", grammar labourNouns)
    const labour = grammar.labourNouns.has(head)
    // (nor is a union any other office: "the fire service" is no "Fire Brigades Union"; "the group" may be any, grammar
    // genericBodyNouns)
    const otherOffice = (e: Entity) => !labour && of !== 'person' && lexicon.officeNouns.has(head) && !grammar.genericBodyNouns.has(head) && grammar.labourNouns.has(kindWord(e)) && !said(e, head)
    const otherBody = (e: Entity) => (GROUP_TYPES.has(e.type) && !capitalised(e.name) && !said(e, head) && !(company && sameCompany(last(e)))) || (company && lexicon.officeNouns.has(kindWord(e)) && !lexicon.companyNouns.has(kindWord(e)) && !lexicon.companyWords.has(kindWord(e))) || otherKind(e) || (labour && e.type === 'organization' && (lexicon.companyWords.has(last(e)) || [...e.forms].some((f) => f.split(' ').some((x) => lexicon.companyNouns.has(x))))) || otherOffice(e)
    // (an unnamed body is referred back to by its own noun, "the think tank" after "a Brussels think tank", and "the clinic" is no
    // group of them written before: "Clinics in three counties said…")
    // ("the airline" is no "BFMTV" before it: a company's noun refers back to no body known only by its initials)
    // (nor a firm's people, which speak for it but are no company: "the company" after "analysts at Jefferies wrote…")
    const people = (e: Entity) => company && lexicon.personRoles.has(e.name.slice(0, e.name.indexOf(' ')).toLowerCase())
    const order = recent.filter((e) => !e.mentioned && fits(e) && !otherBody(e) && !(e.kind === 'vague' && GROUP_TYPES.has(e.type) && (e.one === undefined || !said(e, head))) && !(company && unlistedInitials(e.name)) && !people(e))
    // (a person's owner is someone else: "Scott's niece" is not Bobby Scott, "Putin's spokesman" not Putin, with the owner's title:
    // "Mrs Hill's daughter" is not Margaret Hill)
    const owners = of === 'person' ? phraseTokens.slice(0, possessive + 1).map((t) => t.norm) : []
    const words = mods.filter((m) => !lexicon.determiners.has(m) && !owners.includes(m))
    // "the senator" after "Sen. Marco Rubio": the title abbreviated before the name, and any name in the phrase ("the Florida senator")
    const abbreviations = lexicon.titleAbbreviations.get(head)
    const names = () => phraseTokens.filter((t) => capped(t) && !isDeterminer(t)).map((t) => t.norm)
    const abbreviated = (e: Entity) => !!abbreviations?.some((x) => [...e.forms].some((f) => f.startsWith(x + ' ') || f.includes(' ' + x + ' '))) && names().every((m) => said(e, m))
    // ("His attorney" after "U.S. Attorney Philip Sellinger": an owned role is a relation to someone, not a title; it refers back to
    // a mention written as one too, "Walsh's lawyer, Gerald Krovatin")
    const owned = grammar.possessivePronouns.has(s.tokens[a].lower)
    const ownedForm = (e: Entity) => [...e.forms].some((f) => f.split(' ').some((x, k, all) => all[k + 1] === head && (/['’]s$/.test(x) || grammar.possessivePronouns.has(x))))
    // ("the Texas Republican" is not "the North Carolina Republican" nor "an Iowa Republican" before it: a state or a city in the
    // phrase must be in the antecedent's)
    // (a person's noun in a form's own words, not in its complement: "the singer" is not "a rep for the singer")
    // ("the PM" after "Prime Minister Anthony Albanese", "the chief executive" after "Acme CEO Graham Pike": a role's initials stand for
    // its title, names.json roleAcronyms)
    const written = [...mods, head].join(' ')
    const other = lexicon.roleAcronyms.get(head) ?? acronymOf(written)
    const titledAs = (e: Entity) => (of === 'person' ? [...e.forms].some((f) => wholeWords(f.split(COMPLEMENT)[0], head) || (!!other && wholeWords(f.split(COMPLEMENT)[0], other))) : said(e, head))
    // (and a name before the noun as in the role the antecedent was written with: see otherRoleName)
    const lead = of === 'person' ? phraseTokens.findIndex((t) => t.norm === head.split(' ')[0]) : -1
    const capitals = s.tokens.slice(a, a + Math.max(lead, 0)).filter((t) => capped(t) && !isDeterminer(t) && !isDemonym(t)).map((t) => t.norm)
    const titled = (e: Entity) => (owned ? ownedForm(e) : abbreviated(e) || (titledAs(e) && places.local.every((m) => said(e, m)) && !(of === 'person' && otherRoleName(e, head, capitals))))
    // (a noun for one kind of body or document refers only to a source written with it: "the police" is not the nearest "White House",
    // "the relatives' letter" not the nearest report;
    // one on record goes before an unnamed one: "the findings" after "a study published in…" and "Previous research has linked…")
    // ("Bartell Drugs closed 12 stores, the company said.": a company its own sentence names before the noun, though another spoke before)
    // (a company's noun is no other kind of body there: "An order from the Texas State Securities Board accused Vaultline…; the company
    // disputed…" is Vaultline)
    // (any body's noun but a state's stands so for a body that opens the sentence as its subject and is no company: "Reform UK won
    // four seats, the party said", "The Red Cross delivered aid, the charity said"; not "Brightfield Farms is recalling…, the agency said")
    let own: Entity | undefined
    const opening = subjectOpens(s.tokens)
    const body = !company && lexicon.officeNouns.has(head) && !lexicon.governmentOffices.has(head)
    // (and was written with the noun's field: "the weather service" is not "Portland International Airport" opening the sentence)
    const opens = (m: Mention) => m.token <= opening && !otherBody(m.entity) && !lexicon.companyWords.has(last(m.entity)) && (!field || said(m.entity, field))
    // (a modifier another body was written with goes to that body: "the research firm" after "per Counterpoint Research", though
    // "Huawei, meanwhile, has regained ground" opens the tag's sentence)
    const marked = company || body ? words.filter((x) => recent.some((e) => said(e, x))) : []
    for (let k = this.mentions.length - 1; (company || body) && !own && k >= 0 && this.mentions[k].sentence === s.index; k--) {
      const m = this.mentions[k]
      if (m.token < a && m.entity.mentioned && GROUP_TYPES.has(m.entity.type) && m.entity.type !== 'government' && (company ? !otherBody(m.entity) : opens(m)) && marked.every((x) => said(m.entity, x))) own = m.entity
    }
    // ("The IRS sent the letters in error, the agency said": a body of government opening the sentence, by its noun or an agency's
    // name, though the noun was said of another before)
    const opener = lexicon.governmentOffices.has(head) && !own ? this.mentions.find((m) => m.sentence === s.index && m.token <= opening && m.token < a) : undefined
    if (opener?.entity.mentioned && opener.entity.type === 'government' && (namedAs(opener.entity) || (head === 'agency' && agencyNamed(opener.entity)))) own = opener.entity
    // ("Amazon rose $6.20. The online retail giant reported…": a company that opens the sentence before, though another spoke before it)
    const before = this.previous[this.previous.length - 1]
    // ("Mexico raised tariffs on Monday. The government said…", "Australia will ban…, the government confirmed": a country by its
    // name or capital opening this sentence or the one before as its subject is the state "the government" stands for, when no
    // government is known)
    if (head === 'government' && !words.length && !own && !recent.some((e) => e.type === 'government')) {
      for (const u of before?.index === s.index - 1 ? [s, before] : [s]) {
        const k = subjectOpens(u.tokens)
        const country = countryAt(u.tokens, k) ?? lexicon.places.capitals.match(u.tokens, k)
        const verb = country && u.tokens[k + country.length]
        const name = country && this.text.slice(u.tokens[k].start, u.tokens[k + country.length - 1].end)
        if (!name || !lexicon.places.states.has(name.toLowerCase()) || !verb?.word || verb.cap || !(pastForm(verb) || isAuxiliary(verb) || verb.lower.endsWith('s'))) continue
        own = this.register(country.value, { kind: 'named', type: 'government' }, name)
        break
      }
    }
    // ("The Red Cross opened a shelter. Pets are welcome, the organization said": a body's noun of any kind so, opening its sentence
    // or not, grammar genericBodyNouns)
    if ((company || body) && !own && before?.index === s.index - 1) {
      const opener = this.mentions.find((m) => m.sentence === before.index)
      if (opener && opener.token === firstWord(before.tokens) && opener.entity.type === 'organization' && recent.includes(opener.entity) && !otherBody(opener.entity) && (company || (opens(opener) && grammar.genericBodyNouns.has(head)))) own = opener.entity
    }
    return (
      own ??
      // ("the Russian leader" after a bare "Vladimir Putin": a well-known person's country is said by a word of it, before a noun for
      // whoever leads it, not any role: "the U.S. senator" is no "Donald Trump")
      // (a word of the leader's title goes with the noun: "the Indian prime minister"; a seat of power may be two words: "the Downing
      // Street leader")
      order.find((e) => {
        const leads = !!e.nation && grammar.leaderNouns.has(head)
        return words.length > 0 && (words.every((m) => said(e, m) || (leads && ((lexicon.places.countryWords.get(m) ?? lexicon.places.seats.get(m)) === e.nation || grammar.leaderNouns.has(`${m} ${head}`) || head.startsWith(`${m} `)))) || (leads && lexicon.places.seats.get(words.join(' ')) === e.nation))
      }) ??
      // ("the agency said" after "The Minnesota Pollution Control Agency issued an alert", though the weather service spoke before: a
      // body only mentioned, or the subject of a sentence since, whose name ends with the noun, over one that spoke by another name;
      // the latest of those written with it)
      // (a company known by the noun alone goes to a named one that spoke since: "The company said…" after "The drugmaker Halvern said…")
      // (an agency by the last word of its name too, mentioned in a sentence before, unless a body of government spoke since: "the
      // agency said" after "The Regional Transportation District closed…", grammar agencyNames)
      // ("The club added…" after "Celtic said…", though "the club" stood for Juventus before: the latest side)
      (!words.length ? team : undefined) ??
      this.latestWithNoun(s, head, words, recent.find((e) => (e.mentioned ? (namedWith(e) || (agencyLike(e) && this.mentions.some((m) => m.entity === e && m.sentence < s.index))) && !otherBody(e) : order.includes(e) && (titled(e) || (head === 'agency' && e.type === 'government')) && (capitalised(e.name) || !company)))) ??
      // ("the union says" many paragraphs after "the Aslef union announced" is the story's one union, not the body that spoke last)
      (labour && !words.length ? this.onlyNamedWith(head, 'organization', sameKind) : undefined) ??
      // ("the officials" are the officials written before, never the nearest other unnamed group)
      (r.type === 'person' || r.type === 'anonymous' || (ownNoun && !research) || lexicon.ownWordOffices.has(head) || lexicon.ownWordDocuments.has(head) ? undefined : (order.find((e) => e.kind === 'named') ?? order[0])) ??
      // ("the company said" after "Valeant Pharmaceuticals shares fell…": a company the story only mentioned, when no body has spoken)
      // (else the one the story last called so, however long ago, over one only mentioned after a word: "the company said" is still
      // Meridian after "an analyst at the threat intelligence company Recorded Future")
      // (not an outlet only mentioned: "told The Daily Beast" is no company a later "the company" stands for)
      // (nor one only ever the agent of a poll: "The company forecast…" after "analysts polled by LSEG" is no data provider)
      (company ? recent.find((e) => e.mentioned && e.type !== 'government' && e.type !== 'media' && e.type !== 'state-media' && !otherBody(e) && !(this.calledBy.has(head) && this.objectOnly(e)) && !this.mentions.every((m) => m.entity !== e || m.poll)) ?? this.calledBy.get(head) ?? lone(false) : lexicon.teamNouns.has(head) ? team ?? researchers() : undefined) ??
      // ("the outlet reported" after "according to a report from Business Insider": an outlet only mentioned as a document's publisher)
      (r.type === 'media' ? recent.find((e) => e.mentioned && fits(e)) : undefined) ??
      // ("according to the department" after "The Chicago Police Department arrested…": a body of government only mentioned, by its noun)
      // ("the agency" after "The Food and Drug Administration approved…": an agency by the last word of its name, grammar agencyNames,
      // or by its initials, "NASA did not respond. The agency has said…")
      // ("the enforcer said" after "The European Commission fined Apple…": a regulator's noun by any office's name, grammar regulatorNouns)
      // (one that spoke too, as a regulator's noun names no body it was written with: "The SEC said… The regulator added…")
      // (or a news agency only mentioned: "KCNA released photos… The agency said")
      (lexicon.governmentOffices.has(head) ? recent.find((e) => (e.type === 'government' ? (e.mentioned && (namedAs(e) || (head === 'agency' && agencyNamed(e)))) || (grammar.regulatorNouns.has(head) && (grammar.regulatorOffices.has(kindWord(e)) || (grammar.fieldOffices.has(kindWord(e)) && (kindOf(e.name) !== e.name || [...grammar.oversightFields].some((x) => said(e, x)))))) : e.mentioned && head === 'agency' && fits(e))) : undefined) ??
      // ("the center said" after "The Brennan Center for Justice counted…": a body of one kind only mentioned, by its own noun)
      (lexicon.ownWordOffices.has(head) ? recent.find((e) => e.mentioned && GROUP_TYPES.has(e.type) && said(e, head)) : undefined) ??
      // (or by the noun news calls a listed body: "the central bank" after "The Federal Reserve held rates…", bodies.json nouns)
      recent.find((e) => e.mentioned && (e.forms.has(head) || e.forms.has([...mods, head].join(' ')))) ??
      // ("A senior official said… The official added…": one whose antecedent is unnamed stays unnamed, SPEC §1 step 2, a state
      // outlet's too, "A KCNA reporter said… The reporter added…";
      // an owned one is a relation that names a person, "his childhood friend", "the ad's narrator")
      (r.type === 'person' && !owned && possessive < 0 ? recent.find((e) => e.kind === 'vague' && (e.type === 'anonymous' || e.type === 'state-media') && (e.one === 'person' || e.one === 'either') && said(e, head) && places.local.every((m) => said(e, m))) : undefined) ??
      // (a document by its own noun, however far back, when the story named one only: "The documents, which run to 40 pages, …" ten
      // paragraphs after "according to internal documents reviewed by The Post")
      (of === 'document' && !words.length && !officeOwners.length ? this.onlyNamedWith(head, 'document', sameKind) : undefined)
    )
  }

  /**
   * The one named source of the story of `type` written with the noun `head` that `fits`, or none when there are two (or the story
   * has more names than a story holds: the search stays bounded on any input).
   */
  private onlyNamedWith(head: string, type: SourceType, fits: (e: Entity) => boolean): Entity | undefined {
    if (this.entities.size > MAX_STORY_ENTITIES) return undefined
    let found: Entity | undefined
    for (const e of this.entities.values()) {
      if (e.type !== type || e.kind !== 'named' || e === found || !hasForm(e, head) || !fits(e)) continue
      if (found) return undefined
      found = e
    }
    return found
  }

  /**
   * The body a sentence since `found` was last mentioned is about, by a name headed by the office noun `head` and holding the role's
   * `words` ("The Chicago Housing Authority cut its budget…" for "the authority", "The Texas Department of Transportation closed…"
   * for "the department"), or `found`: of two bodies written with the noun, the latest.
   */
  private latestWithNoun(s: Analysed, head: string, words: string[], found: Entity | undefined): Entity | undefined {
    if (!lexicon.officeNouns.has(head)) return found
    let seen = -1
    for (const m of this.mentions) if (m.entity === found && m.sentence > seen) seen = m.sentence
    for (const r of this.recent) if (r.entity === found && r.sentence > seen) seen = r.sentence
    for (let k = this.previous.length - 1; k >= 0 && this.previous[k].index > seen && this.previous[k].index >= s.index - ROLE_LOOKBACK; k--) {
      const a = this.previous[k]
      const subject = bodySubject(this.text, a)
      // (a body by its own name, headed by the noun, not another role noun to resolve in turn nor "A panel of the U.S. Court of
      // Appeals"; with the role's words, "the transportation department" is no "Chicago Fire Department")
      const own = !!subject && !subject.reading.role && !subject.reading.pronoun && GROUP_TYPES.has(subject.reading.type) && /^\p{Lu}/u.test(subject.reading.name)
      const name = own ? subject.reading.name.toLowerCase().split(' ') : []
      const at = name.indexOf(head)
      if (subject && at >= 0 && (at === name.length - 1 || name[at + 1] === 'of') && words.every((m) => name.includes(m))) {
        return this.entityFor(a, { ...subject, cue: subject.src, rule: 'subject', quote: false, channel: false, relayed: false }) ?? found
      }
    }
    return found
  }

  /** Whether every mention of `e` is a verb's or a preposition's object. */
  private objectOnly(e: Entity): boolean {
    return this.mentions.every((m) => m.entity !== e || m.object)
  }

  /** The entities of the sentences after `horizon` and before token `at` of sentence `s`, by the latest sentence they were mentioned in, newest first. */
  private recentOrder(horizon: number, s: Analysed, at: number): Entity[] {
    const lastSeen = new Map<Entity, number>()
    // (a name later in the role's own sentence is someone else: "The company said Halvern Labs would…")
    for (const m of this.mentions) if (m.sentence >= horizon && (m.sentence < s.index || m.token < at)) lastSeen.set(m.entity, m.sentence)
    for (const r of this.recent) if (r.sentence >= horizon) lastSeen.set(r.entity, Math.max(lastSeen.get(r.entity) ?? -1, r.sentence))
    return [...lastSeen.keys()].sort((x, y) => lastSeen.get(y)! - lastSeen.get(x)!)
  }

  /**
   * "A new study ties coffee to…" then "The study, published in Circulation, …", "A federal judge blocked…" then
   * "U.S. District Judge Robert Pitman wrote…" or "The judge, Robert Pitman, …": now named (SPEC §1 step 2).
   */
  private identifyPending(s: Analysed, found: Found[]): void {
    if (!this.pending.length) return
    this.pending = this.pending.filter((p) => p.sentence >= s.index - PENDING_LOOKAHEAD)
    const t = s.tokens
    for (const p of this.pending) {
      // a body by its kind, by a body of that type mentioned or speaking in the next sentence with the kind's word in its name: "A
      // federal appeals court ruled…" then "…a panel of the 8th U.S. Circuit Court of Appeals upheld…"
      if (p.entity.type === 'government' || p.entity.type === 'organization') {
        // (its name holds the kind's word and any people or thing that qualify it: "the nurses' union" is no "Teachers' Union of
        // Ohio", "a federal appeals court" the "Court of Appeals")
        // (a lowercase plural or owner qualifies it; a capitalised word tells whose it is: "a Swiss bank" is "Lindt Private Bank")
        const written = (p.attribution.source.text ?? '').split(' ').slice(1, -1)
        const words = [p.head.split(' ').pop()!, ...written.filter((x) => /^\p{Ll}/u.test(x) && /s['’]?$|['’]s$/.test(x) && x.length > 3).map((x) => x.replace(/['’]s?$/, ''))]
        // (a regulator's noun by any regulating office's name, as "the regulator" refers back: grammar regulatorNouns)
        // (and, for a country's body, no other country's: "Russia's defence ministry" is no "Ukrainian Defence Ministry")
        const country = (name: string) => {
          const named = p.entity.country ? countriesIn(name.toLowerCase(), new Set()) : undefined
          return !named || named.size === 0 || named.has(p.entity.country!)
        }
        const fits = (type: SourceType, name: string) => type === p.entity.type && name.includes(' ') && capitalised(name) && country(name) && (words.every((x) => name.toLowerCase().replace(/['’]/g, '').split(' ').includes(x)) || (grammar.regulatorNouns.has(p.head) && grammar.regulatorOffices.has(lastWord(kindOf(name)))))
        const name = p.sentence !== s.index - 1 ? undefined : (this.mentions.find((m) => m.sentence === s.index && m.entity.kind === 'named' && fits(m.entity.type, m.entity.name))?.entity.name ?? found.find((f) => f.reading?.kind === 'named' && fits(f.reading.type, f.reading.name))?.reading!.name)
        if (name) {
          p.attribution.source.kind = p.entity.kind = 'named'
          p.attribution.source.resolved = p.entity.name = name
        }
        continue
      }
      const person = p.entity.type !== 'document'
      for (let i = 0; i + 2 < t.length; i++) {
        // ("a new study … The research, published in…": one piece of research by another of its nouns)
        const head = t[i + 1].norm
        // (or a document by its kind's noun: "a whistleblower lawsuit … The complaint, filed in…", source-nouns kinNouns)
        const same = (x: string) => x === p.head || (!person && ((lexicon.researchWorks.has(x) && lexicon.researchWorks.has(p.head)) || !!lexicon.kinNouns.get(p.head)?.includes(x)))
        const definite = (t[i].lower === 'the' || t[i].lower === 'this') && same(head) && !otherComplement(p.attribution.source.text ?? '', spanWords(t, i + 1, i + 9))
        let nextAt = isComma(t[i + 2]) ? i + 3 : i + 2
        // (past what it is of, to its comma: "The survey of 812 likely voters, conducted by…")
        if (definite && !person && t[i + 2].lower === 'of') for (let k = i + 3; k < t.length && k < i + 9 && t[k].word; k++) if (isComma(t[k + 1])) nextAt = k + 2
        // (past a relative clause set off by commas and a passive's auxiliaries: "The research, which tracked 100,000 adults, was
        // published in the BMJ", "The study was funded by…"; a preposition there names nothing of it, "The study is in its third year")
        if (definite && !person) {
          let k = nextAt
          if (isComma(t[i + 2]) && isRelative(t[k])) while (k < t.length && k < nextAt + 30 && !isComma(t[k])) k++
          const aux = isComma(t[k]) ? k + 1 : k
          let m = aux
          while (m < t.length && isAuxiliary(t[m])) m++
          if (m > aux && grammar.identifiesLater.has(w(t, m)) && !isPreposition(t[m])) nextAt = m
        }
        const next = definite ? t[nextAt] : undefined
        // ("a new poll … The Emerson College survey of 600 voters…": a document by its maker's name before its noun)
        let made = i + 1
        while (!person && t[i].lower === 'the' && made < t.length - 1 && made - i <= 4 && capped(t[made]) && !t[made].quoted) made++
        // (a nation's word names no maker: "the British trial" is what was studied)
        if (made > i + 1 && same(t[made].norm) && !(made === i + 2 && lexicon.places.countryWords.has(t[i + 1].norm)) && !otherComplement(p.attribution.source.text ?? '', spanWords(t, made, made + 8))) {
          p.attribution.source.kind = p.entity.kind = 'named'
          p.attribution.source.resolved = p.entity.name = this.text.slice(t[i + 1].start, t[made].end)
          continue
        }
        // ("a state review … The Dam Safety Review, commissioned by…": a document by its title, which ends in its noun; the
        // sentence's own mention of the title, read as an outlet's or a body's name, is that document)
        if (made > i + 2 && t[made - 1].norm === p.head && isComma(t[made]) && grammar.identifiesLater.has(w(t, made + 1))) {
          const title = this.text.slice(t[i + 1].start, t[made - 1].end)
          p.attribution.source.kind = p.entity.kind = 'named'
          p.attribution.source.resolved = p.entity.name = title
          this.entities.set(`named:${aliasOf(title.toLowerCase())}`, p.entity)
          continue
        }
        // a person by the role as a title before the name, or by the name set off after the role
        // (only in the next sentence: further on a title before a name is as likely another's, "Sen. John Cornyn" after "a Democratic
        // senator"; "The aide, Rebecca Lin," and "The study, published in…" identify within a few)
        // (a title of another office with it is another's: "Justice Minister Ana Ruiz" after "a judge")
        const titled = person && p.sentence >= s.index - 1 && t[i].cap && (t[i].norm === p.head || !!lexicon.titleAbbreviations.get(p.head)?.includes(t[i].lower)) && capped(t[i + 1]) && !isTitleWord(t[i + 1]) && !t[i].quoted && !otherQualifier(p.attribution.source.text ?? '', t, i)
        if (titled || (next && (person ? isComma(t[i + 2]) && next.cap : grammar.identifiesLater.has(next.lower)))) {
          p.attribution.source.kind = 'named'
          p.attribution.source.type = p.entity.type = person ? 'person' : 'document'
          p.entity.kind = 'named'
          // the person's row from here on: "Challenger Amara Okafor", "The judge, Robert Pitman," (the scan has read the name)
          let at = titled ? i : nextAt
          while (titled && at > 0 && capped(t[at - 1])) at--
          const named = this.mentions.find((m) => m.sentence === s.index && m.token === at)?.entity
          if (named?.type === 'person') p.attribution.source.resolved = p.entity.name = named.name
        }
      }
    }
  }
}

/** Whether `t[a, b)` is wholly a state's or a city's name ("South Carolina", "Las Vegas"). */
const stateOrCityWhole = (t: Token[], a: number, b: number) => lexicon.places.regions.match(t, a, b)?.length === b - a || lexicon.places.cities.match(t, a, b)?.length === b - a

/** Where the sources of a sentence's cues start, and the last start that is no subject pronoun, read once per sentence (see covered). */
const startsRead = new WeakMap<Found[], { starts: Set<number>; lastNamed: number }>()

function sourceStarts(found: Found[], t: Token[]): { starts: Set<number>; lastNamed: number } {
  let read = startsRead.get(found)
  if (!read) {
    read = { starts: new Set(), lastNamed: -1 }
    for (const f of found) {
      if (!f.src) continue
      read.starts.add(f.src[0])
      if (!isSubjectPronoun(t[f.src[0]])) read.lastNamed = Math.max(read.lastNamed, f.src[0])
    }
    startsRead.set(found, read)
  }
  return read
}

/** The tokens the sources of a sentence's many cues cover, marked once per sentence: a sentence may hold thousands of them. */
const covered = new WeakMap<Found[], Uint8Array>()

const bodySpans = new WeakMap<Found[], Int32Array>()

/**
 * The end of the furthest source span over token `k` of a body of government that speaks by its office's noun ("The UN refugee
 * agency said…"), or 0; built once a sentence, as a sentence may hold thousands of sources.
 */
function bodySpanEnd(found: Found[], t: Token[], k: number): number {
  let ends = bodySpans.get(found)
  if (!ends) {
    ends = new Int32Array(t.length)
    for (const f of found) if (f.src && f.reading?.type === 'government' && isOfficeNoun(t[f.src[1] - 1])) for (let m = f.src[0]; m < f.src[1]; m++) ends[m] = Math.max(ends[m], f.src[1])
    bodySpans.set(found, ends)
  }
  return ends[k]
}

/** Whether the sources the sentence's cues found hold the run `[a, b)`: one that speaks there is resolved as its source. */
function speaksIn(found: Found[], a: number, b: number): boolean {
  // (a few are read one by one, with nothing to build)
  if (found.length <= 16) return found.some((f) => f.src && f.src[0] <= a && b <= f.src[1])
  let marks = covered.get(found)
  if (!marks) {
    let n = 0
    for (const f of found) if (f.src && f.src[1] > n) n = f.src[1]
    marks = new Uint8Array(n)
    for (const f of found) if (f.src) marks.fill(1, f.src[0], f.src[1])
    covered.set(found, marks)
  }
  for (let k = a; k < b; k++) if (!marks[k]) return false
  return b > a
}

/**
 * Whether `name` is a fuller form of the name `was`, holding its words in order: "Vladimir Putin"
 * of "Putin", "George W. Bush" of "George Bush", "New York Times" of "The Times". A proper name
 * of at most four words: scraped runs ("Chris Christie Address Heroin Epidemic") and lists ("Obama
 * and Hillary Clinton") rename no one.
 */
function fuller(name: string, was: string): boolean {
  if (!properName(name)) return false
  // (a particle opens a sentence in capitals, "De Blasio said", and counts no word: "Luiz Inácio Lula da Silva")
  const words = name.toLowerCase().split(' ')
  const old = withoutArticle(was).replace(/['’]s$/, '').toLowerCase().split(' ')
  if (words.filter((w) => !grammar.nameParticles.has(w)).length > 4 || words.length <= old.length) return false
  // a fuller name adds words before or inside, not after ("Ted Cruz South Carolina" is a run), unless the old name was a given name alone
  // or a particle opens the words after ("Lula" in "Luiz Inacio Lula da Silva")
  const last = grammar.nameSuffixes.has(words[words.length - 1]) ? words.length - 2 : words.length - 1
  const end = words.lastIndexOf(old[old.length - 1])
  if (words[last] !== old[old.length - 1] && !(old.length === 1 && words[0] === old[0]) && !(end > 0 && grammar.nameParticles.has(words[end + 1]))) return false
  let k = 0
  for (const w of words) if (w === old[k]) k++
  return k === old.length
}

/** A name, not a phrase around one: no lowercase word but a particle or "of" ("Charles de Gaulle", "Paul Sperry of Counter Jihad"). */
const properName = (name: string) => !LOWER_WORD.test(name) || name.split(' ').every((w) => !/^\p{Ll}/u.test(w) || w === 'of' || grammar.nameParticles.has(w))
const LOWER_WORD = /(?:^|\s)\p{Ll}/u
/** a capital: an entity's name holds one unless it is known only by a noun ("company", "central bank") */
const NAME_CAPITAL = /\p{Lu}/u

/** A name with a capital past its opening determiner or possessive ("Pfizer", "the Sierra Club"; not "His campaign", capitalised as a sentence opens). */
function capitalised(name: string): boolean {
  const space = name.indexOf(' ')
  const first = name.slice(0, space).toLowerCase()
  return NAME_CAPITAL.test(space > 0 && (grammar.possessivePronouns.has(first) || lexicon.determiners.has(first)) ? name.slice(space + 1) : name)
}

/** A body's own name, not its noun (a headline's first word has its capital whatever it is: "Chipmaker warns of…"; "the Nashville-based company" is a noun's phrase). */
const bodyName = (name: string) => capitalised(name) && properName(name) && !lexicon.companyNouns.has(name.toLowerCase())

/**
 * The places written in `tokens[a, b)`: its states and cities in lower case ("the Texas Republican" → ["texas"]) and the
 * country of any country word ("Germany's president", "the French minister"), a state read first ("the Georgia senator").
 */
function placesIn(tokens: Token[], a: number, b: number): { local: string[]; country?: string } {
  const local: string[] = []
  let country: string | undefined
  for (let k = a; k < b; k++) {
    const m = stateOrCity(tokens, k, b)
    if (m) {
      local.push(tokens.slice(k, k + m.length).map((t) => t.norm).join(' '))
      k += m.length - 1
    } else country ??= countryAt(tokens, k, b)?.value
  }
  return { local, country }
}

/** The countries an entity's written forms name, by their words: "president emmanuel macron of france" → France. */
function countriesSaid(e: Entity): Set<string> {
  const found = new Set<string>()
  if (e.country) found.add(e.country)
  if (e.nation) found.add(e.nation)
  for (const f of e.forms) countriesIn(f, found)
  return found
}

/** Adds to `found` the countries whose words a lowercase form holds ("russian defence ministry"). */
function countriesIn(form: string, found: Set<string>): Set<string> {
  const words = form.split(' ').map((w) => w.replace(/['’]s$/, ''))
  for (let k = 0; k < words.length; k++) {
    for (let n = 1; n <= 3 && k + n <= words.length; n++) {
      const c = lexicon.places.countryWords.get(words.slice(k, k + n).join(' '))
      if (c) found.add(c)
    }
  }
  return found
}

/** a company's legal form ending its name, in lower case: ", inc.", " corp", " ltd." (grammar legalForms) */
const LEGAL_FORM = new RegExp(`(?<=\\S),? (?:${[...grammar.legalForms].map((f) => f.replace('.', '\\.')).join('|')})\\.?$`)

/** Where each short name first stands in brackets in `text`: "(OCHA)" → the offset of its "(". */
function bracketedShortNames(text: string): Map<string, number> {
  const at = new Map<string, number>()
  for (const m of text.matchAll(BRACKETED_SHORT_NAME)) if (!at.has(m[1])) at.set(m[1], m.index)
  return at
}

/**
 * capitalised words, and the small words between them, right before a bracket that gives their short name: "the U.N. Office for
 * the Coordination of Humanitarian Affairs" (spaces or one line break between words: a blank line ends a paragraph, as after a
 * headline "…: JCS")
 */
const DEFINED_NAME = /(?:^|[^\p{L}\p{M}.'’-])(?:(?:The|the) )?((?:\p{Lu}[\p{L}\p{M}.'’&-]*(?:[ \t]*\r?\n[ \t]*|[ \t]+)(?:(?:of|for|the|and|on|in|to|&)(?:[ \t]*\r?\n[ \t]*|[ \t]+))*)*\p{Lu}[\p{L}\p{M}.'’-]*)\s*$/u

/** a body's name after its owner's: "territory's Health Ministry" ("Health Ministry") */
const OWNED_NAME = /^[^'’]+['’]s (\p{Lu}.*)$/u

/** Names joined into several people's: "Grassley and Leahy", "Ruiz, Diaz, or Lee". */
const JOINED = / (?:and|or) /
/** Two phrases joined, the second definite (grammar definite): "mayor and the council". */
const JOINED_DEFINITE = new RegExp(` (?:and|or) (?:${[...grammar.definite].join('|')}) `, 'i')

/** initials in brackets as a body's short name, with or without periods: "JCS", "CPJ", "U.C.S." (a bare speaker's initials are read in sources.ts) */
const SHORT_NAME = /^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$/
/** a generational suffix after a name ("Robert F. Kennedy Jr.") */
const SUFFIX = / [JS]r\.?$/

/** a short name in brackets: "(OCHA)", "(U.N.H.C.R.)" */
const BRACKETED_SHORT_NAME = new RegExp(`\\((${SHORT_NAME.source.slice(1, -1)})\\)`, 'g')

/**
 * Whether the title at `i` is qualified by capitalised words and the unnamed person's phrase `written` by others: "A Labour MP
 * said…" is not "Conservative MP Helen Orme" after it ("A federal judge" may be "U.S. District Judge Robert Pitman").
 */
function otherQualifier(written: string, t: Token[], i: number): boolean {
  const own = written.split(' ').slice(0, -1).filter((x) => /^\p{Lu}/u.test(x) && !lexicon.determiners.has(x.toLowerCase())).map((x) => x.toLowerCase())
  if (!own.length) return false
  let k = i
  while (k > 0 && capped(t[k - 1])) k--
  // (a courtesy title qualifies no one: "Mr Justice Kerr" after "A High Court judge")
  const later = t.slice(k, i).map((x) => x.lower).filter((x) => !grammar.courtesyTitles.has(x))
  return later.length > 0 && !own.some((x) => later.includes(x))
}

/**
 * Whether the document phrase `later` (lower-case words) is of another thing than the phrase `written`: "a gauge of factory
 * activity" is not "The Conference Board's gauge of consumer confidence", nor "a survey of doctors" "The survey of nurses".
 */
function otherComplement(written: string, later: string[]): boolean {
  const words = written.toLowerCase().split(' ')
  const of = words.indexOf('of')
  const at = later.indexOf('of')
  if (of < 0 || at < 0) return false
  const own = words.slice(of + 1).filter((x) => !lexicon.determiners.has(x))
  const their = later.slice(at + 1, at + 5).filter((x) => !lexicon.determiners.has(x))
  return own.length > 0 && their.length > 0 && !own.some((x) => their.includes(x))
}

/** The words of `t[a, b)`, lower-cased. */
const spanWords = (t: Token[], a: number, b: number) => t.slice(a, b).filter((x) => x.word).map((x) => x.lower)

/** Whether a capitalised title after "the" with no name after it stands before `a` in its sentence ("the Prime Minister", "the Mayor"). */
function titleAlone(t: Token[], a: number): boolean {
  for (let k = 0; k + 1 < a; k++) {
    if (t[k].lower !== 'the' || !t[k + 1].cap || !isTitleWord(t[k + 1])) continue
    let e = k + 1
    while (e < a && capped(t[e]) && isTitleWord(t[e])) e++
    if (!(capped(t[e]))) return true
  }
  return false
}

/** Whether a form names a state's government: "the Saudi government", "the Biden administration", "the foreign ministry" (grammar governingNouns). */
const governing = (form: string) => form.split(' ').some((x) => grammar.governingNouns.has(x.replace(/['’]s$/, '')))

/** white space other than one plain space */
const ODD_SPACE = /[^\S ]| {2}/

/** Whether the mention at `a` follows a word that makes it an object (of a verb or preposition), a weaker antecedent for "he". */
function isObject(t: Token[], a: number): boolean {
  // (a name after its role that opens the sentence is its subject: "Rovers manager Ivan Sokolov was…", not "praised Rovers manager
  // Ivan Sokolov", "between himself and Republican front-runner Donald Trump")
  const role = t[a - 1]
  if (uncapped(role) && !normalised(role) && (isPersonRole(role) || isTitleWord(role))) {
    let k = a - 2
    while (k >= 0 && t[k].word && (t[k].cap || isPersonRole(t[k]) || isTitleWord(t[k]))) k--
    // ("Under cross-examination, defense attorney Michael Brandt pressed…": after a short opening prepositional phrase, with one
    // modifier of the role or two, "After the fire, former fire chief Brad Ventura resigned"; not after a place's comma, "criticized
    // Tulsa, Okla., police officer Betty Shelby")
    for (let n = 0; n < 2 && k > 1 && uncapped(t[k]) && !isComma(t[k - 1]); n++) k--
    if (k > 0 && uncapped(t[k]) && isComma(t[k - 1])) k--
    if (k < 0 || (isComma(t[k]) && openingPhrase(t, k))) return false
  }
  // (a name set off after a relation, and closed, is where the relation stands: "is survived by a son, Michael;" is an object,
  // "His brother, Mark, said" a subject; "In his talk with the magnate, Calderon said" opens a clause)
  const relation = t[a - 2]
  if (isComma(t[a - 1]) && uncapped(relation) && isPersonRole(relation)) {
    let b = a
    while (capped(t[b])) b++
    const np = t[b]?.word ? undefined : leftNP(t, a - 2)
    // (so is one of a list of them after a semicolon: "by a daughter, Claire; a sister, Joan Mattson; and four grandchildren")
    const item = np && np[0] > 0 && (isPunct(t[np[0] - 1], ';') || (t[np[0] - 1].lower === 'and' && isPunct(t[np[0] - 2], ';')))
    if (item && (!t[b] || isPunct(t[b], ';.'))) return true
    if (np && np[0] > 0) return isObject(t, np[0])
  }
  const before = t[a - 1]
  // ("In later life Goodall became…": the subject after a short opening prepositional phrase written without its comma, a verb's
  // past form or an auxiliary after the name)
  const first = firstWord(t)
  if (a - first <= 5 && a > first + 1 && t[first].cap && isPreposition(t[first])) {
    let k = first + 1
    while (k < a && uncapped(t[k]) && !pastForm(t[k])) k++
    let e = a
    while (capped(t[e])) e++
    if (k === a && (pastForm(t[e]) || isAuxiliary(t[e]))) return false
  }
  // (a passive's agent did what the clause tells: "Concerns were first raised in 2022 by Elisabeth Varga." is about her)
  if (before?.lower === 'by' && passiveBefore(t, a - 1)) return false
  return !!before && (before.word ? !grammar.objectBreaks.has(before.lower) : false)
}

/** Whether the word at `a` names a company by its stock's move after it: "Wistron shares rose", "Shares of Wistron fell" (grammar stockNouns). */
function sharesMoved(t: Token[], a: number): boolean {
  const moved = (k: number) => grammar.stockMoves.has(w(t, k)) || grammar.intransitivePasts.has(w(t, k))
  return grammar.stockNouns.has(w(t, a + 1)) ? moved(a + 2) : /^(of|in)$/.test(w(t, a - 1)) && grammar.stockNouns.has(w(t, a - 2)) && moved(a + 1)
}

/**
 * Whether `t[0, c)` is a short prepositional phrase or participle's clause that opens the sentence before the comma at `c`
 * ("Under cross-examination,", "Asked about the speculation on Friday,", "Speaking to reporters,").
 */
function openingPhrase(t: Token[], c: number): boolean {
  const l = t[0].lower
  // (a participle before a lower-case word: "Reading, Pa." is a place)
  const participle = uncapped(t[1]) && (l.endsWith('ing') ? l.length > 5 : (l.endsWith('ed') && !grammar.notPasts.has(l)) || grammar.irregularPasts.has(l))
  if (c > OPENING_PHRASE || !t[0].cap || !(lexicon.prepositions.has(l) || grammar.timePrepositions.has(l) || participle)) return false
  for (let k = 1; k < c; k++) if (!t[k].word) return false
  return true
}
const OPENING_PHRASE = 8

/** a past participle no -ed ending or list of past forms tells: "written", "shown", "done", "taught", "paid" */
const PARTICIPLE = /(?:en|wn|ne|ght|id)$/

/** Whether a passive's participle stands a few words before the "by" at `by`: "were first raised in 2022 by", "was written by". */
function passiveBefore(t: Token[], by: number): boolean {
  for (let k = by - 1; k > 0 && k >= by - 4 && t[k].word; k--) {
    if (!pastForm(t[k]) && !(!t[k].cap && PARTICIPLE.test(t[k].lower))) continue
    if (grammar.doerlessPassives.has(t[k].lower)) return false
    const aux = t[k - 1].word && isAdverb(t[k - 1]) ? t[k - 2] : t[k - 1]
    return !!aux && lexicon.be.has(aux.lower)
  }
  return false
}

/** Whether two sexes may be one person's: either unknown, or the same. */
const sameGender = (a: Gender, b: Gender) => !a || !b || a === b

/** The subject pronoun of each sex. */
const PRONOUN_OF: Record<string, string> = { f: 'she', m: 'he' }

/**
 * The sex of the one whose a person source is, when a subject pronoun of theirs is in the same sentence: "her daughter" in "She
 * kept a logbook, according to her daughter" (the sentence is about the mother, not the daughter who vouches for it).
 */
function ownedSpeaker(t: Token[], [a, b]: [number, number]): Gender | undefined {
  const gender = t[a].lower === 'her' ? 'f' : t[a].lower === 'his' ? 'm' : undefined
  if (!gender || b - a < 2) return undefined
  return t.some((x, k) => (k < a || k >= b) && x.lower === PRONOUN_OF[gender]) ? gender : undefined
}

/** Whom a pronoun may take an unnamed source for: "a senior official" a person, "an agency" a thing, "one wholesaler" either; none for a group. */
function oneSpeaker(tokens: Token[], src: [number, number]): Entity['one'] {
  const h = headOf(tokens, src)
  const head = tokens[h]
  // (or "the" one: "the woman, who spoke on condition of anonymity")
  if (h === src[0] || !(grammar.singularQuantifiers.has(tokens[src[0]].lower) || tokens[src[0]].lower === 'the') || isPlural(head)) return undefined
  if (isOfficeNoun(head)) return 'thing'
  return isSourceNoun(head) ? 'person' : 'either'
}

/** An unnamed person's sex from the head of the phrase: "a woman in the crowd", "the victim's father". */
function headGender(tokens: Token[], src: [number, number]): Gender {
  const head = tokens[headOf(tokens, src)].lower
  return lexicon.genderNouns.get(head) ?? lexicon.genderTitles.get(head) ?? ''
}

/**
 * A person's sex from a gendered title before the name ("Mrs. Clinton", "Sir Keir Starmer") or
 * from the given name of a name of two words or more ("Hillary Clinton"); a lone word is a
 * surname ("Warren said") and tells nothing.
 */
function genderOf(written: string, words: string[]): Gender {
  // the words written before the name, read without splitting the whole phrase: most names have none
  let from = 0
  for (let n = 0; n < 4; n++) {
    const end = written.indexOf(' ', from)
    const w = (end < 0 ? written.slice(from) : written.slice(from, end)).toLowerCase()
    const g = lexicon.genderTitles.get(w)
    if (g) return g
    if (w === words[0] || end < 0) break
    from = end + 1
  }
  return givenGender(words)
}

/** The sex a given name tells, read only as the first of two words or more: a lone word is a surname ("Warren said"). */
const givenGender = (words: string[]): Gender => (words.length > 1 && lexicon.givenNames.get(words[0])) || ''

/** The country a state's government by its name or adjective is of: "israel's government", "french government" (grammar stateGovernments). */
function governmentOf(lower: string): string | undefined {
  const space = lower.lastIndexOf(' ')
  if (space < 0 || !grammar.stateGovernments.has(lower.slice(space + 1))) return undefined
  return lexicon.places.countryWords.get(lower.slice(0, space).replace(/['’]s$/, ''))
}

/** Whether one of the entity's forms holds the word `w` whole ("report" in "the new report by the gao"). */
function hasForm(e: Entity, w: string): boolean {
  for (const f of e.forms) if (wholeWords(f, w)) return true
  return false
}

/**
 * Whether a body's name (its words) ends with a hospital's or a university's words after no place's name ("Mount Sinai Hospital",
 * "Montefiore Medical Center"; not "New York University"), grammar institutionEnds.
 */
function institution(words: string[]): boolean {
  const n = words.length
  const ends = grammar.institutionEnds.has(words[n - 1].toLowerCase()) ? 1 : n > 2 && grammar.institutionEnds.has(`${words[n - 2]} ${words[n - 1]}`.toLowerCase()) ? 2 : 0
  if (ends === 0 || ends === n) return false
  const ws = words.map((w) => ({ text: w, lower: w.toLowerCase(), norm: w.toLowerCase() }))
  const { places } = lexicon
  return !(places.words.match(ws, 0) ?? places.regions.match(ws, 0) ?? places.cities.match(ws, 0) ?? places.capitals.match(ws, 0))
}

/** Who made a document, by its name's last "by": "data compiled by the eia" → "the eia" (lower case, as forms are kept). */
function makerOf(name: string): string | undefined {
  const k = name.lastIndexOf(' by ')
  return k < 0 ? undefined : name.slice(k + 4)
}

/**
 * Whether `phrase` holds the words `w` whole, a plural or a possessive of the last one too ("foreign minister", "senators", "mayor's"),
 * or the start of a word `w` is clipped from ("rep" of "representative", grammar clippedRoles).
 */
function wholeWords(phrase: string, w: string): boolean {
  const clipped = grammar.clippedRoles.has(w)
  for (let k = phrase.indexOf(w); k >= 0; k = phrase.indexOf(w, k + 1)) {
    const end = k + w.length
    // (a plural's "s" or a possessive's "'s" may close the word)
    const closed = !letter(phrase[end]) || (phrase[end] === 's' && !letter(phrase[end + 1])) || (APOSTROPHES.has(phrase[end]) && phrase[end + 1] === 's')
    if (!letter(phrase[k - 1]) && (clipped || closed)) return true
  }
  return false
}

/** The initials a role phrase's title goes by ("the chief executive" → "ceo", names.json roleAcronyms), or undefined. */
function acronymOf(phrase: string): string | undefined {
  for (const [acronym, title] of lexicon.roleAcronyms) if (phrase.endsWith(title)) return acronym
  return undefined
}

/** Whether `c` is a letter of any script; an index past either end of a string gives no letter. */
const letter = (c: string | undefined) => c !== undefined && LETTER.test(c)
const LETTER = /\p{L}/u
const APOSTROPHES = new Set(["'", '’'])

/** Whether a body speaking by name may be a company: not one set off after another kind's noun, nor one named with such a word. */
function companyNamed(t: Token[], f: Found, entity: Entity): boolean {
  const at = f.src ? f.src[0] : 0
  if (isComma(t[at - 1]) && t[at - 2]?.word && isOfficeNoun(t[at - 2]) && !lexicon.companyNouns.has(t[at - 2].norm)) return false
  return !entity.name.split(' ').some((x) => lexicon.organizationWords.has(x.toLowerCase()) && !lexicon.companyWords.has(x.toLowerCase()))
}

/**
 * The role set off by commas right after a person's name ending at `b`, without its article: "foreign minister" of ", the foreign
 * minister,"; a spokesperson's too, and one written with no article (", spokeswoman for the ministry,", as wires write it).
 */
function apposedRole(tokens: Token[], b: number): string | undefined {
  if (!isComma(tokens[b])) return undefined
  const np = rightNP(tokens, isArticle(tokens[b + 1]) ? b + 2 : b + 1)
  if (!np || !(isPunct(tokens[np[1]], ',.') || !tokens[np[1]])) return undefined
  // (up to the head: "the nominee for president" is no president)
  const h = headOf(tokens, np)
  return uncapped(tokens[h]) && (isPersonRole(tokens[h]) || lexicon.spokesNouns.has(tokens[h].norm)) ? tokens.slice(np[0], h + 1).map((t) => t.lower).join(' ') : undefined
}

/** The definite role a name `[a, b)` is set off after, up to its head: "arsenal manager" in "The Arsenal manager, Mikel Arteta, watched". */
function roleSetOffBefore(tokens: Token[], a: number, b: number): string | undefined {
  const head = tokens[a - 2]
  if (!isComma(tokens[a - 1]) || !isComma(tokens[b]) || !head?.word || head.cap || !isPersonRole(head)) return undefined
  const np = leftNP(tokens, a - 2)
  return np && w(tokens, np[0]) === 'the' ? tokens.slice(np[0] + 1, a - 1).map((t) => t.lower).join(' ') : undefined
}

/**
 * The lowercase role written right before a name at `a`, with its modifiers: "arsenal manager" in "Arsenal manager Mikel Arteta"
 * (not one owned by someone, a relation: "Clinton's lawyer Cheryl Mills" is no "his lawyer" of another).
 */
function roleBefore(tokens: Token[], a: number): string | undefined {
  const role = tokens[a - 1]
  const np = uncapped(role) && isPersonRole(role) ? leftNP(tokens, a - 1) : undefined
  const words = np ? tokens.slice(np[0], a) : []
  return words.length && !words.some((t) => normalised(t) || isPossessive(t)) ? words.map((t) => t.lower).join(' ') : undefined
}

/**
 * Whether a person written with a role of noun `head` was written with none holding any of the names `capitals` before the noun in a
 * later phrase: "the Democratic candidate" is no "Libertarian candidate Gary Johnson", though it may be a "Hillary Clinton" written
 * bare, and "the Senate Democratic leader" a "Senate minority leader".
 */
function otherRoleName(e: Entity, head: string, capitals: string[]): boolean {
  const roles = capitals.length ? [...e.forms].filter((f) => f.includes(' ') && wholeWords(f, head)) : []
  return roles.length > 0 && !roles.some((f) => capitals.some((m) => wholeWords(f, m)))
}

function addForm(e: Entity, written: string): void {
  if (e.forms.size >= MAX_FORMS) return
  // (one space between words, whatever the page had, no-break spaces too: forms are read word by word)
  const lower = written.toLowerCase()
  e.forms.add(ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower)
}

/**
 * The items of the last few sentences, at most a few hundred: antecedents are never further
 * away. Trimmed once the oldest is well past `horizon`, not every sentence; readers skip older items.
 */
function recentOnly<T extends { sentence: number }>(list: T[], horizon: number): T[] {
  if (list.length > 400) list = list.slice(-200)
  return list.length && list[0].sentence < horizon - ROLE_LOOKBACK ? list.filter((m) => m.sentence >= horizon) : list
}

/** The name a source is counted under in the sources table. */
export function nameOf(source: Source): string {
  return source.resolved ?? source.text ?? ''
}

/**
 * A listed body's full name, lowercase, for any of its names (`lower`), its country written before it or not ("the U.S. Food and
 * Drug Administration" is "the FDA"); an unlisted name as it is.
 */
function aliasOf(written: string): string {
  // (a company's legal form is no part of whom it names: "Halvern Therapeutics, Inc." is "Halvern Therapeutics")
  const lower = written.replace(LEGAL_FORM, '')
  const alias = lexicon.bodyAliases.get(lower)
  if (alias) return alias
  const space = lower.indexOf(' ')
  // ("the Aslef union", "the Prado museum": a listed body followed by the noun news calls it is that body)
  const end = lower.lastIndexOf(' ')
  const body = end > 0 ? (lexicon.bodyAliases.get(lower.slice(0, end)) ?? lower.slice(0, end)) : ''
  if (body && lexicon.bodyNouns.get(body)?.includes(lower.slice(end + 1))) return body
  return (space > 0 && lexicon.places.countryWords.has(lower.slice(0, space)) && lexicon.bodyAliases.get(lower.slice(space + 1))) || lower
}

/**
 * The office noun a body's name at `[a, b)` was introduced by: before it in the phrase ("the ransomware group BlackVale") or before
 * the word it goes by ("a group known as BlackVale", "a coalition called Save Our Parks").
 */
function kindNounBefore(t: Token[], [a, b]: [number, number]): string | undefined {
  const from = isDeterminer(t[a]) ? a + 1 : a
  let k = from
  while (k < b - 1 && !t[k].cap) k++
  const noun = k > from ? t[k - 1] : w(t, a - 1) === 'as' && w(t, a - 2) === 'known' ? t[a - 3] : undefined
  return uncapped(noun) && isOfficeNoun(noun) && !isPlural(noun) ? noun.norm : namedKind(t, a)
}

/** Where an attribution's own words end: past its cue and its source, whichever comes last. */
const foundEnd = (f: Found) => Math.max(f.cue[1], f.src?.[1] ?? 0)

/**
 * How many clause breaks stand before each token: a ";" or a comma before a joiner (grammar.clauseJoiners: ", and", ", but",
 * ", while"), so a break between an attribution and a later one's cue is a count's rise: "A man died, police said, and a woman was
 * killed…, according to the state patrol" (the patrol relays the second clause, not the police's words); "CNN reported that…,
 * while the White House said…" (an outlet's clause relays no one after it; ", and that the White House said…" goes on with what
 * was reported).
 */
function clauseBreaks(tokens: Token[]): Int32Array {
  const breaks = new Int32Array(tokens.length + 1)
  for (let k = 0; k < tokens.length; k++) {
    // (the comma may stand inside a quotation's closing mark: "…return to form,” while The Guardian said…")
    const j = isQuoteMark(tokens[k + 1]) ? k + 2 : k + 1
    const at = w(tokens, k) === ';' || (isComma(tokens[k]) && grammar.clauseJoiners.has(w(tokens, j)) && w(tokens, j + 1) !== 'that')
    breaks[k + 1] = breaks[k] + (at ? 1 : 0)
  }
  return breaks
}

/**
 * Whether a speaker's tag closes the sentence after a channel set off inside what the speaker said: "Coldfront has raised $62 million,
 * according to PitchBook data, and is expected to…, people familiar with the matter said" (the data is among what they said); not
 * one the channel relays, "…, the Post reported, citing another source". `lastWord` is the index of the sentence's last word.
 */
function tagAfterChannel(tokens: Token[], f: Found, channel: Found, lastWord: number): boolean {
  const start = (x: Found) => Math.min(x.cue[0], x.src?.[0] ?? x.cue[0])
  // (the channel set off after what it relays, not before it: "Bloomberg reports that…, according to the Roper Center" is Bloomberg's)
  const setOff = channel.rule === 'according-to' || isComma(tokens[start(channel) - 1]) || w(tokens, start(channel) - 1) === 'as'
  return setOff && !f.relayed && start(f) > foundEnd(channel) && start(channel) > firstWord(tokens) && isComma(tokens[start(f) - 1]) && lastWord < foundEnd(f)
}

/**
 * Whether "according to" credits a figure set off before it that the speaker's words are compared with: "Nvidia reported revenue
 * of $35 billion, above estimates of $33 billion, according to LSEG data" (the estimates are the data's, the revenue Nvidia's).
 */
function comparedFigure(tokens: Token[], f: Found, channel: Found): boolean {
  const c = channel.cue[0] - 1
  if (channel.rule !== 'according-to' || !isComma(tokens[c])) return false
  for (let k = c - 1; k > foundEnd(f) && c - k <= COMPARED_SPAN; k--) {
    if (isComma(tokens[k])) return false
    if (tokens[k].word && grammar.consensusNouns.has(w(tokens, k))) return true
  }
  return false
}
const COMPARED_SPAN = 15

/**
 * Whether a channel is an aside set off by a comma inside what a speaker said after the cue, describing a noun there: "Officials said
 * the memo, first reported by Axios, was genuine" (Axios reported the memo, not the officials' words).
 */
function asideAfter(tokens: Token[], f: Found, channel: Found): boolean {
  // (set off on both sides, the said clause going on after it: not ", as reported by BuzzFeed News." closing the sentence)
  const end = channel.src?.[1] ?? channel.cue[1]
  // (a participle describing a noun, not "as reported by X", which relays what was said)
  if (channel.rule !== 'as-reported-by' || w(tokens, channel.cue[0]) === 'as' || channel.cue[0] <= foundEnd(f) || !isComma(tokens[end]) || !tokens[end + 1]?.word) return false
  // (past its adverbs: "first", "originally")
  let k = channel.cue[0] - 1
  while (k > 0 && tokens[k].word && (adverbLike(tokens[k]) || isAdverb(tokens[k]) || grammar.ordinalFrames.has(w(tokens, k)))) k--
  return isComma(tokens[k])
}

/**
 * Whether a channel speaks in a relative clause after what a speaker said, about a noun there: "A source told Reuters the service hit
 * the refinery, which TASS said had caught fire" (TASS says the refinery burned; it does not relay the source); or the speaker in one
 * after the channel's tag, the writer's comment on the news: "…, KCNA reported, in what analysts said was a step toward…".
 */
function relativeChannel(tokens: Token[], f: Found, channel: Found): boolean {
  if (channel.src && channel.src[0] > foundEnd(f) && isRelative(tokens[channel.src[0] - 1])) return true
  // (after a tag, its source before its cue, a clause on the whole news: "in what…", ", which…"; not a clause the channel relays,
  // "According to pool reports, Obama said…, which he called…")
  const before = f.src ? f.src[0] - 1 : -1
  const comment = w(tokens, before) === 'what' || (w(tokens, before) === 'which' && isComma(tokens[before - 1]))
  return comment && !!channel.src && channel.src[1] <= channel.cue[0] && f.src![0] > foundEnd(channel)
}

/** The lowercase words of the trade before a company's name at `a`, up to its article: "aviation analytics firm" of "the aviation analytics firm Cirium". */
function tradeWords(t: Token[], a: number): string[] {
  let m = a - 1
  while (m > 0 && a - m < 4 && uncapped(t[m - 1]) && !isDeterminer(t[m - 1])) m--
  return t.slice(m, a).map((x) => x.norm)
}

/**
 * The head noun, an office's, of an apposition after a name ending at `b`, up to its first preposition or mark: "union" in ", the
 * state's largest teachers union," or ", a union of 120,000 teachers,".
 */
function appositionNoun(t: Token[], b: number): string | undefined {
  if (!isArticle(t[b + 1])) return undefined
  const k = appositionEnd(t, b, 10)
  if (k < 0) return undefined
  const head = t[k - 1]
  // (a noun of two words too: "…, a liberal think tank, …")
  const pair = `${w(t, k - 2)} ${head.norm}`
  if (uncapped(head) && k - 2 > b + 1 && lexicon.officeNouns.has(pair)) return pair
  return uncapped(head) && isOfficeNoun(head) ? head.norm : undefined
}

/** A body of government written with an agency's last word (grammar agencyNames) or by its initials. */
const agencyNamed = (e: Entity) => [...e.forms, e.name].some((f) => grammar.agencyNames.has(lastWord(f)) || SHORT_NAME.test(f.replace(/^the /i, '')))

/** "he" or "she" opening the clause after a cue ending at `k`, "said (that) he had…": its sex; else ''. */
function clauseSubjectGender(t: Token[], k: number, cue: number): Gender {
  const at = w(t, k) === 'that' ? k + 1 : k
  const p = w(t, at)
  if ((p !== 'he' && p !== 'she') || !t[at + 1]?.word) return ''
  // (not where a pronoun of that sex before the cue speaks of someone else: "Park, her lawyer, argued she had been misled")
  const same = p === 'she' ? grammar.femalePronouns : grammar.malePronouns
  for (let m = 0; m < cue; m++) if (same.has(t[m].lower)) return ''
  return p === 'she' ? 'f' : 'm'
}

/** The gender of a noun set off right after a name: "…, the mother of the victim, …", "…, her husband, …"; else ''. */
function appositionGender(t: Token[], b: number): Gender {
  if (!(isArticle(t[b + 1]) || isPossessive(t[b + 1]))) return ''
  const k = appositionEnd(t, b, 8)
  const head = t[k - 1]
  return k >= 0 && uncapped(head) ? (lexicon.genderNouns.get(head.norm) ?? lexicon.genderTitles.get(head.norm) ?? '') : ''
}

/** A participle of where or by whom a body is based or run after its noun, its phrase closed by a comma: "unit | owned by Amazon,". */
function describedBody(t: Token[], k: number): boolean {
  if (t[k].cap || !grammar.describingSuffixes.has(t[k].lower) || !isOfficeNoun(t[k - 1]) || !isPreposition(t[k + 1])) return false
  for (let j = k + 2; j < k + 8 && j < t.length; j++) if (!t[j].word) return isComma(t[j])
  return false
}

/** Where the head of a phrase set off by the comma at `b` ends, at its first mark, preposition or relative pronoun within `reach` tokens; else -1. */
function appositionEnd(t: Token[], b: number, reach: number): number {
  if (!isComma(t[b])) return -1
  // (a relative clause ends it too: "NetChoice, a trade group whose members include Meta"; and a participle after its noun: "Zoox,
  // the self-driving unit owned by Amazon,")
  // (a hyphen inside a word is no end: "the self-driving unit")
  for (let k = b + 2; k < b + reach && k < t.length; k++) if ((!t[k].word && !(t[k].text === '-' && t[k - 1].end === t[k].start && t[k + 1]?.start === t[k].end)) || isPreposition(t[k]) || isRelative(t[k]) || t[k].lower === 'whose' || describedBody(t, k)) return k
  return -1
}

/**
 * The end of the capitalised run at `k` that goes on with a body's name after "of" or "for", over "and" or "&" and the next run:
 * "Department of | Fish and Wildlife", "Department of | Health and Human Services"; not into a person or a title ("the Department
 * of Justice and Mayor Eric Adams").
 */
function nameGoesOn(t: Token[], k: number): number {
  let end = k
  while (capped(t[end])) end++
  // (past "for" or "on" and its capitalised words: "the Court of Arbitration for Sport"; not a time, "on Monday")
  if (grammar.bodyNamePrepositions.has(w(t, end)) && capped(t[end + 1]) && !isTimeWord(t[end + 1])) for (end++; capped(t[end]); ) end++
  const joined = (t[end]?.lower === 'and' || t[end]?.text === '&') && capped(t[end + 1])
  if (!joined || isTitleWord(t[end + 1]) || isPersonRole(t[end + 1]) || isGivenName(t[end + 1])) return end
  let more = end + 1
  while (capped(t[more])) more++
  return more
}

/** The runs of capitalised words of a sentence that may name someone: not its opening article nor a time ("Tuesday"). */
function nameRuns(t: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (let k = 0; k < t.length; k++) {
    if (!t[k].word || !t[k].cap || (k === firstWord(t) && isDeterminer(t[k])) || isTimeWord(t[k])) continue
    let end = k
    while (capped(t[end]) && !isTimeWord(t[end])) end++
    runs.push([k, end])
    k = end
  }
  return runs
}

/** A body's name before "of" or "for", which holds the word of its kind: "Institute" in "Institute for Fiscal Studies". */
/** Whether a body's name is a country's possessive and a lowercase noun: "Britain's financial regulator". */
const countryOwned = (name: string) => {
  const space = name.indexOf(' ')
  const owner = name.slice(0, space)
  return /['’]s?$/.test(owner) && lexicon.places.countryWords.has(owner.replace(/['’]s?$/, '').toLowerCase()) && !capitalised(name.slice(space + 1))
}

const kindOf = (name: string) => name.split(/ (?:of|for) /i)[0]

/**
 * The common nouns a named body or a document goes by though its name holds another kind's word (source-nouns kinNouns): "the
 * hospital" for "Leeds General Infirmary" (the name's last words), "the filing" and "the suit" for "a complaint filed in federal
 * court" (its noun).
 */
function kinNouns(e: Entity): string[] {
  if (e.kind !== 'named') return []
  const words = kindOf(e.name.toLowerCase()).split(' ')
  if (e.type === 'document') return lexicon.kinNouns.get(words.find((x) => lexicon.kinNouns.has(x)) ?? '') ?? []
  return (GROUP_TYPES.has(e.type) ? (lexicon.kinNouns.get(words.slice(-2).join(' ')) ?? lexicon.kinNouns.get(words[words.length - 1])) : undefined) ?? []
}

/** The last word of a name, lowercased: "council" for "Norwegian Refugee Council". */
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase()

/** The name of the first place a sentence writes with its level of government: "Odesa" in "in the Odesa region". */
function placeOfLevel(t: Token[]): string | undefined {
  for (let k = 1; k < t.length; k++) {
    if (lexicon.placeLevels.has(t[k].norm) && t[k - 1].cap && t[k - 1].word && !isDeterminer(t[k - 1])) return t[k - 1].lower
  }
  return undefined
}

/** Whether a company's trade stands right before the run of capitals at `a`: "the analytics company Kpler", "the drugmaker Halvern" (not "the company Tom Hanks founded"). */
const tradeBefore = (t: Token[], a: number) => a > 0 && uncapped(t[a - 1]) && lexicon.companyNouns.has(t[a - 1].norm) && !isGivenName(t[a])

