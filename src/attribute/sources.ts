import type { SourceKind, SourceType } from '../types'
import { countryAt, cueVerb, grammar, isCompound, lexicon, sourceNouns } from '../lexicon'
import { capped, INITIAL, isFigure, isQuoteMark, isWebAddress, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isClauseBreaker, isArticle, isDocumentNoun, isGivenName, isOfficeNoun, isPersonRole, isPossessive, isCueWord, isIndefinite, isObjectPronoun, isRelative, isDefinite, isOrgWord, isTitleWord, isCompanyWord, isDemonym, isParticle, isTimeDeterminer, isVagueNoun, isGovernmentOffice, isPartitive, isSpelledNumber, normalised } from '../segment/tokens'
import { adverbLike, bodyField, callsItself, fieldsThenCountry, gerundLike, headOf, INITIALS, initialsInBrackets, leftNP, listedBodyIn, mannerAdverb, pastOrParticiple, PEOPLE_PLURAL, personWord, pluralName, rightNP, YEAR, type Range } from './noun-phrase'
import { afterLabel, courtesySurname, DASHES, firstWord, inCapitals, isComma, isPunct, opensDescription, questionLine, roleInitials, surnameNotCompany } from './words'

/** What a source noun phrase says about who is speaking, before cross-sentence resolution. */
export interface SourceReading {
  kind: SourceKind
  type: SourceType
  /** the name it goes by in the sources table, before resolution */
  name: string
  country?: string
  /** a pronoun to resolve to an earlier source */
  pronoun?: string
  /** a definite role noun to resolve ("the Russian leader": head 'leader', modifiers ['russian']) */
  role?: { head: string; mods: string[]; of?: SourceType; own?: boolean }
  /** the head of an indefinite document or person ("a new study", "a federal judge") the next sentence may identify */
  pending?: string
  /** not a source at all: evidence, the author speaking in the first person, or no one ("There have been…") */
  notSource?: 'evidence' | 'author' | 'nobody'
}

/** every list of source nouns */
const NOUN_MAPS = [lexicon.vagueNouns, lexicon.officeNouns, lexicon.documentNouns, lexicon.personRoles, lexicon.spokesNouns, lexicon.vagueMedia, lexicon.groupNouns]

const spanText = (text: string, tokens: Token[], [a, b]: Range) => text.slice(tokens[a].start, tokens[b - 1].end)
/** A phrase without its leading article, white space made single (a Markdown reader may have blanked markup to spaces): "The  Times" → "Times". */
export const withoutArticle = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s).replace(/^(the|a|an) /i, '')
const lookup = <T>(map: Map<string, T>, t: Token): T | undefined => map.get(t.norm) ?? map.get(t.lower)
/** A listed body keeps an 's of its own name ("Moody's", "McDonald’s") and drops a possessive one ("according to Pfizer's"). */
export const listedName = (name: string) => (listedWhole(name) ? name : name.replace(/['’]s$/, ''))

/** A listed body's name as written, with either apostrophe: "Moody's", "McDonald’s". */
export const listedWhole = (name: string) => lexicon.bodyNames.has(name.replace(/’/g, "'"))

function countryIn(tokens: Token[], [a, b]: Range): string | undefined {
  for (let k = a; k < b; k++) {
    const m = countryAt(tokens, k, b) ?? lexicon.places.capitals.match(tokens, k, b)
    if (m) return m.value
  }
  return undefined
}

/**
 * The name of an outlet the text says the state runs, in `[a, b)`: a capitalised run right after a word of ownership, a news
 * outlet's by a word of its name or by the outlet's noun after it ("Saudi Arabia's state-run Al Ekhbariya TV", "state-controlled
 * Channel 5", "the state-owned Tanjug agency"); no company's ("state-owned Gazprom").
 */
export function stateRunOutlet(tokens: Token[], [a, b]: Range): Range | undefined {
  for (let k = a; k < b - 1; k++) {
    if (!lexicon.stateOwnership.has(w(tokens, k)) || !capped(tokens[k + 1])) continue
    let e = k + 1
    // (past "of" inside the name: "the state-owned Daily News of Tanzania")
    while (e < b && (capped(tokens[e]) || isFigure(tokens[e]) || (w(tokens, e) === 'of' && capped(tokens[e + 1])))) e++
    const noun = tokens[e]
    // (after a word of ownership an agency is a news agency)
    const outletNoun = e < b && uncapped(noun) && (lexicon.mediaOffices.has(noun.norm) || noun.norm === 'agency')
    if (outletNoun || tokens.slice(k + 1, e).some((t) => t.cap && mediaWord(t))) return [k + 1, e]
  }
  return undefined
}

/** Two-word heads such as "press secretary", "white house", "business case". */
function compoundHead(tokens: Token[], h: number, map: Map<string, string>): string | undefined {
  if (h > 0 && tokens[h - 1].word) {
    const two = `${w(tokens, h - 1)} ${tokens[h].norm}`
    if (map.has(two)) return map.get(two)
  }
  return lookup(map, tokens[h])
}

/** A word that heads a source phrase in one of the source-noun lists. */
export const isSourceNoun = (t: Token): boolean => sourceNouns.has(t.norm)

/** A plural noun: a listed source noun's plural, or a lowercase word ending in -s ("strategists", "unions"; not "news", "boss"). */
export function isPlural(t: Token): boolean {
  for (const map of NOUN_MAPS) {
    const singular = map.get(t.norm)
    if (singular !== undefined) return singular !== t.norm || t.norm === 'people'
  }
  return !t.cap && /[^siuy]s$/.test(t.norm)
}

/** A nation's people by the plural of its demonym: "Germans", "Ukrainians", "Americans". */
export const peopleOf = (t: Token) => t.cap && t.norm.endsWith('s') && lexicon.demonyms.has(t.norm.slice(0, -1))

/** Whether a capitalised word lies in `tokens[from, to)`. */
function capAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].cap) return true
  return false
}

/**
 * Whether every capitalised word in `tokens[from, to)` belongs to the name of a country, a state or a city (not a capital, which
 * may stand for its government: "a White House memo"), or with `platforms` is a social platform's: none names an author.
 */
function onlyPlaces(tokens: Token[], from: number, to: number, platforms = false): boolean {
  for (let k = from; k < to; k++) {
    if (!tokens[k].cap || isDeterminer(tokens[k]) || (platforms && grammar.platforms.has(w(tokens, k)))) continue
    const place = placeAt(tokens, k, to)
    if (!place) return false
    k += place.length - 1
  }
  return true
}

/**
 * Whether only determiners, place words and titles stand before `h` ("the Russian President"); a state or a city of
 * several words counts whole ("a New Hampshire Democrat", "the Los Angeles Democrat").
 */
function onlyModifiers(tokens: Token[], a: number, h: number): boolean {
  for (let k = a; k < h; k++) {
    // (the place first: "North" of "North Carolina" would read as a title)
    const place = stateOrCity(tokens, k, h)
    if (place) k += place.length - 1
    else if (!(isDeterminer(tokens[k]) || isTitleWord(tokens[k]) || countryAt(tokens, k, h) || !tokens[k].cap)) return false
  }
  return true
}

/** A state or a city starting at `tokens[k]`, before `b` ("Texas", "New Hampshire", "Los Angeles"), with its length in words. */
export const stateOrCity = (tokens: Token[], k: number, b: number) => lexicon.places.regions.match(tokens, k, b) ?? lexicon.places.cities.match(tokens, k, b)
/** A country's, a state's or a city's name at `k`, before `b`. */
export const placeAt = (tokens: Token[], k: number, b: number) => countryAt(tokens, k, b) ?? stateOrCity(tokens, k, b)

/** Whether `tokens[k, b)` is a state or a city and then one word for a person or people: "New Hampshire Democrat", "Ohio Republicans". */
export function placeAndRole(tokens: Token[], k: number, b: number): boolean {
  const place = stateOrCity(tokens, k, b)
  return !!place && k + place.length === b - 1 && isPersonRole(tokens[b - 1])
}

/**
 * Whether `tokens[k, b)` is a state or a city and then one capitalised plural that names no people: a team, "Florida Panthers",
 * "Kansas City Chiefs", "Los Angeles Lakers" (not "Ohio Republicans", "Texas Voters").
 */
export function teamName(tokens: Token[], k: number, b: number): boolean {
  const last = tokens[b - 1]
  // (the plural first: most runs end in no "s")
  if (b - k < 2 || !last.cap || !pluralName(last) || isPersonRole(last) || isVagueNoun(last) || grammar.placePluralsNotTeams.has(last.norm)) return false
  // (the state or the city, whichever ends right before it: "Kansas City Chiefs", "Indiana Pacers")
  const place = (m: { length: number } | undefined) => !!m && k + m.length === b - 1
  return place(lexicon.places.regions.match(tokens, k, b)) || place(lexicon.places.cities.match(tokens, k, b))
}

/** subject forms of object pronouns: "him" → "he" */
const SUBJECT_FORMS = new Map([...grammar.objectPronounSubjects].map((e) => e.split(' ') as [string, string]))

/**
 * Reads a source noun phrase (SPEC §1 step 2): named, vague or not a source, and its type.
 * `outsideQuote` tells whether a first-person pronoun is the author's (outside quotations).
 */
export function readSource(text: string, tokens: Token[], range: Range, outsideQuote = true): SourceReading {
  const read = readPhrase(text, tokens, range, outsideQuote)
  // (an owner's plural goes by its noun: "Critics' claims that…" are the critics')
  const r = /s['’]$/.test(read.name) ? { ...read, name: read.name.slice(0, -1) } : read
  // "His friend, who asked not to be named, said", "A spokesman, speaking on condition of anonymity, said": unnamed on purpose
  const b = range[1]
  // ("One Tory MP, who did not wish to be named, said": a role written in capitals is still no name)
  const head = tokens[headOf(tokens, range)]
  const unnamed = r.kind !== 'none' && r.type !== 'document' && !r.pronoun && isComma(tokens[b]) && (!head.cap || isPersonRole(head)) && (r.kind === 'vague' || r.type === 'person') && !!lexicon.anonymity.find(tokens, b + 1, Math.min(tokens.length, b + 14))
  // one object shape for every reading, whichever fields it has: the resolver reads them all alike
  // (its role still finds the unnamed person written before: "A senior official said… The official, who…")
  if (unnamed) return { kind: 'vague', type: 'anonymous', name: r.name, country: r.country, pronoun: undefined, role: r.role && { ...r.role, of: 'anonymous' }, pending: undefined, notSource: undefined }
  // ("a group called Save Our Parks said…": the body's noun before the name types it, as in "the group Save Our Parks")
  const kind = r.kind === 'named' && r.type === 'person' && !r.role && !r.pronoun ? namedKind(tokens, range[0]) : undefined
  // ("Roblox, which says it has 80 million users, rejected…": a name "which" stands for is no person's)
  // (nor one that initials in brackets shorten: "The far-right Rassemblement National (RN) accused…")
  const thing = r.kind === 'named' && r.type === 'person' && !r.role && !r.pronoun && tokens[b - 1].cap && ((isComma(tokens[b]) && w(tokens, b + 1) === 'which') || initialsInBrackets(tokens, b))
  // ("A KCNA reporter said…", "a correspondent for Xinhua": unnamed, but the words are the state outlet's, which the state-media flag counts)
  const state = r.type === 'anonymous' && lexicon.outletStaff.has(head.norm) ? lexicon.outlets.find(tokens, range[0], b)?.value : undefined
  if (state?.state) return { ...r, type: 'state-media', country: state.country }
  return { kind: r.kind, type: kind ? officeType(kind) : thing ? 'organization' : r.type, name: r.name, country: r.country, pronoun: r.pronoun, role: r.role, pending: r.pending, notSource: r.notSource }
}

/** The body's noun before the name at `a` and the word it goes by ("group" of "a group called Save Our Parks"). */
export function namedKind(tokens: Token[], a: number): string | undefined {
  const noun = tokens[a - 2]
  return a >= 2 && grammar.namingWords.has(w(tokens, a - 1)) && uncapped(noun) && isOfficeNoun(noun) ? noun.norm : undefined
}

const FIGURE = /^figures?$/

/** A poll's name run into its noun ('Newspoll', 'Deltapoll'). */
const RUN_IN_POLL = /^[A-Z][a-z]+poll$/

function readPhrase(text: string, tokens: Token[], range: Range, outsideQuote: boolean, ownName = true): SourceReading {
  const [a, b] = range
  const written = spanText(text, tokens, range)
  const first = tokens[a]
  // "Let's hope that…", "Let me just say that…": the author (and the reader)
  if (first.lower === 'let' && (tokens[a + 1]?.lower === "'s" || tokens[a + 1]?.lower === 'us' || tokens[a + 1]?.lower === 'me') && outsideQuote) return { kind: 'none', type: 'unknown', name: written, notSource: 'author' }
  // ("This newspaper has long argued…", "this reporter was told…": the outlet or its writer names itself, the author)
  if (first.lower === 'this' && b - a === 2 && outsideQuote && (lexicon.mediaOffices.has(tokens[a + 1].norm) || lexicon.outletStaff.has(tokens[a + 1].norm))) return { kind: 'none', type: 'unknown', name: written, notSource: 'author' }
  if (predicateRead(tokens, a, b)) return { kind: 'none', type: 'unknown', name: written, notSource: 'nobody' }
  // "Pfizer", "Save the Children", "the Red Cross", "the WHO": a well-known body by its whole name
  const named = isArticle(first) ? a + 1 : a
  // ("Dallas-based Southwest Airlines", "Raleigh, N.C.-based Salix": where a named body is based is no word of its name)
  if (named + 1 < b && tokens[named].cap && tokens[named + 1].cap && tokens[named + 1].word && describesBase(tokens[named])) return readPhrase(text, tokens, [named + 1, b], outsideQuote)
  const body = named < b ? listedBodyIn(tokens, named, b) : undefined
  if (body) return { kind: 'named', type: body, name: listedName(withoutArticle(written)) }
  // and after its country: "the U.S. Centers for Disease Control and Prevention"
  const country = named < b - 1 ? countryAt(tokens, named, b) : undefined
  const countrysBody = country && listedBodyIn(tokens, named + country.length, b)
  // (a charity's national society is a body of its own, and keeps its country: "the Kenya Red Cross", "the American Red Cross")
  if (countrysBody) return { kind: 'named', type: countrysBody, name: listedName(spanText(text, tokens, [countrysBody === 'organization' ? named : named + country.length, b])) }
  // or before its country, a national branch: "Friends of the Earth Netherlands", "Greenpeace UK", "Amnesty International USA"
  const branch = b - named >= 2 ? lexicon.bodies.match(tokens, named, b) : undefined
  // (or by a word of its own: "Greenpeace Brasil", "Oxfam Intermón"; not a role or a noun of any source, "Pfizer Chairman", "Yahoo
  // News", "the Labor Department")
  const last = tokens[b - 1]
  const ownWord = !!branch && named + branch.length === b - 1 && capped(last) && !isGivenName(last) && !sourceNouns.has(last.norm) && !isTitleWord(last) && !isCompanyWord(last) && !isOrgWord(last)
  if (branch && named + branch.length < b && (ownWord || countryAt(tokens, named + branch.length, b)?.length === b - named - branch.length)) return { kind: 'named', type: branch.value, name: withoutArticle(written) }
  // or a government's department by its fields, then its country: "Transport Canada", "Environment and Climate Change Canada",
  // "Public Health England" (not a company's: "Air Canada", "Bell Canada")
  if (fieldsThenCountry(tokens, named, b)) return { kind: 'named', type: 'government', name: withoutArticle(written) }
  // and after words that describe the whole party or body, capitalised or not: "Opposition Labour said", "the main opposition Liberal
  // Democrats" (grammar partyQualifiers)
  for (let k = named; k < b - 1 && k < named + 3 && grammar.partyQualifiers.has(w(tokens, k)); ) {
    const whole = listedBodyIn(tokens, ++k, b)
    if (whole) return { kind: 'named', type: whole, name: listedName(spanText(text, tokens, [k, b])) }
  }
  // and after its trade: "the pollster Gallup", "mortgage buyer Freddie Mac", "the charity Save the Children"
  // (not after a preposition: "a spokeswoman for YouTube", "a report for Oxfam")
  // (a party named by its people is those people after a word for some of them: "senior Tories", "rebel Tories")
  const people = isVagueNoun(tokens[b - 1])
  for (let k = named; !people && k < b - 1 && k < named + 3 && uncapped(tokens[k]) && !isPreposition(tokens[k]); k++) {
    const traded = listedBodyIn(tokens, k + 1, b)
    if (traded) return { kind: 'named', type: traded, name: listedName(spanText(text, tokens, [k + 1, b])) }
  }
  // "There have been telling responses…", "Here is…": a place adverb stands where a subject would, and names no one
  // (so does a determiner left alone, its noun read as a verb: "Such stars flare…, blasting…")
  if (b - a === 1 && (grammar.placeAdverbs.has(first.lower) || functionWord(tokens, a) || lexicon.boundDeterminers.has(first.lower))) return { kind: 'none', type: 'unknown', name: written, notSource: 'nobody' }
  // ("Hurricane Melissa slams Jamaica", "Tropical Storm Erin warned…": a storm's name is no one's)
  // (its whole phrase: "Storm Prediction Center", "Hurricane Katrina survivors" are people and bodies)
  // (a capital first, before the two words are joined: most phrases are no storm's)
  const storm = !!tokens[named]?.cap && tokens[b - 1].cap && (b - named === 2 ? grammar.stormWords.has(w(tokens, named)) : b - named === 3 && grammar.stormWords.has(`${w(tokens, named)} ${w(tokens, named + 1)}`))
  if (storm) return { kind: 'none', type: 'unknown', name: written, notSource: 'evidence' }
  // ("according to him" is resolved as "he")
  const subjectForm = b - a === 1 ? SUBJECT_FORMS.get(first.lower) : undefined
  if (b - a === 1 && (isPronoun(first) || subjectForm)) {
    const p = subjectForm ?? first.lower
    // ("Q: You said last week that…": an interviewer's "you" is the one interviewed, resolved as the answers are)
    if (p === 'you' && outsideQuote && questionLine(tokens)) return { kind: 'named', type: 'person', name: written, pronoun: p }
    if ((p === 'i' || p === 'we' || p === 'you') && outsideQuote) return { kind: 'none', type: 'unknown', name: written, notSource: 'author' }
    return { kind: 'named', type: p === 'he' || p === 'she' ? 'person' : 'unknown', name: written, pronoun: p }
  }

  // "Local 1199 said", "Teamsters Local 727 said": a union's branch by its number (grammar numberedBodies)
  if (b - a >= 2 && isFigure(tokens[b - 1]) && tokens[b - 2].cap && grammar.numberedBodies.has(w(tokens, b - 2))) return { kind: 'named', type: 'organization', name: withoutArticle(written) }
  // "A group calling itself ShadowByte", "a man calling himself Paul": named by the name it goes by, of the kind its noun says
  // (in a relative clause after it too: "A hacking group, which calls itself Nightfall, said", "A group that calls itself…")
  const rel = isComma(tokens[b]) ? b + 1 : b
  const relative = ownName && isRelative(tokens[rel]) && callsItself(tokens, rel + 2)
  let k = relative ? rel + 2 : a + 2
  while (!relative && k < b - 1 && !callsItself(tokens, k)) k++
  if (relative || k < b - 1) {
    const kind = readPhrase(text, tokens, [a, relative ? b : k - 1], outsideQuote, false)
    // (the name after the reflexive: the phrase's end, or a relative clause's run of capitals)
    let end = relative ? k + 1 : b
    while (relative && capped(tokens[end])) end++
    return { kind: 'named', type: kind.type === 'anonymous' || kind.type === 'unknown' ? 'person' : kind.type, name: spanText(text, tokens, [k + 1, end]) }
  }
  // "Twitter user @nycsouthpaw", "Fox News host @seanhannity": an account's handle names whoever writes it
  if (tokens[b - 1].text.startsWith('@') && tokens[b - 1].word) return { kind: 'named', type: 'person', name: tokens[b - 1].text }

  // a person at a body, named: one source with the person's later mentions, not the body's
  const h0 = headOf(tokens, range)
  // "the latest Newspoll", "a Deltapoll published in The Times": a poll's name run into its noun is that poll, not "Sarah Kapoll"
  if (RUN_IN_POLL.test(tokens[h0].text) && !tokens.slice(named, h0).some((t) => t.cap)) return { kind: 'named', type: 'document', name: tokens[h0].text }
  const person = b - a >= 3 ? personAtBody(text, tokens, range, h0) : undefined
  if (person) return { kind: 'named', type: 'person', name: person }

  // "a poll by The Washington Post" is a document; "The Washington Post" an outlet
  const documentHead = !tokens[h0].cap && isDocumentNoun(tokens[h0])
  // "a Reuters reporter" is an indefinite person, vague even with a named outlet (SPEC §1 step 2)
  const someone = !tokens[h0].cap && isPersonRole(tokens[h0]) && isIndefinite(first)
  const found = documentHead || someone ? undefined : lexicon.outlets.find(tokens, a, b)
  // ("according to a KCNA report", "a report by Xinhua": a state outlet's report is that outlet's word, which the state-media flag counts)
  const stateReport = documentHead ? lexicon.outlets.find(tokens, a, b)?.value : undefined
  if (stateReport?.state) return { kind: 'named', type: 'state-media', name: stateReport.name, country: stateReport.country }
  // an outlet after a common head is its post-modifier: "voters in a New York Times poll", "reporters for Reuters"
  // (a capitalised word right after it makes a longer name: "the Information Commissioner's Office" is not The Information)
  // ("Yonhap News Agency" is Yonhap, grammar outletNameTails)
  const longer = found && found.start + found.length < b && tokens[found.start + found.length].cap && !tokens.slice(found.start + found.length, b).every((t) => grammar.outletNameTails.has(t.lower))
  // ('“…,” the Australian told BBC Sport': a nationality tagging a quotation is a person, though The Australian is a paper)
  const nationality = b - a === 2 && tokens[a].text === 'the' && isDemonym(tokens[a + 1]) && (isQuoteMark(tokens[a - 1]) || isQuoteMark(tokens[a - 2]))
  const outlet = found && !longer && !nationality && (found.start <= h0 || (tokens[h0].cap && h0 > 0)) ? found : undefined
  // (an outlet's name run into one more capitalised word of no body's kind is its product: "Billboard Boxscore", "BBC Verify")
  if (longer && found.start === a + (w(tokens, a) === 'the' ? 1 : 0) && found.start + found.length === b - 1 && !isOfficeNoun(tokens[b - 1]) && !isOrgWord(tokens[b - 1]) && !lexicon.governmentWords.find(tokens, b - 1, b)) return { kind: 'named', type: 'media', name: withoutArticle(written) }
  if (outlet) {
    const o = outlet.value
    // ("The Times and the Post reported": outlets joined are one source by the words written, not the first outlet's name)
    const name = joinedOutside(tokens, a, b, outlet.start, outlet.start + outlet.length) ? withoutArticle(written) : o.name
    return { kind: 'named', type: o.state ? 'state-media' : 'media', name, country: o.country }
  }
  const generic = lexicon.genericStateMedia.find(tokens, a, b)
  if (generic) {
    // "state broadcaster RTV Zeta" goes by its name; "Pyongyang state media" by the phrase
    const after = generic.start + generic.length
    const named = after < b && tokens[after].cap ? withoutArticle(text.slice(tokens[after].start, tokens[b - 1].end)) : withoutArticle(written)
    // ("The state news agency quoted…" after "Xinhua reported…": a definite agency known only as the state's is the one written before)
    const role = after === b && tokens[b - 1].norm === 'agency' && isDefinite(tokens[a]) ? { head: 'agency', mods: [] } : undefined
    return { kind: 'named', type: 'state-media', name: named, country: countryIn(tokens, range), role }
  }
  const stateRun = stateRunOutlet(tokens, range)
  if (stateRun) return { kind: 'named', type: 'state-media', name: text.slice(tokens[stateRun[0]].start, tokens[stateRun[1] - 1].end), country: countryIn(tokens, range) }

  const h = h0
  const head = tokens[h]
  // a capital says nothing at the start of a sentence, after any marks that open it ("- Voters in Iowa said", "“Democrats…"); elsewhere it marks a name ("Volga Press")
  // (not a capital past a preposition of place: "Democrats and Republicans in Congress" are people, "Renters of Eastfield" a body)
  const namedBody = capAfter(tokens, h + 1, b) && isPlural(head) && !(isPreposition(tokens[h + 1]) && !grammar.groupNamePrepositions.has(w(tokens, h + 1)) && isPersonRole(head))
  if (unspecifiedGroup(tokens, a, h)) return { kind: 'vague', type: 'anonymous', name: withoutArticle(written) }
  // (named past its country's possessive, as a company is: "Iran's Revolutionary Guards" are the Revolutionary Guards)
  if (isPlural(head) && isPersonRole(head) && groupName(tokens, named, h)) return { kind: 'named', type: 'organization', name: spanText(text, tokens, [normalised(tokens[named]) ? named + 1 : named, b]) }
  // ("Older Democrats", "Iowa Republicans", "Clinton Democrats": a plural role with any modifiers is a group, not a name;
  // "the American Federation of Teachers" is a name with "of" inside)
  // ("Elm Partners", "Reed Associates": a firm's name ends with a word of organisations)
  const group = isPlural(head) && isPersonRole(head) && !tokens.slice(a, h).some((t) => t.lower === 'of') && !(head.cap && h > a && isOrgWord(head))
  // ("al-Baghdadi", "el-Sisi": a surname may open with its particle's lowercase)
  // ("Veterans for Peace said": a group named for its cause is a name even where the capital says nothing)
  // ("Mr. King", "Ms. Bishop": a role's word after a courtesy title is a surname)
  // (a role written as its initials is no name for being in capitals: "Amazon's CEO")
  const proper = (h === a && causeGroupName(tokens, h)) || ((head.cap || (nameParticle(head, false) && h > a)) && !roleInitials(head) && !evidenceInitials(head) && h > firstWord(tokens) && !afterLabel(tokens, h) && (namedBody || (!group && (courtesySurname(tokens, h) || !((isPersonRole(head) || isOfficeNoun(head) || isDemonym(head) || peopleOf(head)) && onlyModifiers(tokens, a, h))))))
  // ("a national Gallup Poll", "the Quinnipiac University Poll": a poll's own name is the document; "Laura Poll" a person)
  const titledDocument = head.cap && h > a && tokens[h - 1].cap && lexicon.titledDocuments.has(head.norm) && !isGivenName(tokens[h - 1])
  if (proper && !titledDocument) return readName(text, tokens, range, h)
  return readCommon(text, tokens, range, h, written)
}

/** Whether "and" or "or" joins another name to the name at `[s, e)` in `tokens[a, b)` ("Reuters and the BBC", not "RT and its defenders"). */
function joinedOutside(tokens: Token[], a: number, b: number, s: number, e: number): boolean {
  for (let k = a; k < b - 1; k++) {
    if ((k >= s && k < e) || !(w(tokens, k) === 'and' || w(tokens, k) === 'or')) continue
    const next = isArticle(tokens[k + 1]) ? tokens[k + 2] : tokens[k + 1]
    if (capped(next)) return true
  }
  return false
}

/**
 * "Veterans for Peace", "Citizens for a Sound Economy", "Teamsters for Trump": a capitalised plural at `h`, then "for" and a
 * capitalised name, is a group named for its cause or candidate (so are "Friends of" one: "Friends of Kings Heath Library"); not
 * people named for whom they work ("Lawyers for Trump", "Strategists for Barack Obama"), nor a plural before a title ("Friends for
 * Mr. Lee") or a time ("Democrats for Tuesday's vote").
 */
export function causeGroupName(tokens: Token[], h: number): boolean {
  const head = tokens[h]
  const n = isArticle(tokens[h + 2]) ? h + 3 : h + 2
  const name = tokens[n]
  const by = w(tokens, h + 1)
  if (!head.cap || !(grammar.causePrepositions.has(by) || (by === 'of' && grammar.friendsGroups.has(head.lower))) || !name?.word || !name.cap) return false
  if (lexicon.timeWords.has(name.norm)) return false
  // (a title may open a body's name, whose capitals end on a body's word: "Friends of Kings Heath Library")
  if (isTitle(name)) {
    let end = n
    while (end < tokens.length - 1 && end < n + 10 && capped(tokens[end + 1])) end++
    if (!isOrgWord(tokens[end])) return false
  }
  // (a listed plural may be irregular: "Women for Trump")
  return lexicon.causeGroups.has(head.lower) || (/[^su']s$/.test(head.lower) && !isSourceNoun(head))
}

/**
 * Whether capitalised words from `a` (past a possessive) name the group of the capitalised plural role at `h`: "the Revolutionary
 * Guards", "the Proud Boys", "Iran's Revolutionary Guards"; not words of a place, a people, a party, a body or a title, "Iowa
 * Republicans", "Senate Democrats", "Irish Guards", nor a sentence's first capital, which says nothing.
 */
function groupName(tokens: Token[], a: number, h: number): boolean {
  if (a < h && normalised(tokens[a])) a++
  return a < h && a > firstWord(tokens) && tokens[h].cap && !lexicon.titles.has(w(tokens, h).slice(0, -1)) && tokens.slice(a, h).every((t, k) => t.cap && t.word && !isTitleWord(t) && !isDemonym(t) && !isGivenName(t) && !isPersonRole(t) && !grammar.groupAdjectives.has(t.lower) && !isOrgWord(t) && !placeAt(tokens, a + k, h) && !lexicon.governmentWords.match(tokens, a + k, h))
}

/** A capitalised plural at `h` read as an unspecified group of people, not a name, by what stands before it from `a`. */
function unspecifiedGroup(tokens: Token[], a: number, h: number): boolean {
  const first = tokens[a]
  const head = tokens[h]
  if (!head.cap || h === a || !head.lower.endsWith('s')) return false
  const plural = /[^s]s$/.test(head.lower)
  // "low-income Americans", "frustrated Iraqis": a people, whatever describes it
  // ("The Americans said" in talks may be one delegation: left as before)
  if (plural && first.lower !== 'the' && countryAt(tokens, h, h + 1)) return true
  // "Most Americans", "several Democrats": a quantifier before it
  if (isIndefinite(first) && !grammar.singularQuantifiers.has(first.lower)) return true
  // "Half of Vermont Democrats", "the vast majority of Americans": a share of it
  // ("the Union of Concerned Scientists" has no share word before its "of": a name)
  const of = plural ? ofAt(tokens, a + 1, h) : h
  return of < h && lexicon.partitives.has(tokens[of - 1].norm) && tokens.slice(a + 1, of - 1).every((t) => !t.cap)
}

/**
 * A word at `k` that names no one even with a sentence's capital: "Therefore, …", "Hastily politicizing…, Trump…". A function
 * word may also be a name (Al From, George Will, Rex Early, Theresa May), so it names no one only when no verb follows it
 * ("Does the candidate … say…", "Absent a defense…, voters may conclude…") or, for a time that is no given name, a comma
 * ("On Friday, saying…").
 */
function functionWord(tokens: Token[], k: number): boolean {
  const l = w(tokens, k)
  // (a capitalised one is a name where no adverb takes a capital: after a lowercase word, or opening the sentence right before its
  // verb, "Vantly said…", "…after Vantly said"; a headline's capitals say nothing, "Firm Quietly Admits…")
  const named = tokens[k].cap && (k === firstWord(tokens) ? isCueWord(tokens[k + 1]) : !tokens[k - 1]?.cap)
  if (grammar.connectives.has(l) || (mannerAdverb(tokens[k]) && !named)) return true
  // ("most don't expect…": a quantifier that is also an adverb is a group)
  if (lexicon.indefinite.has(l) || !(lexicon.timeWords.has(l) || lexicon.prepositions.has(l) || lexicon.questionWords.has(l) || lexicon.auxiliaries.has(l) || lexicon.adverbs.has(l))) return false
  const next = tokens[k + 1]
  if (isComma(next)) return lexicon.timeWords.has(l) && !lexicon.givenNames.has(l)
  return !!next?.word && !isCueWord(next) && !isAuxiliary(next) && !isAdverb(next) && !adverbLike(next)
}

/** Bodies that are many people: "they" may stand for them (a document is never "they"), and a role noun for one kind may name another ("the council" of a charity). */
export const GROUP_TYPES = new Set<SourceType>(['organization', 'government', 'media', 'state-media'])
/** source types of speakers, not things: "his debate performance and polls showing…" is read whole */
const SPEAKER_TYPES = new Set<SourceType>(['person', 'organization', 'government', 'media', 'state-media'])

/** A source read from its owner's form is named without the 's ("the Pentagon's view", "the city's argument that…", "by the inspector general's count" are the Pentagon's, the city's, the inspector general's); a listed name written with it keeps it ("Moody's", "McDonald's"). */
export const ownerReading = (r: SourceReading): SourceReading => (r.kind === 'named' && /['’]s$/.test(r.name) && !listedWhole(r.name) ? { ...r, name: r.name.slice(0, -2) } : r)

/**
 * "Doyle and others", "the mayor and council members": a phrase read as not named that joins a
 * named speaker to others is two speakers, so the named one makes the sentence direct and the
 * unnamed one still counts for the anonymous-sources flag (SPEC §1 step 3, §4). Undefined otherwise.
 */
export function splitSpeakers(text: string, tokens: Token[], [a, b]: Range, outsideQuote: boolean): Array<{ src: Range; reading: SourceReading }> | undefined {
  for (let k = a + 1; k < b - 1; k++) {
    // ("officials in Texas, New Mexico and Arizona": a list inside a post-modifier joins no speakers)
    // ("Ruiz, Diaz and other council members": names listed before the joiner)
    const listComma = isComma(tokens[k]) && tokens[k - 1].cap && !!tokens[k + 1]?.cap
    if (isPreposition(tokens[k]) || (!tokens[k].word && tokens[k].text !== '.' && !listComma)) return undefined
    if (w(tokens, k) !== 'and' || !tokens[k - 1].word || !tokens[k + 1].word) continue
    // "Current and former officials", "local and state officials": two modifiers of one head;
    // "a banker and former Reagan official": one person described twice
    // ("…that Clinton and leading Democrats hope": a name before "and" is a speaker of its own; a capital opening the sentence may be "Current")
    // ("Lee and leaders of both parties": a head right after "and" is a second speaker, not a shared head's modifier)
    const bare = !tokens[k + 1].cap && !isDeterminer(tokens[k + 1]) && headOf(tokens, [k + 1, b]) !== k + 1
    const modifiers = bare && ((k === a + 1 && b - k > 2) || (isArticle(tokens[a]) && !isDefinite(tokens[a])))
    // ("U.S. and South Korean officials", "American and European diplomats": two nationalities of one head, one unnamed group; "the
    // U.S. and South Korea" are two states)
    // ("Israel and Hamas negotiators": a second name before the head too)
    const place = (s: number) => countryAt(tokens, s, b)?.length ?? 0
    const right0 = place(k + 1)
    // ("Democratic and Republican lawmakers", "Democratic and independent analysts": so do two sides')
    const side = k - a === 1 && grammar.groupAdjectives.has(w(tokens, a))
    if ((place(a) === k - a || side) && b - k > 2 && ((right0 > 0 && k + 1 + right0 < b) || ((tokens[k + 1].cap || (side && grammar.groupAdjectives.has(w(tokens, k + 1)))) && isPlural(tokens[b - 1])))) return undefined
    const left = readSource(text, tokens, [a, k], outsideQuote)
    // (a state or a country is no modifier either: "California and 19 other states")
    if (modifiers && !(left.kind === 'named' && ((left.type === 'person' && (a > 0 || k - a > 1)) || left.type === 'government') && tokens[a].cap && !left.role)) return undefined
    const right = readSource(text, tokens, [k + 1, b], outsideQuote)
    if (left.notSource || right.notSource) return undefined
    const named = (r: SourceReading) => r.kind === 'named' && SPEAKER_TYPES.has(r.type)
    if (!named(left) && !named(right)) return undefined
    return [{ src: [a, k], reading: left }, { src: [k + 1, b], reading: right }]
  }
  return undefined
}

/**
 * Two people a speaker phrase names, the first with a description set off by commas ("Nick Clegg, the company's president, and
 * Jennifer Newstead"): one attribution each; else undefined.
 */
export function splitApposedNames(text: string, tokens: Token[], [a, b]: Range, outsideQuote: boolean): Array<{ src: Range; reading: SourceReading }> | undefined {
  let second = b
  while (second > a && capped(tokens[second - 1])) second--
  if (second === b || tokens[second - 1]?.lower !== 'and' || !isComma(tokens[second - 2])) return undefined
  let comma = a
  while (comma < second && capped(tokens[comma])) comma++
  // (a description between, as one opens, "the…", "its…": "Ruiz, Diaz, and Lee" is a list)
  if (comma === a || !isComma(tokens[comma]) || comma >= second - 2 || !opensDescription(tokens, comma + 1)) return undefined
  const left = readSource(text, tokens, [a, comma], outsideQuote)
  const right = readSource(text, tokens, [second, b], outsideQuote)
  const person = (r: SourceReading) => r.kind === 'named' && r.type === 'person'
  return person(left) && person(right) ? [{ src: [a, comma], reading: left }, { src: [second, b], reading: right }] : undefined
}

/** A possessive plural noun of the source lists: "patients'", "women's". */
const ownerPlural = (t: Token) => normalised(t) && NOUN_MAPS.some((map) => {
  const singular = map.get(t.norm)
  return singular !== undefined && singular !== t.norm
})

/** A person by age used as a noun: "the 46-year-old", "a 19-year-old". */
export const AGE = /^\d+-year-old$/

/** The type of a body an office noun names: "the newspaper" an outlet, "the ministry" a government body, "the firm" an organisation. */
const officeType = (office: string): SourceType => (lexicon.mediaOffices.has(office) ? 'media' : lexicon.governmentOffices.has(office) ? 'government' : 'organization')

/** A common-noun source: an office, a document, a role, a group, or evidence. */
function readCommon(text: string, tokens: Token[], range: Range, h: number, written: string): SourceReading {
  const [a, b] = range
  const head = tokens[h]
  // ("a copy of the memo", "portions of his tax returns": a piece of a document is as definite as the document)
  const piece = isPartitive(tokens[a + 1]) && w(tokens, a + 2) === 'of' && a + 3 < b && !!compoundHead(tokens, h, lexicon.documentNouns)
  // ("Almost every economist", "Nearly all analysts": the determiner after a lead)
  const led = (grammar.quantityLeads.has(w(tokens, a)) || adverbLike(tokens[a])) && isDeterminer(tokens[a + 1])
  // (after "and" and a common noun the head's own determiner: "witnesses and a firefighter" are as unnamed as "a firefighter")
  let joined = h - 1
  while (joined > a && w(tokens, joined) !== 'and') joined--
  if (joined > a && !(isDeterminer(tokens[joined + 1]) && !tokens[joined - 1].cap && !isPronoun(tokens[joined - 1]))) joined = a
  const det = tokens[joined > a ? joined + 1 : piece ? a + 3 : led ? a + 1 : a].lower
  const plural = isPlural(head)
  // ("patients' groups", "farmers' unions": a plural owned by a kind of people is an unspecified group, not one owner's)
  const kindOwned = plural && tokens.slice(a, h).every((t, k) => !isDeterminer(t) && (!t.cap || a + k === firstWord(tokens))) && tokens.slice(a, h).some(ownerPlural)
  // ("a citizens' group", "a farmers' union", "a senator's aide": an indefinite article before an owner leaves the phrase
  // indefinite, one of a kind or someone's unnamed)
  const kindOfOne = lexicon.indefinite.has(det) && tokens.slice(a, h).some(normalised)
  const possessive = grammar.definite.has(det) && det !== 'the' ? true : tokens.slice(a, h).some(normalised) && !kindOwned && !kindOfOne
  // a bare singular is headline style for a definite one: "…, governor says", "study finds"
  const definite = grammar.definite.has(det) || possessive || (!plural && !lexicon.determiners.has(det) && !lexicon.indefinite.has(det) && !lexicon.massNouns.has(head.norm))
  const indefinite = !definite && (lexicon.indefinite.has(det) || plural)
  const mods = tokens.slice(a, h).filter((t) => t.word && !isDeterminer(t)).map((t) => t.norm)
  const after = tokens.slice(h + 1, b)
  const namedAfter = capAfter(tokens, h + 1, b)
  const name = withoutArticle(written)
  // ("a federal judge", "one analyst at Redwood", "a witness" may be named in the next sentence: "The analyst, Jonah Pike, wrote…")
  const one = !plural && joined <= a && (det === 'a' || det === 'an' || det === 'one')
  // ("the people said", "the officials added": bare after "the", the unnamed people a sentence before described)
  // (so is some of it, "One of the officials", "two of the people": by its noun)
  const some = h === a + 3 && b === h + 1 && w(tokens, a + 1) === 'of' && w(tokens, a + 2) === 'the' && (isFigure(tokens[a]) || isSpelledNumber(tokens[a]) || isIndefinite(tokens[a]))
  const back = (det === 'the' && h === a + 1 && b === h + 1) || some

  // ("Button said…", "Banner told reporters…": one capitalised word for a thing, with no article, before a verb only people use is a
  // surname, as "Cook said" is; so is a document's in the past, "Law said…", "Bill told…", where "Report says…" is a headline's)
  // ("Germans said…", "Ukrainians told reporters…": a people is an unspecified group, no surname, SPEC §1 step 2)
  if (peopleOf(head) && (det !== 'the' || h > a + 1)) return { kind: 'vague', type: 'anonymous', name }
  // (not an uncountable word, no one's name: "History tells us…", "Science says…")
  const surname = b - a === 1 && head.cap && !plural && grammar.peoplesSpeech.has(w(tokens, b)) && !lexicon.massNouns.has(head.norm)
  // (a body named by two words whose head alone is an instrument, "the war monitor"; people of a noun that is also an instrument's
  // before a verb no instrument has, "Election monitors said…", "…counted 212 complaints", where "monitors showed" is evidence)
  const verb = cueVerb(w(tokens, b))
  // ("History suggests…", "his history of violence", "the history of the dispute" are evidence, "a company history" a document)
  const record = grammar.countedDocuments.has(head.norm) && (h === a || isPossessive(tokens[a]) || w(tokens, h + 1) === 'of')
  // (a made piece that claims or says something is a document, "A viral video claims that…", "The clip falsely says…"; one that
  // shows is evidence)
  // (the noun asked first, as it is rarely one; the verb past an adverb)
  const claims = (k: number) => grammar.claimingVerbs.has(cueVerb(w(tokens, k))?.base ?? '')
  if (grammar.authoredMedia.has(lookup(lexicon.evidenceNouns, head) ?? '') && (claims(b) || (!!tokens[b] && adverbLike(tokens[b]) && claims(b + 1)))) return { kind: definite ? 'named' : 'vague', type: 'document', name }
  // (by two words too, over a document's noun: "A post-mortem examination found…")
  if ((lexicon.evidenceNouns.has(`${w(tokens, h - 1)} ${head.norm}`) || (lookup(lexicon.evidenceNouns, head) && (!lookup(lexicon.documentNouns, head) || record))) && !compoundHead(tokens, h, lexicon.officeNouns) && !(verb && verb.cls !== 'research' && lookup(lexicon.vagueNouns, head))) return surname ? { kind: 'named', type: 'person', name } : { kind: 'none', type: 'unknown', name, notSource: 'evidence' }
  if (surname && !w(tokens, b).endsWith('s') && lookup(lexicon.documentNouns, head)) return { kind: 'named', type: 'person', name }
  // "those who said…", "those surveyed", "those close to the mayor": people the writer does not name
  // ("those in the room", "those with knowledge of the talks": people placed by a preposition)
  if (det === 'those' && (h === a || isPreposition(tokens[a + 1]) || tokens.slice(a + 1, b).every((t) => uncapped(t) && (t.lower.endsWith('ed') || grammar.irregularPasts.has(t.lower))))) return { kind: 'vague', type: 'anonymous', name }
  // "the 46-year-old said": a person by age, one definite person (or an unnamed one: "a 46-year-old")
  // (the definite one a role, the person the sentence before named: '“…,” the 45-year-old said.')
  if (AGE.test(head.lower)) return definite ? { kind: 'named', type: 'person', name, role: { head: head.lower, mods: [] } } : { kind: 'vague', type: 'anonymous', name }
  // ("the spokeswoman said", "the rep said" after "a spokeswoman for Bloom", "a representative for Bloom": the one written before)
  const spokes = compoundHead(tokens, h, lexicon.spokesNouns)
  if (spokes) return { kind: 'named', type: 'person', name, role: back ? { head: spokes, mods: [] } : undefined }

  // ("a senior Labour figure", "figures close to the minister": a figure of standing is a person, unnamed or the one written before)
  const standing = FIGURE.test(head.lower) && (tokens.slice(a, h).some((t) => grammar.figureStanding.has(t.lower)) || (w(tokens, h + 1) === 'close' && w(tokens, h + 2) === 'to'))
  if (standing) return indefinite || plural ? { kind: 'vague', type: 'anonymous', name, pending: head.norm } : { kind: 'named', type: 'person', name, role: { head: head.norm, mods } }
  const doc = compoundHead(tokens, h, lexicon.documentNouns)
  // (its keeper named after it publishes it, "tracking data from MarineTraffic", "satellite data released by NASA": SPEC's identified release)
  if (doc && lexicon.measuredRecords.has(doc) && tokens.slice(a, h).some((t) => lexicon.evidenceModifiers.has(t.lower)) && !(namedAfter && !onlyPlaces(tokens, h + 1, b))) return { kind: 'none', type: 'unknown', name, notSource: 'evidence' }
  // ("Findings by our correspondent showed…", "a review by this newspaper": the outlet's own work, the author's)
  if (doc && w(tokens, h + 1) === 'by' && (grammar.firstPersonPossessives.has(w(tokens, h + 2)) || (w(tokens, h + 2) === 'this' && (lexicon.mediaOffices.has(w(tokens, h + 3)) || lexicon.outletStaff.has(w(tokens, h + 3)))))) return { kind: 'none', type: 'unknown', name, notSource: 'author' }
  if (doc) {
    // "court documents", "a Pew survey", "a study published in Nature", "the ministry's report"
    // ("tax records", "federal election filings": the kind of record or its keeper, like "court documents")
    // ("a university study", "a tourism board survey": research after "a" from one of many such bodies names none; a state body is one,
    // "a government study", and a company's is the story's own; other documents keep their body: "a police report", "a campaign ad")
    const researchOfMany = one && lexicon.researchWorks.has(doc)
    const oneBody = (t: Token) => !researchOfMany || isGovernmentOffice(t) || lexicon.companyNouns.has(t.norm)
    // ("a British study", "a New Hampshire poll": a place names no author)
    const placed = onlyPlaces(tokens, a, h)
    // (a listed body's name says so at the sentence's start too: "ONS data published on Wednesday showed…")
    // ("supply chain reports": a body's noun inside a compound names none)
    const bodyNoun = (t: Token, i: number) => isOfficeNoun(t) && !grammar.mediumWords.has(t.lower) && !isCompound(tokens[a + i - 1]?.lower, t.lower)
    const modifiedByBody = tokens.slice(a, h).some((t, i) => (t.cap && !placed && (a + i !== firstWord(tokens) || lexicon.bodyNames.has(t.text)) && !isDeterminer(t)) || (bodyNoun(t, i) ? oneBody(t) : lexicon.recordKinds.has(t.lower)))
    // "a petition signed by 340 businesses", "documents seen by Reuters", "a plea agreement filed with the court": identified by what
    // follows ("a report released Wednesday" is not)
    // ("new financial documents he submitted to the government": a relative clause of their author's names them too)
    // (or a definite maker's of a word or two: "a notice the company filed with the state", "documents the city released")
    // ("a letter which the company sent to customers": after "that" or "which" too)
    // (or a name's: "a memo Kim sent to the council", "a letter Ana Ortiz wrote")
    const namedMaker = (m: number) => {
      let k = m
      while (k < m + 3 && capped(tokens[k])) k++
      return k > m && grammar.identifying.has(w(tokens, k)) ? k : undefined
    }
    const makerAt = (m: number) => (isDefinite(tokens[m]) ? [m + 2, m + 3].find((k) => grammar.identifying.has(w(tokens, k)) && tokens.slice(m + 1, k).every((t) => t.word && !grammar.identifying.has(t.lower))) : namedMaker(m))
    const maker = makerAt(b) ?? (w(tokens, b) === 'that' || w(tokens, b) === 'which' ? makerAt(b + 1) : undefined)
    const author = (!!tokens[b]?.word && isPronoun(tokens[b]) && !isRelative(tokens[b]) && grammar.identifying.has(w(tokens, b + 1))) || !!maker
    // ("A new study, published in Nature, found…": the participle may be set off by commas; "released Wednesday" names no one)
    // (or a relative clause's passive: "The documents, which were obtained by ProPublica, show…")
    let opens = b + 1
    if (isRelative(tokens[opens]) && lexicon.be.has(w(tokens, opens + 1))) opens += 2
    if ((opens > b + 1 && adverbLike(tokens[opens])) || (isComma(tokens[b]) && isAdverb(tokens[opens]))) opens++
    // (or by dashes: "The report—released Monday by the state auditor—found…")
    const aside = isComma(tokens[b]) || DASHES.has(tokens[b]?.text ?? '') ? tokens.slice(opens, opens + 3) : []
    // ("published Tuesday in the Annals of Internal Medicine": its day may come between)
    const pastTime = (words: Token[], k: number) => (isTimeWord(words[k]) && IDENTIFIED_BY.has(words[k + 1]?.lower ?? '') ? k + 1 : k)
    // ("posted on the ministry's website": "on" a place of publication, not a day, "released on Tuesday")
    const by = (words: Token[], k: number) => IDENTIFIED_BY.has(words[k]?.lower ?? '') || (words[k]?.lower === 'on' && !!words[k + 1] && !isTimeWord(words[k + 1]) && !YEAR.test(words[k + 1].text) && !isTimeWord(words[k + 2]))
    // (a phrasal past and its maker identify it too: "a page set up by the family", "a report drawn up by the ministry")
    const identifies = (words: Token[]) => words.some((t, k) => lexicon.journals.has(t.lower) || (grammar.citedIn.has(t.lower) && by(words, k + 1)) || (grammar.identifying.has(t.lower) && (by(words, pastTime(words, k + 1)) || (!!words[k + 1]?.cap && !isTimeWord(words[k + 1]) && !onlyPlaces(words, k + 1, words.length)))) || (isParticle(words[k + 1]) && words[k + 2]?.lower === 'by' && !!words[k + 3] && uncapped(t)))
    // ("figures from the ministry", "a letter from the union", "emails from his lawyer", "a report by the city auditor": its keeper,
    // sender or maker, named as a body or one person is, names it; "data from the past decade", "emails from the officials",
    // "results from the districts" do not)
    // ("a letter from his doctor Friday afternoon": the day after the keeper is no part of it)
    let end = b
    while (end > h + 3 && isTimeWord(tokens[end - 1])) end--
    const kept = (after[0]?.lower === 'from' || after[0]?.lower === 'by') && isDefinite(after[1]) ? headOf(tokens, [h + 2, end]) : -1
    const keeper = kept > h && !isPlural(tokens[kept]) && !!(compoundHead(tokens, kept, lexicon.officeNouns) ?? compoundHead(tokens, kept, lexicon.personRoles))
    // ("reports in Brazil and England", "a study from Denmark": a place after the noun names no author; "a study by a Russian
    // sociologist, Mikhail Dmitriyev," names its author in the apposition)
    const authorNamed = after[0]?.lower === 'by' && isComma(tokens[b]) && !!tokens[b + 1]?.cap && tokens[b + 1].word
    // (", also in the BMJ,": a journal it appeared in identifies it as "published" does)
    const identifiedAside = (grammar.identifying.has(aside[0]?.lower ?? '') || (aside[0]?.lower === 'in' && aside.some((t) => lexicon.journals.has(t.lower)))) && identifies(aside)
    // ("Posts on Facebook claim…", "Videos shared thousands of times on TikTok say…": a platform names no author of a plural of posts)
    // ("Sky News has obtained documents showing…": the object of a name's perfect of an identifying verb, as "documents obtained by
    // Sky News" is)
    const obtained = grammar.identifying.has(w(tokens, a - 1)) && grammar.perfectAuxiliaries.has(w(tokens, a - 2)) && capped(tokens[a - 3]) && !personWord(tokens[a - 3])
    const identified = definite || (namedAfter && (authorNamed || !onlyPlaces(tokens, h + 1, b, plural))) || modifiedByBody || author || keeper || identifies(after) || identifiedAside || obtained || grammar.courtRecords.has(w(tokens, h))
    // ("The data, released by the Labor Department on Friday, showed…": identified where it stands, it is a document written before
    // with its own noun, or research by any of its nouns, or none: "The email, released by Judicial Watch," after "a newly uncovered
    // email", but not after "Police records indicate…")
    // (the row goes by what identifies it, set off or not: "report published by the Brookings Institution", as "a report published by…")
    const asideName = identifiedAside ? asideText(text, tokens, opens) : undefined
    if (identified) return { kind: 'named', type: 'document', name: asideName ? `${name} ${asideName}` : name, role: det === 'the' && !piece && !namedAfter && !modifiedByBody ? { head: doc, mods, own: identifiedAside || undefined } : undefined }
    return { kind: 'vague', type: 'document', name, pending: plural ? undefined : doc }
  }
  // ("Researchers led by Ana Souza found…", "scientists led by Dr. Ana Souza": people a named leader identifies, as "a team led by…";
  // past their firm too, "Strategists at JPMorgan led by Marko Kolanovic")
  let leader = h + 1
  if ((w(tokens, leader) === 'at' || w(tokens, leader) === 'from') && tokens[leader + 1]?.cap) for (leader++; leader < b && tokens[leader].cap; ) leader++
  if (w(tokens, leader) === 'led' && w(tokens, leader + 1) === 'by' && tokens[leader + 2]?.cap && isPlural(head) && (isPersonRole(head) || isVagueNoun(head))) return { kind: 'named', type: 'organization', name }
  // unspecified groups, poll shares included: "Six in 10", "79 percent of Democrats", "majorities"
  // (one of a rank is one person: "the bank's chief analyst", "the lead analyst")
  // ("the nation's top infectious disease expert": an unnamed person's noun too, which alone is never one person)
  const ranked = definite && !plural && (isPersonRole(head) || (isVagueNoun(head) && !grammar.unrankedNouns.has(head.norm))) && tokens.slice(a, h).some((t) => grammar.rankWords.has(t.lower))
  const group = ranked ? undefined : lookup(lexicon.groupNouns, head)
  // ("Two out of three Americans": a share by "out of", its head read as "out")
  const share = head.lower === 'out' && w(tokens, h + 1) === 'of' && h > a && (isFigure(tokens[h - 1]) || isSpelledNumber(tokens[h - 1]))
  if (group || share || /^\d[\d,.]*%?$/.test(head.text) || isIndefinite(head)) return { kind: 'vague', type: 'anonymous', name, pending: one && group ? group : undefined, role: back && group ? { head: group, mods: [] } : undefined }
  const office = compoundHead(tokens, h, lexicon.officeNouns)
  if (office) {
    // ("the Ohio hospital network", "a health network": an outlet's noun after an institution's or a body's field names such a body)
    const fielded = lexicon.mediaOffices.has(office) && h > a && !tokens[h - 1].cap && (grammar.institutionEnds.has(w(tokens, h - 1)) || grammar.bodyFields.has(w(tokens, h - 1)))
    // ("The Federal Reserve's website states…", "its website": a body's own site is its publication, no outlet)
    const officeKind = fielded ? 'organization' : possessive && grammar.ownedSites.has(office) ? 'document' : officeType(office)
    // (an unnamed body is still a body of its kind: "a federal appeals court" is a court, "two think tanks" organizations; but
    // "small groups of protesters" are people)
    const ofPeople = w(tokens, h + 1) === 'of' && isPersonRole(tokens[b - 1])
    // ("the Riverside Unified School District board", "a Senate panel", "a three-judge panel of the 9th Circuit": a body of a
    // government named right before it or after its "of" is that government's)
    const governments = officeKind === 'organization' && !lexicon.companyNouns.has(office) && ((h > a && tokens[h - 1].cap && !!lexicon.governmentWords.find(tokens, a, h)) || (w(tokens, h + 1) === 'of' && (!!lexicon.governmentWords.find(tokens, h + 2, b) || isGovernmentOffice(tokens[b - 1]))))
    // (one body by its kind may be named in the next sentence: "A federal appeals court ruled…" then "…the 8th U.S. Circuit Court
    // of Appeals…")
    const one = !plural && !ofPeople && (det === 'a' || det === 'an')
    // (a court's bench or panel may be the court named before: grammar courtParts)
    if (indefinite && !namedAfter) return { kind: 'vague', type: ofPeople ? 'anonymous' : governments ? 'government' : officeKind, name, pending: one ? office : undefined, role: one && grammar.courtParts.has(office) && !mods.some((m, i) => tokens[a + 1 + i]?.cap) ? { head: office, mods } : undefined }
    // ("The Committee to Protect Journalists", "the Office for National Statistics": a capitalised head with a name after it
    // is a body's own name, not "the committee" the story named before; "the ministry in Moscow" still is)
    const ownName = head.cap && namedAfter
    // (an own name headed by a noun that organisations share with states is typed by its words, as other names are: "the Council
    // on Foreign Relations" is a think tank, "the Council of Ministers" a state's; "the council" alone is still the city's)
    // (and a name written before it: "Crystal Palace" is a club, "the presidential palace" a head of state's)
    const shared = (ownName || (head.cap && h > a && tokens[h - 1].cap)) && lexicon.governmentOffices.has(office) && lexicon.organizationWords.has(office) && !lexicon.governmentWords.find(tokens, a, b)
    const type = shared ? 'organization' : governments ? 'government' : officeKind
    // ("police said" is "the police said")
    const bare = h === a && grammar.bareOffices.has(office)
    // (a capitalised word before it names another body, "the Senate committee", but for where it is based or who runs it: "the
    // Nashville-based company", "the Hamas-run ministry")
    // ("the Spanish agency", "the Russian ministry": a nationality only says whose body it is, one written before)
    // (so does a union of states: "the U.N. agency", grammar unionOwners)
    const named = (i: number) => tokens[a + 1 + i]?.cap && !describesBase(tokens[a + 1 + i]) && !countryAt(tokens, a + 1 + i, a + 2 + i) && !grammar.unionOwners.has(w(tokens, a + 1 + i))
    return { kind: 'named', type, name, country: countryIn(tokens, range), role: (det === 'the' || bare) && !plural && !ownName && !mods.some((m, i) => named(i)) ? { head: office, mods } : undefined }
  }
  // ("the Italian", "a 45-year-old Spaniard": one person of a nation)
  const role = compoundHead(tokens, h, lexicon.personRoles) ?? (isDemonym(head) ? head.norm : undefined)
  if (role) {
    // one definite person ("her mother", "the foreign minister"), or one's family ("his parents");
    // "a senior official", "officials", "Sanders' aides" are vague
    // ("the owner of a Brooklyn bakery", "the head of sales at one retailer": of a body no one can tell, as unnamed as "a manager")
    const unnamedAnchor = after.some((t, k) => isPreposition(t) && grammar.unnamedAnchors.has(after[k + 1]?.lower ?? ''))
    if (definite && unnamedAnchor && !plural) return { kind: 'vague', type: 'anonymous', name }
    if (definite && (!plural || (possessive && grammar.kinPlurals.has(head.lower)))) return { kind: 'named', type: 'person', name, role: { head: role, mods } }
    // "The authors wrote…" after "a study published in…": a document's authors speak for it, when one comes before
    if (definite && plural && grammar.documentAuthors.has(role)) return { kind: 'vague', type: 'anonymous', name, role: { head: role, mods, of: 'document' } }
    // ("A federal judge blocked…" may be named in the next sentence: "U.S. District Judge Robert Pitman wrote…")
    return { kind: 'vague', type: 'anonymous', name, pending: one ? role : undefined, role: back ? { head: role, mods: [] } : undefined }
  }
  const vague = lookup(lexicon.vagueNouns, head)
  // (as written: its noun names no one a later one may stand for, "the country's top climate expert" is another)
  if (vague && ranked) return { kind: 'named', type: 'person', name }
  if (vague) return { kind: 'vague', type: 'anonymous', name, pending: one ? vague : undefined, role: back ? { head: vague, mods: [] } : undefined }
  if (lookup(lexicon.vagueMedia, head)) return { kind: 'vague', type: 'media', name }
  // "One of them, a businessman…, described", "two of us": some of a group a pronoun stands for, people left unnamed
  if (h > a && w(tokens, h - 1) === 'of' && isObjectPronoun(head)) return { kind: 'vague', type: 'anonymous', name }
  // (a plural or uncountable word of events or evidence, capitalised only because it opens the sentence, is no name: "Prices at
  // the pump suggest…", "History suggests…"; "Price said" may be a surname)
  const common = h === firstWord(tokens) ? (lexicon.eventNouns.get(head.norm) ?? lexicon.evidenceNouns.get(head.norm)) : undefined
  const opensAsCommon = common !== undefined && (common !== head.norm || lexicon.massNouns.has(head.norm))
  // ("Hosts who spoke at the hearing said…", "Anchors said…": a title's plural opening the sentence with no name after it is people)
  const titlePlural = h === a && h === firstWord(tokens) && head.lower.endsWith('s') && (lexicon.titles.has(head.lower.slice(0, -1)) || lexicon.titles.has(head.lower.slice(0, -2)))
  if (titlePlural) return { kind: 'vague', type: 'anonymous', name }
  if (head.cap && !opensAsCommon && !evidenceInitials(head)) return readName(text, tokens, range, h)
  // ("Two of the bidders", "Millions of viewers", "many of whom", "a majority of those": unlisted people, plural by an agent's ending,
  // or the relatives that stand for people)
  if (!definite && (PEOPLE_PLURAL.test(head.lower) || (h > a && w(tokens, h - 1) === 'of' && grammar.peopleRelatives.has(head.lower)))) return { kind: 'vague', type: 'anonymous', name }
  return definite ? { kind: 'named', type: 'unknown', name } : { kind: 'vague', type: 'unknown', name }
}

/**
 * Whether `tokens[a, b)` is a clause's predicate read back from a verb, no noun phrase: an adverb, then a verb's form with its own
 * object or adjunct ("generally beaten Sanders handily among voters", "deliberately driving onto a sidewalk"); a name is the verb's
 * object when no noun of the phrase follows it ("recently hacked DNC documents" is a phrase, as "recently released documents" is).
 */
function predicateRead(tokens: Token[], a: number, b: number): boolean {
  const [first, verb] = [tokens[a], tokens[a + 1]]
  if (b - a <= 2 || !first.word || first.cap || !(adverbLike(first) || isAdverb(first))) return false
  if (!verb?.word || verb.cap || !(pastOrParticiple(verb) || gerundLike(verb) || (verb.lower.length > 4 && verb.lower.endsWith('en')))) return false
  let k = a + 2
  if (!tokens[k].word) return false
  if (!tokens[k].cap) return isDeterminer(tokens[k]) || isPreposition(tokens[k])
  while (k < b && capped(tokens[k])) k++
  return k === b || adverbLike(tokens[k]) || isPreposition(tokens[k])
}

/** Where a name starts in `tokens[a..h]` past the titles, roles, nationalities and determiners written before it. */
function pastTitles(tokens: Token[], a: number, h: number): number {
  let s = a
  while (s < h) {
    const t = tokens[s]
    const place = countryAt(tokens, s, h)
    if (place) s += place.length
    // ("Mr. de Blasio", "Ms. van der Berg": a particle before the surname is the name's)
    else if (grammar.nameParticles.has(t.lower) && !isDeterminer(t) && (tokens[s + 1].cap || nameParticle(tokens[s + 1], true))) break
    else if ((isTitle(t) || isDeterminer(t) || !t.cap) && !courtesySurname(tokens, s)) s++
    else break
  }
  return s
}

/** The possessive ending the name that opens `tokens[a, h)` and owns the rest ("Media Research Center’s Bozell"), -1 for none. */
function ownerOf(tokens: Token[], a: number, h: number): number {
  for (let k = a; k < h && tokens[k].cap; k++) if (POSSESSIVE.test(tokens[k].text)) return k
  return -1
}

const POSSESSIVE = /.['’]s$/

/**
 * The names of people joined in `tokens[s..h]` by commas, "and" or "or", each past the title or description written before
 * it ("Donald Trump and Sen. Ted Cruz" → "Donald Trump and Ted Cruz", "Sen. Ann Lee, Rep. Bo Diaz and Gov. Cy Ward" → "Ann
 * Lee, Bo Diaz and Cy Ward"); undefined for one person (titles joined before one name: "former Pennsylvania Gov. and DNC
 * Chairman Ed Rendell") and when a joiner is followed by no name ("Doyle and others"), which the caller reads as before.
 */
function joinedNames(text: string, tokens: Token[], s: number, h: number): string | undefined {
  const pieces: Range[] = []
  let from = s
  for (let k = s + 1; k < h; k++) {
    const before = tokens[k - 1]
    if (!(isComma(tokens[k]) || w(tokens, k) === 'and' || w(tokens, k) === 'or') || !before.word || !before.cap || titleAt(tokens, k - 1)) continue
    // (", and" is one joiner)
    const next = isComma(tokens[k]) && (w(tokens, k + 1) === 'and' || w(tokens, k + 1) === 'or') ? k + 2 : k + 1
    // (a lowercase title may lead the next name: "Meta president Nick Clegg and chief legal officer Jennifer Newstead")
    let named = next
    while (named < h && named - next < 4 && uncapped(tokens[named])) named++
    if (!tokens[named]?.word || !tokens[named].cap || (named > next && !isTitleWord(tokens[named - 1]))) return undefined
    pieces.push([from, k])
    from = next
    k = next - 1
  }
  if (!pieces.length) return undefined
  // ("Work and Pensions Secretary Liz Kendall", "Environment, Food and Rural Affairs Secretary…": fields joined before a title are
  // its portfolio, one person's; "Trump and Energy Secretary Chris Wright" are two, grammar portfolioWords)
  if (portfolioBefore(tokens, from, h) && pieces.every(([p, q]) => tokens.slice(p, q).every((t) => bodyField(t.lower) || grammar.portfolioWords.has(t.lower)))) return undefined
  pieces.push([from, h + 1])
  let name = ''
  let end = -1
  for (const [p, q] of pieces) {
    const start = pastDescription(tokens, pastTitles(tokens, p, q - 1), q - 1)
    if (end >= 0) name += text.slice(tokens[end].end, tokens[p].start)
    name += text.slice(tokens[start].start, tokens[q - 1].end)
    end = q - 1
  }
  return withoutArticle(name).replace(/['’]s$/, '')
}

/** Whether capitalised words from `k` up to `h` run into a title: "Pensions Secretary Liz Kendall", "Rural Affairs Minister…". */
function portfolioBefore(tokens: Token[], k: number, h: number): boolean {
  for (let j = k; j < h && capped(tokens[j]); j++) if (j > k && titleAt(tokens, j)) return true
  return false
}

/**
 * Where a person's name starts in `tokens[s..h]` past a description written after a capital:
 * "Presidential candidate Ben Carson", "Clinton campaign manager Robby Mook", "Pennsylvania Gov.
 * Ed Rendell", "The Blaze’s Matt Walsh". A capitalised title counts only before two words or more
 * ("Martin Luther King Jr.").
 */
export function pastDescription(tokens: Token[], s: number, h: number): number {
  for (let k = h - 1; k >= s; k--) {
    const t = tokens[k]
    // "The Blaze’s Matt Walsh", "Colorado’s Kendal Unruh": a possessive owns the name after it
    if (t.word && normalised(t) && tokens[k + 1].cap) return k + 1
    if (k === s) break
    // (one word after a title is a name only after a party's or a body's initials: "DMK MP Kanimozhi", not "Prince Harry")
    if (tokens[k + 1].cap && t.word && (t.cap ? isTitle(t) && (h - k >= 2 || (INITIALS.test(tokens[k - 1].text) && !isTitle(tokens[k + 1]))) : descriptive(t))) return k + 1
  }
  return s
}

/** A capitalised name from `head` over its preposition, then one lowercase role and a run of capitals to `b`: "Friends of Eastgate Library chair Margaret Osei". */
function roleAtNamedBody(tokens: Token[], head: number, b: number): boolean {
  if (!tokens[head].cap) return false
  let r = head + 2
  // (its small words too: "Friends of the Earth")
  while (r < b && tokens[r].word && (tokens[r].cap || (grammar.titleCaseSmallWords.has(w(tokens, r)) && !!tokens[r + 1]?.cap))) r++
  return r > head + 2 && r + 1 < b && !tokens[r].cap && isPersonRole(tokens[r]) && tokens.slice(r + 1, b).every((t) => capped(t))
}

/**
 * The name of a person the phrase places at a body, if it does: after a role ("White House press
 * secretary Josh Earnest", "Department of Homeland Security spokeswoman Gillian Christensen",
 * "Twitter's Adam Sharp") or before "of" and the body ("Robert Gordon of Northwestern University",
 * led by a given name). A reporter at a state outlet stays the outlet's ("KCNA reporter Ri Jin"):
 * state media is what the editor is warned of.
 */
function personAtBody(text: string, tokens: Token[], [a, b]: Range, head: number): string | undefined {
  const last = b - 1
  // (a phrase headed by a common noun is not the person in it: "a 2014 study by law professor Justin Levitt"; nor is a list
  // one person: "Mr. Obama and Hillary Clinton", unless titles are joined: "former Pennsylvania Gov. and DNC Chairman Ed Rendell")
  // (a person's workplace may end lowercase: "Professor Daniel Hsu of Northwestern University's law school" is read only at its "of", below)
  const lowerEnd = !tokens[head].cap || !tokens[last].cap
  if (lowerEnd && ofAt(tokens, a + 1, last) === last) return undefined
  // ("the North Carolina Republican": an unnamed person from a place, though "Carolina" is a given name)
  for (let k = a; k < last - 1; k++) if (placeAndRole(tokens, k, b)) return undefined
  // (people named by whom they serve are not that person: "Lawyers for former President Donald Trump", "Aides to Gov. Ellen Park";
  // a body's plural name is a body's: "Centers for Disease Control Director Thomas Frieden")
  // (but a role at a body so named is that person: "Friends of Eastgate Library chair Margaret Osei", "Parents Against Cuts founder Lisa Wong")
  if (isPlural(tokens[head]) && isPreposition(tokens[head + 1]) && !(tokens[head].cap && isOfficeNoun(tokens[head])) && !roleAtNamedBody(tokens, head, b)) return undefined
  // ("Food and Drug Administration Commissioner Robert Califf" is one person: "and" inside a body's name, no title before it)
  const inBody = (k: number) => tokens[k - 1].cap && tokens[k + 1]?.cap && !isTitle(tokens[k + 1]) && !tokens.slice(a, k).some(isTitle) && tokens.slice(a, b).some((t, x) => t.cap && bodyWord(tokens, a + x) > 0)
  for (let k = a + 1; k < b; k++) if ((w(tokens, k) === 'and' || w(tokens, k) === 'or') && !titleAt(tokens, k - 1) && !inBody(k)) return undefined
  const named = pastDescription(tokens, a, last)
  let span: Range | undefined
  // (a body's document by its title is no person: "the Fed's Beige Book"; nor is a titled one after a role's word: "The Consumer Price
  // Index", not "Consumer" Price Index)
  const title = (POSSESSIVE.test(tokens[named - 1]?.text ?? '') && isDocumentNoun(tokens[last])) || (lexicon.titledDocuments.has(tokens[last].norm) && !isGivenName(tokens[last - 1]))
  // (nor a group's name ending in a plural role after its owner: "Iran's Revolutionary Guards"; "Dottie Deans" alone is a person)
  const group = POSSESSIVE.test(tokens[named - 1]?.text ?? '') && isPlural(tokens[last]) && isPersonRole(tokens[last]) && !isGivenName(tokens[named])
  if (!lowerEnd && named > a && roleBefore(tokens[named - 1]) && !title && !group && personName(tokens, named, last)) span = [named, b]
  else if (!lowerEnd) {
    // a title of several words ends where a given name begins: "UMWA Director of Government Affairs Phil Smith"
    // (the first given name of the run of capitals that ends the phrase: "Republican Christine Todd Whitman")
    let g = last
    while (g - 1 > a && capped(tokens[g - 1]) && !isTitle(tokens[g - 1])) g--
    const run = g
    while (g < last && !isGivenName(tokens[g])) g++
    // (an initial before the given name is the name's: "Superintendent L. Oliver Robinson", "Author F. Scott Fitzgerald")
    if (g < last) while (g > run && INITIAL.test(tokens[g - 1].text)) g--
    // (a given name not in our lists: the title's body ends with its last body word in the run, "Member of Parliament Jo Cox",
    // or with a body's name begun before the run, "Member of the House of | Commons Jo Cox")
    if (g === last) {
      let end = lexicon.governmentWords.endInto(tokens, run, last)
      for (let k = last - 1; k >= run; k--) {
        const n = bodyWord(tokens, k)
        if (n) { end = k + n; break }
      }
      if (end > run) g = end
    }
    // (a name after a preposition is its object, not the speaker: "Relatives of John Smith", "Lawyers for Ana Ruiz")
    if (g > a && g < last && !isPreposition(tokens[g - 1]) && personName(tokens, g, last) && tokens.slice(a, g).some(isTitle)) span = [g, b]
  }
  // (the run of capitals after a title's lowercase field is a name no list holds: "the head of operations Tomás Ferreira")
  if (!span && tokens[last].cap) {
    let run = last
    while (run > a && capped(tokens[run - 1])) run--
    if (titleField(tokens, run - 1) && personName(tokens, run, last)) span = [run, b]
  }
  if (!span) {
    const start = isArticle(tokens[a]) ? a + 1 : a
    const of = ofAt(tokens, start + 1, last)
    // (titles may lead: "Professor Ana Lindqvist of Lund University", "economist Mark Zandi of Moody's Analytics", and after
    // a capitalised one a surname alone is a person: "Professor Lindqvist of…"; "Director General of the agency" is all title,
    // "the state Division of Gaming Enforcement" a body)
    let s = start
    while (s < of - 1 && isTitle(tokens[s])) s++
    // (or a role of a word or two before a given name: "Political scientist Lori Turnbull of Dalhousie University")
    // (or a given name no list holds, two words right after a lowercase role: "lead author Ariaan Purich of Monash University")
    const unlisted = (g: number) => of - g === 2 && uncapped(tokens[g - 1]) && isPersonRole(tokens[g - 1]) && personName(tokens, g, of - 1)
    let g = s
    while (g < of - 1 && g - s < 2 && !isGivenName(tokens[g]) && !unlisted(g)) g++
    if (g > s && (isGivenName(tokens[g]) || unlisted(g)) && (isPersonRole(tokens[g - 1]) || roleBefore(tokens[g - 1])) && !tokens[g - 1].cap) s = g
    const titled = s > start
    // (or two words before a body's name, a given name no list holds: "Maya Robbins of the Warehouse Workers Coalition"; not people,
    // "Concerned Citizens of Elm County")
    // (a particle inside adds no word: "Charissa de Bekker of Utrecht University")
    // (or a body no list knows, when neither word could be a body's: "Núria Bonet of Ecologistes en Acció")
    const twoWords = () => of - s - tokens.slice(s + 1, of - 1).filter((t) => nameParticle(t, true)).length === 2 && !isPlural(tokens[of - 1]) && !isPersonRole(tokens[of - 1]) && (tokens.slice(of + 1, b).some((t, x) => t.cap && bodyWord(tokens, of + 1 + x) > 0) || (!!tokens[of + 1]?.cap && !grammar.bodyFields.has(w(tokens, of + 1)) && !bodyWord(tokens, s) && !bodyWord(tokens, of - 1) && !lexicon.governmentWords.find(tokens, s, of)))
    if (of < last && (isGivenName(tokens[s]) || titled || twoWords()) && personName(tokens, s, of - 1, titled && tokens[s - 1].cap && !isTitle(tokens[s]))) span = [s, of]
  }
  if (!span || lexicon.outlets.find(tokens, a, b)?.value.state) return undefined
  // (nor is a listed outlet the phrase names after its owner: "Spain's El País reported…")
  const outlet = lexicon.outlets.match(tokens, span[0], span[1])
  if (outlet && outlet.length === span[1] - span[0]) return undefined
  return text.slice(tokens[span[0]].start, tokens[span[1] - 1].end).replace(/['’]s$/, '')
}

/** The first "of" (or "at": "Dan McLaughlin at the National Review") from `from` on, or `to` when there is none before it. */
function ofAt(tokens: Token[], from: number, to: number): number {
  let k = from
  while (k < to && w(tokens, k) !== 'of' && w(tokens, k) !== 'at') k++
  return k
}

/** A role or a possessive right before a name: "secretary", "professor", "donor", "Twitter's". */
const roleBefore = (t: Token) => normalised(t) || isTitle(t) || isVagueNoun(t)

/** Two or three capitalised words no body's name holds, and the particles between them: "Josh Earnest", "Lu Kang", "Bill de Blasio", "Abu Bakr al-Baghdadi"; one will do after a title ("Professor Lindqvist"). */
function personName(tokens: Token[], s: number, h: number, single = false): boolean {
  let particles = 0
  // (a middle initial and a suffix add no word: "Robert F. Kennedy Jr.")
  for (let k = s + 1; k <= h; k++) if (nameParticle(tokens[k], k < h) || (k < h && INITIAL.test(tokens[k].text)) || (k === h && k > s + 1 && grammar.nameSuffixes.has(w(tokens, k)))) particles++
  if (h - s - particles > 2 || (h === s && !single)) return false
  for (let k = s; k <= h; k++) {
    const t = tokens[k]
    if (k > s && nameParticle(t, k < h)) continue
    if (!t.word || !t.cap || (bodyWord(tokens, k) && !outletSurname(tokens, s, k))) return false
  }
  return true
}

/** A surname at `k` that is also an outlet's word, after a given name: "Rachel Sun", "Emily Post" (not "the Jerusalem Post"). */
const outletSurname = (tokens: Token[], s: number, k: number) => k === s + 1 && mediaWord(tokens[k]) && isGivenName(tokens[s]) && !lexicon.outlets.find(tokens, s, k + 1)

/** How many words from `k` on only a body's name holds: 1 for "Parliament", "Board", "Corp.", "Times", 3 for "House of Commons"; 0 for none. */
function bodyWord(tokens: Token[], k: number): number {
  const government = lexicon.governmentWords.match(tokens, k)
  if (government) return government.length
  return isOrgWord(tokens[k]) || mediaWord(tokens[k]) || isOfficeNoun(tokens[k]) ? 1 : 0
}

/** A particle inside a name ("de", "von der"), or one joined to its last word ("al-Baghdadi", "el-Sisi"). */
export const nameParticle = (t: Token, inside: boolean) => t.word && (inside ? grammar.nameParticles.has(t.lower) : /^\p{Ll}+-\p{Lu}/u.test(t.text) && grammar.nameParticles.has(t.lower.split('-')[0]))

/** A word that makes a name an outlet's, or ends a hyphenated masthead: "Times", "Sun-Times", "KING-TV". */
export const mediaWord = (t: Token) => lexicon.mediaWords.has(t.norm) || (t.norm.includes('-') && lexicon.mediaWords.has(t.norm.slice(t.norm.lastIndexOf('-') + 1)))

/** A title before a name, one not yet in office, sharing it or past it too: "Gov.", "President-elect", "Minister-designate", "Co-owner", "Ex-president" (grammar titleSuffixes, titlePrefixes). */
export function titleWord(t: Token): boolean {
  if (isTitleWord(t) || lexicon.titles.has(t.norm)) return true
  const dash = t.lower.lastIndexOf('-')
  if (dash > 0 && lexicon.titles.has(t.lower.slice(0, dash)) && grammar.titleSuffixes.has(t.lower.slice(dash + 1))) return true
  const prefix = t.lower.indexOf('-')
  return prefix > 0 && grammar.titlePrefixes.has(t.lower.slice(0, prefix)) && lexicon.titles.has(t.lower.slice(prefix + 1))
}

/** A title or a role before a name, hyphenated ones too: "Gov.", "spokesman", "Secretary-Treasurer", "President-elect". */
function isTitle(t: Token): boolean {
  if (titleWord(t) || isPersonRole(t)) return true
  return t.lower.includes('-') && t.lower.split('-').every((p) => lexicon.titles.has(p) || lexicon.personRoles.has(p))
}

/** A title at `k` in its place: not a surname after a courtesy title ("Mr. King and Mr. Schultz"). */
const titleAt = (tokens: Token[], k: number) => isTitle(tokens[k]) && !courtesySurname(tokens, k)

/** A lowercase word that can describe a person before the name: not a particle of the name, a figure, an abbreviation or a function word ("Tammy Baldwin of Wisconsin", "Trump and Clinton", "Walmart v. Dukes"). */
/** Whether a title's field of lowercase words ends at `k`: "the head of sales", "president of global affairs". */
export function titleField(tokens: Token[], k: number): boolean {
  const lower = (t: Token | undefined) => uncapped(t) && !isPreposition(t)
  if (!lower(tokens[k])) return false
  let field = k
  while (field > 0 && k - field < 3 && lower(tokens[field - 1])) field--
  return w(tokens, field - 1) === 'of' && isTitleWord(tokens[field - 2])
}

const descriptive = (t: Token) =>
  /^\p{Ll}[^.]*$/u.test(t.text) && !grammar.nameParticles.has(t.lower) && !isPreposition(t) && !isDeterminer(t) && !isClauseBreaker(t)

/**
 * A body's name after a lowercase word describing it, from its run of capitals through `k`: "Activist investor Calder Capital", "rival
 * bidder Marsh Holdings" ("Bank of America" keeps its "of"). A body of government's keeps its country and a level of government,
 * which are its own ("Russia's Defense Ministry", "the state Department of Health"), and loses only a word that describes it, inside
 * its phrase from `a`: "the nonpartisan Congressional Budget Office".
 */
function pastDescriptionWord(text: string, tokens: Token[], k: number, b: number, government = false, a = 0): string | undefined {
  let c = k
  while (c > a && capped(tokens[c - 1]) && (government || !countryOwner(tokens[c - 1]))) c--
  if (!government) {
    // ("Britain's Lloyds Banking Group": a company's country owns no part of its name)
    if (c > 0 && countryOwner(tokens[c - 1])) return text.slice(tokens[c].start, tokens[b - 1].end)
    // (or one opening the sentence, its capital saying nothing: "Developer Linden Vale Homes says"; a plural may be the name's, "Farmers Insurance")
    const opening = tokens[c]
    if (c === firstWord(tokens) && c < k && !isPlural(opening) && !isTitleWord(opening) && !lexicon.faithsAndOrigins.has(opening.norm) && (isPersonRole(opening) || isOfficeNoun(opening))) return text.slice(tokens[c + 1].start, tokens[b - 1].end)
  }
  const before = tokens[c - 1]
  const level = government && (lexicon.placeLevels.has(before?.norm ?? '') || grammar.levelAdjectives.has(before?.lower ?? ''))
  return c > a && descriptive(before) && !level ? text.slice(tokens[c].start, tokens[b - 1].end) : undefined
}

/** A country's possessive: "Britain's", "Japan’s". */
const countryOwner = (t: Token) => normalised(t) && lexicon.places.countryWords.has(t.norm)

/** Capitals or countries joined by "and": "Pyongyang and Moscow have denied…", "France and Germany said". */
function placesJoined(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 3) return false
  let k = a
  let parts = 0
  while (k < b) {
    // ("The U.S. and Russia said": each may have its article)
    if (isArticle(tokens[k]) && k < b - 1) k++
    const place = lexicon.places.capitals.match(tokens, k, b) ?? countryAt(tokens, k, b)
    if (!place) return false
    k += place.length
    parts++
    if (k < b && !(w(tokens, k) === 'and' || isComma(tokens[k]))) return false
    if (k < b) k++
  }
  return parts > 1
}

/**
 * A name with "of" in it and no title or given name before its head is a body: "Chamber of Commerce" has "of" after its head,
 * and a name read whole across it is one too when "the" or a single capitalised word leads it ("the Republic of Turkey", "the
 * Hollywood Chamber of Commerce"; "Holger Schmieding of Berenberg" is a person, "the vast majority of Americans" a share of people).
 */
function bodyWithOf(tokens: Token[], a: number, start: number, h: number, b: number): boolean {
  const of = ofAt(tokens, start + 1, b)
  if (of === b || !tokens[b - 1].cap || tokens.slice(a, h + 1).some(isTitle) || tokens.slice(start, h).some((t) => isGivenName(t))) return false
  // ("Ortiz of the Urban Institute", "Yellen of the Treasury": one word that names no body, of a body named whole, is a person there)
  const bodyWord = (t: Token) => t.cap && (isOfficeNoun(t) || isOrgWord(t))
  if (of === start + 1 && w(tokens, of + 1) === 'the' && !bodyWord(tokens[start]) && tokens.slice(of + 2, b).some(bodyWord)) return false
  return of > h || ((start > a || of === start + 1) && tokens.slice(start, of).every((t) => t.cap))
}

/**
 * The office noun of a body a name stands in apposition to, before it or after it, or none: "The company's biggest union, IG
 * Metall, said" (union); "The Clarion, a neighborhood newspaper, reported" (newspaper), with the apposition's range. `s` is where the
 * name opens past its titles.
 */
function apposedOffice(tokens: Token[], [a, b]: Range, s: number): { office: string; range: Range } | undefined {
  // ("…, said two firms, Acme, Globex and Initech.")
  const before = a > 1 && isComma(tokens[a - 1]) && (!tokens[b] || isPunct(tokens[b], ',.!?')) ? leftNP(tokens, a - 2) : undefined
  const described = before && tokens[headOf(tokens, before)]
  const body = described && !described.cap ? lookup(lexicon.officeNouns, described) : undefined
  if (body && before) return { office: body, range: before }
  // (not a name with a body in it: "Holger Schmieding of Berenberg, Germany's largest private bank," describes the bank)
  const after = isComma(tokens[b]) && !tokens.slice(a, b).some((t) => isPreposition(t)) ? rightNP(tokens, b + 1) : undefined
  // (or a short one, of lowercase words, up to the sentence's end or a relative clause: "according to PowerWatch, a website that tracks outages.",
  // "NetChoice, a trade association whose members include Google, said", "according to Isavia, the national airport operator.")
  // (a nation's adjective may open it: "according to IQAir, a Swiss company that tracks pollution.")
  const short = after && after[1] - after[0] <= 4 && tokens.slice(after[0], after[1]).every((t, k) => t.word && (!t.cap || lexicon.demonyms.has(t.lower) || !!countryAt(tokens, after[0] + k, after[0] + k + 1)) && !isPreposition(t))
  const ends = after && (tokens[after[1]]?.text === ',' || (short && (after[1] === tokens.length || tokens[after[1]].text === '.' || grammar.relativePronouns.has(tokens[after[1]].lower) || tokens[after[1]].lower === 'whose')))
  const describing = ends && tokens[headOf(tokens, after)]
  // (a noun for a person too, after a given name, describes the person: "Lee Chang, a former regulator, said")
  const personAfter = !!describing && isPersonRole(describing) && isGivenName(tokens[s])
  const bodyAfter = describing && !describing.cap && !personAfter ? lookup(lexicon.officeNouns, describing) : undefined
  return bodyAfter && after ? { office: bodyAfter, range: after } : undefined
}

/** A capitalised name: a government body, an organisation, an outlet or a person. */
function readName(text: string, tokens: Token[], range: Range, h: number): SourceReading {
  const [a, b] = range
  const written = withoutArticle(spanText(text, tokens, range))
  const country = countryIn(tokens, range)
  // (past an article too: "the Holy See said")
  const start = isArticle(tokens[a]) ? a + 1 : a
  if (lexicon.places.capitals.match(tokens, start, b)?.length === b - start) return { kind: 'named', type: 'government', name: written, country }
  // "Wall Street expected…", "Silicon Valley is betting…": a place for the people of a trade, an unspecified group
  if (lexicon.industries.match(tokens, a, b)?.length === b - a) return { kind: 'vague', type: 'anonymous', name: written }
  // (several governments speak together: no one country)
  if (placesJoined(tokens, a, b)) return { kind: 'named', type: 'government', name: written }
  // a country by its name speaks through its government: "France said", "the U.S. says" (a people is plural and vague: "Americans say")
  const place = countryAt(tokens, start, b)
  if (place && start + place.length === b && (place.value === written || /^[A-Z.]+$/.test(written))) return { kind: 'named', type: 'government', name: written, country }
  // so does a state or a province, "Ohio said", "Texas sued…, calling the rule unlawful", and a city, "Chicago said it would appeal"
  if ((lexicon.places.regions.match(tokens, start, b) ?? lexicon.places.cities.match(tokens, start, b))?.length === b - start) return { kind: 'named', type: 'government', name: written, country }
  // a person named after the body they speak for: "Fed's Waller", "Apple's Tim Cook", "Moody's Chief Economist Mark Zandi" (not a
  // body of people's: "Women's March", "the Veterans' Caucus"); a document by its title: "the Fed's Beige Book"
  const owner = ownerOf(tokens, start, h)
  if (owner >= 0 && !isPlural(tokens[owner])) {
    if (isDocumentNoun(tokens[h])) return { kind: 'named', type: 'document', name: text.slice(tokens[owner + 1].start, tokens[h].end) }
    const own = readName(text, tokens, [owner + 1, b], h)
    if (own.type === 'person') return { ...own, country }
  }
  // a lowercase office noun before the name tells its type: "local broadcaster Canal 9", "the drugmaker Helvetia Pharma"; one of
  // two words before any government word in it ("Catholic aid agency Caritas" is a charity)
  let trade: string | undefined
  let named = -1
  for (let k = a; k < h && named < 0; k++) {
    // (a company's trade may open the sentence, its capital saying nothing: "Chipmaker Vantor Semiconductor said")
    trade = (!tokens[k].cap || (k === firstWord(tokens) && lexicon.companyNouns.has(tokens[k].norm) && !lexicon.anyTradeNouns.has(tokens[k].norm))) && tokens[k + 1].cap ? compoundHead(tokens, k, lexicon.officeNouns) : undefined
    if (trade) named = k + 1
  }
  // ("the Palestinian news agency WAFA": a trade of two words may be an outlet's, source-nouns mediaOffices)
  const typed = trade && { kind: 'named' as const, type: named >= 2 && lexicon.mediaOffices.has(`${w(tokens, named - 2)} ${trade}`) ? ('media' as const) : officeType(trade), name: withoutArticle(text.slice(tokens[named].start, tokens[b - 1].end)), country }
  if (typed && trade?.includes(' ')) return typed
  // (what an apposition calls it tells its kind first: "Arizona Public Service, the state's largest utility," is a company, though
  // "Service" names many agencies; not when the apposition holds a government's word: "the Fed, the nation's central bank")
  let s = pastTitles(tokens, a, h)
  const apposed = apposedOffice(tokens, range, s)
  const governing = lexicon.governmentWords.find(tokens, a, h + 1)
  if (governing && apposed && officeType(apposed.office) !== 'government' && !lexicon.governmentWords.find(tokens, ...apposed.range)) return { kind: 'named', type: officeType(apposed.office), name: written, country }
  // ("the Police Benevolent Association", "the Department Store Union": a union's or an association's name is no government's,
  // unless the government's word is the name, "the European Union", "the African Union")
  // (a government word only in the trade before the name leaves the row to the name: "Russia's space agency Roscosmos", "Germany's
  // weather service DWD")
  if (governing && typed && governing.start + governing.length <= named) return typed.type === 'media' ? typed : { ...typed, type: 'government' }
  if (governing && (!grammar.privateBodyHeads.has(w(tokens, h)) || governing.start + governing.length > h)) return { kind: 'named', type: 'government', name: pastDescriptionWord(text, tokens, governing.start, b, true, a) ?? written, country }
  if (typed) return typed
  // "Acme Corp.", "Human Rights Watch"; a lowercase "union secretary Paul Brandt" is a person, and so is one a description
  // holding a body's word leads: "Academy Award winner Meryl Streep"
  const nameAt = pastDescription(tokens, start, h)
  const from = nameAt > start && !tokens[nameAt - 1].cap && personName(tokens, nameAt, h) ? nameAt : a
  // (a masthead's word heads an outlet's name whatever its field: "Insurance Journal", "The Energy Gazette")
  const masthead = tokens[h].cap && h > from && mediaWord(tokens[h])
  // ("according to the American Community Survey": a survey by its name is the survey, not an agency, "the British Geological Survey")
  if (tokens[h].cap && tokens[h].norm === 'survey' && h > from && tokens[h - 1].cap && !grammar.surveyAgencies.has(w(tokens, h - 1))) return { kind: 'named', type: 'document', name: written }
  for (let k = from; k <= h && !masthead; k++) {
    // (not a portfolio before its title: "Energy Minister Syed Nasir Hussain Shah")
    if (tokens[k].cap && isOrgWord(tokens[k]) && !surnameNotCompany(tokens, k) && !(k < h && isPersonRole(tokens[k + 1]))) return { kind: 'named', type: 'organization', name: pastDescriptionWord(text, tokens, k, b) ?? written }
  }
  // a name joined by an ampersand is a firm's: "S&P CoreLogic Case-Shiller", "Dyer & Lowe" (a person at one is read above)
  if (tokens.slice(start, b).some((t) => t.text.includes('&'))) return { kind: 'named', type: 'organization', name: written }
  // ("The annual Emissions Gap Report": a report's title after a lowercase word that tells its kind is a document, not a masthead like
  // "the Drudge Report")
  if (isDocumentNoun(tokens[h])) {
    let k = h
    while (k > start && tokens[k - 1].cap) k--
    if (k > start && tokens[k - 1].word && !isDeterminer(tokens[k - 1])) return { kind: 'named', type: 'document', name: spanText(text, tokens, [k, h + 1]) }
  }
  // (one hyphenated word is a masthead too: "KING-TV")
  // ("Radio Kalinga": a few lead the name)
  if ((mediaWord(tokens[h]) && (h > a || tokens[h].norm.includes('-'))) || (h > start && lexicon.mediaLeading.has(w(tokens, start)))) return { kind: 'named', type: 'media', name: written }
  // a name with "of" in it, not led by a title, is a body
  // (a title or a role anywhere up to its head makes a person of some place: "lead author Dr. Priya Nair of the University of
  // Colorado", "Member of Parliament Jo Cox"; so does a given name before it: "Robert Gordon of Northwestern University")
  if (bodyWithOf(tokens, a, start, h, b) || teamName(tokens, start, b)) return { kind: 'named', type: 'organization', name: written }
  // a name that opens with a group of people and "of" or "for" is their body, not a person: "Friends of Ashcombe Libraries", "Parents of
  // Murdered Children", "Citizens for a Sound Economy", and after "the" any plural: "the Knights of Columbus" ("Joan of Arc" opens with one person)
  // (or with a body's field: "Transport for London", "Health for All")
  const opener = tokens[start]
  if (start + 2 < b && grammar.groupNamePrepositions.has(w(tokens, start + 1)) && opener.cap && tokens[b - 1].cap && (isPlural(opener) || (start > a && /[^su]s$/.test(opener.lower)) || causeGroupName(tokens, start) || grammar.bodyFields.has(opener.lower))) return { kind: 'named', type: 'organization', name: written }
  // (past a word or two that describe them: "Concerned Citizens of Elm County", "United Farm Workers of America", "the Associated
  // General Contractors of America")
  const at = start + 2 < b && tokens[start + 1].cap && grammar.groupNamePrepositions.has(w(tokens, start + 3)) ? start + 2 : start + 1
  const people = tokens[at]
  if (at + 2 < b && grammar.groupNamePrepositions.has(w(tokens, at + 1)) && opener.cap && people.cap && isPlural(people) && personWord(people) && tokens[b - 1].cap && !isGivenName(opener) && !isTitle(opener)) return { kind: 'named', type: 'organization', name: written }
  // a body's noun in apposition makes a name that body; else a person, past titles, roles and nationalities written before the name
  if (apposed) return { kind: 'named', type: officeType(apposed.office), name: written, country }
  // "The Clarion reported": one word led by "the", no given name, is a body's name, not a person's
  if (w(tokens, a) === 'the' && s === a + 1 && h === s && !isGivenName(tokens[s])) return { kind: 'named', type: 'organization', name: written, country }
  // people named together go by their names, each past its own title: "Donald Trump and Sen. Ted Cruz", "Mr. Grassley and Mr. Leahy"
  const together = joinedNames(text, tokens, s, h)
  if (together) return { kind: 'named', type: 'person', name: together }
  s = pastDescription(tokens, s, h)
  // (the place of a title is no name: "the Mayor of London", "the Duke of Sussex" go by the whole title)
  let d = s - 1
  while (d > a && isDeterminer(tokens[d])) d--
  const name = s <= h && !(d > a && w(tokens, d) === 'of') ? withoutArticle(text.slice(tokens[s].start, tokens[h].end)).replace(/['’]s$/, '') : written
  // initials no list knows are a body's, not a person's ("AARP said", "the UAW said"), unless the whole sentence is in capitals;
  // so is a web address ("according to PowerOutage.us") and a brand with a capital inside ("according to CoinGlass"), also last in a
  // name that opens with no given name ("according to CME FedWatch")
  if (s === h && ((INITIALS.test(tokens[h].text) && tokens.some((t) => t.word && t !== tokens[h] && t.text !== t.text.toUpperCase())) || isWebAddress(tokens[h].text))) return { kind: 'named', type: 'organization', name }
  if (s <= h && brandName(tokens[h].text) && !isGivenName(tokens[s])) return { kind: 'named', type: 'organization', name }
  if (placeLed(tokens, s, h) || placeEnded(tokens, s, h)) return { kind: 'named', type: 'organization', name }
  // one word that takes a plural verb is a club or a team, as British usage writes them: "Napoli have insisted…"
  if (s === h && h === b - 1 && tokens[b] && grammar.pluralAgreement.has(w(tokens, b)) && !isGivenName(tokens[h]) && !isDeterminer(tokens[h])) return { kind: 'named', type: 'organization', name }
  // (and so is a longer run after "the" with no given name or title in it: "The Integrated Food Security Phase Classification said")
  // (an office noun at its head is left to the office's reading: "The Ninth Circuit said" is a court)
  if (w(tokens, a) === 'the' && capitalsOnly(tokens, a + 1, h + 1) && !isOfficeNoun(tokens[h])) return { kind: 'named', type: 'organization', name }
  // (that reading, by the office's kind: "The Ninth Circuit said", "the Preventive Services Task Force")
  const office = w(tokens, a) === 'the' && capitalsOnly(tokens, a + 1, h) ? compoundHead(tokens, h, lexicon.officeNouns) : undefined
  if (office) return { kind: 'named', type: officeType(office), name }
  // (and fields before a last word, a service's name for its place: "Emergency Management Victoria", "Ambulance Tasmania")
  // (the first a listed field: "Laurence Meyer" and "Constance Wu" only end like one)
  if (s < h && grammar.bodyFields.has(w(tokens, s)) && tokens.slice(s, h).every((t) => t.cap && !!bodyField(t.lower) && !isGivenName(t))) return { kind: 'named', type: 'organization', name }
  return { kind: 'named', type: 'person', name }
}

/**
 * A name that opens with a place of two or more words, or a part of one, and goes on in capitals with no given name: a body's
 * ("Southern California Edison", "New York Life"); a one-word place before a name is as often part of a
 * person's ("Israel Adesanya", "Georgia O'Keeffe") and is left to the rules above.
 */
function placeLed(tokens: Token[], s: number, h: number): boolean {
  const k = grammar.regionQualifiers.has(w(tokens, s)) ? s + 1 : s
  const place = k <= h ? placeAt(tokens, k, h + 1) : undefined
  if (!place || (k === s && place.length < 2) || k + place.length > h) return false
  for (let m = s; m <= h; m++) if (!tokens[m].cap || isGivenName(tokens[m])) return false
  return true
}

/**
 * Two capitalised words, the last a country's name or one of Britain's nations and the first no given name, title or nationality:
 * a body's name as Britain and the Commonwealth write them ("Audit Scotland", "Age UK", "Tourism Australia"; not "Chris England").
 */
function placeEnded(tokens: Token[], s: number, h: number): boolean {
  const first = tokens[s]
  // (the place's look-up last, as readName asks this of most names of two words or more)
  if (h !== s + 1 || !first.cap || isGivenName(first) || isTitle(first) || personWord(first) || isDemonym(first)) return false
  return (grammar.nationsEndingNames.has(w(tokens, h)) || (countryAt(tokens, h)?.length === 1 && !isDemonym(tokens[h]))) && !placeAt(tokens, s, h + 1)
}

/** Whether `tokens[a, b)` are all capitalised words, none a given name, a title or a person's word ("Integrated Food Security Phase Classification"). */
function capitalsOnly(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!tokens[k].word || !tokens[k].cap || isGivenName(tokens[k]) || isTitle(tokens[k]) || personWord(tokens[k])) return false
  return true
}

/** a plural of people by an agent's ending: "bidders", "lobbyists", "libertarians" */
const DESCRIBED = new RegExp(`-(?:${[...grammar.describingSuffixes].join('|')})$`)
/** Where a body is based or who runs it, written before its noun: "Nashville-based", "Hamas-run" (grammar describingSuffixes). */
export const describesBase = (t: Token) => DESCRIBED.test(t.lower)
const INNER_CAPITAL = /^([A-Z][a-z]+)[A-Z][A-Za-z]*$/

/** One word with a capital inside that opens no surname ("CoinGlass", "PayPal"; not "McCain", "DeSantis"), or with a plus sign or figures at its end: a brand's name. */
function brandName(word: string): boolean {
  // ("OPEC+", "Flightradar24", "Channel4": a sign or figures glued to a word's letters, which no one's name has)
  if (word.endsWith('+') || /\p{L}\d+$/u.test(word)) return true
  const opening = INNER_CAPITAL.exec(word)?.[1].toLowerCase()
  return !!opening && !grammar.nameParticles.has(opening) && !grammar.surnamePrefixes.has(opening)
}

/** what follows an identifying participle to name its agent or its occasion: "seen by Reuters", "obtained through a records request", "filed in federal court" */
const IDENTIFIED_BY = new Set(['by', 'in', 'with', 'through', 'under'])

/** A document's identifying participle set off from `k` to its closing comma, less a date at its end: "published by the Brookings Institution" of ", published by the Brookings Institution on Monday,". */
function asideText(text: string, tokens: Token[], k: number): string | undefined {
  let e = k
  while (e < tokens.length && e - k < 12 && tokens[e].word) e++
  if (e < tokens.length && !isPunct(tokens[e], ',.') && !DASHES.has(tokens[e].text)) return undefined
  while (e > k + 1 && (isTimeWord(tokens[e - 1]) || YEAR.test(tokens[e - 1].text) || isTimeDeterminer(tokens[e - 1]) || isPreposition(tokens[e - 1]))) e--
  return e > k + 1 ? spanText(text, tokens, [k, e]) : undefined
}

/** A test or a scan written as its initials, evidence and no body's name: "an MRI confirmed the sprain", "DNA showed…". */
const evidenceInitials = (t: Token) => inCapitals(t) && lexicon.evidenceNouns.has(t.norm)

/** A body's initials that no list knows ("MWW", "AROS"): typed an organization, of no known trade. */
export const unlistedInitials = (name: string) => INITIALS.test(name) && !lexicon.bodyNames.has(name)
