/**
 * The language data of the checker, read once from `src/data/*.json` and expanded with
 * natural: third-person verb forms (PresentVerbInflector), Porter stems of object nouns, and
 * natural's abbreviations; plurals of source nouns as its NounInflector forms them (`pluralize`).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer'
import PresentVerbInflector from 'natural/lib/natural/inflectors/present_verb_inflector'
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en'
import cueVerbData from '#data/cue-verbs.json'
import hedgeData from '#data/hedges.json'
import sourceNounData from '#data/source-nouns.json'
import stateMediaData from '#data/state-media.json'
import mediaData from '#data/media.json'
import placeData from '#data/places.json'
import abbreviationData from '#data/abbreviations.json'
import closedClassData from '#data/closed-class.json'
import objectNounData from '#data/object-nouns.json'
import nameData from '#data/names.json'
import genderData from '#data/gender.json'
import furnitureData from '#data/page-furniture.json'
import grammarData from '#data/grammar.json'
import bodyData from '#data/bodies.json'
import peopleData from '#data/people.json'
import { PhraseIndex, type Word } from './phrases'
import { unpack } from './packing'

// The build packs each list of words into one comma-joined string (scripts/data-notes.mjs): unpacked before any is read
for (const data of [cueVerbData, hedgeData, sourceNounData, stateMediaData, mediaData, placeData, abbreviationData, closedClassData, objectNounData, nameData, genderData, furnitureData, grammarData, bodyData, peopleData]) unpack(data)

export type CueClass = 'speech' | 'thought' | 'research' | 'commitment'
/** What after a cue verb counts as its content (see cue-verbs.json). */
export type CueTakes = 'any' | 'clause' | 'object' | 'question' | 'quoted' | 'cited' | 'quote'
export type CueForm = 'base' | 'present' | 'past' | 'ing'

export interface CueVerb {
  base: string
  /** a phrasal verb's particle, without which the verb is no cue ("pointed out") */
  particle?: string
  /** its passive names a source: "as reported by X" */
  passiveBy?: boolean
  /** may stand before its speaker: "…,” said Kim" */
  inverts?: boolean
  /** a cue only as a quotation's tag or lead-in: "“…,” Ryan continued." */
  tagOnly?: boolean
  /** a cue only with a quotation, whoever bears it: "“…,” the banner read." */
  quoteOnly?: boolean
  /** no noun object is its content: "maintained that…" is a cue, "maintained high costs" is not */
  noObject?: boolean
  /** a cue only with a that-clause and a speaker, one, a body or a document: a court "held that…", not "held hearings", nor "an old quip holds that…" */
  thatOnly?: boolean
  /** the preposition that opens what the verb is about, which ends a passive's agent: "accused by the government of attempting a coup" */
  complement?: string
  /** words that, right after the verb, make it no cue: "accused of" is a passive participle ("the man accused of fraud"), "reckoned with" a phrasal verb */
  notBefore?: string[]
  /** with two objects it is a refusal, an act: "denied him a visa", "denied Carter a photograph" */
  twoObjects?: boolean
  /** its object is news even when it names an act: "first reported Gore's decision" */
  actObjects?: boolean
  /** a person as its object makes it an act: "The Senate confirmed Amy Coney Barrett" */
  personActs?: boolean
  /** a cue only with people as its speaker: a body that "recalls" something recalls its products */
  peopleOnly?: boolean
  /** in its plain and -s forms, which are mostly the noun, a cue only before an object a determiner or a pronoun opens: "attributes the loss to…", not "Key attributes include…" */
  determinedObject?: boolean
  /** a claim about a cause: content only with what it is for or on (these prepositions), or as a reason after a comma ("blamed the debt for…", ", blaming weak demand"); never a trailing tag ("…avoiding blame.") */
  causes?: string[]
  /** nouns whose object is an act this verb performs, though the noun informs after others: "argued the case" ("made the case that…") */
  actNouns?: string[]
  /** 'rejected the idea as “ludicrous”', 'rejected the notion that…': content only as a characterisation or a denial (grammar rejectedNouns) */
  characterizes?: boolean
  /** a cue only with a speaker, a body or a document for subject: a memo "outlines plans", chalk "outlined the body" */
  sourceSubject?: boolean
  /** takes an addressee before what was said, though its class takes none: "promised investors that…" */
  addressee?: boolean
  /** "to" and an -ing form is what was said: "admitted to lying" */
  toGerund?: boolean
  /** also states what a thing implies: with no speaker for subject the inference is the author's ("the move suggests that…") */
  inference?: boolean
  /** a cue only with a news outlet for subject: "CNN has learned that…" (anyone else learning is an event) */
  outletOnly?: boolean
  /** a cue only with a noun of hearsay for subject: "Rumors swirled that…", "Speculation mounted that…" */
  hearsayOnly?: boolean
  /** a participle unlike the past ("known", "written"): a cue only in a perfect */
  perfectOnly?: boolean
  /** the form a perfect takes ("told", "forecast"): after a possessing "has" it is the verb, not a noun */
  participle: string
  cls: CueClass
  takes: CueTakes
  form: CueForm
}

export interface Outlet {
  name: string
  country?: string
  state: boolean
}

const verbs = new PresentVerbInflector()

let stems = new Map<string, string>()
/** Porter stem of a lowercase word (natural), remembered until `forgetStems`. */
export const stem = (word: string): string => {
  let s = stems.get(word)
  if (s === undefined) stems.set(word, (s = PorterStemmer.stem(word)))
  return s
}
/** Drops the remembered stems: called at the end of each check, so no word of one article outlives it. */
export const forgetStems = (): void => {
  if (stems.size) stems = new Map()
}

const lower = (list: string[]) => list.map((w) => w.toLowerCase())
/** One regular expression for a list of phrases, so a line is scanned once, not once a phrase; case is ignored. */
const alternation = (list: string[], anchor: '^' | '') => new RegExp(`${anchor}(?:${lower(list).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`, 'i')
const set = (list: string[]) => new Set(lower(list))

/** "name ending|noun" lines as the nouns each ending goes by: a lawsuit is "the filing" and "the suit". */
function kinMap(lines: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [ending, noun] of lines.map((e) => e.split('|'))) map.set(ending, [...(map.get(ending) ?? []), noun])
  return map
}
const gendered = (female: string[], male: string[], either: string[] = []) => new Map<string, 'f' | 'm' | ''>([...lower(either).map((w) => [w, ''] as const), ...lower(female).map((w) => [w, 'f'] as const), ...lower(male).map((w) => [w, 'm'] as const)])

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd'
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied'
  return base + 'ed'
}

/** The -s form (natural's inflector, which writes "laughes" and "sighes" for a silent "gh"). */
const presentForm = (base: string) => (base.endsWith('gh') ? base + 's' : verbs.singularize(base))

function regularIng(base: string): string {
  if (base.endsWith('ee')) return base + 'ing'
  if (base.endsWith('e')) return base.slice(0, -1) + 'ing'
  return base + 'ing'
}

function buildCueVerbs(): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>()
  for (const v of cueVerbData.verbs as Array<{ base: string; past?: string; participle?: string; ing?: string; class: string; takes: string; particle?: string; passiveBy?: boolean; inverts?: boolean; tagOnly?: boolean; quoteOnly?: boolean; noObject?: boolean; thatOnly?: boolean; notBefore?: string[]; twoObjects?: boolean; inference?: boolean; outletOnly?: boolean; hearsayOnly?: boolean; toGerund?: boolean; actObjects?: boolean; personActs?: boolean; peopleOnly?: boolean; determinedObject?: boolean; causes?: string[]; actNouns?: string[]; characterizes?: boolean; addressee?: boolean; sourceSubject?: boolean; complement?: string; forms?: string[] }>) {
    const past = v.past ?? regularPast(v.base)
    const participle = v.participle ?? past
    const entry = { base: v.base, participle, cls: v.class as CueClass, takes: v.takes as CueTakes, particle: v.particle, passiveBy: v.passiveBy, inverts: v.inverts, tagOnly: v.tagOnly, quoteOnly: v.quoteOnly, noObject: v.noObject, thatOnly: v.thatOnly, notBefore: v.notBefore, twoObjects: v.twoObjects, inference: v.inference, outletOnly: v.outletOnly, hearsayOnly: v.hearsayOnly, toGerund: v.toGerund, actObjects: v.actObjects, personActs: v.personActs, peopleOnly: v.peopleOnly, determinedObject: v.determinedObject, causes: v.causes, actNouns: v.actNouns, characterizes: v.characterizes, addressee: v.addressee, sourceSubject: v.sourceSubject, complement: v.complement }
    const forms: Array<[string, CueForm]> = [
      [v.base, 'base'],
      [presentForm(v.base), 'present'],
      [past, 'past'],
      [v.ing ?? regularIng(v.base), 'ing'],
      [participle, 'past'],
    ]
    // (and an -ize verb's British spelling: "criticised", "emphasising", "theorises")
    if (v.base.endsWith('ize')) for (const [word, form] of forms.slice()) forms.push([word.replace(/iz(e|es|ed|ing)$/, 'is$1'), form])
    for (const [word, form] of forms) if (!map.has(word) && (!v.forms || v.forms.includes(form))) map.set(word, word === v.participle && word !== past ? { ...entry, form, perfectOnly: true } : { ...entry, form })
  }
  return map
}

/** Each word of the groups, mapped to every word it shares a group with, itself among them. */
function grouped(entries: string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const words of entries.map((e) => e.split(' '))) for (const w of words) map.set(w, new Set([...(map.get(w) ?? []), ...words]))
  return map
}

const IRREGULAR_PLURALS = new Map(grammarData.irregularPlurals.entries.map((e) => e.split(' ') as [string, string]))
/** The endings natural's NounInflector makes plurals of among the listed nouns, other than by adding "s" ("spokeswoman", "midwife", "analysis"). */
const PLURAL_ENDINGS: Array<[RegExp, string]> = [[/man$/, 'men'], [/(wi)fe$|(hal)f$/, '$1$2ves'], [/sis$/, 'ses'], [/index$/, 'indices'], [/([^aeiou])y$/, '$1ies'], [/(s|x|z|ch|sh)$/, '$1es']]

/**
 * A listed noun's plural as natural's NounInflector forms it (test/data/plurals.test.ts holds every listed noun to the inflector's
 * form): the Worker ships these few endings instead of the inflector's tables, about 600 bytes of its 200 KB gzipped.
 */
export function pluralize(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word)
  if (irregular) return irregular
  for (const [ending, plural] of PLURAL_ENDINGS) if (ending.test(word)) return word.replace(ending, plural)
  return word + 's'
}

/** Singular and plural forms of every source noun, mapped to the singular. */
function withPlurals(entries: string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const e of lower(entries)) {
    map.set(e, e)
    const words = e.split(' ')
    const last = words.pop()!
    const plural = [...words, pluralize(last)].join(' ')
    if (!map.has(plural)) map.set(plural, e)
  }
  return map
}

function buildOutlets(): PhraseIndex<Outlet> {
  const index = new PhraseIndex<Outlet>()
  // (as written, capitals and all: many mastheads are common words, "the economist said", "a variety of sources", "the athletic
  // director"; a leading "The" may be written lowercase, "according to the Guardian", and a house style writes it in capitals,
  // "POLITICO has learned", "USA TODAY contributor")
  const add = (name: string, outlet: Outlet) => {
    for (const form of new Set([name, name.toUpperCase()])) {
      index.add(form, outlet, true)
      if (/^THE /i.test(form)) index.add(`the ${form.slice(4)}`, outlet, true)
    }
  }
  for (const o of stateMediaData.outlets) {
    const outlet = { name: o.name, country: o.country, state: true }
    for (const alias of [o.name, ...o.aliases]) add(alias, outlet)
  }
  for (const name of mediaData.outlets) add(name, { name: name.replace(/^The /, ''), state: false })
  return index
}

/** Well-known people by each name news uses for them, lowercase, to their country (people.json). */
function buildPeople(): Map<string, string> {
  const people = new Map<string, string>()
  for (const entry of peopleData.leaders.entries) {
    const [country, ...names] = entry.split('|')
    for (const name of names) people.set(name.toLowerCase(), country)
  }
  return people
}

/** Well-known bodies by their names as written, each with its source type. */
function buildBodies(): PhraseIndex<'organization' | 'government'> {
  const index = new PhraseIndex<'organization' | 'government'>()
  for (const name of bodyData.organization.entries) index.add(name, 'organization', true)
  for (const name of bodyData.government.entries) index.add(name, 'government', true)
  return index
}

function buildPlaces(): { words: PhraseIndex<string>; capitals: PhraseIndex<string>; regions: PhraseIndex<string>; cities: PhraseIndex<string>; countryWords: Map<string, string>; states: Map<string, string>; seats: Map<string, string> } {
  const words = new PhraseIndex<string>()
  const capitals = new PhraseIndex<string>()
  // (the same words in lower case, for written forms kept as strings: "president emmanuel macron of france"; an acronym
  // only with its dots, as "US" in lower case is "us")
  const countryWords = new Map<string, string>()
  // (a country's name, its initials and its capital, lower case: each names the one state, "Manila" as "the Philippines")
  const states = new Map<string, string>()
  // (a seat of power, lower case, for the leader it houses: "the Kremlin leader" is Russia's)
  const seats = new Map<string, string>()
  for (const c of placeData.countries as Array<{ name: string; words: string[]; capital: string; seat?: string[]; aliases?: string[] }>) {
    for (const w of c.words) {
      const acronym = /^[A-Z.]+$/.test(w)
      words.add(w, c.name, acronym)
      if (!acronym || w.includes('.')) countryWords.set(w.toLowerCase().replace(/['’]s$/, ''), c.name)
      if (acronym) states.set(w.toLowerCase(), c.name)
    }
    for (const cap of [c.capital, ...(c.aliases ?? []), ...(c.seat ?? [])]) capitals.add(cap, c.name, false)
    for (const name of [c.name, c.capital, ...(c.aliases ?? [])]) states.set(name.toLowerCase(), c.name)
    for (const seat of c.seat ?? []) seats.set(seat.toLowerCase(), c.name)
  }
  // (as written: "Miss." and "Ind." are places only with their capitals)
  const regions = new PhraseIndex<string>()
  for (const r of placeData.regions.entries) regions.add(r, r, true)
  const cities = new PhraseIndex<string>()
  for (const c of placeData.cities.entries) cities.add(c, c, true)
  return { words, capitals, regions, cities, countryWords, states, seats }
}

/**
 * The first three letters of the object nouns and of their stems. Porter's steps rewrite
 * endings only, so a word whose first three letters are none of these has none of the stems
 * (checked on PolNeAR's 28,000 words): most words are never stemmed.
 */
function objectPrefixes(entries: string[]): Set<string> {
  return new Set(lower(entries).flatMap((e) => [e.slice(0, 3), stem(e).slice(0, 3)]))
}

const cc = closedClassData

/** the labels of a newsroom's note about the article at a sentence's start ("Correction:", "Editor's note:") */
const NOTE_LABELS = alternation(furnitureData.noteLabels.entries, '^')
const DRAFT_NOTES = alternation(furnitureData.draftNotes.entries, '').source

export const lexicon = {
  cueVerbs: buildCueVerbs(),
  hedgeAdverbs: set(hedgeData.adverbs.entries),
  hedgeParticiples: set(hedgeData.participles.entries.filter((e) => !e.includes(' '))),
  hedgeItThat: set(hedgeData.itThat.entries),
  hedgeParticiplesOf: set(hedgeData.participlesOf.entries),
  hedgePhrases: PhraseIndex.of(hedgeData.phrases.entries),
  /** hedge phrases that end in "that", without it, for a time between: "it emerged on Tuesday that" */
  hedgeStems: PhraseIndex.of(hedgeData.phrases.entries.filter((e) => e.endsWith(' that')).map((e) => e.slice(0, -5))),
  /** words that open a footnote's citation before its source ("Interview with…", grammar.json citationLeads) */
  citationLeads: PhraseIndex.of(grammarData.citationLeads.entries),
  /** labels that open a fact check's line with the claim it examines ("CLAIM:", "Myth:") */
  claimLabels: set(hedgeData.claimLabels.entries),

  vagueNouns: withPlurals([...sourceNounData.vague.entries, ...sourceNounData.faithsAndOrigins.entries]),
  vagueMedia: withPlurals(sourceNounData.vagueMedia.entries),
  spokesNouns: withPlurals(sourceNounData.spokesperson.entries),
  anonymity: PhraseIndex.of(sourceNounData.anonymity.entries),
  personRoles: withPlurals([...sourceNounData.person.entries, ...sourceNounData.faithsAndOrigins.entries]),
  /** people of a faith or an origin, written with a capital as names are ("Catholics", "Latinos") */
  faithsAndOrigins: set(sourceNounData.faithsAndOrigins.entries),
  demonyms: set(sourceNounData.demonyms.entries),
  groupNouns: withPlurals(sourceNounData.groupOnly.entries),
  causeGroups: set(sourceNounData.causeGroups.entries),
  partitives: set(sourceNounData.partitive.entries),
  massNouns: set(sourceNounData.mass.entries),
  officeNouns: withPlurals(sourceNounData.office.entries),
  governmentOffices: set(sourceNounData.governmentOffices.entries),
  mediaOffices: set(sourceNounData.mediaOffices.entries),
  ownWordOffices: set(sourceNounData.ownWordOnly.entries),
  ownWordDocuments: set(sourceNounData.ownWordDocuments.entries),
  /** a body's name ending, lowercase, to the common noun news calls it by: "medical center" → "hospital" */
  kinNouns: kinMap(sourceNounData.kinNouns.entries),
  /** a noun for a level of government ("state", "district") and the level nouns it may stand for */
  placeLevels: grouped(sourceNounData.placeLevels.entries),
  companyNouns: set(sourceNounData.companies.entries),
  /** company nouns that name no trade, so stand for a company of any trade */
  anyTradeNouns: set(sourceNounData.companiesOfAnyTrade.entries),
  teamNouns: set(sourceNounData.teams.entries),
  researchWorks: set(sourceNounData.researchWorks.entries),
  titledDocuments: set(sourceNounData.titledDocuments.entries),
  documentNouns: withPlurals(sourceNounData.document.entries),
  evidenceNouns: withPlurals(sourceNounData.evidence.entries),
  eventNouns: withPlurals(sourceNounData.events.entries),
  evidenceModifiers: set(sourceNounData.evidenceModifiers.entries),
  recordKinds: set(sourceNounData.recordKinds.entries),
  measuredRecords: withPlurals(sourceNounData.measuredRecords.entries),

  outlets: buildOutlets(),
  bodies: buildBodies(),
  /** well-known people's countries by their names, lowercase: whom "the Russian leader" may stand for */
  knownPeople: buildPeople(),
  /** the last words of the listed bodies' names of more than one word, lowercase: where a phrase may end in one */
  bodyLastWords: new Set([...bodyData.organization.entries, ...bodyData.government.entries].filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1).toLowerCase())),
  /** the listed bodies' names as written */
  bodyNames: new Set([...bodyData.organization.entries, ...bodyData.government.entries]),
  /** each of a body's names, lowercase, to its full name's: "fed" → "federal reserve" */
  bodyAliases: new Map(bodyData.aliases.entries.flatMap((group) => {
    const names = group.toLowerCase().split('|')
    return names.map((n) => [n, names[0]] as const)
  })),
  /** common nouns a listed body goes by, by its full name's lowercase: "centers for disease control and prevention" → ["agency"] */
  bodyNouns: new Map(bodyData.nouns.entries.map((group) => {
    const [name, ...nouns] = group.split('|')
    return [name.toLowerCase(), nouns] as const
  })),
  genericStateMedia: PhraseIndex.of(stateMediaData.generic.entries),
  /** words that say the state runs the outlet named after them ("state-run Al Ekhbariya TV") */
  stateOwnership: set(stateMediaData.ownership.entries),
  /** the first words, lowercase, of every state outlet's name and alias and of the generic ones ("kcna", "korean", "state"): a sentence without one names none */
  stateOutletWords: new Set([...stateMediaData.outlets.flatMap((o) => [o.name, ...o.aliases]), ...stateMediaData.generic.entries, ...stateMediaData.ownership.entries].map((n) => n.split(/\s+/)[0].toLowerCase())),
  journals: set(mediaData.journals.entries),
  /** wire services by name, lowercase, as outlets are named (without "The") */
  newsAgencies: set(mediaData.newsAgencies.entries),
  /** the words before an outlet a speaker's words reached the article through: "told", "interview with", "comments carried by" */
  outletLeads: PhraseIndex.of(mediaData.outletLeads.entries),
  /** their first words: "told", "interview", "comments", "speaking"… */
  outletLeadWords: new Set(mediaData.outletLeads.entries.map((e) => e.split(' ')[0])),
  /** people who work for an outlet: "a reviewer for Down Beat" names the outlet */
  outletStaff: set(mediaData.outletStaff.entries),
  places: buildPlaces(),
  landforms: set(placeData.landforms.entries),
  industries: PhraseIndex.of(placeData.industries.entries),

  abbrTitles: new Set(abbreviationData.titles.entries),
  abbrBeforeNumbers: new Set(abbreviationData.beforeNumbers.entries),
  abbrNumberedOnly: new Set(abbreviationData.numberedOnly.entries),
  abbrReplies: new Set(abbreviationData.replies.entries),
  abbrInterviewMarks: new Set(abbreviationData.interviewMarks.entries),
  abbrTimesOfDay: new Set(abbreviationData.timesOfDay.entries),
  abbrListEnds: new Set(abbreviationData.listEnds.entries),
  timeZones: new Set(abbreviationData.timeZones.entries),
  abbrAmbiguous: new Set([
    ...abbreviationData.ambiguous.entries,
    ...knownAbbreviations.filter((a) => !a.slice(0, -1).includes('.')).map((a) => a.slice(0, -1)),
  ]),
  abbrNever: new Set([...abbreviationData.never.entries, ...lower(abbreviationData.never.entries)]),

  determiners: set(cc.determiners.entries),
  boundDeterminers: set(cc.boundDeterminers.entries),
  indefinite: set(cc.indefinite.entries),
  pronouns: set(cc.pronouns.entries),
  prepositions: set(cc.prepositions.entries),
  clauseBreakers: set(cc.clauseBreakers.entries),
  auxiliaries: set(cc.auxiliaries.entries),
  adverbs: set(cc.adverbs.entries),
  negations: set(cc.negations.entries),
  clauseMarkers: set(cc.clauseMarkers.entries),
  questionWords: set(cc.questionWords.entries),
  sentenceStarters: set(cc.sentenceStarters.entries),
  timeWords: set(cc.timeWords.entries),
  be: set(cc.be.entries),
  nounish: set(cc.nounish.entries),
  nounsInPhrase: set(cc.nounsInPhrase.entries),
  conditionals: set(cc.conditionals.entries),
  notAccordingTo: set(cc.according.entries),
  accordingMeasures: set(cc.accordingMeasures.entries),

  infoStems: new Set(lower(objectNounData.information.entries).map(stem)),
  // (any form of a verb of intent: "who had wanted to", "who planned to")
  intentStems: new Set(lower(grammarData.intentVerbs.entries).map(stem)),
  /** the second words of grammar recordLeads by their first: "based" → "on" */
  recordLeads: kinMap(grammarData.recordLeads.entries.map((e) => e.replace(' ', '|'))),
  /** a game's or a business's counted results, singular and plural ("point", "points", "sales") */
  statNouns: withPlurals(grammarData.statNouns.entries),
  actStems: new Set(lower(objectNounData.acts.entries).map(stem)),
  objectPrefixes: objectPrefixes([...objectNounData.information.entries, ...objectNounData.acts.entries]),
  lightVerbs: set(objectNounData.lightVerbs.entries),
  containerNouns: set(objectNounData.containerNouns.entries),
  claimedNouns: set(objectNounData.claimedNouns.entries),
  disclosureVerbs: set(objectNounData.disclosedNouns.verbs),
  disclosedNouns: set(objectNounData.disclosedNouns.entries),
  raisingVerbs: set(objectNounData.raisedQuantities.verbs),
  raisedQuantities: withPlurals(objectNounData.raisedQuantities.entries),
  estimateVerbs: set(objectNounData.estimateVerbs.entries),
  speechNouns: withPlurals(objectNounData.speechNouns.entries),

  titles: set(nameData.titles.entries),
  governmentWords: PhraseIndex.of(nameData.government.entries),
  organizationWords: set([...nameData.organization.entries, ...nameData.company.entries]),
  companyWords: set(nameData.company.entries),
  companySurnames: set(nameData.companySurnames.entries),
  mediaWords: set(nameData.media.entries),
  mediaLeading: set(nameData.mediaLeading.entries),
  /** a role noun's abbreviated titles: "senator" → "sen.", "sens." */
  titleAbbreviations: new Map(nameData.titleAbbreviations.entries.map((e) => [e.split(' ')[0], e.split(' ').slice(1)])),
  roleAcronyms: new Map(nameData.roleAcronyms.entries.map((e) => [e.split(' ')[0], e.slice(e.indexOf(' ') + 1)])),
  /** gendered titles before a name ("Mrs.", "Sir", "Congresswoman"): 'f' or 'm' */
  genderTitles: gendered(genderData.femaleTitles.entries, genderData.maleTitles.entries),
  /** head nouns of an unnamed person of one sex ("a woman in the crowd", "her husband"): 'f' or 'm' */
  genderNouns: gendered(genderData.femaleNouns.entries, genderData.maleNouns.entries),
  /** given names, read as the first word of a longer name: 'f', 'm', or '' for names borne by both */
  givenNames: gendered(genderData.femaleNames.entries, genderData.maleNames.entries, genderData.sharedNames.entries),

  furnitureLines: set(furnitureData.lines.entries),
  furniturePrefixes: alternation(furnitureData.prefixes.entries, '^'),
  // (after a label too, a time or date before its colon: "Note: This story will be updated.", "Update, 3:45 p.m. ET: This story…")
  furnitureSentencePrefixes: new RegExp(`^(?:${alternation(furnitureData.sentenceLabels.entries, '').source}\\b[^\\n]{0,30}?:\\s*)?${alternation(furnitureData.sentencePrefixes.entries, '').source}`, 'i'),
  noteLabels: NOTE_LABELS,
  /** a newsroom's note label, then what the note is about ("Correction: An earlier version…"), a note wherever it stands */
  correctionLeads: alternation(furnitureData.correctionLeads.entries, '^'),
  noteAbout: new RegExp(`${NOTE_LABELS.source}\\s*${alternation(furnitureData.noteSubjects.entries, '').source}`, 'i'),
  // (a note in brackets too, the whole sentence: "[TK: confirm with the sheriff's office]")
  draftNotes: new RegExp(`^(?:${DRAFT_NOTES}|[[(]${DRAFT_NOTES}[^\\])]*[\\])]\\s*$)`, 'i'),
  contributorTails: alternation(furnitureData.contributorTails.entries, ''),
  creditDesks: set(furnitureData.creditDesks.entries),
  authorNotes: alternation(furnitureData.authorNotes.entries, '^'),
  relatedMarkers: set(furnitureData.relatedMarkers.entries),
  referenceHeadings: set(furnitureData.referenceHeadings.entries),
  summaryLabels: set(furnitureData.summaryLabels.entries),
  captionMarkers: alternation([...furnitureData.captionMarkers.entries, ...furnitureData.creditWords.entries], ''),
  creditWords: set(furnitureData.creditWords.entries),
  imperatives: set(furnitureData.imperatives.entries),
  rhetorical: alternation(furnitureData.rhetorical.entries, '^'),
}

/** The words, and their plurals, that head a source phrase in one of the source-noun lists. */
export const sourceNouns = new Set([lexicon.vagueNouns, lexicon.officeNouns, lexicon.documentNouns, lexicon.personRoles, lexicon.spokesNouns, lexicon.vagueMedia, lexicon.groupNouns].flatMap((map) => [...map.keys()]))

/** What the object noun `word` (lowercase) is, by its Porter stem: information, an act, or neither. */
export function objectNoun(word: string): 'info' | 'act' | 'other' {
  if (!lexicon.objectPrefixes.has(word.slice(0, 3))) return 'other'
  const s = stem(word)
  return lexicon.actStems.has(s) ? 'act' : lexicon.infoStems.has(s) ? 'info' : 'other'
}

/**
 * Every word that can start a cue: the attribution finder looks no further at any other word,
 * which keeps it to one set lookup for most words of an article.
 */
export const triggers = new Set<string>([
  'according',
  'in',
  'per',
  // ("…, if the company is to be believed"; "From what officials have said, …")
  'if',
  'from',
  // ("Based on data from…", "Going by the ministry's figures, …": grammar recordLeads)
  ...lexicon.recordLeads.keys(),
  // (a proceeding that heard evidence: grammar proceedingNouns)
  'heard',
  ...lexicon.be,
  ...lexicon.hedgeAdverbs,
  ...lexicon.hedgePhrases.firstWords(),
  ...lexicon.speechNouns.keys(),
  ...lexicon.cueVerbs.keys(),
  ...lexicon.lightVerbs,
  ...lexicon.estimateVerbs,
  ...grammarData.leadInVerbs.entries,
  ...grammarData.copularSpeechNouns.entries,
  ...grammarData.doubtLeavers.entries,
  ...grammarData.beliefAdjectives.entries,
  ...grammarData.replyLeads.entries,
  ...grammarData.goingRoundNouns.entries,
  ...grammarData.ownerlessSpeechNouns.entries,
  ...grammarData.expectedFigureNouns.entries,
])

/** The small closed lists the parser's rules name (grammar.json), each as a set. */
export const grammar = Object.fromEntries(
  Object.entries(grammarData).flatMap(([name, list]) => (typeof list === 'object' ? [[name, set(list.entries)]] : [])),
) as { [name in Exclude<keyof typeof grammarData, 'about'>]: Set<string> }

/** Two-word compound nouns by first word: the parser asks at nearly every verb form, so the pair is looked up without building its string. */
const compoundsByFirst = new Map<string, Set<string>>()
for (const c of grammar.compoundNouns) {
  const [a, b] = c.split(' ')
  compoundsByFirst.set(a, (compoundsByFirst.get(a) ?? new Set()).add(b))
}
/** Whether `a b` (lowercase words) is a compound noun of grammar.json ("think tank", "roll call"). */
export const isCompound = (a: string | undefined, b: string | undefined): boolean => (a !== undefined && b !== undefined && compoundsByFirst.get(a)?.has(b)) ?? false

/** A verb of saying, thinking or finding by any of its lowercase forms ("said", "argues"): its cue-verbs.json entry. */
export const cueVerb = (form: string) => lexicon.cueVerbs.get(form)
/** The country that the place's words at `i` name ("France", "U.S.", "British"), with their length. */
export const countryAt = (words: ArrayLike<Word>, i: number, end?: number) => lexicon.places.words.match(words, i, end)

export type Lexicon = typeof lexicon
export { PhraseIndex }
