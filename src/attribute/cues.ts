import { countryAt, cueVerb, grammar, isCompound, lexicon, objectNoun, triggers, type CueVerb } from '../lexicon'
import { capped, isFigure, isQuoteMark, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isClauseBreaker, isArticle, isDocumentNoun, isGivenName, isOfficeNoun, isPersonRole, isPossessive, isCueWord, isIndefinite, isObjectPronoun, isRelative, isSubjectPronoun, isDefinite, isTitleWord, isDemonym, isJoiner, isParticle, isTimeDeterminer, isVagueNoun, isAdjunctPreposition, isGovernmentOffice, isPartitive, isSpelledNumber, isSubordinator, normalised } from '../segment/tokens'
import { addressee, adverbLike, answerAfterVerb, capitalRun, floatingWord, gerundLike, harmParticiple, headOf, indefiniteModifiers, infinitive, isMonth, isNegation, leftNP, listedBody, listedBodyIn, mannerAdverb, negationRaised, opensNP, particleAdjunct, pastForm, pastOrParticiple, personWord, rightNP, skipLeft, spacedDash, spreadAfter, spreadEnd, YEAR, type Range } from './noun-phrase'
import { GROUP_TYPES, isPlural, isSourceNoun, listedWhole, ownerReading, placeAt, readSource, stateRunOutlet, type SourceReading } from './sources'
import { asideEnd, claimedAt, clauseAfterAdjunct, clauseFollows, contentAfter, figureAt, figureObjectAt, mandative, namesByAs, objectAhead, objectGoneAhead, objectKind, outcomeObjectAt, pastQuantityLead, presentVerb, quoteWithin, relativeOverPhrase, requestFor, skipAdjuncts, statFigure } from './content'
import { noteCitation, speakerTurn, structuralCues } from './headline'
import { apposedName, appositionStart, cleft, findMainSubject, gerundSpeaker, joinedClauseSubject, nameAfterRole, nameAfterSubject, nameSetOffBefore, namesListedAfter, namesPeopleOrFirms, namesWhat, noSpeaker, pastTradedSubject, personNoun, pluralOpener, relativeHolder, speakerAfter, subjectOf, subordinateSubject, tagBeforeAdjuncts } from './speaker'
import { BE, clauseAt, CURRENCY, firstWord, ingCue, isComma, isPunct, isTo, speechFrame } from './words'

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
  /** an opening quotation mark starts the sentence after, in its paragraph or the next: "Santos disagreed. “Nothing has changed.”" */
  beforeQuote?: boolean
  /** the sentence opens a line and is no Title Case headline: a transcript's turn may start here ("Ruiz: At about 2 a.m.") */
  lineStart: boolean
  /** the last words of the labels that open two or more lines of the document, lowercase (see transcriptSpeakers): read once, when a line first opens with a label */
  speakers: () => ReadonlySet<string>
  /** the sentence opens a footnote's text: the note may only cite its source ("[^1]: Board minutes, Dec. 4.") */
  noteLead?: boolean
}

/** Records an attribution found in the sentence; the quotation and channel flags default. */
export type Add = (f: Omit<Found, 'quote' | 'channel' | 'relayed'> & Partial<Found>) => void

/** punctuation after which an -ing cue takes the sentence's subject (words: grammar.participleLeads) */
const PARTICIPLE_MARKS = new Set([',', '—', '–', '('])

/** Whether a word opens a speaker's noun phrase after an inverted verb ("…,” asked one councillor.", ", said former governor Ed Rendell."). */
const numberWord = (l: string) => lexicon.determiners.has(l) || grammar.spelledNumbers.has(l)
// ("six-million people", "two-thirds of the voters", "forty-two people": a number joined by a hyphen counts as the number)
const startsNP = (t: Token) => t.cap || isDeterminer(t) || isFigure(t) || isSourceNoun(t) || isTitleWord(t) || grammar.titleParticiples.has(t.lower) || (t.lower.includes('-') && numberWord(t.lower.slice(0, t.lower.indexOf('-'))))

/** A figure right before `i` that is an object's, a preposition's or a determiner's: "reported 1,001 …", "with 300 …", "the 40 …" (not a subject's: "About 40 reported…"). */
function figureBefore(tokens: Token[], i: number): boolean {
  if (i < 2 || !(isFigure(tokens[i - 1]) || isSpelledNumber(tokens[i - 1]))) return false
  // ("the 200,000 promised units", "Of the 300 reported cases": a determiner makes the figure a noun's)
  if (isDeterminer(tokens[i - 2])) return true
  // ("About 40 reported seeing smoke": "about" opening the sentence leads its subject's figure)
  if (grammar.quantityLeads.has(w(tokens, i - 2)) && i - 2 === firstWord(tokens)) return false
  // (past a lead inside the clause: "there were only eight reported incidents")
  const lead = grammar.quantityLeads.has(w(tokens, i - 2)) && i > 2 ? i - 3 : i - 2
  const before = tokens[lead]
  // (or after any verb that takes the figure as its object: "The county had 12 confirmed deaths", "The state saw 300 confirmed cases";
  // not a word that opens a clause, "and 40 reported problems")
  return isPreposition(before) || isCueWord(before) || lexicon.lightVerbs.has(before.lower) || pastForm(before) || (uncapped(before) && !isClauseBreaker(before) && !grammar.quantityLeads.has(before.lower) && !isDeterminer(before))
}

/** What may follow a verb of saying, not a noun it describes: a mark, a name, a pronoun, a determiner, "that", an adverb or an addressee. */
const clauseOrAddressee = (t: Token | undefined) => !t?.word || t.cap || isPronoun(t) || isDeterminer(t) || t.lower === 'that' || isAdverb(t) || addressee(t)

/**
 * Whether a listed body's name of several words ends right before `i`, its last word no compound's first: "figures from the Office
 * of Rail and Road show…" (a platform's one word is a compound's, "a Facebook post").
 */
function listedNameEndsAt(tokens: Token[], i: number): boolean {
  const m = lexicon.bodies.find(tokens, Math.max(0, i - 6), i)
  return !!m && m.length > 1 && m.start + m.length === i
}

/** A source's noun or a made piece's ("the video claims"): a subject before a form that is also a noun. */
const speaks = (t: Token) => isSourceNoun(t) || grammar.authoredMedia.has(t.norm)

/** Whether the word at `i` is used as a verb here: not after a determiner, and a noun-like form only after a subject. */
function verbReading(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (t.cap && i > 0 && !isPunct(tokens[i - 1], '"“‘\'(:`')) return false
  if (isCompound(t.lower, tokens[i + 1]?.lower) || (isCompound(tokens[i - 1]?.lower, t.lower) && !listedNameEndsAt(tokens, i))) return false
  // "wrote off the loss", "the numbers don't add up": a particle makes another verb
  // ("expected up to 250,000 people" is a quantity; "said off the record that…" an adjunct)
  if (!cueVerb(t.lower)?.particle && grammar.otherVerbParticles.has(w(tokens, i + 1)) && w(tokens, i + 2) !== 'to' && !particleAdjunct(tokens, i + 1)) return false
  // "a landmark Supreme Court ruling that…": a document noun in -ing after its article and modifiers
  // ("the new survey finding that…" is the survey's participle; "a message on Twitter reading…" the message's)
  // ("the agency is reporting that…" is the progressive)
  if (t.lower.endsWith('ing') && lexicon.documentNouns.has(t.lower) && !lexicon.documentNouns.has(w(tokens, i - 1)) && !isAuxiliary(tokens[i - 1])) {
    for (let k = i - 1; k >= 0 && i - k <= 5 && tokens[k].word && !isPreposition(tokens[k]); k--) if (isArticle(tokens[k])) return false
  }
  // "accountability reporting is being funded": an -ing form before an auxiliary is the clause's subject, a noun
  if (t.lower.endsWith('ing') && isAuxiliary(tokens[i + 1])) return false
  const prev = tokens[i - 1]
  // ("the highest ever recorded in Spain", "the most ever seen": a past form after "ever" and a superlative describes the superlative)
  if (prev?.lower === 'ever' && t.lower.endsWith('ed') && i > 1 && !tokens[i - 2].cap && (w(tokens, i - 2).endsWith('est') || grammar.superlativeRanks.has(w(tokens, i - 2)))) return false
  // "ignored repeated warnings", "rejected published figures": after a verb, a past form before its noun describes the noun
  // (not after a participle that joins the subject's post-modifier: "Residents surveyed reported problems")
  const next = tokens[i + 1]
  // (so after an infinitive's or a modal's verb: "requiring landlords to fix reported hazards", "will review published figures")
  const bareVerb = (k: number) => (w(tokens, k - 1) === 'to' || grammar.modals.has(w(tokens, k - 1))) && !lexicon.be.has(w(tokens, k))
  if (grammar.adjectivalPasts.has(t.lower) && uncapped(prev) && (pastForm(prev) || bareVerb(i - 1)) && !isJoiner(prev) && !isAuxiliary(prev) && uncapped(next) && !isDeterminer(next) && !isPreposition(next) && !isPronoun(next) && !isClauseBreaker(next) && next.lower !== 'that') return false
  // ("despite repeated warnings", "amid reported tensions": after a preposition a past form before a plain noun describes it)
  // (the list's relative "who" and participles are no prepositions here: "a Republican who described himself as…"; nor is one a
  // relative clause leaves at its end: "parents I spoke with described scrambling…")
  const stranded = isSubjectPronoun(tokens[i - 3]) && uncapped(tokens[i - 2])
  if (prev?.word && isPreposition(prev) && !stranded && !isRelative(prev) && !/(?:ed|ing)$/.test(prev.lower) && prev.lower !== 'told' && t.lower.endsWith('ed') && uncapped(next) && !isDeterminer(next) && !isPreposition(next) && !isPronoun(next) && !isClauseBreaker(next) && next.lower !== 'that') return false
  // ("injuries described as serious", "a move widely branded as a betrayal": a past form right before "as" after a noun no one speaks
  // for describes that noun; "a man police described as armed", "what she described as…" keep their speaker)
  if (pastForm(t) && next?.lower === 'as') {
    let k = i - 1
    while (k > 0 && uncapped(tokens[k]) && w(tokens, k).endsWith('ly')) k--
    // (the phrase's head, past a preposition's object: "talks between the clubs described as advanced")
    const np = uncapped(tokens[k]) ? leftNP(tokens, k) : undefined
    const noun = tokens[np && isSourceNoun(tokens[k]) ? headOf(tokens, np) : k]
    if (uncapped(noun) && !isAuxiliary(noun) && !isPronoun(noun) && !isRelative(noun) && !isDeterminer(noun) && !isSourceNoun(noun) && !personWord(noun)) return false
  }
  // ("reported 1,001 confirmed cases", "with 300 suspected deaths": so does one between an object's or a preposition's figure and a
  // plain noun; "About 40 reported problems" opens with its subject)
  if (t.lower.endsWith('ed') && figureBefore(tokens, i) && uncapped(next) && !isDeterminer(next) && !isPreposition(next) && !isPronoun(next) && !isClauseBreaker(next) && next.lower !== 'that') return false
  // ("said reported profits were inflated": so does one right after a cue's past or present form, opening the clause it reports)
  const before = cueVerb(prev?.lower ?? '')?.form
  if (t.lower.endsWith('ed') && (before === 'past' || before === 'present') && !prev?.cap && uncapped(next) && !isDeterminer(next) && clauseFollows(tokens, i)) return false
  // right after an article or a possessive the form is a noun: "corners of the state that…", "their claims that…" ("made her say" has an object)
  // ("the widely reported deal", "a racially charged argument": an adverb between them makes it an adjective)
  if (prev && (isArticle(prev) || (isPossessive(prev) && prev.lower !== 'her'))) return false
  // (and past several: "an even more detailed process", "a far more detailed account")
  let m = i - 1
  while (m >= 0 && i - m <= 3 && uncapped(tokens[m]) && (adverbLike(tokens[m]) || grammar.degreeWords.has(w(tokens, m)))) m--
  if (m < i - 1 && isArticle(tokens[m])) return false
  // ("an old quip that…", "a disputed pass interference call on the final drive": after "a" or "an" and a few words, a plain form is
  // no verb, which would need its -s)
  const form = cueVerb(t.lower)?.form
  if (form === 'base' && indefiniteModifiers(tokens, i)) return false
  // ("A small rise, say 10 percent, would hurt": "say" set off before a figure gives an example, no one's words)
  if (t.lower === 'say' && (isPunct(prev, ',(') || prev?.lower === 'of') && (isFigure(next) || CURRENCY.test(next?.text ?? '') || isSpelledNumber(next))) return false
  // ("Her answer was brief:", "was very brief": a plain form right after "be" is an adjective, as a passive takes the participle;
  // not one the participle shares, "was forecast to…", nor the verb of a cleft on "do", "all she could do was shout")
  if (form === 'base' && cueVerb(t.lower)?.participle !== t.lower) {
    let k = i - 1
    while (k > 0 && uncapped(tokens[k]) && (isAdverb(tokens[k]) || adverbLike(tokens[k]))) k--
    if (BE.has(w(tokens, k)) && !grammar.cleftDo.has(w(tokens, k - 1))) return false
  }
  // ("Her maps helped confirm the theory", "The data help explain why…": a plain form after "help" is what something helped bring
  // about, no one's words)
  if (form === 'base' && grammar.helpForms.has(prev?.lower ?? '')) return false
  // ("a crowd estimated at 10,000", "winds estimated at 165 mph": a past form before "at" and a figure describes the noun before it,
  // a hedge on the noun, not the claim (SPEC); "were estimated at" is a passive, read elsewhere, "estimated at least…" the verb, and
  // so is one after a relative clause's subject, "a crowd that the campaign estimated at 3,000")
  if (t.lower.endsWith('ed') && prev?.word && !isAuxiliary(prev) && w(tokens, i + 1) === 'at' && !grammar.atQuantities.has(w(tokens, i + 2)) && figureAt(tokens, i + 2)) {
    // (or the noun gone ahead of the clause: "a crowd officials estimated at 20,000")
    const np = leftNP(tokens, i - 1)
    const sub = np && !isRelative(tokens[np[0] - 1]) ? subjectOf(tokens, i) : undefined
    if (!np || !(isRelative(tokens[np[0] - 1]) || (sub && objectAhead(tokens, sub[0])))) return false
  }
  // ("…, people briefed on the plans said.", "officials informed about the decision": a past form of telling between a noun and a
  // topic describes the ones told, a passive participle; not a day that ends the sentence: "…, officials informed on Tuesday.")
  if (grammar.topicPrepositions.has(w(tokens, i + 1)) && !(isTimeWord(tokens[i + 2]) && !tokens[i + 3]?.word) && uncapped(prev) && cueVerb(t.lower)?.takes === 'object' && pastForm(t) && isSourceNoun(prev)) return false
  // ("One Tweet Sums Up…", "One Warning Went Unheeded": after "one" the plain or -ing form is a noun; its subject would take the -s form)
  if (prev?.lower === 'one' && (form === 'base' || form === 'ing')) return false
  // ("Avoiding blame has become…", "Shifting blame is easy": after a gerund that opens the sentence, the plain form is its object)
  if (form === 'base' && i - 1 === firstWord(tokens) && prev?.lower.endsWith('ing')) return false
  // "the report states that…", "“…,” the ad states.": a form that is a noun far more often is a verb in these places only
  // ("three moderates who have led big states: Bush…" is the noun: before a colon or "that" a speaker must come first)
  if (grammar.nounFirstForms.has(t.lower)) {
    // ("prompted the Atlas to state, “…”": an infinitive right before its content)
    if (prev?.lower === 'to' && (w(tokens, i + 1) === 'that' || isPunct(tokens[i + 1], ':') || (isComma(tokens[i + 1]) && isQuoteMark(tokens[i + 2])))) return true
    if (!prev?.word || isPreposition(prev) || isIndefinite(prev) || isFigure(prev)) return false
    if (closedQuoteBehind(tokens, i)) return true
    // (", the affidavit states.": a document's tag after a comma, ending the sentence; so is a name's, "…, AP projects" in a
    // headline, but not a capitalised form, "…, the United States.")
    if ((!tokens[i + 1] || isPunct(tokens[i + 1], '.!?')) && !t.cap && ((isDocumentNoun(prev) && !prev.cap) || prev.cap)) {
      const np = leftNP(tokens, i - 1)
      if (np && isComma(tokens[np[0] - 1])) return true
    }
    // ("They state their goal is…": after a subject pronoun the form is the verb, and a bare clause may follow)
    if (isSubjectPronoun(prev) && clauseFollows(tokens, i + 1)) return true
    const k = tokens[i + 1]?.word && adverbLike(tokens[i + 1]) ? i + 2 : i + 1
    // (the -s form before a bare clause too, after a document's word or a body's initials: "The Penn Wharton Budget Model projects
    // the plan will cost…", "CBO projects the deficit will grow"; not "Battleground state Ohio is…", "Twenty-seven states led by…";
    // or after a source's noun with its article: "The bureau projects the lake could drop…")
    // (past an adverb: "The IMF now projects growth of 3.1%", "CBO also projects…")
    const by = isAdverb(prev) && !prev.cap && i > 1 && tokens[i - 2].word ? i - 2 : i - 1
    const s = tokens[by]
    const noun = !normalised(s) && isDefinite(tokens[by - 1]) && isSourceNoun(s)
    const bare = t.lower.endsWith('s') && (isDocumentNoun(s) || noun || (s.text.length > 1 && s.text === s.text.toUpperCase() && /^\p{Lu}/u.test(s.text))) && clauseFollows(tokens, k)
    // (a determiner after "that" opens the clause's subject, whatever its verb: "states that no statute requires it")
    if (!isPunct(tokens[k], ':') && !(w(tokens, k) === 'that' && (clauseFollows(tokens, k + 1) || clauseAfterAdjunct(tokens, k + 1) || (isDeterminer(tokens[k + 1]) && w(tokens, k + 1) !== 'that'))) && !(grammar.figureVerbs.has(cueVerb(t.lower)?.base ?? '') && (figureObjectAt(tokens, k) || outcomeObjectAt(tokens, k))) && !bare) return false
    return s.cap || lexicon.pronouns.has(s.norm) || isSourceNoun(s) || speakerPhrase(tokens, by, true)
  }
  // "businesses that warn it could…": after a noun, "that" is a relative pronoun before a form that is no noun
  // ("a survey that finds most members oppose…": a form that is also a noun, after a document's "that", when a clause follows)
  const relativeThat = prev?.lower === 'that' && (!lexicon.nounish.has(t.lower) || isPunct(tokens[i + 1], ':') || isQuoteMark(tokens[i + 1]) || (lexicon.documentNouns.has(w(tokens, i - 2)) && (w(tokens, i + 1) === 'that' || clauseFollows(tokens, i + 1)))) && cueVerb(t.lower)?.takes !== 'cited' && !!tokens[i - 2]?.word && !(isCueWord(tokens[i - 2]) && !lexicon.nounish.has(w(tokens, i - 2)))
  // ("recalled her saying…": "her" after a verb is its object, the -ing form's subject)
  // (or a preposition's object, the subject's last word: "Two people close to her said…", "…told reporters"; not where the form
  // describes a noun, "a critique of her alleged cozy ties")
  const herObject = prev?.lower === 'her' && !!tokens[i - 2]?.word && ((t.lower.endsWith('ing') && !tokens[i - 2].cap && (pastForm(tokens[i - 2]) || isCueWord(tokens[i - 2]))) || (isPreposition(tokens[i - 2]) && clauseOrAddressee(tokens[i + 1])))
  // ("who voted no complained that…": an answer after a past verb is no determiner)
  if (prev && !relativeThat && !herObject && !answerAfterVerb(tokens, i - 1) && ((grammar.articleLike.has(prev.lower) && !floatingWord(tokens, i - 1)) || (prev.word && normalised(prev) && !lexicon.pronouns.has(prev.norm) && !grammar.possessiveNameVerbs.has(t.lower) && !(prev.cap && pastForm(t) && objectOrEndAt(tokens, i + 1)) && !spreadEnd(tokens, i - 1)))) return false
  if (!lexicon.nounish.has(t.lower)) return true
  if (!prev) return false
  // "many disputes that…", "several reports that…": a plural after a quantifier is a noun ("some claim that…" is the verb)
  if (isIndefinite(prev) && t.lower.endsWith('s')) return false
  // "dismissed reports that…", "denied claims that…": right after a past cue or light verb the form is its object, a noun
  // (so after a cue's plain form that a modal, "not" or "to" makes a verb: "could not confirm reports that…", "refused to deny claims")
  const bare = cueVerb(prev.lower)?.form === 'base' && (w(tokens, i - 2) === 'not' || w(tokens, i - 2) === 'to' || grammar.modals.has(w(tokens, i - 2)))
  if ((pastForm(prev) || bare) && (isCueWord(prev) || lexicon.lightVerbs.has(prev.lower))) return false
  // (a negative determiner after "that" opens the clause's subject: "Lee notes that no statute requires it")
  if (w(tokens, i + 1) === 'that' && prev.word && !isPreposition(prev) && (!clauseAt(tokens, i + 2) || grammar.negativeDeterminers.has(w(tokens, i + 2)))) return true
  const research = cueVerb(t.lower)?.cls === 'research'
  // "have claims" is a noun after a possessing "have"; "has claimed", "has detailed", "has forecast growth" are the verb
  if (grammar.possessingHave.has(prev.lower)) return t.lower.endsWith('ed') || cueVerb(t.lower)?.participle === t.lower
  // ("the 3.2% forecast by economists": after a figure and before its agent the form is the participle)
  if (w(tokens, i + 1) === 'by' && (prev.text === '%' || isFigure(prev)) && cueVerb(t.lower)?.participle === t.lower) return true
  // "a move that the kingdom hopes will shatter…": in a relative clause over a whole phrase, the form before the clause's verb is the cue
  // (and with no relative pronoun: "a bet some investors fear will squeeze margins", "a device the company claims can translate…")
  const verb = cueVerb(t.lower)
  if (clauseAt(tokens, i + 1) && (relativeOverPhrase(tokens, i) || (!!verb && objectGoneAhead(tokens, i, verb)))) return true
  // ("the ministry states in its annual report": after "states" read as the verb, the report is its adjunct's noun)
  for (let k = i - 2; k >= 0 && i - k < 8; k--) if (grammar.nounFirstForms.has(w(tokens, k)) && verbReading(tokens, k)) return false
  if (namedThingBefore(tokens, i)) return false
  // ("revenue above Wall Street estimates", "topped Wall Street forecasts": after a comparison's or a plain past verb's capitalised
  // object inside the sentence the form is that object's noun; not after a cue's, "said Wall Street expects…", nor after a
  // preposition's, which may end a subject, "A review by The Times shows…")
  if (prev.cap && prev.word) {
    let k = i - 1
    while (k > 0 && capped(tokens[k - 1])) k--
    const before = tokens[k - 1]
    if (k - 1 > firstWord(tokens) && uncapped(before) && (grammar.resultComparisons.has(before.lower) || (pastForm(before) && !isCueWord(before)))) return false
  }
  // (a number is a subject, "About 40 say", unless a determiner makes it a noun's modifier, "that 2013 report", or it is a
  // preposition's object, "With 1 Question She Hates")
  // ("Officials this week detailed…": past a time its determiner opens, as a name's day is, "Officials on Monday detailed…")
  const subject = relativeThat || isAuxiliary(prev) || (isTimeWord(prev) && isTimeDeterminer(tokens[i - 2])) || pluralSubject(tokens, i) || (isAdverb(prev) && !!tokens[i - 2]?.word && !isArticle(tokens[i - 2])) || (adverbLike(prev) && i > 1 && (isSubjectPronoun(tokens[i - 2]) || speaks(tokens[i - 2]) || isAuxiliary(tokens[i - 2]))) || !prev.word || (prev.cap && !isPreposition(prev)) || lexicon.pronouns.has(prev.norm) || speaks(prev) || (isFigure(prev) && !isDeterminer(tokens[i - 2]) && !isPreposition(tokens[i - 2])) || prev.lower === 'and' || prev.lower === 'but' || (prev.lower === 'to' && (speechFrame(tokens, i - 2) || grammar.ordinalFrames.has(w(tokens, i - 2)) || purposeInfinitive(tokens, i - 2) || (!!tokens[i - 2]?.word && !!causedSpeaker(tokens, i - 2)))) || (t.lower.endsWith('ing') && grammar.participleLeads.has(prev.lower) && prev.lower !== 'without') || speakerPhrase(tokens, i - 1, research) || spreadEnd(tokens, i - 1)
  // "“…,” the Saudis state in the white paper.": a subject right after a closed quotation makes the form its tag, whatever follows
  if (closedQuoteBehind(tokens, i)) return subject || !grammar.articleLike.has(prev.lower)
  if (!subject) return false
  // ("hold liberal views", "expressed conservative views": a bare singular role right after a verb modifies its object, no subject)
  if (personNoun(prev) && !isPlural(prev) && uncapped(tokens[i - 2]) && (isCueWord(tokens[i - 2]) || lexicon.lightVerbs.has(w(tokens, i - 2)) || pastForm(tokens[i - 2]))) return false
  // "the audit detailed abuses", "has also documented…": after its subject a past form that is also an adjective is the verb
  if (t.lower.endsWith('ed') && !BE.has(prev.lower)) return true
  // "is warning voters that…": after "be" the -ing form is the progressive verb, whatever follows
  if (t.lower.endsWith('ing') && BE.has(prev.lower)) return true
  // a study "shows" whatever follows it, past an aside set off by commas ("The figures, released by the Labor Department on Friday, show…")
  if (research) {
    const aside = isComma(prev) ? asideOpening(tokens, i - 1) : -1
    const before = aside > 0 ? aside - 1 : i - 1
    if (isDocumentNoun(tokens[before]) || speakerPhrase(tokens, before, true)) return true
  }
  // as a verb it opens its content: "that", a quotation, a determiner, a pronoun, a name, a number, or nothing
  if (!next || !next.word) return true
  // "the company forecast revenue of $2.1 billion": after a speaker (not "Initial estimates put…") and before a bare noun, not a verb,
  // an auxiliary or a time ("the company forecast was wrong")
  // (a capital opening the sentence may be any noun's: "Budget forecast…"; a name it is before a quantity of a figure: "Goldman forecast growth of 2 percent", "Okafor forecast losses of $3 million",
  // and a listed body's always: "Nvidia forecast quarterly revenue above estimates")
  // (past an adverb: "The bank's economists now forecast growth of…")
  const speakerBefore = () => {
    const k = isAdverb(prev) && !prev.cap && tokens[i - 2]?.word ? i - 2 : i - 1
    const p = tokens[k]
    // (and a country or its capital by name, which speaks through its government: "Kyiv reports drone strikes on refinery")
    const state = () => !!lexicon.places.capitals.match(tokens, k, k + 1) || countryAt(tokens, k, k + 1)?.value === p.text
    return isSourceNoun(p) || lexicon.pronouns.has(p.norm) || (p.cap && (k > firstWord(tokens) || figureObjectAt(tokens, i + 1) || lexicon.bodyNames.has(p.text) || state()))
  }
  // ("Police suspect arson", "Investigators suspect foul play": before a claim in a word, after a speaker)
  if (claimedAt(tokens, i + 1) && speakerBefore()) return true
  // ("Turkish news reports identify…", "A new Pew Research report compares…": after a medium's or a document's noun, or in a phrase
  // an indefinite article opens, the form is the noun)
  const phraseNoun = () => (!prev.cap && (lexicon.vagueMedia.has(prev.norm) || isDocumentNoun(prev))) || (cueVerb(t.lower)?.form === 'base' && indefiniteBefore(tokens, i))
  if (grammar.bareFigureVerbs.has(cueVerb(t.lower)?.base ?? '') && !phraseNoun() && !next.cap && !isCueWord(next) && !isAuxiliary(next) && !pastForm(next) && !isPreposition(next) && !isClauseBreaker(next) && !isTimeWord(next) && speakerBefore()) return true
  // ("…, warning of a long war", "…, cautioning against a rate rise": set off, the -ing form before what a warning is of is the
  // participle, not "a warning of a storm")
  if (!prev.word && t.lower.endsWith('ing') && grammar.warnedOf.has(`${cueVerb(t.lower)?.base} ${next.lower}`)) return true
  // ("Clean Air Act rules that could lead…": "that" then a modal or an auxiliary opens a relative clause of the noun; "he claims that would…", "the mayor claims that would…" are the verb)
  // ("Trump brags that's good news": a contraction after "that" is a clause's)
  // (an adjunct set off after "that" opens a that-clause: "The team estimates that without emissions, most would…")
  // (after "to" the form is an infinitive's verb: "was quick to note that no decision had been made")
  if (next.lower === 'that' && prev.lower !== 'to' && !lexicon.pronouns.has(prev.norm) && !isPersonRole(prev) && clauseAt(tokens, i + 2) && !/^['’]/.test(tokens[i + 2].text) && !clauseAfterAdjunct(tokens, i + 2)) return false
  return next.cap || isFigure(next) || next.lower === 'that' || next.lower === 'to' || grammar.quotedShares.has(`${next.lower} ${w(tokens, i + 2)}`) || (next.lower === 'not' && w(tokens, i + 2) === 'to') || (lexicon.pronouns.has(prev.norm) && clauseAt(tokens, i + 1)) || (grammar.relativeSubjects.has(prev.lower) && (pastForm(next) || isCueWord(next) || (isRelative(tokens[i - 2]) && isArticle(tokens[i + 2])))) || isDeterminer(next) || isTitleWord(next) || lexicon.pronouns.has(next.norm) || ((isObjectPronoun(next) || grammar.reflexives.has(next.lower) || next.lower === 'as') && grammar.describeVerbs.has(cueVerb(t.lower)?.base ?? '')) || grammar.nextAdverbs.has(next.lower) || adverbLike(next) || lexicon.questionWords.has(next.lower) || grammar.conditionOpeners.has(next.lower) ||
    // ("Doctors fear operations will be cancelled": after a thinking verb a bare noun may open the reported clause; so after a
    // speaker's -s verb: "Fed's Powell signals rate cuts are coming", not "Federal rules subject inverted companies to…")
    ((cueVerb(t.lower)?.cls === 'thought' || (t.lower.endsWith('s') && speakerBefore())) && !isPreposition(next) && !grammar.sentenceOpeners.has(next.lower) && !pastForm(next) && clauseFollows(tokens, i + 1))
}

/**
 * The subject of "is among", "was one of" before the group `src`, when the sentence's subject is that phrase's, a name or a person:
 * "Lee was one of the first officials (warning…)", "Reyes has been among the most vocal voices (arguing…)".
 */
function memberSubject(tokens: Token[], src: Range, subject: () => Range | undefined): Range | undefined {
  const one = w(tokens, src[0]) === 'one' && w(tokens, src[0] + 1) === 'of'
  const among = w(tokens, src[0] - 1) === 'among'
  if (!one && !among) return undefined
  // (past an adverb of the copula: "was also among", "is still one of")
  let k = among ? src[0] - 2 : src[0] - 1
  while (k > 0 && uncapped(tokens[k]) && (adverbLike(tokens[k]) || isAdverb(tokens[k]))) k--
  if (!BE.has(w(tokens, k))) return undefined
  const main = subject()
  return main && main[1] <= k && (tokens[main[1] - 1].cap || personNoun(tokens[headOf(tokens, main)])) ? main : undefined
}

/** A hedge adverb at `i` between a determiner and a word before its noun: "The allegedly stolen car" ("This reportedly culminated in…" has no noun). */
function hedgeInPhrase(tokens: Token[], i: number): boolean {
  const noun = tokens[i + 2]
  return i > 0 && (isDeterminer(tokens[i - 1]) || isPossessive(tokens[i - 1])) && uncapped(tokens[i + 1]) && uncapped(noun) && !isPreposition(noun) && !isDeterminer(noun) && !isClauseBreaker(noun) && !adverbLike(noun)
}

/** "a"/"an" a few words before `i`, with only words between: "A new Pew Research report". */
function indefiniteBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5 && tokens[k].word; k--) if (w(tokens, k) === 'a' || w(tokens, k) === 'an') return true
  return false
}

/**
 * Whether an object or a clause opens at `k`, or the clause ends there: after a name ending in 's, a past form
 * before it is a verb, of the name ("Macy's reported a loss", "…, McDonald's reported on Tuesday.") or of 's for
 * "has" ("Trump's announced that…"); an adjective stands before its noun ("Kim's stated goal").
 */
function objectOrEndAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (!t || isPunct(t, '.,;!?')) return true
  // ("…, Macy's reported Tuesday", "…, Macy's reported on Tuesday")
  if (isTimeWord(t) || (t.lower === 'on' && isTimeWord(tokens[k + 1]))) return true
  return isArticle(t) || isPossessive(t) || (t.lower === 'that' && clauseFollows(tokens, k + 1))
}

/** A noun ending at `k` that a participle after it describes: an object of a verb, or a phrase set off or after a preposition ("a merger", "a man"), not a subject; or an amount of money. */
function describedNoun(tokens: Token[], k: number): boolean {
  // (an amount of money holds no belief: "a fee of around £60m expected to be agreed", "$2 billion believed to be hidden")
  const n = figureNumber(tokens, k)
  if (n >= 0 && CURRENCY.test(tokens[n - 1]?.text ?? '')) return true
  const t = tokens[k]
  if (!t?.word || isPronoun(t) || isAuxiliary(t) || pastForm(t)) return false
  const np = leftNP(tokens, k)
  // (a bare one after "with", an absolute phrase, a name's or a count's too: "…, with talks said to be at an advanced stage", "with 40
  // Labour MPs expected to vote…")
  let open = np ? np[0] - 1 : -1
  while (open > 0 && isFigure(tokens[open])) open--
  if (w(tokens, open) === 'with') return true
  if (t.cap) return false
  // (a participle never finite before "to" describes any noun: "several watches believed to be from the store"; not one with its
  // object gone ahead, "what many people believed to be a campaign killer")
  const gone = !np || w(tokens, np[0] - 1) === 'what' || isRelative(tokens[np[0] - 1])
  if (grammar.boundHedges.has(w(tokens, k + 1)) && !gone && !isDeterminer(t) && !isPreposition(t) && !isAdverb(t) && !adverbLike(t) && !isNegation(t)) return true
  if (!np) return false
  // (the noun's own phrase, past one it hangs on: "joined from Benfica on a contract reported to be worth…")
  let own = np[0]
  const adverb = isAdverb(t) || adverbLike(t)
  for (let j = k; j > np[0] && !adverb; j--) if (isPreposition(tokens[j - 1])) {
    own = j
    break
  }
  if (!isArticle(tokens[own]) || own === firstWord(tokens)) return false
  const before = tokens[own - 1]
  return !!before && (isPunct(before, ',(—–') || (uncapped(before) && (pastForm(before) || isPreposition(before) || isCueWord(before))))
}

/**
 * A headline's subject ends at a plural of people before a lowercase word, the headline's present verb, which the phrase reader
 * takes for more of the noun: "Parents sue TikTok, alleging…" → "Parents", "Local farmers sue state, claiming…" → "Local farmers";
 * and at a singular one before its -s verb: "Teachers union sues district, saying…" → "Teachers union".
 */
function headlineSubject(tokens: Token[], src: Range | undefined): Range | undefined {
  if (!src) return src
  for (let k = src[0]; k < src[1] - 1; k++) {
    const t = tokens[k]
    const next = tokens[k + 1]
    if (t.word && isPlural(t) && isSourceNoun(t) && uncapped(next) && !isPreposition(next) && !isJoiner(next) && !isRelative(next) && !isPlural(next) && !isSourceNoun(next) && !isClauseBreaker(next)) return [src[0], k + 1]
    // (a singular one before its -s verb: "Teachers union sues district, saying…")
    if (t.word && !isPlural(t) && isSourceNoun(t) && presentVerb(next) && k > src[0]) return [src[0], k + 1]
  }
  return src
}

/** A lowercase noun of information or a document: "a fact", "a figure", "the memo". */
function infoNoun(t: Token | undefined): boolean {
  return uncapped(t) && (objectNoun(t.lower) === 'info' || isDocumentNoun(t))
}

/** A quotation closing right before `i`: "“No,” came…", "“Why?” was…". */
function quotationBehind(tokens: Token[], i: number): boolean {
  return (isComma(tokens[i - 1]) && isQuoteMark(tokens[i - 2])) || (isQuoteMark(tokens[i - 1]) && isPunct(tokens[i - 2], ',.!?'))
}

/** Whether the noun phrase ending before `i` follows a closed quotation: '“…,” the ad', '“…?” a voice-over in the ad'. */
function closedQuoteBehind(tokens: Token[], i: number): boolean {
  // (a cheap look first: a closing mark after a stop a few words back; most forms have none)
  let q = i - 1
  while (q > 1 && i - q < 9 && !isQuoteMark(tokens[q])) q--
  if (!isQuoteMark(tokens[q]) || !isPunct(tokens[q - 1], ',.!?')) return false
  // (inverted, right after the mark: "“What proof?” demanded the chairman")
  if (q === i - 1) return true
  // (the tag's own verb comes first: in "the ministry states in its annual report" the report is a noun)
  for (let k = q + 1; k < i; k++) if (isCueWord(tokens[k]) || isAuxiliary(tokens[k])) return false
  let np = leftNP(tokens, i - 1)
  // (past one prepositional post-modifier: "a voice-over in the ad")
  if (np && isPreposition(tokens[np[0] - 1]) && np[0] >= 2) np = leftNP(tokens, np[0] - 2) ?? np
  const k = np ? np[0] : -1
  return k >= 2 && isQuoteMark(tokens[k - 1]) && isPunct(tokens[k - 2], ',.!?')
}

/** "Growers view the quota as…", "Many voters view…": a plural noun right before a plain form agrees with it as its subject (not things that "promise to…"). */
function pluralSubject(tokens: Token[], i: number): boolean {
  const verb = cueVerb(w(tokens, i))
  return i > 0 && verb?.form === 'base' && verb.cls !== 'commitment' && isPlural(tokens[i - 1])
}

/**
 * "The Brookings Institution report, released…": a plain form after a singular name that "the" opens is its noun, as a verb would
 * agree ("The Democrats report", "The Smith and Jones families claim" are verbs; so is one whose subject is before a preposition).
 */
function namedThingBefore(tokens: Token[], i: number): boolean {
  if (cueVerb(w(tokens, i))?.form !== 'base' || !tokens[i - 1]?.cap || w(tokens, i - 1).endsWith('s') || isPlural(tokens[i - 1])) return false
  // (a form that is its own past, before a figure it puts: "The IMF forecast growth of 2.9 percent", "…forecast inflation at 2.5%")
  if (cueVerb(w(tokens, i))?.participle === w(tokens, i) && (figureObjectAt(tokens, i + 1) || figureAtAfter(tokens, i + 1))) return false
  let a = i - 1
  while (a > 0 && capped(tokens[a - 1]) && w(tokens, a - 1) !== 'and' && w(tokens, a - 1) !== 'the') a--
  // (a name after a preposition is no subject: "Documents seen by the Ledger show…", "Calculations by the Fiscal Council show…")
  return a > 0 && w(tokens, a - 1) === 'the' && !isDeterminer(tokens[a]) && !isPreposition(tokens[a - 2])
}

/**
 * Whether a modal of the future or of doubt stands right before the verb at `i`, or an adverb of likelihood after it: "Some will
 * say…", "One could argue…", "Skeptics would surely say…", "Some will no doubt claim…"; not "would say only that…", "would only
 * say", which report what was said and no more ("Of the two officials, one would say only that…").
 */
function imaginedBy(tokens: Token[], i: number): boolean {
  const adverb = grammar.imaginedAdverbs.has(w(tokens, i - 1)) ? 1 : grammar.imaginedAdverbs.has(`${w(tokens, i - 2)} ${w(tokens, i - 1)}`) ? 2 : 0
  return grammar.imaginedModals.has(w(tokens, i - 1 - adverb)) && w(tokens, i + 1) !== 'only'
}

/** A few words at `j` put at a figure: "inflation at 2.5 percent", "core inflation at 2.5%". */
function figureAtAfter(tokens: Token[], j: number): boolean {
  const at = atAfter(tokens, j + 1)
  return at >= 0 && at < j + 4 && figureAt(tokens, at + 1)
}

/**
 * "Russian official says talks stalled": a headline drops its articles, so a role that is also an unnamed group's noun, with no
 * determiner or owner, is "an official", vague; a title one holds alone stays definite ("Governor vetoes bill").
 */
function headlineRole(tokens: Token[], [a, b]: Range, r: SourceReading): SourceReading {
  if (r.kind !== 'named' || r.type !== 'person' || !r.role || r.pronoun || !lexicon.vagueNouns.has(r.role.head)) return r
  if (isDeterminer(tokens[a]) || tokens.slice(a, b).some(normalised)) return r
  return { ...r, kind: 'vague', type: 'anonymous', role: undefined }
}

/**
 * A verb's form read as a noun: right after an article or a possessive ("Its share price", "HP's share price"), or in a compound
 * ("offering price"); a listed name's own 's is no possessive ("Moody's pegged the losses at…").
 */
function nounAfterDeterminer(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (isCompound(w(tokens, i), tokens[i + 1]?.lower)) return true
  return !!prev?.word && !lexicon.pronouns.has(prev.norm) && (grammar.articleLike.has(prev.lower) || isPossessive(prev) || (normalised(prev) && !listedWhole(prev.text)))
}

/** A subject noun phrase with a post-modifier whose head is a speaker: "Many in the town (say)". */
function speakerPhrase(tokens: Token[], j: number, research: boolean): boolean {
  if (isPreposition(tokens[j])) return false
  const np = leftNP(tokens, j)
  if (!np) return false
  const head = tokens[headOf(tokens, np)]
  if (isDocumentNoun(head)) return research
  return head !== tokens[j] && (isSourceNoun(head) || isIndefinite(head) || head.cap)
}

/** endings of nouns for people by what they do ("impersonator", "activist", "consultant") */
const AGENT_ENDING = /(?:or|er|ist|ian|ant|ent|eer)s?$/

/**
 * "In his opinion, Alito argued that…", "In her ruling, Judge Ortiz wrote…": a pronoun owning the opening phrase stands for the
 * subject who speaks right after it, not for someone before; that speaker's own cue holds the sentence, so the phrase's is dropped.
 */
function dropOwnerAhead(tokens: Token[], found: Found[], subject: () => Range | undefined): void {
  const k = found.findIndex((f) => (f.rule === 'in-the-view-of' || f.rule === 'in-the-words-of') && !!f.src && f.src[1] - f.src[0] === 1 && isPossessive(tokens[f.src[0]]))
  if (k < 0) return
  const main = subject()
  const after = Math.max(found[k].cue[1], found[k].src![1])
  if (main && isComma(tokens[after]) && main[0] === after + 1 && found.some((f) => VERB_RULES.has(f.rule) && f.src?.[0] === main[0])) found.splice(k, 1)
}

/**
 * Whether the speaker at `src` stands inside the clause the verb cue `before` reports: no clause joined after a comma, nor a
 * semicolon, between, and no tag set off after it ("Grayson said Randolph “…,” the source recalled").
 */
function reportedWithin(tokens: Token[], before: Found, src: Range): boolean {
  if (!before.src || before.src[1] > before.cue[0] || src[0] < before.cue[1] || isComma(tokens[src[0] - 1]) || isQuoteMark(tokens[src[0] - 1])) return false
  for (let k = before.cue[1]; k < src[0]; k++) if (isPunct(tokens[k], ';') || (isComma(tokens[k]) && grammar.clauseJoiners.has(w(tokens, k + 1)))) return false
  return true
}

/** Whether only a mark or two stand between the end of a cue at `end` and the word at `i`: ", noting…" right after its verb. */
function justAfter(tokens: Token[], end: number, i: number): boolean {
  if (i - end > 3) return false
  for (let k = end; k < i; k++) if (tokens[k].word) return false
  return true
}

/** the rules of a speaker and a verb of saying or thinking */
const VERB_RULES = new Set(['speech-verb', 'inverted-cue', 'thought-verb'])

/** the most tokens a headline's line holds, as a title's (src/roles): a verbless headline's clause is read only in one so short */
const HEADLINE_TOKENS = 40

/** Finds the attributions of one sentence (SPEC §1 step 1). */
export function findAttributions(text: string, tokens: Token[], shape: SentenceShape): Found[] {
  const found: Found[] = []
  const n = tokens.length
  // (a unit of invisible characters only, "\u200b", has no token to read)
  if (n === 0) return found
  // the latest verb cue: a participle after a tag is its speaker's (", Hollande said, noting…")
  let lastVerb: Found | undefined
  let outerSpeaker: Range | undefined
  // the end of the last relayed speaker's cue: its "saying" is read once ("quoted her saying…")
  let relayedEnd = 0
  const add: Add = (f) => {
    const verbRule = !!f.src && VERB_RULES.has(f.rule)
    // (a speaker inside what an earlier one said keeps the earlier one as the sentence's tag past its own clause: "She said
    // investigators believed…, adding that…" is hers)
    if (verbRule) outerSpeaker = lastVerb?.src && reportedWithin(tokens, lastVerb, f.src!) ? outerSpeaker ?? lastVerb.src : undefined
    if (f.relayed) relayedEnd = Math.max(relayedEnd, f.cue[1])
    // (a speaker phrase that one cue shows to be on record is so for the next: "Analysts at Bernstein wrote in a note…, estimating…"
    // is the firm's work twice)
    // (among the last few only: a sentence may hold thousands of cues)
    const same = f.reading?.kind === 'vague' ? namedBefore(found, f.src!) : undefined
    const reading = same ?? (shape.titleLine && f.src && f.reading ? headlineRole(tokens, f.src, f.reading) : f.reading)
    // one object shape for every attribution, whichever fields a rule gave: later stages read them all alike
    found.push({ cue: f.cue, src: f.src, reading, rule: f.rule, quote: f.quote ?? shape.quotes, channel: f.channel ?? false, relayed: f.relayed ?? false })
    if (verbRule) lastVerb = found[found.length - 1]
  }
  // (whether the latest cue took the noun at `i`, its owner at `o`, as its object: "raised its growth forecast of 1.5%")
  const tookNoun = (o: number, i: number) => found[found.length - 1]?.cue[0] < o && found[found.length - 1].cue[1] > i
  let mainSubject: Range | undefined | null = null
  const subject = () => (mainSubject === null ? (mainSubject = shape.titleLine ? headlineSubject(tokens, findMainSubject(tokens)) : findMainSubject(tokens)) : mainSubject)
  let conditional: boolean | undefined
  const hypothetical = () => (conditional ??= tokens.some((t) => lexicon.conditionals.has(t.lower) && t.lower !== 'were'))
  // a speaker who makes something plain, the cue at `[i, end)`: "made clear that…", "left no doubt that…" (not a thing: "the rain
  // made it clear that…" is the author's inference)
  const plainSpeaker = (i: number, end: number) => {
    const written = subjectOf(tokens, i, subject)
    // ("issued a statement making clear that…": a document speaks for whoever put it out, as with "saying")
    const sub = written && w(tokens, i).endsWith('ing') && lexicon.documentNouns.has(tokens[written[1] - 1].norm) ? (issuerOf(text, tokens, written[1] - 1, subject) ?? written) : written
    const r = sub && readSource(text, tokens, sub)
    if (sub && r && !r.notSource && (r.type !== 'unknown' || r.pronoun)) add({ cue: [i, end], src: sub, reading: r, rule: 'speech-verb' })
  }

  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (!t.word || t.quoted || !triggers.has(t.lower) || i < relayedEnd) continue
    const l = t.lower

    // according to X / in the words of X: the source phrase is consumed with its cue
    if (l === 'according' && w(tokens, i + 1) === 'to') {
      // ("according to what two officials told the Guardian", "…what the company has said": the one whose words "what" stands for)
      const told = whatSaid(tokens, i + 2)
      if (told) {
        add({ cue: [i, i + 2], src: told.np, rule: 'according-to', channel: true })
        i = told.np[1]
        continue
      }
      const first = sourceAfterAccording(tokens, i + 2)
      const np = first && (peopleJoinedAfter(tokens, first) ?? first)
      if (np && !(np[1] - np[0] === 1 && lexicon.notAccordingTo.has(tokens[np[0]].norm)) && !lexicon.accordingMeasures.has(tokens[headOf(tokens, np)].norm)) {
        // ("according to the excavation's lead archaeologist, Dr. Hannah Cole of Wessex Archaeology": the role's name is the source)
        const { np: src, named } = roleAndName(tokens, np)
        add({ cue: [i, i + 2], src, reading: named ? readSource(text, tokens, named) : undefined, rule: 'according-to', channel: true })
        // ("according to two people familiar with the matter and an internal memo seen by Reuters": a second source joined to the
        // first, its phrase closing the cue's)
        const second = w(tokens, src[1]) === 'and' ? joinedSource(tokens, src) : undefined
        const reading = second && (!tokens[second[1]] || isPunct(tokens[second[1]], ',.;:)—–')) ? readSource(text, tokens, second) : undefined
        const joined = !!second && !!reading && !reading.notSource && reading.type !== 'unknown'
        if (joined) add({ cue: [i, i + 2], src: second, reading, rule: 'according-to', channel: true })
        // ("according to internal emails, billing records and interviews with nine former employees": each item of a list)
        const items = isComma(tokens[src[1]]) ? listedAfter(tokens, src) : undefined
        for (const item of items ?? []) {
          const r = readSource(text, tokens, item)
          if (!r.notSource && r.type !== 'unknown') add({ cue: [i, i + 2], src: item, reading: r, rule: 'according-to', channel: true })
        }
        i = (items ? items[items.length - 1] : joined ? second : src)[1] - 1
      }
      continue
    }
    // "From what officials have said, the plant will reopen": the words the sentence rests on, opening it, as "according to" hands on
    // (its phrase, past the verb's object or adjuncts, ends at a comma)
    const heard = l === 'from' && i === firstWord(tokens) ? whatSaid(tokens, i + 1) : undefined
    let phraseEnd = heard ? heard.verb + 1 : 0
    while (heard && tokens[phraseEnd]?.word) phraseEnd++
    if (heard && isComma(tokens[phraseEnd])) {
      add({ cue: [i, i + 1], src: heard.np, rule: 'according-to', channel: true })
      i = heard.np[1]
      continue
    }
    if (l === 'in') {
      // "This was contained in a statement signed by the ministry's spokesperson": what the sentence before said, credited to the
      // document it was in (grammar containedIn)
      const credit = containedIn(text, tokens, i)
      if (credit) {
        add({ cue: [credit.participle, i + 1], src: credit.np, reading: credit.reading, rule: 'as-reported-by' })
        i = credit.np[1] - 1
        continue
      }
      const held = stanceHolder(tokens, i)
      // ("in the words of one board member, Claire Dubois,": the role's name is the holder, as after "according to")
      const { np: src, named } = held ? roleAndName(tokens, held.src) : { np: undefined, named: undefined }
      // ("in the eyes of the law" holds no view)
      const reading = held && src && ownerReading(readSource(text, tokens, named ?? src))
      if (held && src && reading && !reading.notSource && (reading.type !== 'unknown' || reading.pronoun || isPossessive(tokens[src[0]]))) {
        add({ cue: held.cue, src, reading, rule: w(tokens, held.noun) === 'words' ? 'in-the-words-of' : 'in-the-view-of' })
        i = Math.max(held.cue[1], src[1]) - 1
        continue
      }
      // ("In a YouGov poll last year, 58 per cent of Britons backed…": a poll or a survey the sentence opens in, set off by its comma,
      // is the record its figures rest on, as after "based on"; grammar pollNouns)
      const poll = i === firstWord(tokens) || isPunct(tokens[i - 1], ':;—–') ? sourceAfterAccording(tokens, i + 1) : undefined
      const r = poll && grammar.pollNouns.has(tokens[headOf(tokens, poll)].lower) && isComma(tokens[skipAdjuncts(tokens, poll[1])]) ? readSource(text, tokens, poll) : undefined
      if (poll && r?.type === 'document') {
        add({ cue: [i, i + 1], src: poll, reading: r, rule: 'according-to', channel: true })
        i = poll[1] - 1
      }
      continue
    }
    // "As far as the police are concerned, the case is closed", "…, if the company is to be believed": the view of whoever the phrase
    // names, as "in the view of" hands it on ("As far as I am concerned" is the author's; "as far as it goes" names no one)
    const viewFrame = l === 'as' && w(tokens, i + 1) === 'far' && w(tokens, i + 2) === 'as' ? i + 3 : l === 'if' ? i + 1 : -1
    const viewer = viewFrame > 0 ? rightNP(tokens, viewFrame) : undefined
    if (viewer && BE.has(w(tokens, viewer[1])) && (l === 'as' ? w(tokens, viewer[1] + 1) === 'concerned' : w(tokens, viewer[1] + 1) === 'to' && w(tokens, viewer[1] + 2) === 'be' && w(tokens, viewer[1] + 3) === 'believed')) {
      const end = l === 'as' ? viewer[1] + 2 : viewer[1] + 4
      const reading = ownerReading(readSource(text, tokens, viewer))
      // ("as far as the law is concerned" is what the law allows, no one's view; "if polls are to be believed" is theirs)
      if (!reading.notSource && !(l === 'as' && reading.type === 'document') && (reading.type !== 'unknown' || reading.pronoun)) {
        add({ cue: l === 'as' ? [i, i + 3] : [viewer[1], end], src: viewer, reading, rule: 'in-the-view-of' })
        i = end - 1
        continue
      }
    }
    // "That, at least, is the view of the company's chief executive, Jane Park.", "It is the judgment of the panel that…": a view the
    // sentence's subject is, taking up what was said, as "in the view of" hands it on
    // ("Such is the verdict of most historians.", "That was the message from the club.": a verdict's or a message's noun too)
    const beThe = BE.has(l) && w(tokens, i + 1) === 'the'
    const verdict = beThe && grammar.verdictNouns.has(w(tokens, i + 2))
    if (beThe && (grammar.stanceNouns.has(w(tokens, i + 2)) || verdict) && (w(tokens, i + 3) === 'of' || (verdict && w(tokens, i + 3) === 'from')) && grammar.viewSubjects.has(w(tokens, firstWord(tokens)))) {
      const np = sourceAfterAccording(tokens, i + 4)
      const { np: src, named } = np ? roleAndName(tokens, np) : { np: undefined, named: undefined }
      const reading = src && ownerReading(readSource(text, tokens, named ?? src))
      if (src && reading && !reading.notSource && reading.type !== 'unknown') {
        add({ cue: [i + 1, i + 4], src, reading, rule: 'in-the-view-of' })
        i = src[1] - 1
        continue
      }
    }
    // "“Absolutely not,” came the reply from the mayor's office.", "“No comment,” was the terse response from the ministry": a
    // quotation handed to whoever the reply came from, as an inverted tag hands it to its speaker
    if ((BE.has(l) || grammar.replyLeads.has(l)) && w(tokens, i + 1) === 'the' && quotationBehind(tokens, i)) {
      let k = i + 2
      while (k < i + 4 && uncapped(tokens[k]) && !grammar.replyNouns.has(w(tokens, k))) k++
      const np = grammar.replyNouns.has(w(tokens, k)) && w(tokens, k + 1) === 'from' ? sourceAfterAccording(tokens, k + 2) : undefined
      const reading = np && ownerReading(readSource(text, tokens, np))
      if (np && reading && !reading.notSource && (reading.type !== 'unknown' || reading.pronoun)) {
        add({ cue: [i, k + 2], src: np, reading, rule: 'reply-from' })
        i = np[1] - 1
        continue
      }
    }
    // "Based on data from the disaster council, at least 25 people died", "…, based on figures from the ministry.": a document the
    // sentence rests on, opening it or closing it, hands it on as "according to" does (not "The film, based on a novel, opens…",
    // nor "based on his age")
    if (lexicon.recordLeads.get(l)?.includes(w(tokens, i + 1)) && (i === firstWord(tokens) || isPunct(tokens[i - 1], ',(—–'))) {
      const np = sourceAfterAccording(tokens, i + 2)
      const edge = !!np && (i === firstWord(tokens) || !tokens[np[1]] || isPunct(tokens[np[1]], '.!?'))
      const r = edge && grammar.basedOnRecords.has(tokens[headOf(tokens, np)].lower) ? readSource(text, tokens, np) : undefined
      if (np && r && !r.notSource && r.type === 'document') {
        add({ cue: [i, i + 2], src: np, reading: r, rule: 'according-to', channel: true })
        i = np[1] - 1
      }
      continue
    }
    // per X, at a clause edge: "…, per the ministry." (not "per cent", "per day", "Per capita income…")
    // (the phrase read as after "according to": "per two people familiar with it")
    // ("As per the police report, …": "as" may lead it)
    const asPer = w(tokens, i - 1) === 'as' && (i === 1 || isPunct(tokens[i - 2], ',(—–'))
    if (l === 'per' && (i === 0 || isPunct(tokens[i - 1], ',(—–') || asPer) && !grammar.latinPer.has(w(tokens, i + 1))) {
      const np = sourceAfterAccording(tokens, i + 1)
      if (np) {
        const r = readSource(text, tokens, np)
        if (!r.notSource && r.type !== 'unknown') {
          add({ cue: [asPer ? i - 1 : i, i + 1], src: np, reading: r, rule: 'per', channel: true })
          i = np[1] - 1
        }
      }
      continue
    }
    // "To hear his supporters tell it, …": their account, as with "according to" (set off by commas, not "came to hear her tell it")
    if (l === 'tell' && w(tokens, i + 1) === 'it' && isComma(tokens[i + 2])) {
      let h = i - 2
      while (h > 0 && i - h <= 6 && tokens[h].word && w(tokens, h) !== 'hear') h--
      const np: Range = [h + 1, i]
      const setOff = h - 1 === firstWord(tokens) || isComma(tokens[h - 2])
      const reading = w(tokens, h) === 'hear' && w(tokens, h - 1) === 'to' && setOff && rightNP(tokens, h + 1)?.[1] === i ? readSource(text, tokens, np) : undefined
      if (reading && !reading.notSource) {
        add({ cue: [h - 1, h + 1], src: np, reading, rule: 'to-hear-tell' })
        i++
        continue
      }
    }
    // "by the Pentagon's count", "by her own account", set off: the owner's figure or story, as with "according to" ("by some
    // estimates" has no owner: a hedge phrase below)
    if (l === 'by' && (i === firstWord(tokens) || isPunct(tokens[i - 1], ',(—–'))) {
      const held = countHolder(tokens, i)
      const reading = held && ownerReading(readSource(text, tokens, held.src))
      if (held && reading && !reading.notSource && (reading.type !== 'unknown' || reading.pronoun)) {
        add({ cue: held.cue, src: held.src, reading, rule: 'by-count' })
        i = held.cue[1] - 1
        continue
      }
    }
    // sourceless hedges
    // (not one inside a noun phrase, after its determiner, which hedges the noun as "alleged" does: "The allegedly stolen car was
    // found", "an allegedly rigged vote", SPEC §1)
    if (lexicon.hedgeAdverbs.has(l) && !hedgeInPhrase(tokens, i)) {
      add({ cue: [i, i + 1], rule: 'hedge-adverb' })
      continue
    }
    // ("declined to comment on “market rumor and speculation”": words quoted as what the subject will not discuss are the subject's
    // own; a refusal quotes no one otherwise)
    if (l === 'comment' && w(tokens, i - 1) === 'to' && grammar.refusalVerbs.has(w(tokens, i - 2)) && (w(tokens, i + 1) === 'on' || w(tokens, i + 1) === 'about') && isQuoteMark(tokens[i + 2]) && uncapped(tokens[i + 3])) {
      const sub = subjectOf(tokens, i - 2)
      if (sub) add({ cue: [i - 2, i + 2], src: sub, rule: 'speech-verb', quote: true })
      continue
    }
    // "The court heard that…", "the inquest heard he had been drinking": evidence given there, on no one's word named
    if (l === 'heard') {
      const that = w(tokens, i + 1) === 'that' || w(tokens, i + 1) === 'how'
      // (a court by its name too: "Sydney's Downing Centre Local Court heard the man had been drinking")
      if (i > 0 && grammar.proceedingNouns.has(tokens[i - 1].norm) && (that || clauseFollows(tokens, i + 1))) add({ cue: [isArticle(tokens[i - 2]) ? i - 2 : i - 1, that ? i + 2 : i + 1], rule: 'hedge-phrase' })
      else trailingProceeding(tokens, i, i + 1, add)
      continue
    }
    // "Rumours are swirling that…", "fears grew on Tuesday that…": talk or worry going round, on no one's word; talk that is a
    // source noun is its vague source, as with a verb of hearsay ("Rumors swirled that…", cue-verbs hearsayOnly)
    const going = grammar.goingRoundNouns.has(l) || grammar.ownerlessSpeechNouns.has(l) ? goingRound(tokens, i) : undefined
    if (going) {
      add(isSourceNoun(t) ? { cue: [going.verb, going.that + 1], src: [i, i + 1], rule: 'speech-verb' } : { cue: [i, going.that + 1], rule: 'hedge-phrase' })
      i = going.that
      continue
    }
    const phrase = lexicon.hedgePhrases.match(tokens, i)
    // ("as reported by the Post", "as reported in the Times" name their source: read as the verb below)
    if (phrase && w(tokens, i + phrase.length) !== 'by' && !(w(tokens, i + phrase.length) === 'in' && writtenIn(text, tokens, i + phrase.length + 1))) {
      add({ cue: [i, i + phrase.length], rule: 'hedge-phrase' })
      i += phrase.length - 1
      continue
    }
    // ("it emerged on Tuesday that…", "word spread last week that…": a time between the phrase and its "that")
    const stem = lexicon.hedgeStems.match(tokens, i)
    const timedThat = stem ? thatAfterAdjunct(tokens, i + stem.length) : -1
    if (timedThat > 0) {
      add({ cue: [i, timedThat + 1], rule: 'hedge-phrase' })
      i = timedThat
      continue
    }
    if (BE.has(l) && w(tokens, i + 1) === 'told' && trailingProceeding(tokens, i, i + 2, add)) continue
    if (BE.has(l) && !perfectS(tokens, i) && passiveCue(text, tokens, i, add)) continue
    if (BE.has(l) && beliefCue(text, tokens, i, add)) continue
    if (i === firstWord(tokens) && grammar.beliefAdjectives.has(l) && openingBelief(text, tokens, i, add)) continue
    // "The mayor's said to be furious": the 's is "is", left on its noun by the tokenizer; "The firm, said to be worth…", "Believed to
    // be in his 40s, the man…": set off, the participle is the same hedge with its "is" left out
    // (a headline drops its "is": "Fed expected to hold rates steady", "Suspect believed to be armed"; its "said to" is left to
    // the verb, as it more often reports words to someone)
    // (and after an object or an apposition, the noun the participle describes: "announced a merger expected to close next year",
    // "…, a deal expected to bring in $105 million", "arrested a man believed to be the gunman")
    if (lexicon.hedgeParticiples.has(l) && w(tokens, i + 1) === 'to' && ((shape.titleLine && i > 0 && tokens[i - 1].word && l !== 'said' && verbAfterTo(tokens, i + 1)) || (i > 0 && tokens[i - 1].word && w(tokens, i - 1).endsWith("'s") && !tokens[i - 1].quoted) || ((isComma(tokens[i - 1]) || i === firstWord(tokens) || describedNoun(tokens, i - 1)) && verbAfterTo(tokens, i + 1)))) {
      add({ cue: [i, i + 2], rule: 'hedge-passive' })
      continue
    }

    // an owner's expected figure: "analysts' forecasts of $5.9bn", "the Fed's projection of 2.1%" (grammar expectedFigureNouns)
    if (grammar.expectedFigureNouns.has(l) && w(tokens, i + 1) === 'of' && isFigure(tokens[tokens[i + 2]?.word ? i + 2 : i + 3]) && i > 0) {
      const o = ownerAt(tokens, i)
      const src = ownerSpan(tokens, o)
      // (unless a verb's cue took the noun already: "raised its growth forecast of 1.5%")
      if (src && !tookNoun(o, i)) {
        add({ cue: [i, i + 1], src, rule: 'speech-noun' })
        continue
      }
    }
    // nouns of saying with an owner: "Trump's claim that…", "his warning that…"
    // ("his statement on Wednesday that…": a time phrase may stand before "that")
    const saidThat = lexicon.speechNouns.has(t.norm) && i > 0 ? thatAfterTime(tokens, i + 1) : -1
    if (saidThat > 0) {
      const o = ownerAt(tokens, i)
      const np = ownerSpan(tokens, o)
      // (past a modifier a relative clause may follow: "the firm's latest report that showed growth")
      // ("stated in its annual report that…": in an adjunct of a verb of saying, the that-clause is the verb's)
      const saying = cueVerb(w(tokens, o - 2))
      const verbAdjunct = w(tokens, o - 1) === 'in' && !!saying && (saying.takes === 'any' || saying.takes === 'clause') && !lexicon.nounish.has(w(tokens, o - 2))
      // (or a quotation after "that": "his comment Monday that “Islam hates us”")
      // ("a consultant's report that identified $1.2 million": "that" and a verb open a relative clause, no content)
      const relative = pastForm(tokens[saidThat + 1]) || presentVerb(tokens[saidThat + 1])
      if (np && ((o === i - 1 && saidThat === i + 1 && !relative) || clauseFollows(tokens, saidThat + 1) || isQuoteMark(tokens[saidThat + 1])) && !verbAdjunct) {
        // (the noun may be the object a verb's cue already took: "offered her firmest promise that…" is one attribution)
        if (!tookNoun(o, i)) add({ cue: [i, saidThat + 1], src: np, rule: 'speech-noun' })
        continue
      }
    }
    // "claims by the agency that…", "the warning from the central bank that…" name the owner after "by" or "from"; "complaints
    // that…" leaves the speakers unnamed ("statements by Donald Trump last week that…": a time phrase may stand before "that")
    // (not a document's "from", which may be its time: "a false report from the 2008 campaign that…")
    // ("fears among investors that…": the group that holds it after "among", grammar heldAmong)
    const byFrom = w(tokens, i + 1) === 'by' || (w(tokens, i + 1) === 'among' && grammar.heldAmong.has(lexicon.speechNouns.get(t.norm) ?? '')) || (w(tokens, i + 1) === 'from' && !isDocumentNoun(t))
    if (lexicon.speechNouns.has(t.norm) && (byFrom || ownerlessNoun(tokens, i))) {
      const by = byFrom ? rightNP(tokens, i + 2) : undefined
      const that = by ? thatAfterTime(tokens, by[1]) : i + 1
      // (or a quotation after "that", as after an owner before the noun: "comments by Jim Chalmers last year that “nothing is…”")
      if (w(tokens, that) === 'that' && (clauseFollows(tokens, that + 1) || (!!by && isQuoteMark(tokens[that + 1]) && !!tokens[that + 2]?.quoted))) {
        add(by ? { cue: [i, i + 2], src: by, rule: 'speech-noun' } : { cue: [i, i + 2], rule: 'speech-noun' })
        i = that
        continue
      }
    }

    // "after a report that it had cut prices", "a Bloomberg report that…", "a report in The Information that…": one report, unnamed
    // or named by its outlet, hands on its clause ("the report that…" is as often the writer's own pointer back; "said in a report
    // that…" the verb's)
    if (grammar.indefiniteReports.has(t.lower) && w(tokens, i + 1) !== 'by') {
      // (its own article, the last inside the phrase read leftwards: that may run on over a verb, "Halvern rose on a Bloomberg report")
      const np = leftNP(tokens, i) ?? [i, i + 1]
      let from = i - 1
      while (from >= np[0] && !grammar.singularQuantifiers.has(w(tokens, from))) from--
      const whole = from >= np[0] && !(w(tokens, from - 1) === 'in' && isCueWord(tokens[from - 2])) ? rightNP(tokens, i) : undefined
      const that = whole ? thatAfterTime(tokens, whole[1]) : -1
      if (whole && w(tokens, that) === 'that' && clauseFollows(tokens, that + 1)) {
        add({ cue: [i, i + 1], src: [from, whole[1]], rule: 'speech-noun' })
        i = that
        continue
      }
    }
    // "Rubio's response was that…", "Another complaint is that…": a noun of saying, "is", then what was said
    const that = lexicon.speechNouns.has(t.norm) || grammar.copularSpeechNouns.has(t.norm) ? copularThat(tokens, i) : -1
    if (that > 0) {
      // ("The consensus among economists is that…": the group that holds it after "among"; "The message from Downing Street is
      // that…": whoever gave it; "The prevailing view in Washington is that…" is held where, by no one named)
      const after = w(tokens, i + 1)
      const by = (after === 'among' && grammar.heldAmong.has(lexicon.speechNouns.get(t.norm) ?? t.norm)) || after === 'from' ? rightNP(tokens, i + 2) : undefined
      // ("The conclusion of the inquiry was that…": with no owner before it, a source after "of" is whose)
      const own = ownerOf(tokens, i)
      const of = own === undefined && after === 'of' ? rightNP(tokens, i + 2) : undefined
      const ofReading = of && readSource(text, tokens, of)
      const owner = by && (after === 'among' || GROUP_TYPES.has(readSource(text, tokens, by).type)) ? by : own !== undefined ? own : ofReading && !ofReading.notSource && ofReading.type !== 'unknown' ? of : undefined
      // ("The point is that…" without an owner is the writer's own turn of phrase)
      // (nor is "the answer is clear:" with no one's answer named)
      if (owner !== null && (owner || (lexicon.speechNouns.has(t.norm) && !isPunct(tokens[that], ':')))) {
        add(owner ? { cue: [i, that + 1], src: owner, rule: 'speech-noun' } : { cue: [i, that + 1], rule: 'speech-noun' })
        i = that
        continue
      }
    }
    // "left no doubt that…", "leaves little doubt that…": the subject makes it plain, as with "made clear that…" below
    if (grammar.doubtLeavers.has(l) && grammar.noDoubt.has(w(tokens, i + 1)) && w(tokens, i + 2) === 'doubt' && w(tokens, i + 3) === 'that' && clauseFollows(tokens, i + 4)) {
      plainSpeaker(i, i + 4)
      continue
    }
    // ("the subsidy, which it puts at £80,000", "The damage, which insurers put at $2 billion": an estimate whose object went ahead as
    // a relative, its figure after "at")
    // (a verb of saying's past form is read so with the other verbs: "which insurers estimated at $2 billion")
    // (not "put" with its particle, "as she put it")
    const estimate = lexicon.estimateVerbs.has(l) && w(tokens, i + 1) === 'at'
    const saying = estimate && !cueVerb(l)?.particle ? cueVerb(l) : undefined
    const estimator = estimate && saying?.form !== 'past' ? relativeEstimator(tokens, i) : undefined
    if (estimator) {
      const r = readSource(text, tokens, estimator)
      if (!r.notSource && (r.type !== 'unknown' || r.pronoun)) add(saying ? { cue: [i, i + 1], src: estimator, reading: r, rule: 'speech-verb' } : { cue: [i, i + 2], src: estimator, reading: r, rule: 'info-object' })
      continue
    }
    const verb = cueVerb(l)
    // ("Will the mayor say whether she knew?": a yes-no question asks what someone will say; it reports nothing said)
    // (a phrasal verb without its particle is another verb: "put" alone may be an estimate's, "put … at 5 percent")
    const phrasal = !verb?.particle || (w(tokens, i + 1) === verb.particle && !(lexicon.estimateVerbs.has(l) && w(tokens, i + 2) === 'at'))
    if (verb && phrasal && verbReading(tokens, i) && !(verb.form === 'base' && yesNoQuestion(tokens))) {
      // imagined speech under a condition is the author's own ("if she were honest, she would admit…")
      if ((grammar.hypothetical.has(w(tokens, i - 1)) && hypothetical()) || imaginedScene(tokens, i)) continue
      // ("Officials said adding staff would help", "Analysts say calling it a bailout is unfair": right after a verb cue, the -ing
      // form opens what was said, as its subject)
      const latest = found[found.length - 1]
      if (verb.form === 'ing' && latest?.cue[1] === i && VERB_RULES.has(latest.rule)) continue
      // ("believes residents can help by reporting leaks": after "by", the -ing form is the reported clause's, no one's saying)
      if (verb.form === 'ing' && w(tokens, i - 1) === 'by' && lastVerb && lastVerb.cue[1] < i - 1 && clauseFollows(tokens, lastVerb.cue[1])) continue
      // (right after its verb the inner speaker's: "a charge that party leaders denied, noting that…")
      const tag = outerSpeaker && !justAfter(tokens, lastVerb!.cue[1], i) ? outerSpeaker : lastVerb?.src
      const read = found.length
      verbCue(text, tokens, i, verb, shape, subject, add, tag)
      // ("far below the 250,000 a year Elon Musk once predicted.": a figure gone ahead of whoever put it, the verb ending the clause;
      // its subject read past the figure, "short of the 20,000 [Mayor Karen Bass] had forecast")
      const own = found.length > read ? found[found.length - 1].src : undefined
      const ahead = verb.form !== 'ing' && verb.form !== 'present' && grammar.figureVerbs.has(verb.base) && clauseEnds(tokens, i + 1) && (!own || found.length === read + 1) ? figureAhead(tokens, own ?? subjectOf(tokens, i)) : undefined
      const reading = ahead && (!own || ahead[0] > own[0]) ? readSource(text, tokens, ahead) : undefined
      if (ahead && reading && !reading.notSource && (reading.type !== 'unknown' || reading.pronoun)) {
        if (own) Object.assign(found[found.length - 1], { src: ahead, reading })
        else add({ cue: [i, i + 1], src: ahead, reading, rule: 'info-object' })
      }
      // (a verb of view that is also an estimate's, with no "as" phrase, may put a figure: "The bank now sees inflation at 3 percent")
      if (found.length > read || !lexicon.estimateVerbs.has(l)) continue
    }
    // (after an article or a possessive the form is a noun: "HP's share price", "the initial public offering price")
    // ("Nike shares jump as…": a company's stock before its price's move)
    // (nor a capital between a capital past the first word and a lowercase word, a word of a name: "The Hazara Express jumped the
    // tracks"; not in Title Case, whose common words lose their capitals: "Anchor Expressed Fear About…")
    if ((lexicon.lightVerbs.has(l) || lexicon.estimateVerbs.has(l) || grammar.leadInVerbs.has(l)) && !nounAfterDeterminer(tokens, i) && !(grammar.stockNouns.has(l) && grammar.stockMoves.has(w(tokens, i + 1))) && !(i - 1 > firstWord(tokens) && tokens[i].cap && tokens[i - 1].cap && !tokens[i + 1]?.cap)) {
      // "made clear that…", "has made it plain that…": the subject says so
      const adjective = w(tokens, i + 1) === 'it' ? i + 2 : i + 1
      if (grammar.madeClear.has(w(tokens, adjective)) && w(tokens, adjective + 1) === 'that' && clauseFollows(tokens, adjective + 2)) {
        plainSpeaker(i, adjective + 2)
        continue
      }
      // "the actress shared that she was pregnant"
      if (grammar.thatLightVerbs.has(l) && w(tokens, i + 1) === 'that' && clauseFollows(tokens, i + 2)) {
        plainSpeaker(i, i + 2)
        continue
      }
      // ("Concerns have been voiced that…": a passive, read with the other passives; "are raising questions" is active)
      let be = i - 1
      while (be > 0 && (adverbLike(tokens[be]) || isAdverb(tokens[be]))) be--
      if (!lexicon.estimateVerbs.has(l) && !l.endsWith('ing') && lexicon.be.has(w(tokens, be))) continue
      const j = skipAdjuncts(tokens, i + 1)
      // ("Initial estimates put the total at…": a verb of the same kind next makes this form its subject's noun; so does a participle
      // and its agent, "Consensus estimates compiled by FactSet put…")
      if (lexicon.estimateVerbs.has(w(tokens, j)) || lexicon.lightVerbs.has(w(tokens, j)) || (pastForm(tokens[j]) && w(tokens, j + 1) === 'by')) continue
      // past a person it goes to: "sent Mr. Trump an unmistakable message: …", "gave him a warning: …"
      const first = objectKind(tokens, j)
      const to = first && tokens[first.np[1] - 1]
      // (not a piece of information, which a clause may follow without "that": "raised concerns the ban could…")
      const indirect = first && to && first.kind !== 'info' && (to.cap || personNoun(to) || isPlural(to) || isObjectPronoun(tokens[first.np[0]])) && isArticle(tokens[first.np[1]])
      const obj = (indirect && objectKind(tokens, first.np[1])) || first
      // "raised the possibility…", "expressed concern…"; "put the cost … at $2 billion"
      const at = lexicon.estimateVerbs.has(l) && obj ? atAfter(tokens, obj.end) : -1
      const estimate = at >= 0
      // ("put the quake's depth at 10 km": any measure, put at a figure)
      const amount = estimate ? tokens[pastQuantityLead(tokens, at + 1)]?.text ?? '' : ''
      // (no one is estimated: "sees her doctor at 5 p.m.")
      const figure = (/^\d/.test(amount) || CURRENCY.test(amount)) && !!obj && !personNoun(tokens[obj.end - 1])
      // "released the following statement:", "issued a statement: “…”": a lead-in to the words that follow
      const after = obj ? tokens[skipAdjuncts(tokens, obj.np[1])] : undefined
      // "made the claim that…", "gave assurances that…": the noun of saying hands its that-clause to the subject
      const head = obj && tokens[headOf(tokens, obj.np)].norm
      // ("makes similar allegations": an accusation is one with no clause after it)
      const leadIn = !!head && (((lexicon.speechNouns.has(head) || grammar.copularSpeechNouns.has(head)) && (isPunct(after, ':') || isQuoteMark(after) || (after?.lower === 'that' && after === tokens[obj.np[1]] && obj.end === obj.np[1] && clauseFollows(tokens, obj.np[1] + 1)))) || (grammar.leadInVerbs.has(l) && grammar.madeAllegations.has(head)))
      // "raised rates", "raised huge amounts of money" change a quantity: acts
      const raised = !!obj && lexicon.raisingVerbs.has(l) && tokens.slice(obj.np[0], obj.np[1]).some((x) => lexicon.raisedQuantities.has(x.norm))
      // ("released few details", "gave no details": how little was said)
      const empty = !!obj && (emptyContainer(tokens, obj.np) || grammar.scantQuantities.has(w(tokens, obj.np[0])))
      // "shares Mr. Ryan's views": holding another's view is a stance
      const agrees = !!obj && grammar.agreementVerbs.has(l) && grammar.agreementObjects.has(tokens[headOf(tokens, obj.np)].lower) && tokens.slice(obj.np[0], obj.np[1]).some((x) => x.word && normalised(x) && /['’]s?$/.test(x.lower))
      // ("put the figure far higher", "put the death toll well above 200": a figure compared instead of put at one)
      const compared = !estimate && lexicon.estimateVerbs.has(l) && !!obj && comparedFigure(tokens, obj.np)
      // ("A post shared more than 40,000 times claims…": how far a post spread, no object of sharing)
      const spread = grammar.spreadParticiples.has(l) && spreadAfter(tokens, i + 1)
      // ("Samsung will release detailed earnings on Oct. 31", "is due to publish figures": supplied later, not in the sentence)
      const later = grammar.notYetSaid.has(w(tokens, i - 1)) || (w(tokens, i - 1) === 'to' && grammar.notYetSaid.has(w(tokens, i - 2)))
      if (obj && !spread && !later && ((leadIn && !lexicon.estimateVerbs.has(l)) || figure || compared || (obj.kind === 'info' && !raised && !empty && !agrees && (lexicon.lightVerbs.has(l) || estimate)))) {
        // a speaker raises a possibility; "Trump's candidacy is raising the prospect" is no attribution
        // ("chided Trump for raising questions": the gerund's speaker is the verb's object)
        const sub = l.endsWith('ing') ? gerundSpeaker(tokens, i - 1) ?? pastTradedSubject(tokens, subjectOf(tokens, i), i - 1) : subjectOf(tokens, i)
        const r = sub && readSource(text, tokens, sub)
        // ("Neither side publishes full casualty figures": a subject that names nobody supplies nothing)
        if (sub && r && !r.notSource && (r.type !== 'unknown' || r.pronoun) && !noSpeaker(tokens, sub)) add({ cue: [i, obj.end], src: sub, reading: r, rule: 'info-object' })
      }
    }
  }

  if (!found.length) {
    structuralCues(text, tokens, shape, add)
    if (!found.length && shape.noteLead) noteCitation(text, tokens, add)
  } else if (found.length > 1) dropOwnerAhead(tokens, found, subject)
  if (found.length && !found.some((f) => f.channel)) outletChannel(text, tokens, found, add)
  if (shape.lineStart) speakerTurn(text, tokens, shape.speakers, add)
  bracketedCredit(text, tokens, add)
  // in reading order: a passive's agent is found at its "be", before a hedge adverb inside it ("was reportedly confirmed by")
  return found.length > 1 ? found.sort((a, b) => a.cue[0] - b.cue[0]) : found
}

/**
 * A credit in brackets closing the sentence, with its label: "Some firms have raised salaries (source: Bloomberg Law).", "…rose 4%
 * (data: Eurostat)." — the sentence rests on it, as on a credit line under a chart (grammar creditLabels).
 */
function bracketedCredit(text: string, tokens: Token[], add: Add): void {
  let close = tokens.length - 1
  while (close > 0 && isPunct(tokens[close], '.!?')) close--
  if (tokens[close]?.text !== ')') return
  let open = close - 1
  while (open > 0 && close - open < 12 && tokens[open].text !== '(') open--
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ':' || !grammar.creditLabels.has(w(tokens, open + 1))) return
  const np = rightNP(tokens, open + 3)
  const r = np && np[1] === close ? readSource(text, tokens, np) : undefined
  if (np && r && !r.notSource && r.kind !== 'none' && r.type !== 'unknown') add({ cue: [open + 1, open + 3], src: np, reading: r, rule: 'credit-line' })
}

/** A modifier between an owner and its noun of saying ("by-now-familiar", "her March comment"); a plural or a person is the head itself ("her allies fear that…"). */
const ownerModifier = (x: Token) => x.word && ((x.cap && isTimeWord(x)) || (!x.cap && !normalised(x) && !x.lower.endsWith('s') && !personNoun(x) && !isDeterminer(x) && !isPreposition(x) && !isPossessive(x)))

/** The "that" at `j`, or after a time phrase there ("on Wednesday that", "last week that"): its index, or -1. */
function thatAfterTime(tokens: Token[], j: number): number {
  // (after a superlative's "yet": "her firmest promise yet that…", "the clearest sign yet that…")
  if (w(tokens, j) === 'yet' && w(tokens, j + 1) === 'that') return j + 1
  let k = j
  while (k < j + 4 && tokens[k]?.word && w(tokens, k) !== 'that' && (isTimeWord(tokens[k]) || isTimeDeterminer(tokens[k]) || isFigure(tokens[k]))) k++
  return w(tokens, k) === 'that' && (k === j || isTimeWord(tokens[k - 1]) || isFigure(tokens[k - 1])) ? k : -1
}

/** The verb of spreading (grammar goingRoundVerbs) after talk or worry at `i`, and the "that" after it, a time between them too. */
function goingRound(tokens: Token[], i: number): { verb: number; that: number } | undefined {
  let k = i + 1
  if (BE.has(w(tokens, k))) k++
  // ("Rumours have been swirling", "Rumours have swirled for weeks that…")
  else if (grammar.perfectAuxiliaries.has(w(tokens, k))) k += w(tokens, k + 1) === 'been' ? 2 : 1
  if (!grammar.goingRoundVerbs.has(w(tokens, k))) return undefined
  // (past adjuncts as a verb of saying's: "have swirled for weeks that…", "mounted on Tuesday that…")
  const that = skipAdjuncts(tokens, k + 1)
  return w(tokens, that) === 'that' && clauseFollows(tokens, that + 1) ? { verb: k, that } : undefined
}

/** The "that" after a time at `j` led by a preposition or not ("on Tuesday that", "last week that", "in 2019 that"), or -1. */
function thatAfterAdjunct(tokens: Token[], j: number): number {
  const k = grammar.timePrepositions.has(w(tokens, j)) || w(tokens, j) === 'on' ? j + 1 : j
  const that = k > j || isTimeWord(tokens[k]) || isTimeDeterminer(tokens[k]) ? thatAfterTime(tokens, k) : -1
  return that > j ? that : -1
}

/** Where the owner of the noun at `i` stands, past a modifier or two: "Trump's by-now-familiar claims", "her repeated warnings". */
function ownerAt(tokens: Token[], i: number): number {
  let o = i - 1
  while (o > 0 && i - o <= 2 && ownerModifier(tokens[o])) o--
  return o
}

/** The owner's phrase at `o` when it owns: a possessive pronoun, or a word in 's or s' and what leads it (see ownerPhrase). */
function ownerSpan(tokens: Token[], o: number): Range | undefined {
  const owner = tokens[o]
  return isPossessive(owner) ? [o, o + 1] : owner.word && normalised(owner) ? ownerPhrase(tokens, o) : undefined
}

/**
 * The owner ending in 's at `o`, with only names, titles and determiners before it: "the former governor's",
 * not "an expansion of Trump's" or "could fuel Trump's" (a verb unknown to the lists would join a noun phrase).
 */
function ownerPhrase(tokens: Token[], o: number): Range {
  let a = o
  // (a capitalised first word that opens sentences is no name: "However the governor's claim…")
  const part = (t: Token, k: number) => t.word && !isPreposition(t) && t.lower !== 'that' && !(k === 0 && !isDeterminer(t) && (isAdverb(t) || isClauseBreaker(t) || lexicon.sentenceStarters.has(t.lower))) && (t.cap || isDeterminer(t) || isTitleWord(t) || isPersonRole(t))
  while (a > 0 && o - a < 8 && part(tokens[a - 1], a - 1)) a--
  return [a, o + 1]
}

/**
 * A role and the name set off after it, one speaker: ", said Bell's attorney, Renee Okoye.", "according to the company's chief
 * executive, Jane Doe."; people or firms listed by name after a plural ("the three owners, Ruiz, Diaz, and Lee") speak instead;
 * `named` is the name with where the person works, read alone ("another leading Supreme Court advocate, Andrew J. Pincus of…"
 * is no court), or the name after a body's noun.
 */
function roleAndName(tokens: Token[], np: Range): { np: Range; named?: Range } {
  // (a document has no name set off after it: "According to an FBI summary of its investigation, Cheryl Mills… sent")
  const head = tokens[headOf(tokens, np)]
  // (a capitalised role is still a role: "according to the Information Commissioner, John Edwards")
  if ((tokens[np[0]].cap && !normalised(tokens[np[0]])) || (head.cap && !isPersonRole(head)) || isDocumentNoun(head) || !isComma(tokens[np[1]]) || !tokens[np[1] + 1]?.cap) return { np }
  const listed = namesListedAfter(tokens, np[1] + 1)
  if (listed >= 0) return namesPeopleOrFirms(tokens[np[1] - 1]) ? { np: [np[1] + 1, listed] } : { np }
  // (with where the person works: ", said the district's nurse, Andrea Solis of the Lakeview Clinic.")
  const name = rightNP(tokens, np[1] + 1)
  const short = !!name && name[1] - name[0] <= 4 && tokens[name[1] - 1].cap
  // (a colon may lead into the quotation: "Said one board member, Claire Dubois: “…”")
  if (!name || !(short || apposedName(tokens, name[0], name[1]) === name[0]) || (tokens[name[1]] && !isPunct(tokens[name[1]], '.,;:!?'))) return { np }
  // (a body's noun is the body named after it: ", said the company, Acme Corp."; a place set off after a place is where, no name:
  // "according to police in Flint, Michigan")
  return { np: [np[0], name[1]], named: (short && personNoun(head)) || placeAt(tokens, name[0], name[1])?.length === name[1] - name[0] ? undefined : name }
}

/**
 * The items after the first of a list the cue's phrase ends with, "internal emails, | billing records | and interviews with…": each
 * after a comma a short phrase of documents or people in the plural, or a name, the last any phrase after "and" that closes the cue's;
 * none when no "and" closes it (", the chain billed…" goes on with the clause) or an item describes the one before it ("Craig Bryan,
 * head of the center").
 */
function listedAfter(tokens: Token[], first: Range): Range[] | undefined {
  // (no verb inside: "…, Clinton led in Virginia and Georgia" is a clause)
  // (a participle that identifies a document is no verb: "…, inspection reports and emails obtained by the Ledger")
  const phrase = (np: Range | undefined) => (np && !tokens.slice(np[0], np[1]).some((t, x) => pastOrParticiple(t) && !(grammar.identifying.has(t.lower) && w(tokens, np[0] + x + 1) === 'by')) ? np : undefined)
  const item = (np: Range | undefined) => {
    const head = np && tokens[headOf(tokens, np)]
    return np && np[1] - np[0] <= 8 && (head!.cap || (isPlural(head!) && isSourceNoun(head!))) ? phrase(np) : undefined
  }
  const items: Range[] = []
  let k = first[1]
  while (items.length < 6) {
    const comma = isComma(tokens[k])
    const last = w(tokens, comma ? k + 1 : k) === 'and'
    if (!comma && !last) return undefined
    const at = (comma ? k + 1 : k) + (last ? 1 : 0)
    const np = last ? phrase(rightNP(tokens, at)) : item(rightNP(tokens, at))
    if (!np) return undefined
    items.push(np)
    k = np[1]
    // (three items at least: "according to the CBO, and the top 10 percent paid…" joins a clause)
    if (last) return items.length > 1 && (!tokens[k] || isPunct(tokens[k], ',.;:)—–')) ? items : undefined
  }
  return undefined
}

/**
 * A second source after the "and" that ends `src`: one a determiner or a number opens ("and an internal memo", "and the company"),
 * or a bare plural of sources of another kind after a first with no determiner nor post-modifier ("court documents and people
 * familiar with…"); not a second description of one ("USA Today contributor and monetary historian David Marsh"), nor a noun
 * sharing the first's determiner ("their friends and advisers") or inside its post-modifier ("exit polls conducted for the AP and
 * television networks").
 */
function joinedSource(tokens: Token[], src: Range): Range | undefined {
  const next = tokens[src[1] + 1]
  const np = next?.word ? sourceAfterAccording(tokens, src[1] + 1) : undefined
  if (!np) return undefined
  if (isDeterminer(next) || isFigure(next)) return np
  const first = tokens.slice(src[0], src[1])
  const plain = !first.some((x) => isDeterminer(x) || isPossessive(x) || isPreposition(x) || normalised(x) || pastForm(x))
  // (of another kind only: people joined to people are one group, read before by peopleJoinedAfter)
  const head = tokens[headOf(tokens, np)]
  const firstHead = tokens[headOf(tokens, src)]
  const kinds = isDocumentNoun(firstHead) !== isDocumentNoun(head)
  // (or a name: a well-known body's or anyone's, "according to residents and Hamas", "according to neighbors and Ms. Ruiz")
  const body = !!listedBodyIn(tokens, np[0], np[1]) || (head.cap && !isPlural(head) && !isDemonym(head))
  // (people after a document or an office of any phrase: "according to its annual report and people familiar with…", "according to
  // police and witnesses")
  // (not past a preposition in the first, whose object "and" may go on: "exit polls conducted for the AP and television networks")
  const people = isPlural(head) && isSourceNoun(head) && !first.some((x) => isPreposition(x)) && (kinds || (isOfficeNoun(firstHead) && !isPlural(firstHead)))
  return isSourceNoun(firstHead) && ((plain && body) || people) ? np : undefined
}

/** People joined to people after "according to" are one group: "according to residents and aid workers", "officials from both sides and Egyptian mediators". */
function peopleJoinedAfter(tokens: Token[], np: Range): Range | undefined {
  const next = tokens[np[1] + 1]
  if (w(tokens, np[1]) !== 'and' || !next?.word || isDeterminer(next) || isFigure(next) || (next.cap && !isDemonym(next))) return undefined
  const second = sourceAfterAccording(tokens, np[1] + 1)
  const people = (t: Token) => isPlural(t) && isSourceNoun(t) && !isDocumentNoun(t)
  return second && people(tokens[headOf(tokens, np)]) && people(tokens[headOf(tokens, second)]) ? [np[0], second[1]] : undefined
}

/** The source after "according to", with an adverb and participle before it: "according to recently released documents". */
function sourceAfterAccording(tokens: Token[], k: number): Range | undefined {
  // "according to her, turnout was low": a pronoun alone ("her" is also a possessive)
  if (isObjectPronoun(tokens[k]) && (!tokens[k + 1] || isPunct(tokens[k + 1], ',.;:!?)—–'))) return [k, k + 1]
  // ("according to several who received calls", "…to some of those who attended", "…to two who were present": an unspecified group
  // alone or before its relative, as a subject's "Some who attended said")
  const group = isIndefinite(tokens[k]) || isSpelledNumber(tokens[k]) || w(tokens, k) === 'those'
  const after = w(tokens, k + 1) === 'of' && (w(tokens, k + 2) === 'those' || w(tokens, k + 2) === 'them') ? k + 3 : k + 1
  if (group && (!tokens[after] || isPunct(tokens[after], ',.;:!?)—–') || w(tokens, after) === 'who')) return [k, k + 1]
  // ("according to both the White House and Senate aides": the pair's word is no part of the first)
  if ((w(tokens, k) === 'both' || w(tokens, k) === 'either') && isArticle(tokens[k + 1])) k++
  let m = k
  if (uncapped(tokens[m]) && adverbLike(tokens[m])) m++
  const t = tokens[m]
  if (m > k && uncapped(t) && (t.lower.endsWith('ed') || grammar.irregularPasts.has(t.lower) || cueVerb(t.lower)?.form === 'past')) {
    const np = rightNP(tokens, m + 1)
    return np && [k, np[1]]
  }
  // "early results of the exit poll": an -ly word may be an adjective
  let np = rightNP(tokens, k) ?? (m > k ? rightNP(tokens, m) : undefined)
  // (an outlet's name read whole, a figure in it too: "according to Page Six")
  const outlet = tokens[k] && lexicon.outlets.match(tokens, k)
  if (outlet && (!np || np[1] < k + outlet.length)) np = [k, k + outlet.length]
  // "according to a memo Kim sent to the council": a document, then a name and a past verb, is the document with its relative
  // clause's subject, not the name in apposition
  if (np) {
    for (let d = np[0]; d < np[1] - 1; d++) {
      if (!isDocumentNoun(tokens[d]) || tokens[d].cap || !tokens[d + 1].cap) continue
      let name = d + 1
      while (capped(tokens[name])) name++
      if (name <= np[1] && pastForm(tokens[name])) np = [np[0], d + 1]
      break
    }
  }
  // "according to internal emails and depositions reviewed by The Ledger": documents joined are one source
  const joined = np && w(tokens, np[1]) === 'and' && lexicon.documentNouns.has(tokens[headOf(tokens, np)].norm) ? rightNP(tokens, np[1] + 1) : undefined
  if (np && joined && lexicon.documentNouns.has(tokens[headOf(tokens, joined)].norm)) np = [np[0], joined[1]]
  // "according to show insiders", "according to poll watchers": a verb form there is a noun modifying the phrase
  if (!np && m === k && uncapped(tokens[k]) && isCueWord(tokens[k]) && tokens[k + 1]?.word) {
    const rest = rightNP(tokens, k + 1)
    if (rest) np = [k, rest[1]]
  }
  // "according to reporting by CNN": a verb's form that is a document's noun, with its maker
  if (!np && m === k && uncapped(tokens[k]) && lexicon.documentNouns.has(w(tokens, k))) {
    const maker = isPreposition(tokens[k + 1]) ? rightNP(tokens, k + 2) : undefined
    np = [k, maker ? maker[1] : k + 1]
  }
  // a quoted name inside the phrase: "the “Medicare for all” document he released"
  // (a determiner before the quotation is left out of a phrase read alone: "the", "her")
  const open = np ? np[1] : isDeterminer(tokens[k]) ? k + 1 : k
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
  if (!grammar.ownerlessSpeechNouns.has(w(tokens, i))) return false
  const prev = w(tokens, i - 1)
  // (past an adjective after the preposition: "declined to comment on separate reports that…", "amid unconfirmed reports that…")
  const described = isPreposition(tokens[i - 2]) && uncapped(tokens[i - 1]) && !lexicon.determiners.has(prev) && !grammar.possessivePronouns.has(prev)
  // ("There were reports that…", "There has been speculation that…": past the perfect's "has" too)
  const there = BE.has(prev) && (w(tokens, i - 2) === 'there' || (grammar.perfectAuxiliaries.has(w(tokens, i - 2)) && w(tokens, i - 3) === 'there'))
  // (a subordinator or "following" takes a noun there, no verb: "after reports that…", "following claims that…")
  if (lexicon.prepositions.has(prev) || isSubordinator(tokens[i - 1]) || prev === 'following' || described || there) return true
  return !grammar.articleLike.has(prev) && !(isCueWord(tokens[i]) && verbReading(tokens, i))
}

/** The "that" (or a colon before a quotation) after "is", "was" or "has been" right after the noun at `i`, or -1. */
function copularThat(tokens: Token[], i: number): number {
  // ("The report's conclusion: the city is broke.", "His answer: “No.”": a colon for the verb, before a clause or a quotation, not
  // a thing, "Trump's response: a tweet.")
  if (isPunct(tokens[i + 1], ':') && (isQuoteMark(tokens[i + 2]) || clauseFollows(tokens, i + 2))) return i + 1
  let k = i + 1
  // ("Their pitch to investors was that…": the noun's addressee before its verb)
  // ("The consensus among economists is that…", "The prevailing view in Washington is that…": who holds it, or where; "The message
  // from Downing Street", "Her version of events": whose, or what of)
  const to = w(tokens, k) === 'to' || w(tokens, k) === 'among' || w(tokens, k) === 'in' || w(tokens, k) === 'from' || w(tokens, k) === 'of' ? rightNP(tokens, k + 1) : undefined
  if (to && to[1] - k <= 5) k = to[1]
  if (w(tokens, k) === 'has' || w(tokens, k) === 'had') k++
  // ("Her view has long been that…", "The ministry's position remains that…")
  if (tokens[k]?.word && (adverbLike(tokens[k]) || isAdverb(tokens[k])) && !lexicon.negations.has(w(tokens, k)) && BE.has(w(tokens, k + 1))) k++
  if (!BE.has(w(tokens, k)) && !grammar.stillCopulas.has(w(tokens, k))) return -1
  // ("Her message to voters was simple: Vote early.", "The president's view is clear: the war must end": an adjective, then a
  // colon and what was said)
  if (uncapped(tokens[k + 1]) && !grammar.placeAdverbs.has(w(tokens, k + 1)) && isPunct(tokens[k + 2], ':') && tokens[k + 3]?.word) return k + 2
  // ("Clinton's response was: “Is Dalton Brody off?”": a colon and a quotation, the same way)
  return w(tokens, k + 1) === 'that' || (isPunct(tokens[k + 1], ':') && isQuoteMark(tokens[k + 2])) ? k + 1 : -1
}

/**
 * Who owns the noun of saying at `i`: "Rubio's (latest) response", "their fear" (a range); nobody named
 * in "Another complaint", "The hope", "One view" (undefined); null for the writer's own ("my view") or no noun phrase.
 */
function ownerOf(tokens: Token[], i: number): Range | undefined | null {
  for (let k = i - 1; k >= 0 && i - k <= 4 && tokens[k].word; k--) {
    const t = tokens[k]
    if (isPossessive(t)) return [k, k + 1]
    if (grammar.firstPersonPossessives.has(t.lower)) return null
    // (the owner, not the share of its things the phrase opened with: "One of Trump's main points is that…")
    if (normalised(t)) {
      const np = leftNP(tokens, k)
      return np && w(tokens, np[0] + 1) === 'of' && np[0] + 2 <= k && (isIndefinite(tokens[np[0]]) || isPartitive(tokens[np[0]])) ? [np[0] + 2, np[1]] : np ?? null
    }
    if (t.cap && k > 0) return null
  }
  return undefined
}

/** Where "at" follows an object within a few words ("put the cost of rebuilding the roads at $2.4 billion"), or -1. */
function atAfter(tokens: Token[], k: number): number {
  for (let m = k; m < tokens.length && m < k + 10; m++) {
    if (w(tokens, m) === 'at') return m
    if (!tokens[m].word) return -1
  }
  return -1
}

/** The subject of an estimate verb at `i` inside a relative clause whose object went ahead, before "at" and a figure: "which insurers | put | at $2 billion". */
function relativeEstimator(tokens: Token[], i: number): Range | undefined {
  const amount = tokens[pastQuantityLead(tokens, i + 2)]?.text ?? ''
  if (!/^\d/.test(amount) && !CURRENCY.test(amount)) return undefined
  const sub = subjectOf(tokens, i)
  return sub && (w(tokens, sub[0] - 1) === 'which' || w(tokens, sub[0] - 1) === 'that') ? sub : undefined
}

/** The named reading one of the last eight cues gave the speaker phrase `src`, if any. */
function namedBefore(found: Found[], src: Range): SourceReading | undefined {
  for (let k = found.length - 1; k >= 0 && found.length - k <= 8; k--) {
    const g = found[k]
    if (g.reading?.kind === 'named' && g.src?.[0] === src[0] && g.src[1] === src[1]) return g.reading
  }
  return undefined
}

/** Whether a clause ends at `k`: the sentence's end, or a mark that closes a clause. */
const clauseEnds = (tokens: Token[], k: number) => k >= tokens.length || isPunct(tokens[k], '.,;:!?)]')

/**
 * The subject read before a verb, `sub`, when a figure went ahead of it as the verb's object, cut to the words after the figure and
 * its unit: "the 250,000 a year [Elon Musk]", "the $3 billion [analysts]" (no year: "In 2019 Musk predicted").
 */
function figureAhead(tokens: Token[], sub: Range | undefined): Range | undefined {
  if (!sub) return undefined
  let f = -1
  for (let k = Math.max(0, sub[0] - 3); k < sub[1] - 1; k++) {
    if (CURRENCY.test(tokens[k].text) || (isFigure(tokens[k]) && !YEAR.test(tokens[k].text))) f = k
    else if (!tokens[k].word) f = -1
  }
  if (f < 0) return undefined
  // (past its scale and a rate's "a year": "$3 billion", "250,000 a year")
  let start = f + 1
  while (start < sub[1] - 1 && grammar.scaleWords.has(w(tokens, start))) start++
  if (start < sub[1] - 2 && isArticle(tokens[start]) && isTimeWord(tokens[start + 1])) start += 2
  // (and past a comparison's "than": "10,000 more than [most party insiders] expected")
  for (let k = start; k < sub[1] - 1; k++) if (w(tokens, k) === 'than') start = k + 1
  // (and past the relative that opens the clause: "the 3 percent that [economists] had expected")
  if (start < sub[1] - 1 && isRelative(tokens[start]) && w(tokens, start) !== 'who') start++
  return start > sub[0] || f < sub[0] ? [start, sub[1]] : undefined
}

/** A noun of information compared after it, past words of degree, inside the phrase `[a, b)`: "the figure far higher", "the toll much lower". */
function comparedFigure(tokens: Token[], [a, b]: Range): boolean {
  for (let m = a + 1; m < b; m++) {
    if (!grammar.estimateComparisons.has(w(tokens, m))) continue
    let n = m - 1
    while (n > a && (grammar.degreeWords.has(w(tokens, n)) || isAdverb(tokens[n]) || adverbLike(tokens[n]))) n--
    return objectNoun(tokens[n].norm) === 'info'
  }
  return false
}

/** "is seen as", "has been viewed as": a stated judgement; "can be seen as", "seeks to be seen as", "being viewed as" only imagine one. */
function finiteBe(tokens: Token[], i: number): boolean {
  if (w(tokens, i) !== 'been') return w(tokens, i) !== 'be' && w(tokens, i) !== 'being'
  // ("has long been seen as")
  let k = i - 1
  while (k > 0 && isAdverb(tokens[k])) k--
  return grammar.perfectAuxiliaries.has(w(tokens, k))
}

/** Where a lowercase past form right before `k`, with an -ly adverb before it if any, opens a phrase after a comma; -1 if none. */
function describedAfterComma(tokens: Token[], k: number): number {
  const p = tokens[k - 1]
  if (!p?.word || p.cap || !pastForm(p) || isCueWord(p)) return -1
  const a = uncapped(tokens[k - 2]) && adverbLike(tokens[k - 2]) ? k - 2 : k - 1
  return isComma(tokens[a - 1]) ? a : -1
}

/** A word of time: "Tuesday", "weeks", "2027", "soon", the "end" of a period. */
const timeWord = (t: Token | undefined, m: number, tokens: Token[]) =>
  !!t?.word && (isTimeWord(t) || lexicon.timeWords.has(t.lower.replace(/s$/, '')) || isMonth(t) || YEAR.test(t.text) || grammar.soonWords.has(t.lower) || (t.lower === 'end' && w(tokens, m + 1) === 'of'))

/**
 * A time right at `k`, or within a short phrase opened by a preposition: "soon", "Tuesday", "next week", "by the end of June",
 * "within weeks", "in court on Monday"; not a place alone ("at the summit") nor a clause ("in the way officials hoped").
 */
function timeFollows(tokens: Token[], k: number): boolean {
  if (timeWord(tokens[k], k, tokens)) return true
  const start = isPreposition(tokens[k]) || isTimeDeterminer(tokens[k]) ? k + 1 : k
  for (let m = start; m < start + 4 && tokens[m]?.word; m++) {
    if (timeWord(tokens[m], m, tokens)) return true
    if (isCueWord(tokens[m]) || lexicon.clauseMarkers.has(w(tokens, m)) || lexicon.questionWords.has(w(tokens, m))) return false
  }
  return false
}

/** Who did it, after a passive's "by" at `k`: "was told by aides"; not the means ("quoted by name", "told by phone"); up to what `verb` is about ("accused by the government of attempting a coup"). */
function agentAfter(tokens: Token[], k: number, verb?: CueVerb): Range | undefined {
  const np = w(tokens, k) === 'by' ? rightNP(tokens, k + 1) : undefined
  if (!np || (np[1] - np[0] === 1 && grammar.byMeans.has(w(tokens, np[0])))) return undefined
  const agent = beforeMedium(tokens, np)
  // "confirmed by her son, Marcus Whitcomb, who said…": a name set off after a description is the agent
  const name = agent[1] === np[1] && isComma(tokens[agent[1]]) && !tokens[agent[1] - 1].cap ? rightNP(tokens, agent[1] + 1) : undefined
  if (name && capitalRun(tokens, name[0], name[1]) && (!tokens[name[1]] || isPunct(tokens[name[1]], ',.;'))) return name
  return verb?.complement ? beforeComplement(tokens, agent, verb.complement) : agent
}

/**
 * The agent a short description ends with, "(as) armed and dangerous by police.", "(as) a snub by many in Beijing": a source
 * that ends the clause, not a participle's agent ("as caused by a faulty valve", "as driven by weak demand").
 */
function lateAgent(tokens: Token[], k: number, verb?: CueVerb): Range | undefined {
  const end = k + 8
  while (k < end && tokens[k]?.word && w(tokens, k) !== 'by' && w(tokens, k) !== 'that') k++
  const before = tokens[k - 1]
  if (w(tokens, k) !== 'by' || w(tokens, k + 1).endsWith('ing') || pastForm(before) || before?.lower.endsWith('en')) return undefined
  const agent = agentAfter(tokens, k, verb)
  const head = agent && tokens[headOf(tokens, agent)]
  return head && (head.cap || isSourceNoun(head)) && (!tokens[agent[1]] || isPunct(tokens[agent[1]], '.,;!?)')) ? agent : undefined
}

/**
 * `np` up to an adjunct naming where the agent said it ("the company in a statement", "Halvern Labs in a
 * letter to staff", "Okafor in her interview"), or all of it ("officials in the region", "the ministry in Moscow").
 */
function beforeMedium(tokens: Token[], np: Range): Range {
  for (let m = np[0] + 1; m < np[1] - 1; m++) {
    const owner = w(tokens, m + 1)
    if (!isAdjunctPreposition(tokens[m]) || !(owner === 'a' || owner === 'an' || grammar.possessivePronouns.has(owner))) continue
    const said = rightNP(tokens, m + 1)
    const head = said && tokens[headOf(tokens, said)]
    if (head && (isDocumentNoun(head) || grammar.purposeVenues.has(head.lower))) return [np[0], m]
  }
  return np
}

/**
 * `np` up to the last `prep` that opens a gerund, an owned noun or a common noun, where the verb's
 * complement starts ("the governor for ignoring voters", "the union for its handling of the case",
 * "Democrats for the vote"), or all of it ("the Center for American Progress", "Citizens for a Sound
 * Economy"; "some of his rivals", "members of the committee" are shares, so "of" opens neither).
 */
function beforeComplement(tokens: Token[], np: Range, prep: string): Range {
  for (let m = np[1] - 2; m > np[0]; m--) {
    const next = tokens[m + 1]
    if (w(tokens, m) === prep && (gerundLike(next) || (!next.cap && prep !== 'of' && (isPossessive(next) || commonNounAfter(tokens, m + 1))))) return [np[0], m]
  }
  return np
}

/** A determiner and a lower-case word at `k`: "the vote", "a decision"; an own name goes on capitalised ("the Republic"). */
const commonNounAfter = (tokens: Token[], k: number) => isDeterminer(tokens[k]) && uncapped(tokens[k + 1])

/** An adverb inside a passive, "was later confirmed by", "has been repeatedly criticized by"; not a hedge, which is a cue of its own ("was reportedly told"). */
const passiveAdverb = (t: Token | undefined) => uncapped(t) && (grammar.passiveAdverbs.has(t.lower) || ((adverbLike(t) || isAdverb(t)) && !lexicon.hedgeAdverbs.has(t.lower)))

/**
 * "…, Leeds Crown Court heard.", "…, the inquest heard.", "…, the court was told.": a proceeding set off at the end of the sentence,
 * its verb at `i` ending at `end`, heard what the sentence says, on no one's word named (a hedge, as "The court heard that…" is).
 */
function trailingProceeding(tokens: Token[], i: number, end: number, add: Add): boolean {
  // (past a perfect's auxiliary: "…, an inquest has heard.")
  const noun = grammar.perfectAuxiliaries.has(w(tokens, i - 1)) ? i - 2 : i - 1
  // (or the teller after "by": "…, the court was told by the prosecutor.")
  const agent = w(tokens, end) === 'by' ? agentAfter(tokens, end) : undefined
  if (noun < 1 || !grammar.proceedingNouns.has(tokens[noun].norm) || tokens.slice(agent ? agent[1] : end).some((x) => x.word)) return false
  let open = noun
  while (open > 0 && noun - open < 5 && tokens[open - 1].word && (tokens[open - 1].cap || isArticle(tokens[open - 1]))) open--
  if (!isComma(tokens[open - 1])) return false
  add(agent ? { cue: [open, end + 1], src: agent, rule: 'passive-by' } : { cue: [open, end], rule: 'hedge-phrase' })
  return true
}

/** "is said to", "it was reported that", "is projected at" (hedges); "was reported by X" (a source). */
function passiveCue(text: string, tokens: Token[], i: number, add: Add): boolean {
  // ("was already being told by": the "was" reads the passive, and "being" is inside it)
  if (w(tokens, i) === 'being') {
    let before = i - 1
    while (passiveAdverb(tokens[before])) before--
    if (BE.has(w(tokens, before))) return false
  }
  let j = i + 1
  let negated = isNegation(tokens[i])
  // ("was reportedly confirmed by the ministry": a hedge adverb inside is a cue of its own, and the agent's cue starts after it)
  let from = i
  for (; ; j++) {
    const hedge = lexicon.hedgeAdverbs.has(w(tokens, j))
    if (!hedge && !passiveAdverb(tokens[j])) break
    negated ||= isNegation(tokens[j])
    if (hedge) from = j + 1
  }
  const participle = w(tokens, j)
  const verb = cueVerb(participle)
  const next = w(tokens, j + 1)
  // (past a time or an adverb: "was confirmed Tuesday by the ministry", "were reported earlier by Bloomberg")
  // ("was first reported last week by The Post": a time's determiner too)
  const by = lexicon.timeWords.has(next) || grammar.timeDeterminers.has(next) ? skipAdjuncts(tokens, j + 1) : lexicon.adverbs.has(next) && w(tokens, j + 2) === 'by' ? j + 2 : j + 1
  const agent = agentAfter(tokens, by, verb)
  // ("was not confirmed by the ministry", "has never been denied by": a negated act hands the agent no content, as in the active)
  if (agent && (negated || skipLeft(tokens, i - 1).negated)) return false
  // ("is reportedly expected to": with no agent the hedge adverb is the whole cue)
  if (from > i && !agent) return false
  // (past the means: "was told by phone that…")
  const afterMeans = next === 'by' && !agent && grammar.byMeans.has(w(tokens, j + 2)) ? j + 3 : j + 1
  // "Araqchi was quoted by IRNA as saying…": the agent is the channel of the subject's words
  if (agent && verb?.takes === 'quoted' && verb.form === 'past' && w(tokens, agent[1]) === 'as' && ingCue(tokens, agent[1] + 1)) {
    const sub = subjectOf(tokens, i)
    add({ cue: [from, by + 1], src: agent, rule: 'quoted-as-saying', channel: true })
    if (sub) add({ cue: [agent[1], agent[1] + 2], src: sub, rule: 'quoted-as-saying', relayed: true })
    return true
  }
  // ("She is expected to be confirmed by parliament", "Barrett was confirmed by the Senate": a person confirmed is a vote, an act)
  if (agent && verb?.personActs && verb.form === 'past') {
    const sub = subjectOf(tokens, i) ?? findMainSubject(tokens)
    if (sub && readSource(text, tokens, sub).type === 'person') return false
  }
  // ("are identified only by letters": one named by "as" is named so by its agent only with the "as")
  if (agent && verb?.passiveBy && verb.form === 'past' && (!namesByAs(verb) || w(tokens, agent[1]) === 'as')) {
    add({ cue: [from, by + 1], src: agent, rule: 'passive-by', channel: true })
    return true
  }
  // ("The move was seen by analysts as a sign that…", "was hailed by critics as a triumph": the judgement is the agent's, as with the
  // agent after the description below)
  if (agent && w(tokens, agent[1]) === 'as' && grammar.asHedges.has(participle) && finiteBe(tokens, i)) {
    add({ cue: [from, by + 1], src: agent, rule: 'passive-by' })
    return true
  }
  // "has been called “strategic ambiguity” by Joshua Hendrick": the name in quotation marks is the agent's words
  if (verb?.takes === 'quote' && verb.form === 'past' && isQuoteMark(tokens[j + 1])) {
    let k = j + 2
    while (k < tokens.length && k - j < 14 && !isQuoteMark(tokens[k])) k++
    const named = isQuoteMark(tokens[k]) ? agentAfter(tokens, isComma(tokens[k + 1]) ? k + 2 : k + 1, verb) : undefined
    if (named) {
      add({ cue: [i, j + 1], src: named, rule: 'passive-by' })
      return true
    }
  }
  const bare = grammar.hedgeBeforeNoun.has(participle) && lexicon.determiners.has(next)
  // ("are feared dead", "is thought likely to close": a state presumed with no "to be")
  const state = grammar.presumedStates.has(next) && participle !== 'known'
  // (an "as … as" comparison or "as well" is no description: "was seen as recently as May", "was praised as well as criticised")
  const as = next === 'as' && w(tokens, j + 2) !== 'well' && w(tokens, j + 3) !== 'as'
  // (the hedge adverb inside already is the hedge)
  if (from === i && ((lexicon.hedgeParticiples.has(participle) && (bare || state || (next === 'to' && verbAfterTo(tokens, j + 1)) || next === 'that' || next === 'at' || (as && participle !== 'known'))) || (as && grammar.asHedges.has(participle) && finiteBe(tokens, i)))) {
    // ("was described as reckless by the opposition", "is seen as a snub by many in Beijing": the agent after the description)
    const late = as ? lateAgent(tokens, j + 2, verb) : undefined
    add(late ? { cue: [i, j + 2], src: late, rule: 'passive-by' } : { cue: [i, bare || state ? j + 1 : j + 2], rule: 'hedge-passive' })
    return true
  }
  // "A ruling is expected by the end of June", "A decision is expected soon": when, predicted on no one's word
  // ("by the end of June" is no agent)
  if (from === i && !negated && grammar.whenHedges.has(participle) && timeFollows(tokens, j + 1) && (!agent || tokens.slice(agent[0], agent[1]).some((t, m) => timeWord(t, agent[0] + m, tokens)))) {
    add({ cue: [i, j + 1], rule: 'hedge-passive' })
    return true
  }
  // "Roof is accused of killing nine people", "two men were suspected on Friday of setting the fire": the accusers go unnamed,
  // or come after the charge ("was accused of fraud by the SEC"); ("has never been accused of a crime" hands on no claim)
  if (from === i && !agent && lexicon.hedgeParticiplesOf.has(participle) && !negated && !skipLeft(tokens, i - 1).negated) {
    let of = j + 1
    // past a short adjunct: "was accused on Monday of…", "were accused in a federal indictment of…"
    if (isAdjunctPreposition(tokens[of]) || isTimeWord(tokens[of])) while (of < j + 8 && tokens[of]?.word && w(tokens, of) !== 'of') of++
    if (w(tokens, of) === 'of' && tokens[of + 1]?.word) {
      const noun = rightNP(tokens, of + 1)
      // past a gerund's object: "of overbilling the city by the auditor"
      const charge = noun && noun[1] - noun[0] === 1 && w(tokens, of + 1).endsWith('ing') ? (rightNP(tokens, of + 2) ?? noun) : noun
      // ("of hiding losses by shifting debts": a means, not the accusers)
      let k = of + 1
      while (charge && k < charge[1] && (w(tokens, k) !== 'by' || w(tokens, k + 1).endsWith('ing'))) k++
      const by = charge && k < charge[1] ? agentAfter(tokens, k, verb) : undefined
      add(by ? { cue: [i, of + 1], src: by, rule: 'passive-by' } : { cue: [i, of + 1], rule: 'hedge-passive' })
      return true
    }
  }
  // "Concerns were raised that…", "Fears have been expressed by residents that…": information a light verb hands over (SPEC §1),
  // from people unnamed or after "by"
  if (from === i && !negated && lexicon.lightVerbs.has(participle)) {
    const that = skipAdjuncts(tokens, agent ? agent[1] : j + 1)
    const sub = w(tokens, that) === 'that' && clauseFollows(tokens, that + 1) ? subjectOf(tokens, i) : undefined
    if (sub && objectNoun(tokens[headOf(tokens, sub)].norm) === 'info') {
      add(agent ? { cue: [i, by + 1], src: agent, rule: 'passive-by' } : { cue: [i, j + 1], rule: 'hedge-passive' })
      return true
    }
  }
  // "Lee had been told before the vote that…": the teller goes unnamed, or comes after "by" ("was told to leave" is an order;
  // "We were never told the dam was at risk" hands on nothing anyone said)
  if (verb?.takes === 'object' && verb.form === 'past' && !negated && !skipLeft(tokens, i - 1).negated) {
    const k = skipAdjuncts(tokens, agent ? agent[1] : afterMeans)
    if (w(tokens, k) === 'that' || (!agent && clauseFollows(tokens, k))) {
      add(agent ? { cue: [from, by + 1], src: agent, rule: 'passive-by' } : { cue: [i, j + 1], rule: 'hedge-passive' })
      // ("ITV News has been told…", "The Times was told by a minister…": a named outlet told is the channel the teller's words came
      // through, as "Sky News understands" is the outlet's own word)
      const told = subjectOf(tokens, from)
      const outlet = told && readSource(text, tokens, told)
      if (told && outlet && outlet.kind === 'named' && (outlet.type === 'media' || outlet.type === 'state-media')) add({ cue: [from, j + 1], src: told, reading: outlet, rule: 'outlet-channel', channel: true })
      return true
    }
  }
  // "Rubio was asked by moderator Gerard Baker whether…", "she was asked if…", "was asked, “…?”": the question is the asker's
  if (verb?.takes === 'question' && verb.form === 'past') {
    const k = skipAdjuncts(tokens, agent ? agent[1] : afterMeans)
    const quote = isPunct(tokens[k], ',:') && isQuoteMark(tokens[k + 1]) && !tokens[k + 1].quoted
    if (lexicon.questionWords.has(w(tokens, k)) || quote) {
      add(agent ? { cue: [from, by + 1], src: agent, rule: 'passive-by' } : { cue: [i, j + 1], rule: 'hedge-passive' })
      return true
    }
  }
  // "it was revealed in March that…", "it is widely believed that…", "it has long been suggested that…"
  let it = i - 1
  while (it > 0 && i - it <= 2 && (grammar.perfectAuxiliaries.has(w(tokens, it)) || isAdverb(tokens[it]) || adverbLike(tokens[it]))) it--
  if (from === i && w(tokens, it) === 'it' && lexicon.hedgeItThat.has(participle) && (w(tokens, skipAdjuncts(tokens, j + 1)) === 'that' || clauseFollows(tokens, j + 1))) {
    add({ cue: [it, j + 1], rule: 'hedge-passive' })
    return true
  }
  // set off, it hedges the clause it ends or interrupts: "…, it is understood.", "The deal, it is believed, is close"
  if (from === i && w(tokens, it) === 'it' && isPunct(tokens[it - 1], ',—–(') && lexicon.hedgeItThat.has(participle)) {
    const end = skipAdjuncts(tokens, j + 1)
    if (!tokens[end] || isPunct(tokens[end], '.,;!?)—–')) {
      add({ cue: [it, j + 1], rule: 'hedge-passive' })
      return true
    }
  }
  return false
}

/** "Ackman is convinced that…", "some Democrats are concerned that…": a belief held by the subject of "be" at `i`. */
function beliefCue(text: string, tokens: Token[], i: number, add: Add): boolean {
  let j = i + 1
  while (j - i <= 3 && tokens[j]?.word && (isAdverb(tokens[j]) || adverbLike(tokens[j]))) j++
  // ("Officials are confident the dam will hold": "that" may be left out before the clause, as after a thinking verb; not after an
  // infinitive's "be", "To be sure, burden sharing has been…", "wanted to be certain the door was locked")
  const that = w(tokens, j + 1) === 'that'
  if (!grammar.beliefAdjectives.has(w(tokens, j)) || !(that || (w(tokens, i - 1) !== 'to' && clauseFollows(tokens, j + 1))) || isNegation(tokens[j - 1])) return false
  const src = subjectOf(tokens, i)
  if (!src) return false
  const reading = readSource(text, tokens, src, !tokens[src[0]].quoted)
  if (!holdsView(tokens, src, reading, false)) return false
  add({ cue: [j, that ? j + 2 : j + 1], src, reading, rule: 'thought-verb' })
  return true
}

/**
 * Whether a reading may hold a belief: a source of a known kind or a pronoun, with `groups` a vague group of unknown kind too;
 * never "it" ("It is certain that…" is the writer's).
 */
const holdsView = (tokens: Token[], src: Range, reading: SourceReading, groups: boolean) =>
  !reading.notSource && (reading.type !== 'unknown' || !!reading.pronoun || (groups && reading.kind === 'vague')) && w(tokens, src[0]) !== 'it'

/**
 * "Convinced that the deal would collapse, Senator Ana Ruiz voted against it.", "Worried the nation might miss its target, the
 * government proposed a levy.": an opening adjective of belief with its clause is the view of the subject after its comma.
 */
function openingBelief(text: string, tokens: Token[], i: number, add: Add): boolean {
  if (w(tokens, i + 1) !== 'that' && !clauseFollows(tokens, i + 1)) return false
  // the first comma after which a subject and its verb open the main clause
  let src: Range | undefined
  for (let c = i + 3; c < tokens.length && c < i + 40 && !src; c++) {
    if (!isComma(tokens[c])) continue
    // (read as a sentence of its own, so that its subject stops at its verb: "…, analysts at Lund Capital cut their forecasts")
    const main = findMainSubject(tokens.slice(c + 1))
    const verb = main && tokens[c + 1 + main[1]]
    if (main?.[0] === 0 && verb && (clauseFollows(tokens, c + 1) || pastForm(verb) || clauseAt(tokens, c + 1 + main[1]))) {
      // (an -ing word there is a modifier inside the phrase: "…, several shipping lines rerouted")
      src = gerundLike(verb) ? rightNP(tokens, c + 1) : [c + 1, c + 1 + main[1]]
    }
  }
  if (!src) return false
  const reading = readSource(text, tokens, src, !tokens[src[0]].quoted)
  // (a group of unknown kind may hold the view: "…, several shipping lines rerouted"; "the deal" may not)
  if (!holdsView(tokens, src, reading, true)) return false
  add({ cue: w(tokens, i + 1) === 'that' ? [i, i + 2] : [i, i + 1], src, reading, rule: 'thought-verb' })
  return true
}

/** Whether a comma or a colon and a quotation follow the speaker ending at `k`, past an apposition: "Says Ortiz, the union's president: “…”". */
function leadsIntoQuote(tokens: Token[], k: number): boolean {
  const apposition = isComma(tokens[k]) && !isQuoteMark(tokens[k + 1]) ? rightNP(tokens, k + 1) : undefined
  const end = apposition ? apposition[1] : k
  return isPunct(tokens[end], ',:') && isQuoteMark(tokens[end + 1])
}

/** "to" at `k` opens a verb ("is said to be"), not a phrase ("was reported to the police", "known to voters"). */
function verbAfterTo(tokens: Token[], k: number): boolean {
  const t = tokens[k + 1]
  return uncapped(t) && !isFigure(t) && !isDeterminer(t) && !isPronoun(t) && !personNoun(t) && !isGovernmentOffice(t)
}

function verbCue(text: string, tokens: Token[], i: number, verb: CueVerb, shape: SentenceShape, subject: () => Range | undefined, add: Add, tagSpeaker: Range | undefined): void {
  const n = tokens.length
  const prev = tokens[i - 1]
  // a phrasal verb is a cue with its particle: "pointed out", "shot back"
  const last = verb.particle ? i + 1 : i
  if (verb.particle && w(tokens, last) !== verb.particle) return
  // ("“…,” she went on to say": the particle frames the infinitive, whose verb is the cue)
  if (verb.particle && isTo(tokens, last + 1) && speechFrame(tokens, last)) return
  // ("As the old saying goes": a proverb's noun)
  if (verb.form === 'ing' && grammar.proverbVerbs.has(w(tokens, last + 1))) return
  // ("What they're saying: “…,” Raimondo said.": a newsletter section's label, whoever speaks after it; "What he said: “No.”" and
  // "Here's what critics are saying:" name the speaker of what follows)
  if (verb.form === 'ing' && isPunct(tokens[last + 1], ':') && i - firstWord(tokens) <= 5 && w(tokens, firstWord(tokens)) === 'what' && !tokens[firstWord(tokens)].quoted) return
  // (a particle that makes another verb may follow a pronoun object: "ruled it out")
  const particleAfterObject = (isPronoun(tokens[last + 1]) || isObjectPronoun(tokens[last + 1])) && isParticle(tokens[last + 2]) && !!verb.notBefore?.includes(w(tokens, last + 2))
  // ("with" names whom one argued with; a that-clause after it is still the words: "argued with reporters that the plan would work")
  const addressed = w(tokens, last + 1) === 'with' && w(tokens, rightNP(tokens, last + 2)?.[1] ?? -1) === 'that'
  if (((verb.notBefore?.includes(w(tokens, last + 1)) && !addressed) || particleAfterObject) && !objectMovedBefore(tokens, i) && !closedQuoteBehind(tokens, i)) return
  if (verb.twoObjects && twoObjects(tokens, last + 1)) return
  // ("His silence says a lot about his priorities", "said little about the deal", "tells us something about demand": how much is said
  // about a topic, no content)
  if (amountAbout(tokens, last + 1) || (isObjectPronoun(tokens[last + 1]) && amountAbout(tokens, last + 2))) return
  // ("Good question.", "Fair point.": a plain form right after a sentence's first word that is no plural and no pronoun agrees with
  // no subject, a noun after an adjective; "Critics say", "They claim", "Police say" agree)
  // (nor a form that is its own past, "Goldman forecast growth…", nor one before a headline's colon, "IG report: …")
  const agrees = () => !prev || isPlural(prev) || prev.lower.endsWith('s') || isSubjectPronoun(prev) || isIndefinite(prev) || isDeterminer(prev) || isSourceNoun(prev)
  if (verb.form === 'base' && i - 1 === firstWord(tokens) && verb.participle !== w(tokens, i) && !isPunct(tokens[i + 1], ':') && !agrees()) return
  // ("The council should say yes", "must admit that…", "ought to explain…": an obligation put on the subject, no words of theirs)
  const modal = prev?.lower === 'to' && w(tokens, i - 2) === 'ought' ? 'ought' : isAdverb(tokens[i - 1]) || w(tokens, i - 1) === 'not' ? w(tokens, i - 2) : w(tokens, i - 1)
  if (verb.form === 'base' && grammar.deonticModals.has(modal)) return
  // ("The statement may signal another weapons test", "The minutes could suggest…", "The Fed will signal…": what a thing or a body
  // might or will imply is a guess, no one's words yet)
  if (verb.form === 'base' && verb.inference && (modal === 'may' || modal === 'will' || grammar.hypothetical.has(modal))) return
  // ("sneaker giant cuts forecast", "Automaker raises forecast, citing…": after a singular noun and its -s verb, a cue's word that
  // is also a document's or a saying's noun is that verb's object)
  const owner = tokens[i - 2]
  if (verb.form !== 'ing' && !tokens[i].cap && (isDocumentNoun(tokens[i]) || lexicon.speechNouns.has(tokens[i].norm)) && presentVerb(prev) && !spreadEnd(tokens, i - 1) && owner?.word && !isPlural(owner) && !isDeterminer(owner) && !isPreposition(owner)) return
  // (read no speaker for "held talks": only "held that…" is a cue, "held on Monday that…" too)
  if (verb.thatOnly && w(tokens, tokens[last + 1] && mannerAdverb(tokens[last + 1]) ? last + 2 : last + 1) !== 'that' && w(tokens, skipAdjuncts(tokens, last + 1)) !== 'that') return
  // infinitives only in "went on to say", "continued to insist", or as a purpose carried out ("took to Twitter to say")
  // (a purpose is carried out in speech: "a good way to understand the thinking is…" states no one's view)
  const purpose = prev?.lower === 'to' && verb.cls !== 'thought' && purposeInfinitive(tokens, i - 2)
  // ("Voters we spoke to said": the "to" of a relative clause is no infinitive's)
  // (the verb is finite there: "he continued to suggest" is an infinitive)
  const stranded = prev?.lower === 'to' && (verb.form === 'past' || verb.form === 'present') && pastForm(tokens[i - 2]) && isSubjectPronoun(tokens[i - 3])
  // "led Republicans to say", "prompted the mayor to warn": the object of a verb of causing says it
  // ("prompted Rubio to make a joke and call Trump…": a second infinitive joined by "and" has the same speaker)
  // ("forced Stumpf, who was under questioning…, to admit that…": past a relative clause set off by commas)
  const object = prev?.lower === 'to' && isComma(tokens[i - 2]) ? relativeAsideStart(tokens, i - 2) - 1 : i - 2
  const caused = prev?.lower === 'to' && !!tokens[object]?.word ? causedSpeaker(tokens, object) : prev?.lower === 'and' && verb.form === 'base' ? joinedCause(tokens, i - 1) : undefined
  // ("was the first to report that…": an ordinal's frame, grammar ordinalFrames)
  const ordinal = prev?.lower === 'to' && grammar.ordinalFrames.has(w(tokens, i - 2))
  // ("Here is what he had to say:": a cleft's free relative, what its subject said)
  const what = prev?.lower === 'to' ? whatHadTo(tokens, i - 2) : undefined
  const saidWhat = what && cleft(tokens, what, i) ? what : undefined
  if (prev?.lower === 'to' && !speechFrame(tokens, i - 2) && !ordinal && !purpose && !stranded && !caused && !saidWhat) return
  // passives are hedges or "was reported by X", found with the verb "be"
  let beforeVerb = i - 1
  // (past any adverb of the passive: "is commonly thought that…")
  while (beforeVerb > 0 && i - beforeVerb < 5 && (isAdverb(tokens[beforeVerb]) || passiveAdverb(tokens[beforeVerb]) || isComma(tokens[beforeVerb]))) beforeVerb--
  // "who's argued", "she's said" are perfects ('s = has); "it's said that…" is a passive
  const perfect = perfectS(tokens, beforeVerb)
  if (verb.form === 'past' && BE.has(w(tokens, beforeVerb)) && !perfect) {
    // ("was quoted Tuesday as saying", "was quoted in the report as saying", "was quoted on state television as saying": an outlet
    // the words were in is their channel)
    const on = verb.takes === 'quoted' && (w(tokens, i + 1) === 'in' || w(tokens, i + 1) === 'on')
    const medium = on ? rightNP(tokens, i + 2) : undefined
    const outlet = medium && writtenIn(text, tokens, i + 2)
    const as = verb.takes === 'quoted' ? skipAdjuncts(tokens, medium ? medium[1] : i + 1) : -1
    if (as >= 0 && w(tokens, as) === 'as') {
      const sub = subjectOf(tokens, beforeVerb)
      // ("was quoted as saying by IRNA": the agent after the cue is the channel)
      const by = ingCue(tokens, as + 1) ? agentAfter(tokens, as + 2) : undefined
      const channel = by ?? (outlet && (outlet.reading.type === 'media' || outlet.reading.type === 'state-media') ? outlet.np : undefined)
      if (channel) add({ cue: by ? [as + 2, as + 3] : [channel[0] - 1, channel[0]], src: channel, rule: 'quoted-as-saying', channel: true })
      if (sub) add({ cue: as === i + 1 ? [i, Math.min(n, i + 3)] : [i, i + 1], src: sub, rule: 'quoted-as-saying', relayed: !!channel })
    }
    return
  }
  // ", described as one of the richest men": a participle set off after a noun presents a judgement on no one's word, as "is described as"
  // does; ", described by critics as a giveaway," on the agent's, as is one right after its noun ("a condition described by doctors as rare")
  const closeBy = uncapped(prev) && !isAuxiliary(prev) && !isPronoun(prev) && w(tokens, i + 1) === 'by'
  if (verb.form === 'past' && (isComma(prev) || closeBy) && grammar.asHedges.has(w(tokens, i)) && tokens[i - 2]?.word) {
    const agent = agentAfter(tokens, i + 1, verb)
    if (agent && w(tokens, agent[1]) === 'as') add({ cue: [i, i + 2], src: agent, rule: 'passive-by' })
    else if (w(tokens, i + 1) === 'as') add({ cue: [i, i + 2], rule: 'hedge-passive' })
    if (agent || w(tokens, i + 1) === 'as') return
  }
  // "as reported by the Lagos Tribune", "as first reported by…"
  if (verb.form === 'past' && verb.passiveBy && w(tokens, i + 1) === 'by' && (w(tokens, i - 1) === 'as' || w(tokens, i - 2) === 'as')) {
    const np = rightNP(tokens, i + 2)
    if (np) add({ cue: [w(tokens, i - 1) === 'as' ? i - 1 : i - 2, i + 2], src: np, rule: 'as-reported-by', channel: true })
    return
  }
  // "As noted in the report, …", "as stated in Davis' commentary", "as first reported in the Times": the document or outlet the words are in
  const as = w(tokens, i - 1) === 'as' ? i - 1 : w(tokens, i - 2) === 'as' && (adverbLike(tokens[i - 1]) || isAdverb(tokens[i - 1])) ? i - 2 : -1
  if (as >= 0 && verb.form === 'past' && verb.cls === 'speech' && w(tokens, i + 1) === 'in' && (as === firstWord(tokens) || isPunct(tokens[as - 1], ',;(—–'))) {
    const src = writtenIn(text, tokens, i + 2)
    if (src) add({ cue: [as, i + 2], src: src.np, reading: src.reading, rule: 'as-reported-by', channel: src.reading.type === 'media' || src.reading.type === 'state-media' })
    return
  }
  // "The campaign, first reported by The Washington Post, is…": a report set off by commas credits what it modifies
  // ("— a fact first reported by Christopher Heath": right after a noun of information too)
  const reportedOf = i > 0 ? tokens[isAdverb(tokens[i - 1]) || adverbLike(tokens[i - 1]) ? i - 2 : i - 1] : undefined
  // ("a Kremlin official quoted by TASS said…", "one official, cited by Reuters, said…": the outlet that quoted or cited a person is
  // the channel the person's words came through, SPEC §4 via; "a driver cited by police" is a penalty's)
  const quoted = reportedOf && isComma(reportedOf) ? tokens[i - 2] : reportedOf
  if ((verb.takes === 'quoted' || verb.takes === 'cited') && verb.form === 'past' && w(tokens, i + 1) === 'by' && !!quoted?.word && personWord(quoted)) {
    const np = rightNP(tokens, i + 2)
    const outlet = np && readSource(text, tokens, np)
    if (np && outlet && (outlet.type === 'media' || outlet.type === 'state-media')) {
      add({ cue: [i, i + 2], src: np, reading: outlet, rule: 'as-reported-by', channel: true })
      return
    }
  }
  // ("a figure cited by the FBI": some verbs credit only a noun of information)
  if (verb.form === 'past' && w(tokens, i + 1) === 'by' && i > 0 && (grammar.reportedByAsides.has(verb.base) ? isComma(reportedOf) || infoNoun(reportedOf) : grammar.infoCreditVerbs.has(verb.base) && infoNoun(reportedOf))) {
    const np = rightNP(tokens, i + 2)
    if (np && (!tokens[np[1]] || isPunct(tokens[np[1]], ',.;!?)—–') || isTimeWord(tokens[np[1] + 1]))) add({ cue: [i, i + 2], src: np, rule: 'as-reported-by', channel: true })
    return
  }
  // ("more than the 150,000 expected by economists polled by Dow Jones", "above the 3.2% forecast by economists": a figure that a figure
  // verb's passive credits is its agent's estimate)
  const figure = !!reportedOf && (reportedOf.text === '%' || isFigure(reportedOf))
  if (figure && w(tokens, i + 1) === 'by' && grammar.figureVerbs.has(verb.base) && (verb.form === 'past' || w(tokens, i) === verb.participle)) {
    const agent = agentAfter(tokens, i + 1, verb)
    if (agent) add({ cue: [i, i + 2], src: agent, rule: 'passive-by' })
    return
  }
  // ("Documents posted by the safety agency say…", "a letter posted by the union says…": a past form between a document's noun and "by"
  // with its agent is a participle that modifies the noun, no verb of the noun's saying; "said by phone" names a means, "found by
  // 43%-41%" a margin)
  if (verb.form === 'past' && w(tokens, i + 1) === 'by' && tokens[i + 2]?.word && !isFigure(tokens[i + 2]) && !grammar.byMeans.has(w(tokens, i + 2)) && prev?.word && (!prev.cap || i - 1 === firstWord(tokens)) && (isDocumentNoun(prev) || lexicon.evidenceNouns.has(prev.norm))) return
  if (skipLeft(tokens, i - 1).negated && !negationRaised(tokens, i)) return
  // "a think tank known for…", "a letter written in May": a participle outside a perfect modifies a noun
  if (verb.perfectOnly && !(grammar.perfectAuxiliaries.has(w(tokens, beforeVerb)) || perfect)) return

  // "quoted X as saying" / "citing X": the subject relays the object's words
  if (verb.takes === 'quoted' || verb.takes === 'cited') {
    // ("…, a figure the FBI has cited in past cases": the figure gone ahead is what was cited, the FBI its source)
    const gap = verb.takes === 'cited' && verb.form !== 'ing' ? figureNounHolders(tokens, i, last) : undefined
    if (gap) return add({ cue: [i, last + 1], src: gap, rule: 'speech-verb' })
    return relayCue(text, tokens, last, verb, () => tagSpeaker ?? subject(), add)
  }

  // inverted: ", said Kim." / "…,” said the agency, adding…" — the content came before
  const invertible = verb.inverts && (verb.takes !== 'question' || isQuoteMark(prev)) && w(tokens, last + 1) !== 'that'
  // ("Benjamin J. Rhodes, one of the president's aides, recalled…": after a name and its apposition the verb has its subject)
  // ("Said Comey, “…”", "Says Ortiz: “…”": opening the sentence, the verb and its speaker lead into a quotation)
  const opens = tokens[i].cap && i === firstWord(tokens)
  // ("So says the company's auditor.", "Or so says the ministry.": "so" opening the sentence stands for what was said before)
  const so = prev?.lower === 'so' && (i - 1 === firstWord(tokens) || (w(tokens, i - 2) === 'or' && i - 2 === firstWord(tokens)))
  // (", said Anna Smith, a researcher at…." closing the sentence is a tag though the clause before it holds commas: "Stores open
  // near grocers, undercut them on staples and then cut their stock, said Anna Smith.")
  // (nor is one set off inside the clause before its verb: "Jobs, homes and schools, said Ruiz, are what matter")
  const setOff = isComma(prev) && (nameSetOffBefore(tokens, i - 1) || nameAfterSubject(tokens, i - 1) || asideAfterSubject(tokens, i - 1)) && !(grammar.bareInversionVerbs.has(verb.base) && (nameClosing(tokens, last + 1) || nameBeforeVerb(tokens, last + 1)))
  if (((i > 0 && (isComma(prev) || isQuoteMark(prev) || so)) || opens) && verb.form !== 'ing' && invertible && !setOff) {
    // (", said outside experts.": a preposition that is the phrase's adjective, grammar prepositionAdjectives)
    const outside = grammar.prepositionAdjectives.has(w(tokens, last + 1)) && !!tokens[last + 2] && isSourceNoun(tokens[last + 2]) ? rightNP(tokens, last + 2) : undefined
    let np = speakerAfter(tokens, outside ? [last + 1, outside[1]] : rightNP(tokens, last + 1))
    if (opens && !(np && leadsIntoQuote(tokens, np[1]))) return
    // ("…,” said one, who declined to give her name.", "…, said another.": one of a group alone after what was said, unnamed)
    if (!np && (isQuoteMark(prev) || isComma(prev)) && grammar.singularQuantifiers.has(w(tokens, last + 1)) && (!tokens[last + 2] || isPunct(tokens[last + 2], ',.;!?'))) {
      add({ cue: [i, last + 1], src: [last + 1, last + 2], reading: { kind: 'vague', type: 'anonymous', name: tokens[last + 1].text }, rule: 'inverted-cue', quote: shape.quotes })
      return
    }
    // ", said Doyle and others,": a joined second speaker
    if (np && (tokens[np[0]].cap || personNoun(tokens[headOf(tokens, np)])) && w(tokens, np[1]) === 'and') {
      const more = rightNP(tokens, np[1] + 1)
      if (more) np = [np[0], more[1]]
    }
    // names listed right after the verb speak together (", said Sen. Ann Lee, Rep. Bo Diaz and Gov. Cy Ward."); else
    // ", announced the harbour master, Ines Duarte.": a name in apposition to a role is the same speaker, and so are people
    // or firms listed by name (", said the three owners, Ruiz, Diaz, and Lee."); places listed after a phrase are not
    // (", said officials in three states, Ohio, Texas and Maine.")
    const bare = np && tokens[np[0]].cap && isComma(tokens[np[1]]) ? namesListedAfter(tokens, np[0], true) : -1
    let named: Range | undefined
    if (np && bare >= 0) np = [np[0], bare]
    else if (np) ({ np, named } = roleAndName(tokens, np))
    // (after a quotation, a participle describes the speaker: "wrote a man calling himself Paul", "said a woman wearing a red
    // scarf", where the phrase reader may take the participle for the head)
    const ing = (t: Token | undefined) => !!t?.word && gerundLike(t)
    if (np && isQuoteMark(prev) && np[1] - np[0] >= 2 && ing(tokens[np[1] - 1]) && personNoun(tokens[np[1] - 2])) np = [np[0], np[1] - 1]
    const after = np ? tokens[np[1]] : undefined
    // (an infinitive after the phrase makes it an object: ", announced plans to merge"; so does "that" after a verb that takes a person
    // first: ", informed regional director James Bacigalupo that…")
    const participle = isQuoteMark(prev) && ing(after)
    // (a time is no speaker: "The decision, announced late Friday, drew…"; "USA Today" is)
    const time = !!np && tokens.slice(np[0], np[1]).every((t) => isTimeWord(t) || isTimeDeterminer(t))
    // (not a quotation that opens after it, its words running on from the clause: 'Rebecca Vance, said the chain “has robust…”')
    const runsOn = !!after && isQuoteMark(after) && !!tokens[np![1] + 1]?.word && !tokens[np![1] + 1].cap
    if (np && !time && (!after || isPunct(after, ',.;:!?()—–') || (isQuoteMark(after) && !runsOn) || participle || (grammar.afterInvertedSpeaker.has(after.lower) && !isTo(tokens, np[1]) && !(verb.takes === 'object' && after.lower === 'that')))) {
      const r = readSource(text, tokens, named ?? np)
      // after a bare comma the speaker must look like one (", says political scientist Ana Ruiz"): ", declared bankruptcy." and ", declared his support" name none
      // (or a plural of people or one role after "said", whatever words open it: ", said senior officials", ", says civic chief", grammar
      // bareInversionVerbs)
      const people = () => {
        const head = tokens[headOf(tokens, np)]
        return grammar.bareInversionVerbs.has(verb.base) && tokens.slice(np[0], np[1]).every((t) => uncapped(t)) && personWord(head) && (isPlural(head) || isPersonRole(head))
      }
      const starts = startsNP(tokens[np[0]]) || !!outside || people()
      if (!r.notSource && (r.kind === 'named' || r.type !== 'unknown' || starts) && (isQuoteMark(prev) || (opens && (r.type !== 'unknown' || tokens[np[0]].cap)) || (starts && (r.type !== 'unknown' || tokens[np[0]].cap)) || (r.type === 'person' && tokens[np[1] - 1].cap))) {
        add({ cue: [i, last + 1], src: np, reading: r, rule: 'inverted-cue', quote: shape.quotes, channel: r.type === 'media' || r.type === 'state-media' })
        return
      }
    }
  }

  if (verb.form === 'ing' && nounsJoined(tokens, i - 1, i)) return
  // ("stopped short of saying…", "Instead of saying…": a saying put aside is no one's, grammar unsaidLeads)
  if (verb.form === 'ing' && grammar.unsaidLeads.has(`${w(tokens, i - 2)} ${w(tokens, i - 1)}`)) return
  // ("The company attributes the loss to…", not "Key attributes include…": a form mostly the noun needs a determined object)
  if (verb.determinedObject && (verb.form === 'base' || verb.form === 'present') && !(isDeterminer(tokens[last + 1]) || isIndefinite(tokens[last + 1]) || isPronoun(tokens[last + 1]) || isObjectPronoun(tokens[last + 1]))) return
  let src: Range | undefined
  // "short of the 45,000 analysts had estimated": the people whose figure it is
  const holders = figureHolders(tokens, i, last, verb)
  // (a saying verb: "Assuming that…" opens a condition of the author's)
  const opening = verb.form === 'ing' && verb.cls === 'speech' && firstWord(tokens) === i
  // after another preposition the -ing form is a noun ("the volume of writing devoted to…") unless it hands over a clause or a quotation
  const gerund = verb.form === 'ing' && !!prev?.word && isPreposition(prev) && !grammar.participleLeads.has(prev.lower) && !isTo(tokens, i - 1)
  // "footage of Clinton saying, “…”", "a clip of McCain saying he will…": the one recorded says it
  const recorded = verb.form === 'ing' ? recordedSpeaker(tokens, i) : undefined
  let rule = verb.cls === 'thought' ? 'thought-verb' : verb.cls === 'research' ? 'research-verb' : verb.cls === 'commitment' ? 'commitment-verb' : 'speech-verb'
  // "after initially saying", ", again saying": adverbs may stand between the lead and the participle
  let lead = i - 1
  while (lead > 0 && tokens[lead].word && (adverbLike(tokens[lead]) || isAdverb(tokens[lead])) && !tokens[lead].cap) lead--
  // a comma inside a closing quotation mark still sets the participle off: "…address “that person,” telling…"
  // (or two: the double apostrophe of ''top secret,'')
  let mark = lead
  while (mark > lead - 2 && isQuoteMark(tokens[mark])) mark--
  const leadTok = mark < lead && isComma(tokens[mark]) ? tokens[mark] : tokens[lead]
  if (verb.form === 'ing' && leadTok && lead < i && (leadTok.word ? grammar.participleLeads.has(leadTok.lower) : PARTICIPLE_MARKS.has(leadTok.text) || (leadTok.text === '-' && spacedDash(tokens, lead)))) {
    // "When he returned he began by saying…": without a subject for the sentence, the verb's before "by"
    // ("The White House did not respond, but Trump has demanded cuts, calling…": the clause before the comma has its own subject)
    src = (leadTok.word ? undefined : tagSpeaker ?? joinedClauseSubject(tokens, lead)) ?? subject() ?? (leadTok.lower === 'by' && tokens[lead - 1]?.word ? subjectOf(tokens, lead - 1) : undefined)
    // "It was a potent punch…, as Mrs. Clinton echoed the criticism, saying…": a main subject that cannot speak leaves it to the clause before the comma
    // (a lone article is what the subject reader keeps of "The rain fell as the mayor spoke, saying…")
    if (src && isComma(leadTok) && (w(tokens, src[0]) === 'it' || (src[1] - src[0] === 1 && isArticle(tokens[src[0]])) || readSource(text, tokens, src).type === 'unknown')) src = subordinateSubject(tokens, lead) ?? src
    src = nameAfterRole(tokens, pastTradedSubject(tokens, src, lead))
    rule = 'participle-cue'
    if (src && readSource(text, tokens, src).type === 'unknown' && !lexicon.pronouns.has(tokens[src[0]].lower)) return
  } else if (opening) {
    // "Noting that the plan had failed, Lee…": an opening participle clause belongs to the subject after it
    src = subject()
    rule = 'participle-cue'
  } else if (verb.form === 'ing' && prev && isDocumentNoun(prev)) {
    src = leftNP(tokens, i - 1)
    // (the document after "with" is the phrase: "responded late Friday with an editor's note saying…")
    let withAt = src ? src[1] - 1 : -1
    while (src && withAt > src[0] && w(tokens, withAt) !== 'with') withAt--
    if (src && withAt > src[0]) src = [withAt + 1, src[1]]
    // "Forbes shot back in an article stating that…", "responded in a statement saying…": the speaker's own document
    const at = src && tokens[src[0] - 1]?.lower === 'in' && isArticle(tokens[src[0]]) && !isDefinite(tokens[src[0]]) ? src[0] - 2 : -1
    const said = at >= 0 && isParticle(tokens[at]) ? at - 1 : at
    if (said >= 0 && isCueWord(tokens[said]) && !w(tokens, said).endsWith('ing')) src = subjectOf(tokens, said, subject) ?? src
    rule = 'participle-cue'
  } else if (caused) {
    src = caused
  } else if (purpose) {
    src = subject()
  } else if (gerund) {
    // ("found substantial grounds for believing that…", "found ‘substantial grounds’ for believing…": a reason's noun holds the
    // -ing form, which no one says)
    const reason = isQuoteMark(tokens[i - 2]) ? i - 3 : i - 2
    if (grammar.reasonNouns.has(w(tokens, reason))) return
    // "rebuked Mr. Trump for suggesting that…" is Trump's, "offered few ideas aside from stating that…" the subject's
    src = gerundSpeaker(tokens, i - 1) ?? subject()
    rule = 'participle-cue'
  } else if (recorded) {
    src = recorded
    rule = 'participle-cue'
  } else if (verb.form === 'ing' && prev && grammar.gerundFrames.has(prev.lower)) {
    // "Lee kept insisting": the subject of the frame
    src = subjectOf(tokens, i - 1, subject)
  } else if (prev?.lower === 'to' && !stranded) {
    // "Lee went on to say", "was quick to add", "were more likely to say", "went so far as to say": the subject of the frame
    const farAs = w(tokens, i - 2) === 'as' && w(tokens, i - 3) === 'far' && w(tokens, i - 4) === 'so'
    // ("took pains to stress", "were at pains to point out": the verb before the noun of the frame)
    const pains = w(tokens, i - 2) === 'pains' ? (w(tokens, i - 3) === 'at' ? i - 4 : i - 3) : -1
    const frame = farAs ? i - 5 : pains >= 0 ? pains : w(tokens, i - 2) === 'on' || (ordinal && isArticle(tokens[i - 3])) ? i - 3 : i - 2
    src = saidWhat ?? subjectOf(tokens, frame, subject)
  } else {
    src = holders ?? subjectOf(tokens, i, subject)
    // "tweeted back at Trump pointing out…", "lashed out at Clinton saying…": a name after a verb's particle and "at" is its object,
    // the participle the subject's (unlike "with Trump yelling…", whose name is the participle's own subject)
    if (src && verb.form === 'ing' && tokens[src[0]].cap && w(tokens, src[0] - 1) === 'at' && isParticle(tokens[src[0] - 2])) src = subject() ?? src
    // "who took office in 2023 promising to…", "took power vowing to…": a bare singular noun right after a past verb is that verb's
    // object, and the participle its subject's ("found a man claiming to be…" is the man's, "highlighted comments Trump made…
    // saying…" the comments')
    const bare = src && src[1] - src[0] === 1 ? tokens[src[0]] : undefined
    if (src && bare && verb.form === 'ing' && !bare.cap && !isPlural(bare) && !personNoun(bare) && !isPronoun(bare) && !isObjectPronoun(bare) && pastForm(tokens[src[0] - 1])) src = subjectOf(tokens, src[0] - 1, subject) ?? src
  }
  // "issued a statement on Friday saying…": a document speaks for whoever put it out (a finding stays the document's: "released a report showing…")
  // ("issued a statement to reporters saying…": past the addressee after the document)
  // (in a relative clause too: "The campaign released an ad that says…", "published a leaflet which warns…")
  const doc = src && (verb.form === 'ing' || isRelative(tokens[i - 1])) && verb.cls !== 'research' ? documentBefore(tokens, src) : -1
  // (a recording one posts that says something is the poster's too: "Ruiz posted a video on TikTok claiming…", though "the video
  // shows…" is evidence)
  const recording = src && doc >= 0 && verb.cls === 'speech' ? headOf(tokens, src) : -1
  const issuer = src && doc >= 0 && isDocumentNoun(tokens[doc]) ? issuerOf(text, tokens, doc, subject) : recording >= 0 && lexicon.evidenceNouns.has(tokens[recording].norm) ? issuerOf(text, tokens, recording, subject) : undefined
  if (issuer) src = issuer
  // a speaker never contains its own cue ("(WARNING: …)"); "No official said…", "Neither side said…" report that nobody did
  // ("None of the scholars thought compromise was likely" is their view that it was not: a negation that moves into what is thought)
  if (!src || (src[0] <= i && i < src[1]) || (noSpeaker(tokens, src) && !grammar.negRaising.has(verb.base))) return
  // ("said in a statement posted on Telegram that…": a document inside a preposition's phrase, then a past form, is the
  // participle's, which describes it; the verb whose setting the phrase is speaks)
  // ("A preprint posted Tuesday suggests…": a document right before a past form and its adjuncts, then a verb, is described by it)
  // ("consumed with American hostages held in the Middle East that he…": so is a person's inside one, with a harm's participle)
  if (verb.form === 'past' && src[1] === i && (lexicon.documentNouns.has(tokens[headOf(tokens, src)].norm) || harmParticiple(tokens, i)) && (isPreposition(tokens[src[0] - 1]) || describedDocument(tokens, i))) return
  // ("check whether anyone disclosed the information": an open question asserts nothing said; so does "if" after a verb of asking,
  // "Asked if she thought the deal was dead")
  if (w(tokens, src[0] - 1) === 'whether' || (w(tokens, src[0] - 1) === 'if' && cueVerb(w(tokens, src[0] - 2))?.takes === 'question')) return
  // (the speaker keeps its negative word: "No one expected…")
  if (grammar.negativeDeterminers.has(w(tokens, src[0] - 1))) src = [src[0] - 1, src[1]]
  // ("Lee was one of the first officials warning that…", "Reyes has been among the loudest voices arguing that…": a participle on a
  // group the subject is counted in is the subject's)
  if (verb.form === 'ing') src = memberSubject(tokens, src, subject) ?? src
  // ("…, revised government data showed", "…, seasonally adjusted figures show": a past form, with its adverb, opening a trailing
  // document's phrase after a comma describes the document; read as a phrase's edge, it would be a verb)
  const described = src[1] === i && lexicon.documentNouns.has(tokens[src[1] - 1].norm) ? describedAfterComma(tokens, src[0]) : -1
  if (described >= 0) src = [described, src[1]]
  // ("Pharmacies including CVS and Walgreens said…": a group's members named inside its phrase, as set off after it, below; the
  // phrase read back from the cue may have stopped at the lead, "Companies such as Apple and Google warned…")
  // (only the cue's own subject, right before it: "groups like ISIS, which claimed…" is ISIS's relative)
  if (i - src[1] <= 3 && tokens.slice(src[1], i).every((t) => uncapped(t) && (isAuxiliary(t) || adverbLike(t)))) {
    const led = leadWords(tokens, src[0] - 2) === 2 ? src[0] - 2 : leadWords(tokens, src[0] - 1) === 1 ? src[0] - 1 : -1
    const group = led > 0 && tokens[src[0]].cap && isPlural(tokens[led - 1]) && isSourceNoun(tokens[led - 1]) ? leftNP(tokens, led - 1) : undefined
    if (group) src = [group[0], src[1]]
    const members = memberLead(tokens, src)
    if (members > 0) src = [src[0], members]
  }
  const reading = readSource(text, tokens, src, !tokens[src[0]].quoted)
  if (reading.notSource) {
    // "“I am not shy,” I said.": the writer tags the quotation, which then takes no other speaker (dropped with its reading later)
    if (reading.notSource === 'author' && shape.quotes) add({ cue: [i, last + 1], src, reading, rule: 'author-tag' })
    return
  }
  // ("she learned that her father had died" is an event; "CNN has learned that…" the outlet's reporting)
  if (verb.outletOnly && reading.type !== 'media' && reading.type !== 'state-media') return
  // ("Rumors swirled that…", "Reports emerged that…" hand on hearsay; "the smoke swirled" is an event)
  const hearsay = tokens[headOf(tokens, src)]
  if (verb.hearsayOnly && !lexicon.vagueMedia.has(hearsay.norm) && !grammar.ownerlessSpeechNouns.has(hearsay.lower)) return
  // (hearsay of no kind of source, "Allegations surfaced that…", is a hedge on no one's word, as "there were allegations that…" is)
  const unowned = verb.hearsayOnly && !isSourceNoun(hearsay)
  // "the move suggests that…", "the aftermath showed…": a thing with no author implies it, in the author's words
  if (verb.inference && reading.type === 'unknown' && lexicon.eventNouns.has(tokens[headOf(tokens, src)].norm)) return
  // ("Sales fell 4%, which suggests demand is weakening": "which" after a comma takes up the clause before it, a fact the author
  // draws on, not the phrase it ends with; a named source may stand there, "a survey by Gallup, which suggests…")
  if (verb.inference && w(tokens, i - 1) === 'which' && isComma(tokens[i - 2]) && (reading.kind !== 'named' || reading.type === 'unknown')) return
  // a form that is also a noun ("colonial rule", "independent states") needs a speaker for subject
  // (an adverb or auxiliary between them settles it: "Marsh also claims")
  if (lexicon.nounish.has(w(tokens, i)) && reading.type === 'unknown' && !reading.pronoun && src[1] === i && !pluralSubject(tokens, i)) return
  // (a headline's label before a colon, "Climate report: world on track for…": one singular word and a base form that is also a noun
  // agree as a compound, not as a subject and its verb; the headline's source is that document)
  if (shape.titleLine && lexicon.nounish.has(w(tokens, i)) && verb.form === 'base' && isPunct(tokens[i + 1], ':') && src[1] === i && src[0] === i - 1 && !reading.pronoun && !pluralSubject(tokens, i)) return
  // "a formula called “chained CPI”", "a fund labeled “Homes First”": right after a common noun, the past form and a quotation name it
  // ("what the owner called “the old model”" has the owner for subject)
  // ("email chains recently labeled “top secret”": an adverb between them too)
  // (a few words at most: a subject from the start of a long sentence is read in constant time)
  const rightAfter = i - src[1] <= 2 && tokens.slice(src[1], i).every((t) => uncapped(t) && (adverbLike(t) || isAdverb(t)))
  // ("The plan, which the mayor called “a disgrace,”": a relative clause's own subject calls it so)
  // ("a move critics called “a betrayal”": a subject after a noun gone ahead of its clause calls it so; read only for a verb that
  // names, claims a cause or puts a figure "at")
  const estimateAt = w(tokens, last + 1) === 'at' && grammar.figureVerbs.has(verb.base) && figureAt(tokens, last + 2)
  const ahead = (grammar.namingVerbs.has(verb.base) || !!verb.causes?.includes(w(tokens, last + 1)) || estimateAt) && objectAhead(tokens, src[0])
  // (and after a thing's phrase that ends in its maker's name, "a collection from the cartoonist Garry Trudeau called “Yuge!”")
  if (verb.form === 'past' && grammar.namingVerbs.has(verb.base) && rightAfter && !reading.pronoun && (!tokens[src[1] - 1].cap || (reading.type === 'unknown' && !tokens[headOf(tokens, src)].cap)) && w(tokens, src[0] - 1) !== 'what' && !isRelative(tokens[src[0] - 1]) && !ahead && namedRightAfter(tokens, i + 1)) return

  // after a quotation the cue trails it, whatever follows: "“…,” Sanders said to cheers at a rally."
  // (a name in apposition opens no tag: "“…,” another brother, Stuart Oltchick, recalled him saying" trails from "another")
  // (past a role before the name: "“…,” the tenants' spokeswoman, retired teacher Alma Ruiz, said")
  const open = appositionStart(tokens, src[0])
  const outer = isComma(tokens[src[1]]) && isComma(tokens[open - 1]) && tokens[open - 2]?.word ? leftNP(tokens, open - 2) : undefined
  const tag = outer ? outer[0] : src[0]
  const afterQuote = isQuoteMark(tokens[tag - 1]) || (isComma(tokens[tag - 1]) && isQuoteMark(tokens[tag - 2]))
  // a lead-in ends with a colon: "Cruz called them on it:", "As Joel Pollak reported after the raid:"
  const leadIn = tokens[tokens.length - 1]?.text === ':' && verb.cls === 'speech'
  // (an amount after the verb is no tag's: "…,'' the club charged a $100,000 fee")
  const amount = (k: number) => CURRENCY.test(tokens[k]?.text ?? '')
  const trails = () => (afterQuote && !amount(last + 1) && !(isDeterminer(tokens[last + 1]) && amount(last + 2))) || leadIn || (!!verb.inverts && verb.takes !== 'quote' && verb.form !== 'ing' && tagBeforeAdjuncts(tokens, src, i, last, reading))
  // ("“…missing.” Trump said.": a sentence of only a speaker and the verb is the tag of the quotation before it, or after it: "Santos
  // disagreed. “Nothing has changed.”")
  // ("“…” Trump added during his appearance on Fox.": adjuncts may follow the verb, a manner adverb first too, "Miller said pleasantly
  // into the phone.", or the addressee of "told": "Okafor told reporters."; not a retort at someone: "Fox fired back at Trump over the plan.")
  const tagEnds = (k: number) => skipAdjuncts(tokens, k) === tokens.length - 1
  // (before the quotation, only a plain verb of saying right after its speaker: "Keron Blair called for more investment.", "Trump
  // almost seemed to agree." tag nothing)
  const leadTag = () => !!shape.beforeQuote && verb.takes !== 'quote' && tokens.slice(src[1], i).every((x) => x.word && mannerAdverb(x))
  const bareTag = () =>
    (shape.afterQuote || leadTag()) &&
    src[0] === firstWord(tokens) &&
    verb.cls === 'speech' &&
    !verb.particle &&
    isPunct(tokens[tokens.length - 1], '.') &&
    (tagEnds(tokens[last + 1]?.word && mannerAdverb(tokens[last + 1]) ? last + 2 : last + 1) || ((verb.takes === 'object' || grammar.requestVerbs.has(verb.base)) && tagEnds(addresseeEnd(tokens, last + 1))))
  // (a request is an act: "asked the court for a delay"; a quotation's tag may have "for" after it: "“…?” he asked for the third time.")
  if (grammar.requestForVerbs.has(verb.base) && !afterQuote && requestFor(tokens, last + 1)) return
  // ("what the agency called a new type of weapon": the name after the verb is the content, its object gone ahead as "what")
  const named = w(tokens, src[0] - 1) === 'what' && namesWhat(tokens, last) ? { kind: 'object' as const, at: last + 1 } : undefined
  // ("a decline the company blamed on competition", "a crowd officials estimated at 20,000": a cause claimed for the object gone
  // ahead of the clause, or a figure put on it; "which insurers estimated at $2 billion" too)
  // (and what the object gone ahead was called: "a decision officials called the first of its kind"; a name after it only names it,
  // "a program the White House called Operation Warp Speed")
  const calledAhead = ahead && grammar.namingVerbs.has(verb.base) && (verb.form === 'past' || verb.form === 'present' || verb.form === 'base') && opensNP(tokens[last + 1]) && !tokens[last + 1].cap
  // (and what was made known: "the strategy, which the bank detailed in SEC filings", grammar disclosedAhead; the clause ends with
  // the verb or its adjuncts, no object of its own)
  const disclosed = grammar.disclosedAhead.has(verb.base) && (verb.form === 'past' || verb.form === 'present') && !opensNP(tokens[last + 1]) && w(tokens, last + 1) !== 'that' && objectAhead(tokens, src[0])
  // (a headline drops its verbs: "China says no deal yet", "Trump says deal close" say a clause's worth, the rest of its line)
  // (not an empty object, "says nothing on…", nor an act's or a yes or a no, a decision, before its preposition: "says goodbye to…",
  // "says no to new homes")
  const headlineClause = () => (shape.titleLine && verb.base === 'say' && src[1] === i && reading.type !== 'unknown' && tokens.length - i > 2 && tokens.length <= HEADLINE_TOKENS && tokens.slice(i + 1).every((t) => t.word) && !grammar.emptyObjects.has(w(tokens, i + 1)) && !((grammar.answers.has(w(tokens, i + 1)) || objectNoun(w(tokens, i + 1)) === 'act') && (!tokens[i + 2] || (isPreposition(tokens[i + 2]) && !!tokens[i + 3]))) ? { kind: 'clause' as const, at: i + 1 } : undefined)
  const gapped = ((verb.causes?.includes(w(tokens, last + 1)) || estimateAt) && (ahead || (estimateAt && isRelative(tokens[src[0] - 1])))) || calledAhead || disclosed ? { kind: 'relative' as const, at: last + 1 } : undefined
  const content = (holders && src === holders ? { kind: 'relative' as const, at: last + 1 } : undefined) ?? gapped ?? contentAfter(tokens, last, verb, reading.type === 'document' || !!issuer) ?? named ?? ((verb.cls === 'speech' && trails()) || bareTag() || cleft(tokens, src, last) ? { kind: 'trailing' as const, at: last + 1 } : undefined) ?? headlineClause()
  // an opening participle hands over a clause or a quotation, not "Reading from a prepared text, …"; a gerund too, or it is a noun
  if ((opening || gerund) && (!content || (content.kind !== 'that' && content.kind !== 'clause' && content.kind !== 'quote'))) return
  const withQuote = afterQuote || leadIn || content?.kind === 'quote'
  // ("did not say how many units it expects to sell": a speaker inside an embedded question, its object the question's phrase, says nothing)
  if (content?.kind === 'to' && embeddedQuestion(tokens, src[0])) return
  // ("A woman who answered the door declined…": the door is answered, no clause said, grammar noBareClause)
  if (content?.kind === 'clause' && content.at === last + 1 && grammar.noBareClause.has(verb.base)) return
  // ("Measles case confirmed at Denver airport, health officials warn travelers": a clause after a comma is what was said only by
  // someone who can say it; a thing's past form there is a passive, its clause another one)
  if (content?.kind === 'clause' && isComma(tokens[content.at - 1]) && reading.type === 'unknown' && !reading.pronoun && verb.form === 'past') return
  // ("asked that residents be evacuated": a request, SPEC §1)
  if (content?.kind === 'that' && grammar.requestVerbs.has(verb.base) && mandative(tokens, content.at + 1)) return
  // ("Some will say buses are slow", "Critics might argue that…", "One could argue…": what an unnamed group or the generic "one" is
  // imagined to say is the author's, SPEC §2)
  if (reading.kind === 'vague' && src[1] < i && imaginedBy(tokens, i)) return
  // ("drawing applause and laughs from the crowd": a tag's -s form is also a plural noun, a verb only right after its speaker)
  if (verb.tagOnly && verb.form === 'present' && src[1] !== i) return
  // ("“…,” she says, laughing, in the kitchen", "he said, smiling.", "she said, crying.": a tag's or a manner's verb in -ing with
  // nothing of its own after it is the manner of the saying, no tag; "chanting “U-S-A!”" hands on its quotation)
  const next = tokens[last + 1]
  if ((verb.tagOnly || verb.quoteOnly) && verb.form === 'ing' && (!next || isPunct(next, ',.;:!?)—–') || isPreposition(next))) return
  // (one named by "as" in the -ing form speaks only set off: "Police, identifying the victim as…"; "that identifying the group as…
  // would" is a gerund's subject)
  if (!content || (namesByAs(verb) && (content.kind !== 'clause' || (verb.form === 'ing' && !isComma(tokens[i - 1])))) || (verb.peopleOnly && GROUP_TYPES.has(reading.type)) || ((verb.tagOnly || verb.quoteOnly) && !withQuote) || (verb.thatOnly && (content.kind !== 'that' || (reading.type === 'unknown' && !reading.pronoun))) || ((verb.tagOnly || verb.sourceSubject) && reading.type === 'unknown' && !reading.pronoun) || (verb.noObject && content.kind === 'object' && (!(grammar.figureVerbs.has(verb.base) && (figureObjectAt(tokens, content.at) || outcomeObjectAt(tokens, content.at))) || (grammar.tallyVerbs.has(verb.base) && statFigure(tokens, content.at))))) return
  // research verbs count with an authored document, or people with a that-clause, a finding's bare clause ("the panel found the state was in breach"), a quotation after a colon ("Fox concludes: “…”") or trailing (", Fox found.")
  // a cue trailing its content is set off from it: "…, Kim said." / "“…” Kim said." / "As Kim said, …"
  const before = tokens[open - 1]
  // ("As Obama faced criticism, one lawmaker took a moment to reassure him": the verb of "As Kim said, …" comes before the clause's comma)
  // (right after a word, before a verb of speaking that lasts, "as" is "while": "sat with his arms folded as Tran testified")
  const asTag = () => before.lower === 'as' && !(tokens[open - 2]?.word && grammar.whileSpeakingVerbs.has(verb.base)) && (isComma(tokens[src[1]]) || !tokens.slice(src[1], i).some((t) => isComma(t)))
  // ("…, a claim his lawyers dispute.": a noun of saying set off after the content, its speaker owned by a pronoun, trails it too)
  // (the comma may stand inside a quotation's closing mark: "…was “stable,” a claim Democrats disputed.")
  // (or a bare plural: ", charges he denies.")
  const claimNoun = () => (((isComma(tokens[open - 3]) || (isQuoteMark(tokens[open - 3]) && isComma(tokens[open - 4]))) && isDeterminer(tokens[open - 2])) || (isComma(tokens[open - 2]) && isPlural(before))) && (lexicon.speechNouns.has(before.norm) || grammar.rejectedNouns.has(before.lower))
  // (nor is a relative clause's verb: ", an Austin performer who testified at trial.", "The book, which she wrote in 2010, sold…")
  if (content.kind === 'trailing' && isRelative(tokens[i - 1]) && !listedBody(tokens, i - 1)) return
  // (its object gone ahead, what follows a comma after it is the main clause going on: "The book, which she wrote in 2010, sold well")
  const objectRelative = w(tokens, src[0] - 1) === 'which' || w(tokens, src[0] - 1) === 'whom'
  if (objectRelative && !afterQuote && (content.kind === 'trailing' || (content.kind === 'clause' && isComma(tokens[content.at - 1])))) return
  // ("…, or so the company claims.": a doubting tag after the content is its speaker's still)
  const orSo = () => before.lower === 'so' && w(tokens, open - 2) === 'or' && isPunct(tokens[open - 3], ',—–')
  // ("Shares fell, as investors had hoped for a bigger beat", "…, as traders expected a cut": a verb of thought with its own object
  // after "as" is no tag, "as" is "because"; not a time, "as analysts expected last month")
  const ownObject = () => !!next && (next.lower === 'for' || (verb.cls === 'thought' && (isDeterminer(next) || isFigure(next)) && !timeFollows(tokens, last + 1)))
  if (content.kind === 'trailing' && !leadIn && !(src[0] > 0 && (isPunct(before, ',;:—–(') || isQuoteMark(before) || (asTag() && !ownObject()) || before.lower === 'what' || (before.lower === 'how' && cleft(tokens, src, last)) || claimNoun() || orSo())) && !bareTag()) return
  // (a source's phrase alone before the comma is none of its content: "According to their friends, the couple had worried for months.")
  const first = firstWord(tokens)
  if (content.kind === 'trailing' && isComma(before) && w(tokens, first) === 'according' && w(tokens, first + 1) === 'to' && !tokens.slice(first, open - 1).some((t) => isPunct(t, ',;:'))) return
  // (a label of a word or three before a colon is no content: "Election night: Incumbent concedes in tight race", "Pat Caddell:
  // Democrat Voters Worried…")
  if (content.kind === 'trailing' && isPunct(before, ':') && src[0] - 1 - firstWord(tokens) <= 3 && tokens.slice(firstWord(tokens), src[0] - 1).every((t) => t.word)) return
  // a trailing tag's speaker opens with no participle and its object: ", beating Wall Street estimates.", ", topping the
  // company's forecasts." ("fundraising documents show." is a noun's modifier)
  const objectAfter = (t: Token | undefined) => !!t?.word && (t.cap || isDeterminer(t) || isPossessive(t) || normalised(t))
  if (content.kind === 'trailing' && !afterQuote && gerundLike(tokens[src[0]]) && objectAfter(tokens[src[0] + 1])) return
  // a subordinate clause alone before a speaker's purpose is no content: "As Obama faced criticism, one lawmaker took a moment to reassure him."
  if (content.kind === 'trailing' && !afterQuote && isTo(tokens, i - 1) && subordinateOpener(tokens, open - 1)) return
  // (a thought's topic after it is no trailing tag's: "As we reported last week, the mayor's office knew about the leak.")
  if (content.kind === 'trailing' && verb.cls === 'thought' && (w(tokens, last + 1) === 'about' || w(tokens, last + 1) === 'of')) return
  // a second verb after "and" needs content of its own: "a mix of idealism, pragmatism and hope."
  if (content.kind === 'trailing' && !afterQuote && (w(tokens, i - 1) === 'and' || w(tokens, i - 1) === 'or')) return
  // (trailing, the finder is someone or something authored: not "…, potent chemicals found in refrigerants.")
  if (verb.cls === 'research' && content.kind === 'trailing' && reading.type === 'unknown' && !reading.pronoun) return
  // (nor a thing of no known kind pointing at an outcome: "The appearance of the bill hinted at a compromise")
  if (verb.inference && content.kind === 'object' && isPreposition(tokens[content.at - 1]) && reading.type === 'unknown' && !reading.pronoun && !tokens[src[1] - 1].cap) return
  // (nor a person showing something by what they do: "…, as she showed in the early debates.")
  if (verb.cls === 'research' && content.kind === 'trailing' && reading.type === 'person' && grammar.conductVerbs.has(verb.base)) return
  // (or the clause after "As Phillip documented," as after a finding's verb; not what a person did: "As she showed last season, …")
  const asFinding = () => content.kind === 'clause' && w(tokens, open - 1) === 'as' && isComma(tokens[last + 1]) && asTag() && !grammar.conductVerbs.has(verb.base)
  if (verb.cls === 'research' && reading.type !== 'document' && !lexicon.documentNouns.has(tokens[headOf(tokens, src)].norm) && content.kind !== 'that' && content.kind !== 'relative' && content.kind !== 'trailing' && !(content.kind === 'quote' && (isPunct(tokens[last + 1], ':') || (isComma(tokens[last + 1]) && verb.form !== 'base'))) && !(content.kind === 'clause' && verb.form !== 'ing' && grammar.findingVerbs.has(verb.base) && findingClause(tokens, content.at)) && !asFinding()) return
  // commitments count with what was promised: "vowed to…", "pledged that…", "promised the plan would…", "“…,” he vowed."
  // ("The plant will reopen, the mayor promised." and "A new school, she vowed, would open" are set off by commas)
  if (verb.cls === 'commitment' && !['to', 'that', 'clause', 'relative', 'quote'].includes(content.kind) && !(content.kind === 'trailing' && (afterQuote || isComma(before)))) return
  // only speakers commit: "The debate promised to be a crucial moment", "the plan promises to cut costs" ("an impersonator who promises" is someone)
  const head = tokens[headOf(tokens, src)]
  if (verb.cls === 'commitment' && reading.type === 'unknown' && !reading.pronoun && !head.cap && !AGENT_ENDING.test(head.lower)) return

  // (the note may follow what the firm called something: "called the valuation “punchy” in a note", "described the data as messy in a note")
  const objectFirst = content.kind === 'object' || content.kind === 'quote' || grammar.describeVerbs.has(verb.base) || grammar.namingVerbs.has(verb.base)
  firmWork(tokens, src, i, reading, objectFirst)
  pluralOpener(tokens, src, i, verb, reading)
  // ("DTE disputes that.", "only 50 percent believe that.": "that" alone at the clause's end is what was said, a pronoun, not the cue's)
  const cueEnd = (content.kind === 'that' || content.kind === 'to') && content.at === last + 1 && !(content.kind === 'that' && isPunct(tokens[last + 2], '.;!?)')) ? last + 2 : last + 1
  // (a named outlet only: "the media considered him…" inside what Sanders said hands on no one's words)
  const outlet = (reading.type === 'media' || reading.type === 'state-media') && reading.kind === 'named'
  // (a relative clause's cue in a quoted sentence is no quotation's tag: "“…,” said Bob Smith, a farmer who has argued that prices are
  // too low." goes on in the next quotation with what Smith said)
  let p = i - 1
  while (isAuxiliary(tokens[p]) || isAdverb(tokens[p])) p--
  const quote = content.kind === 'quote' || (shape.quotes && !isRelative(tokens[p]))
  // ("Industry figures show that…": a noun of people and of data, before a verb of inference, is the data)
  const data = verb.inference && reading.kind === 'vague' && reading.type === 'anonymous' && lexicon.documentNouns.has(tokens[headOf(tokens, src)].norm)
  add(unowned ? { cue: [src[0], cueEnd], rule: 'hedge-phrase', quote } : { cue: [i, cueEnd], src, reading: data ? { ...reading, type: 'document' } : reading, rule, quote, channel: outlet })
  // ("Some Republicans, including Sen. Mitt Romney, said…": a member named of a group that speaks speaks on record too)
  if (reading.kind === 'vague' && !unowned) {
    for (const m of namedMembers(tokens, src[1], i)) {
      const read = readSource(text, tokens, m)
      // (members of a group of bodies are bodies, whatever their names look like: "Pharmacies including CVS and Walgreens")
      const r = read.type === 'person' && GROUP_TYPES.has(reading.type) && !isGivenName(tokens[m[0]]) ? { ...read, type: reading.type } : read
      if (r.kind === 'named' && !r.notSource && r.type !== 'unknown') add({ cue: [i, cueEnd], src: m, reading: r, rule, quote })
    }
  }
}

/**
 * The names set off after a group's phrase ending at `b` that lead its members, up to the cue at `i`: "Others, like bookstore owner
 * Sam Kline, said", "Some Republicans, including Sen. Mitt Romney and Sen. Susan Collins, said" (grammar memberLeads).
 */
function namedMembers(tokens: Token[], b: number, i: number): Range[] {
  // (past the group's relative clause: "Companies that adopted it, including Microsoft, reported…", "Residents who lived near it,
  // including Ana Ruiz, said…")
  if (w(tokens, b) === 'that' || w(tokens, b) === 'who') {
    let c = b + 1
    while (c < i && c - b < 9 && tokens[c].word) c++
    if (isComma(tokens[c])) b = c
  }
  // (the cue's auxiliary may follow the comma: "Several lawmakers, including Sen. Ron Wyden, have said…")
  let end = i - 1
  while (end > b && isAuxiliary(tokens[end]) && !tokens[end].cap) end--
  // (or no commas, the lead at `b` inside the group's phrase: "Pharmacies including CVS and Walgreens said…")
  const setOff = isComma(tokens[b])
  if (setOff ? !isComma(tokens[end]) : !tokens[end]?.word) return []
  const at = setOff ? b + 1 : b
  if (!setOff) end++
  const lead = leadWords(tokens, at)
  const start = lead ? at + lead : -1
  if (start < 0 || end - start > 15) return []
  const members: Range[] = []
  let k = start
  while (k < end) {
    const np = rightNP(tokens, k, end)
    // (a name, or one definite person or body by its noun: "Critics, among them the former chief inspector, say…")
    const head = np && tokens[np[1] - 1]
    if (!np || !head || !(head.cap || (w(tokens, np[0]) === 'the' && (personWord(head) || isOfficeNoun(head)) && !isPlural(head)))) return []
    members.push(np)
    k = np[1]
    if (isComma(tokens[k])) k++
    if (w(tokens, k) === 'and') k++
  }
  return members
}

/** The lead of a group's members named inside its phrase `src`, right after its plural noun: "including" in "Pharmacies including CVS and Walgreens"; else -1. */
function memberLead(tokens: Token[], [a, b]: Range): number {
  for (let k = a + 1; k < b - 1; k++) {
    const lead = leadWords(tokens, k)
    // (a name past its article too: "Critics including the Australian Human Rights Commission have warned…")
    if (lead && isPlural(tokens[k - 1]) && isSourceNoun(tokens[k - 1]) && tokens[k + lead + (w(tokens, k + lead) === 'the' ? 1 : 0)]?.cap) return k
  }
  return -1
}

/** The words of a lead of a group's members at `k`, one or two ("including", "such as"; grammar memberLeads), or 0. */
const leadWords = (tokens: Token[], k: number) => (grammar.memberLeads.has(w(tokens, k)) ? 1 : grammar.memberLeads.has(`${w(tokens, k)} ${w(tokens, k + 1)}`) ? 2 : 0)

/** A finding's bare clause at `j`, its subject then a finite verb: "found the state was in breach", "concluded there was", "found they could" (not "found someone he liked"). */
function findingClause(tokens: Token[], j: number): boolean {
  // (a finite verb or its negated contraction; not "without", "reluctant": "found them reluctant to…" is no clause)
  const finite = (k: number) => lexicon.clauseMarkers.has(w(tokens, k)) || (lexicon.negations.has(w(tokens, k)) && /n['’]t$/.test(w(tokens, k)))
  if ((grammar.bareSubjects.has(w(tokens, j)) || isSubjectPronoun(tokens[j])) && finite(j + 1)) return true
  const np = rightNP(tokens, j)
  if (!np || isIndefinite(tokens[j])) return false
  // a past form with an object of its own is the clause's verb ("found the drug reduced the risk"); one before a preposition, an adverb or the end is a participle ("found the room filled with smoke", "found the car abandoned", "found the hikers stranded and exhausted")
  const object = tokens[np[1] + 1]
  if (finite(np[1]) || (pastForm(tokens[np[1]]) && !!object?.word && !isPreposition(object) && !grammar.afterParticiple.has(object.lower) && !adverbLike(object) && !pastForm(object))) return true
  // the past of a verb that takes no object is no participle describing it: "found the drug worked", "concluded the virus spread
  // faster in winter"
  if (grammar.intransitivePasts.has(w(tokens, np[1])) && !grammar.afterParticiple.has(w(tokens, np[1] + 1))) return true
  // (a present verb after a singular noun, before its object, is the clause's: "found the dust contains iron", "found the drug
  // reduces the risk"; "found the stray dogs starved" and "found no evidence of the videos so far" have plurals)
  for (let m = np[0] + 1; m <= np[1]; m++) {
    const next = tokens[m + 1]
    if (presentVerb(tokens[m]) && !w(tokens, m - 1).endsWith('s') && !isDeterminer(tokens[m - 1]) && uncapped(next) && !pastForm(next) && !isPreposition(next)) return clauseFollows(tokens, j)
  }
  // nor is one the phrase ran on over ("found wages rose faster for the lowest paid"), nor a past spelt like a noun before its own
  // object ("found the vaccine cut deaths by half")
  for (let m = np[0] + 1; m < np[1]; m++) {
    const after = !isDeterminer(tokens[m - 1]) && !adverbLike(tokens[m - 1])
    if (after && (grammar.intransitivePasts.has(w(tokens, m)) || (grammar.pastsAlsoNouns.has(w(tokens, m)) && opensNP(tokens[m + 1])))) return true
  }
  return false
}

/** A contracted 's at `k` that is "has": after a person and before a participle that is no "said to" hedge ("who's argued", "she's said that"; not "it's said", "the mayor's said to be"). */
function perfectS(tokens: Token[], k: number): boolean {
  return w(tokens, k) === "'s" && !grammar.passiveBeforeS.has(w(tokens, k - 1)) && w(tokens, k + 2) !== 'to'
}

/** "in the view of X", "in the words of X", "in Bolton's view", "in his words": the cue, the holder, and the stance noun's index. */
function stanceHolder(tokens: Token[], i: number): { cue: Range; src: Range; noun: number } | undefined {
  if (w(tokens, i + 1) === 'the' && grammar.stanceNouns.has(w(tokens, i + 2)) && w(tokens, i + 3) === 'of') {
    const src = rightNP(tokens, i + 4)
    return src && { cue: [i, i + 4], src, noun: i + 2 }
  }
  // a possessor, then the noun at a mark: "in Professor Knittel's view,", "in his words." (not the author's "in my view", nor "in its own way")
  for (let k = i + 1; k < tokens.length && k <= i + 5 && tokens[k].word; k++) {
    if (!grammar.stanceNouns.has(w(tokens, k)) || k === i + 1) continue
    // (the noun alone is the cue, so cue and holder do not overlap)
    const owner = tokens[k - 1]
    const pronoun = isPossessive(owner)
    if (!(normalised(owner) || pronoun) || tokens[k + 1]?.word) return undefined
    return { cue: [k, k + 1], src: pronoun ? [k - 1, k] : [i + 1, k], noun: k }
  }
  return undefined
}

/** The owner of the figure or story after "by" at `i`: "by the Pentagon's count,", "by her own office's estimate,", "by his own account." (not the author's "by my count"). */
function countHolder(tokens: Token[], i: number): { cue: Range; src: Range } | undefined {
  for (let k = i + 2; k < tokens.length && k <= i + 6 && tokens[k].word; k++) {
    if (!grammar.countNouns.has(w(tokens, k))) continue
    // (the noun alone is the cue, so cue and owner do not overlap)
    const o = w(tokens, k - 1) === 'own' ? k - 2 : k - 1
    const owner = tokens[o]
    const pronoun = isPossessive(owner) && !grammar.firstPersonPossessives.has(owner.lower)
    if (o <= i || !(normalised(owner) || pronoun) || tokens[k + 1]?.word) return undefined
    return { cue: [k, k + 1], src: pronoun ? [o, o + 1] : [i + 1, o + 1] }
  }
  return undefined
}

/** "to say" after a name, a day, a venue or "way" is a purpose the subject carried out: "took to Twitter to say", "returned to the podium to say". */
function purposeInfinitive(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (!t?.word) return false
  // "waiting for Acme to report a profit": after "for", the phrase is the infinitive's own subject
  const np = t.cap ? leftNP(tokens, k) : undefined
  if (np && w(tokens, np[0] - 1) === 'for') return false
  return meansOf(tokens, k) && notYetPurpose(tokens, k)
}

/** Whether the phrase ending at `k` is a means the subject drew on: "pointed to a previous ruling", "used the rally" (grammar purposeMeans). */
function meansOf(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if ((t.cap && k > 0) || isTimeWord(t) || grammar.purposeBefore.has(t.lower) || grammar.purposeVenues.has(t.lower)) return true
  // (and then only before the verb's that-clause or quotation: "used a crude word to describe Cruz" says nothing of him)
  const np = w(tokens, k + 3) === 'that' || isQuoteMark(tokens[k + 3]) ? leftNP(tokens, k) : undefined
  if (!np) return false
  const verb = isPreposition(tokens[np[0] - 1]) ? np[0] - 2 : np[0] - 1
  return !!tokens[verb] && !tokens[verb].cap && grammar.purposeMeans.has(w(tokens, verb))
}

/** Whether no word of the clause before `k` makes its purpose not yet done, not done or imagined. */
function notYetPurpose(tokens: Token[], k: number): boolean {
  // not yet done, not done, or imagined: "is expected in Ohio on Friday to announce", "did not go on TV to say", "If she holds a news conference to say…"
  // (within the clause's last words: a bound that keeps a sentence of many purposes linear)
  for (let m = Math.max(0, k - 25); m < k; m++) if (grammar.notYetSaid.has(w(tokens, m)) || isNegation(tokens[m]) || lexicon.conditionals.has(w(tokens, m))) return false
  return true
}

/** The object before "to" at `k + 1` of a verb of causing: "led Republicans (to say)", "prompted him (to warn)". */
function causedSpeaker(tokens: Token[], k: number): Range | undefined {
  const np = leftNP(tokens, k)
  if (!np) return undefined
  // (a phrase reader runs on through a verb it does not know: "the timing of the debate led Republicans")
  for (let m = k - 1; m >= np[0]; m--) if (grammar.causatives.has(w(tokens, m)) && !tokens[m].cap) return [m + 1, k + 1]
  return grammar.causatives.has(w(tokens, np[0] - 1)) ? np : undefined
}

/** "The official, speaking on condition of anonymity, confirmed…": the comma at `c` closes an aside right after the sentence's opening noun phrase, its subject. */
function asideAfterSubject(tokens: Token[], c: number): boolean {
  // (an aside may be long: "The lawsuit, filed in Bronx Housing Court by the Legal Aid Society on behalf of 34 households, says…")
  let open = asideOpening(tokens, c, 20)
  // (a town's state set off inside it: "The complaint, filed in federal court in Oakland, California, claims…")
  if (open > 0 && tokens[open - 1].cap && tokens.slice(open + 1, c).every((t) => capped(t))) open = asideOpening(tokens, open, 20)
  const f = firstWord(tokens)
  if (open < 0 || open <= f || !tokens[open + 1]?.word || tokens[open + 1].cap) return false
  const np = leftNP(tokens, open - 1)
  return !!np && np[0] === f && np[1] === open
}

/**
 * Whether a name or a phrase naming a speaker at `k` closes the sentence, alone or with an apposition, a relative clause or a participle of saying after its
 * comma (", a researcher at the institute.", ", 71, a retired farmer.", ", who was not involved in the study.", ", adding that…"), and
 * no verb of its own after.
 */
function nameClosing(tokens: Token[], k: number): boolean {
  const lead = tokens[k]
  if (!lead?.word || !startsNP(lead)) return false
  const np = rightNP(tokens, k)
  if (!np || !(lead.cap ? affiliatedName(tokens, np) : closingSpeakerPhrase(tokens, np))) return false
  const e = tokens[np[1]]
  if (!e || isPunct(e, '.!?')) return true
  if (!isComma(e)) return false
  const next = tokens[np[1] + 1]
  // (or a participle of saying that goes on from the speaker: ", adding that…")
  if (uncapped(next) && cueVerb(next.lower)?.form === 'ing') return true
  // (an affiliation opens with its preposition: ", from the University of Leeds.")
  if (!next || !(isDeterminer(next) || isRelative(next) || grammar.affiliationPrepositions.has(next.lower) || isFigure(next) || (uncapped(next) && isPersonRole(next)))) return false
  // (not one whose apposition closes before the sentence's own verb: "…, said Smith, the clerk, had lied.")
  for (let m = np[1] + 2; m < tokens.length && m < np[1] + NAME_CLOSING_SPAN; m++) {
    if (isPunct(tokens[m], '.!?')) return true
    if (isComma(tokens[m]) && uncapped(tokens[m + 1]) && (pastForm(tokens[m + 1]) || isAuxiliary(tokens[m + 1]) || isCueWord(tokens[m + 1]))) return false
  }
  return false
}
const NAME_CLOSING_SPAN = 30
/**
 * A lowercase phrase that names who speaks: one headed by a role, an office, a document or an unnamed group (", says a new report
 * by the institute.", ", said officials."), or a role before a name (", said former mayor Ana Ortiz.").
 */
function closingSpeakerPhrase(tokens: Token[], np: Range): boolean {
  const head = tokens[headOf(tokens, np)]
  if (!head.cap) return speakingHead(head)
  let c = np[0]
  while (c < np[1] && !tokens[c].cap) c++
  return c > np[0] && (isPersonRole(tokens[c - 1]) || isTitleWord(tokens[c - 1])) && affiliatedName(tokens, [c, np[1]])
}

/** A run of capitalised words, alone or with its affiliation after a preposition: "Ana Ortiz", "Tom Reilly of the tenants union" (not "Clinton reached out…"). */
function affiliatedName(tokens: Token[], [a, b]: Range): boolean {
  let k = a
  while (k < b && capped(tokens[k])) k++
  return k === b || (k > a && grammar.affiliationPrepositions.has(w(tokens, k)))
}
/** A name at `k` set off by a comma before an auxiliary that goes on with the clause: "Ruiz, are what matter", "Lee, will rise". */
function nameBeforeVerb(tokens: Token[], k: number): boolean {
  let end = k
  while (capped(tokens[end])) end++
  return end > k && isComma(tokens[end]) && isAuxiliary(tokens[end + 1])
}

/** A head that names who speaks: a person's role, a body's office, a document or an unnamed group ("the report", "the union", "officials"). */
const speakingHead = (t: Token) => !t.cap && (isPersonRole(t) || isOfficeNoun(t) || isDocumentNoun(t) || isVagueNoun(t))

/** The comma that opens the aside closed by the comma at `c`, within `span` words and with no other mark between, or -1. */
function asideOpening(tokens: Token[], c: number, span = 12): number {
  for (let m = c - 1; m > 0 && c - m <= span; m--) if (!tokens[m].word) return isComma(tokens[m]) ? m : -1
  return -1
}

/** Where the relative clause ending at the comma `c` opens (its own comma), or -1: ", who was under questioning from the committee,". */
function relativeAsideStart(tokens: Token[], c: number): number {
  const m = asideOpening(tokens, c, 20)
  return m > 0 && isRelative(tokens[m + 1]) ? m : -1
}

/** "prompted Rubio to make a joke about yoga and (call…)": the caused speaker of the infinitive before the "and" at `k`, within a few words. */
function joinedCause(tokens: Token[], k: number): Range | undefined {
  for (let m = k - 2; m > 0 && k - m <= 10 && tokens[m].word; m--) if (w(tokens, m) === 'to' && tokens[m - 1]?.word) return causedSpeaker(tokens, m - 1)
  return undefined
}

/** The person a recording is of, named or a pronoun right before its participle: "footage of Hillary Clinton saying", "a clip of him telling". */
function recordedSpeaker(tokens: Token[], i: number): Range | undefined {
  let a = i - 1
  if (!isObjectPronoun(tokens[a])) while (a > 0 && i - a < 4 && tokens[a].cap && capped(tokens[a - 1])) a--
  const t = tokens[a]
  if (!t?.word || (!t.cap && !isObjectPronoun(t))) return undefined
  return w(tokens, a - 1) === 'of' && tokens[a - 2]?.word && lexicon.evidenceNouns.has(tokens[a - 2].norm) ? [a, i] : undefined
}

/** The document or outlet after "in" at `k - 1` that words are written in: "the report", "The New York Times" (not "recent days", not a person). */
/**
 * The speaker after "what" at `k` and their verb of saying's past or present form, past an auxiliary: "what two officials told…",
 * "what the company has said".
 */
/** "what he had to say", "what the minister has to say": the subject of a free relative whose have is at `k`, what that subject said. */
function whatHadTo(tokens: Token[], k: number): Range | undefined {
  if (!grammar.perfectAuxiliaries.has(w(tokens, k))) return undefined
  for (let m = k - 2; m >= 0 && m >= k - 6; m--) {
    if (w(tokens, m) !== 'what') continue
    const np = rightNP(tokens, m + 1)
    return np?.[1] === k ? np : undefined
  }
  return undefined
}

function whatSaid(tokens: Token[], k: number): { np: Range; verb: number } | undefined {
  const np = w(tokens, k) === 'what' ? rightNP(tokens, k + 1) : undefined
  if (!np) return undefined
  const at = isAuxiliary(tokens[np[1]]) ? np[1] + 1 : np[1]
  const verb = cueVerb(w(tokens, at))
  return verb && verb.form !== 'base' && verb.form !== 'ing' ? { np, verb: at } : undefined
}

/**
 * The document after "in" at `i` that a sentence standing for what came before says it was in: "This was contained in a statement
 * signed by…", "These were disclosed in a letter from the council" (its participle's place with it).
 */
function containedIn(text: string, tokens: Token[], i: number): { participle: number; np: Range; reading: SourceReading } | undefined {
  const participle = w(tokens, i - 1) === 'known' && w(tokens, i - 2) === 'made' ? i - 2 : i - 1
  if (!grammar.containedIn.has(w(tokens, i - 1)) || !BE.has(w(tokens, participle - 1))) return undefined
  // (the subject, the sentence's first word, stands for what was said: "This", "These", grammar viewSubjects)
  if (participle - 2 !== firstWord(tokens) || !grammar.viewSubjects.has(w(tokens, participle - 2))) return undefined
  const doc = writtenIn(text, tokens, i + 1)
  return doc && doc.reading.type === 'document' ? { participle, ...doc } : undefined
}

function writtenIn(text: string, tokens: Token[], k: number): { np: Range; reading: SourceReading } | undefined {
  const np = rightNP(tokens, k)
  const reading = np && readSource(text, tokens, np)
  return np && reading && !reading.notSource && reading.type !== 'unknown' && reading.type !== 'person' ? { np, reading } : undefined
}

/** Whether the comma at `c` closes the clause a subordinator opens at the start of the sentence ("When the storm hit, …"). */
function subordinateOpener(tokens: Token[], c: number): boolean {
  const f = firstWord(tokens)
  if (!isComma(tokens[c]) || !(isSubordinator(tokens[f]) || grammar.conditionOpeners.has(w(tokens, f)))) return false
  for (let k = f + 1; k < c; k++) if (!tokens[k].word) return false
  return true
}

/**
 * "how" within three words before `k`, or "what" or "which" and their noun, lowercase words between: "how many units | it", "how |
 * the company", "what price | it" (not a relative's "which", "on which | Trump pledged").
 */
function embeddedQuestion(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const t = tokens[q]
    if (!t.word || t.cap) return false
    if ((t.lower === 'how' || ((t.lower === 'what' || t.lower === 'which') && q < k - 1)) && q > firstWord(tokens)) return true
  }
  return false
}

/** The end of a person or a body addressed at `k` ("reporters", "the Times", "him"), or `k`. */
function addresseeEnd(tokens: Token[], k: number): number {
  const np = rightNP(tokens, k)
  const head = np && tokens[headOf(tokens, np)]
  return np && head?.word && (head.cap || addressee(head)) ? np[1] : k
}

/** The last word of the phrase `[a, b)` before an addressee after "to" that ends it ("a statement to reporters"), or of the phrase. */
function documentBefore(tokens: Token[], [a, b]: Range): number {
  for (let k = b - 2; k > a && b - k <= 4; k--) if (w(tokens, k) === 'to') return k - 1
  return b - 1
}

/** "issued a statement saying…", "sent out its letter warning…": the subject of the verb that put out the document ending at `j`, when it is a source. */
function issuerOf(text: string, tokens: Token[], j: number, subject: () => Range | undefined): Range | undefined {
  let d = j
  while (d > j - 4 && tokens[d - 1]?.word && !isArticle(tokens[d]) && !isPossessive(tokens[d])) d--
  const v = isParticle(tokens[d - 1]) ? d - 2 : d - 1
  if (!(isArticle(tokens[d]) || isPossessive(tokens[d])) || !grammar.documentIssuers.has(w(tokens, v))) return undefined
  const sub = subjectOf(tokens, v, subject)
  const r = sub && readSource(text, tokens, sub)
  return sub && r && !r.notSource && (r.type !== 'unknown' || r.pronoun) ? sub : undefined
}

/** Whether the verb at `i` is the first after the subject of a scene the sentence opens by setting up (grammar imaginedLeads). */
function imaginedScene(tokens: Token[], i: number): boolean {
  const first = firstWord(tokens)
  let open = w(tokens, first) === 'what' && w(tokens, first + 1) === 'if' ? first + 1 : first
  if (open < 0 || !grammar.imaginedLeads.has(w(tokens, open))) return false
  // ("Imagine if the president said…")
  if (w(tokens, open) !== 'if' && w(tokens, open + 1) === 'if') open++
  // (the phrase reader may take the -ing verb for its head: "Imagine the president saying…")
  const sub = rightNP(tokens, open + 1)
  if (!sub || (sub[1] !== i && !(sub[1] === i + 1 && sub[0] < i && w(tokens, i).endsWith('ing')))) return false
  // (the modal in the clause the condition leads to, past the comma that ends it, not in the words: "if Carson implied that he would
  // not…, he did not…" is a real condition)
  let comma = i + 1
  while (comma < tokens.length && !isComma(tokens[comma])) comma++
  return w(tokens, open) !== 'if' || open > first || tokens.slice(comma).some((t) => grammar.hypothetical.has(t.lower))
}

/** "the preacher whom Erdogan accuses of…", "those he accused of lying", "the referees Dube accused of…": the object stands before the verb's subject, so the verb is active. */
function objectMovedBefore(tokens: Token[], i: number): boolean {
  // (past auxiliaries: "the senator she has accused of…")
  const { at } = skipLeft(tokens, i - 1)
  // (after a plural only: "the coach Ferreira accused of…" may name coach Ferreira)
  const holder = relativeHolder(tokens, i)
  // (a pronoun that opens its clause has no object gone ahead of it: "He argued with the referee", "…, and she accused him of…")
  const before = tokens[at - 1]
  const opens = !before?.word || grammar.verbJoiners.has(before.lower) || isSubordinator(before) || isClauseBreaker(before)
  if ((isSubjectPronoun(tokens[at]) && !opens) || (holder && isPlural(tokens[holder[1] - 1]))) return true
  // ("so much so that some accounts linked to…": "that" after "so" or "such" opens a clause of result, no relative)
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (isRelative(tokens[k]) && w(tokens, k) !== 'which' && !(w(tokens, k) === 'that' && (w(tokens, k - 1) === 'so' || w(tokens, k - 1) === 'such'))) return tokens.slice(k + 1, at + 1).every((t) => t.word)
  // ("the fire, which the company blamed on…", "a fire the company blamed on…": a subject with its determiner between the noun and
  // the verb)
  const subject = leftNP(tokens, at)
  const lead = subject ? tokens[subject[0] - 1] : undefined
  return !!subject && isDeterminer(tokens[subject[0]]) && uncapped(lead) && (lead.lower === 'which' || !(isPreposition(lead) || isClauseBreaker(lead) || isAuxiliary(lead) || isCueWord(lead) || lexicon.lightVerbs.has(lead.lower) || pastForm(lead) || grammar.verbJoiners.has(lead.lower) || isRelative(lead) || isDeterminer(lead)))
}

/** "denied him entry", "denied Carter a photograph": a person, then a second object ("denied her claims" and "denied Kim lied" have one). */
function twoObjects(tokens: Token[], j: number): boolean {
  const second = (k: number) => isDeterminer(tokens[k]) || isPossessive(tokens[k])
  const t = tokens[j]
  if (!t?.word) return false
  // ("her" is a possessive too: only a determiner after it makes a second object)
  if (isObjectPronoun(t)) return t.lower === 'her' ? second(j + 1) : !!tokens[j + 1]?.word && w(tokens, j + 1) !== 'that'
  // (so does a person by a determiner and a noun for people: "denied the customer a loan")
  if ((isDeterminer(t) || isPossessive(t)) && tokens[j + 1]?.word && (addressee(tokens[j + 1]) || personNoun(tokens[j + 1])) && !isPlural(tokens[j + 1]) && second(j + 2)) return true
  // (a name, past its article and a lowercase word or two that describe it, and a family's noun: "deny insurgent Bernie Sanders the
  // nomination", "denied the Smith family a hearing")
  let k = isDeterminer(t) ? j + 1 : j
  while (k < j + 3 && uncapped(tokens[k]) && !isPreposition(tokens[k]) && !isClauseBreaker(tokens[k])) k++
  const name = k
  while (k < name + 3 && capped(tokens[k])) k++
  if (k > name && tokens[k] && personNoun(tokens[k])) k++
  return k > name && second(k)
}

/**
 * The state outlet a named speaker's words reached the article through, named beside the cue: "told state broadcaster IRIB", "in
 * an interview with Rossiya-1", "in comments carried by the Tasnim news agency" (SPEC §4 via: the speaker's attribution names it
 * as its channel, and the state-media flag counts it).
 */
function outletChannel(text: string, tokens: Token[], found: Found[], add: Add): void {
  // (most sentences name no state outlet and have no lead's first word: one look-up a word tells, before any phrase is matched)
  let named = false
  let leads = false
  for (let k = 0; k < tokens.length && !(named && leads); k++) {
    const l = w(tokens, k)
    named ||= lexicon.stateOutletWords.has(l)
    leads ||= lexicon.outletLeadWords.has(l)
  }
  if (!named || !leads) return
  for (let k = 0; k < tokens.length; k++) {
    const lead = lexicon.outletLeadWords.has(w(tokens, k)) ? lexicon.outletLeads.match(tokens, k) : undefined
    let np = lead && rightNP(tokens, k + lead.length)
    // (a state outlet's name or a generic one inside, looked up before the phrase is read: "told reporters" is most of them)
    if (!lead || !np || !stateOutletIn(tokens, np) || found.some((f) => f.src?.[0] === np![0])) continue
    // (the name ends before a setting: "told Reuters in a rare interview", "told CBS News on Super Tuesday"; not "the Times of India")
    for (let m = np[0] + 1; m < np[1]; m++) {
      if (isPreposition(tokens[m]) && !(w(tokens, m) === 'of' && tokens[m + 1]?.cap)) {
        np = [np[0], m]
        break
      }
    }
    // (a state outlet only, whose framing the state-media flag is for: "told Politico" is, in Politico's own copy, told us)
    const r = readSource(text, tokens, np)
    if (r.kind !== 'named' || r.type !== 'state-media') continue
    // (for named speakers only: "A source told state television…" rests on the source, which a named channel would make direct, SPEC §1 step 3)
    if (found.every((f) => f.src && (f.reading ?? readSource(text, tokens, f.src)).kind === 'named')) add({ cue: [k, k + lead.length], src: np, reading: r, rule: 'outlet-channel', channel: true })
    return
  }
}

/**
 * Whether an amount of grammar amountsAbout, then "about" and its topic, stands at `k`: "a lot about", "little about"; not the subject
 * of a clause said ("said much about the plan was unclear").
 */
function amountAbout(tokens: Token[], k: number): boolean {
  let phrase = w(tokens, k)
  for (let n = 1; n <= 3 && phrase; n++) {
    if (grammar.amountsAbout.has(phrase) && w(tokens, k + n) === 'about') {
      const topic = rightNP(tokens, k + n + 1)
      return !topic || !(clauseAt(tokens, topic[1]) || BE.has(w(tokens, topic[1])))
    }
    phrase += ` ${w(tokens, k + n)}`
  }
  return false
}

/** Whether a state outlet is named in `[a, b)`: "state broadcaster IRIB", "the Tasnim news agency", "state television", "state-run Al Ekhbariya TV". */
function stateOutletIn(tokens: Token[], [a, b]: Range): boolean {
  for (let k = a; k < b; k++) if (lexicon.outlets.match(tokens, k, b)?.value.state || lexicon.genericStateMedia.match(tokens, k, b)) return true
  return !!stateRunOutlet(tokens, [a, b])
}

/** Whether the one cited at `obj` is cited for an offence, its "for" inside the phrase read or after it: "the driver for speeding". */
function penaltyCited(tokens: Token[], [a, b]: Range): boolean {
  let k = a + 1
  while (k < b && w(tokens, k) !== 'for') k++
  if (w(tokens, k) !== 'for') return false
  for (let m = k + 1; m < k + 6 && tokens[m]?.word; m++) if (grammar.penaltyNouns.has(w(tokens, m)) || (m === k + 1 && gerundLike(tokens[m]))) return true
  return false
}

/** "SANA quoted a source as saying", "Kommersant, citing two sources, reported": a channel and its speaker. */
function relayCue(text: string, tokens: Token[], i: number, verb: CueVerb, subject: () => Range | undefined, add: Add): void {
  // (who cites: the sentence's subject for a participle, past a role and its name, else the verb's own)
  // (a share set off before the participle cites for its group: "received 142 letters, most citing traffic")
  const share = verb.form === 'ing' && isComma(tokens[i - 2]) && (isIndefinite(tokens[i - 1]) || isPartitive(tokens[i - 1]))
  const citer = (main?: () => Range | undefined) => share ? ([i - 1, i] as Range) : verb.form === 'ing' ? nameAfterRole(tokens, pastTradedSubject(tokens, subject(), i - 1)) : subjectOf(tokens, i, main)
  // ("declined to comment, citing “an ongoing investigation”", "voted to close the schools, citing “declining enrollment”": words
  // cited in quotation marks are the subject's own; not a title's, "cited “The Great Gatsby”")
  // (past an owner or an article too: "citing her “long experience”", "citing the “urgent need” for cuts")
  const q = verb.base !== 'refer' && (isPossessive(tokens[i + 1]) || isArticle(tokens[i + 1])) ? i + 2 : i + 1
  if (verb.takes === 'cited' && isQuoteMark(tokens[q]) && uncapped(tokens[q + 1])) {
    const sub = citer()
    if (sub) add({ cue: [i, i + 1], src: sub, rule: 'info-object', quote: true })
    return
  }
  let obj = rightNP(tokens, i + 1)
  if (!obj) return
  // (the phrase read stops at a percent sign: "citing a 14% drop in enrollment" goes on to its noun)
  if (tokens[obj[1]]?.text === '%') obj = [obj[0], rightNP(tokens, obj[1] + 1)?.[1] ?? obj[1] + 1]
  // "quoted her saying": the object, then its -ing verb of saying (not "her saying", a noun)
  if (verb.takes === 'quoted' && obj[1] - obj[0] >= 2 && ingCue(tokens, obj[1] - 1)) obj = [obj[0], obj[1] - 1]
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
    // ("the report said, referring to Gruenberg's predecessor, Sheila Bair, who…": after the verb the aside names a topic)
    const verbAfter = skipAdjuncts(tokens, obj[1] + 1)
    if (objReading.pronoun || !((i < 2 || isPunct(tokens[i - 2], ',(—–')) && isPunct(tokens[obj[1]], ',)—–')) || !isCueWord(tokens[verbAfter])) return
  }
  // ("declined to comment, citing the ongoing investigation": the reason for a refusal to speak, no source)
  if (verb.form === 'ing' && isComma(tokens[i - 1]) && refusedBefore(tokens, i - 1)) return
  if (verb.takes === 'cited' && !objReading.notSource && objReading.type === 'unknown' && objReading.kind === 'vague') {
    // "cited concerns about…", "citing supply problems": an informational object or a reason, supplied by the subject (not an act)
    const kind = objectKind(tokens, i + 1)
    if (kind && kind.kind !== 'act') {
      const sub = citer()
      if (sub) add({ cue: [i, Math.max(kind.end, headOf(tokens, obj) + 1)], src: sub, rule: 'info-object' })
    }
    return
  }
  if (objReading.notSource) return
  // ("cite the Dayton hospital for staffing violations", "cited the driver for speeding": a citation issued to someone for an
  // offence, a penalty, grammar penaltyNouns; "cited the ministry for its figures" still names a source)
  if (verb.takes === 'cited' && penaltyCited(tokens, obj)) return
  // "citing the storm", "cited his role as…": a reason or an example the subject gives is its claim, not a source;
  // "referred to the massacre" names a topic
  // ("citing falling passenger numbers", "citing strong sales figures": figures by their trend are the subject's reason)
  const objHead = headOf(tokens, obj)
  // (so is a market or the like by its trend, no one who speaks: "citing a cooling labor market")
  const trend = tokens.slice(obj[0], objHead).some((t) => grammar.trendModifiers.has(t.lower))
  // (and so is anything cited "as" a reason or an example: "citing trust as a factor", "cited the company as a model")
  const asNp = w(tokens, obj[1]) === 'as' ? rightNP(tokens, obj[1] + 1) : undefined
  const asReason = !!asNp && grammar.citedAsReasons.has(tokens[headOf(tokens, asNp)].lower)
  const reason = verb.takes === 'cited' && ((trend && ((objReading.type === 'document' && grammar.reasonFigures.has(w(tokens, objHead))) || (objReading.kind === 'vague' && !isPlural(tokens[objHead])))) || asReason)
  if ((objReading.type === 'unknown' || reason) && !objReading.pronoun) {
    // (nor is a reference quoted to the police: "call 101 quoting crime reference number 12/3456/24", "quoting log 1234")
    const sub = verb.base === 'refer' || (verb.base === 'quote' && tokens.slice(obj[0], obj[1] + 1).some((t) => /\d/.test(t.text))) ? undefined : citer(subject)
    if (sub) add({ cue: [i, obj[1]], src: sub, rule: 'info-object' })
    return
  }
  // "quoted Wassim Bouhlel, a Nice native, as saying": past an apposition
  let after = obj[1]
  if (isComma(tokens[after])) {
    let m = after + 1
    while (m < tokens.length && m < after + 10 && tokens[m].word) m++
    if (isComma(tokens[m]) && w(tokens, m + 1) === 'as') after = m + 1
  }
  // ("quoted the minister saying…" without "as")
  const saying = w(tokens, after) === 'as' && ingCue(tokens, after + 1) ? 2 : verb.takes === 'quoted' && ingCue(tokens, after) ? 1 : 0
  // "Frank quotes former adviser Alfred Kahn: “…”": the quotation follows a colon
  const colonQuote = isPunct(tokens[obj[1]], ':') && isQuoteMark(tokens[obj[1] + 1])
  // ("Kommersant, quoting two sources, reported…", "Quoting a senior official, Yonhap said…": set off, "quoting" relays as "citing"
  // does when an outlet is the sentence's subject; "Quoting Lincoln, the senator urged unity" only borrows the words)
  const outlet = () => {
    const sub = subject()
    const type = sub ? readSource(text, tokens, sub).type : undefined
    return type === 'media' || type === 'state-media'
  }
  // (or closing the sentence after the outlet's tag: "…, the Tasnim news agency reported, quoting a Guard commander.")
  const aside = verb.form === 'ing' && (isComma(tokens[i - 1]) || i === firstWord(tokens)) && (isPunct(tokens[obj[1]], ',.;') || obj[1] >= tokens.length) && outlet()
  if (verb.takes === 'quoted' && !saying && !colonQuote && !aside) return
  const rule = verb.takes === 'quoted' ? 'quoted-as-saying' : 'citing'
  const channel = verb.form === 'ing' ? undefined : subjectOf(tokens, i)
  if (channel) add({ cue: [i, i + 1], src: channel, rule, channel: true })
  add({ cue: saying ? [after, after + saying] : [i, i + 1], src: obj, reading: objReading, rule, relayed: true })
}

/** A past form whose adjuncts a verb of the sentence follows: "A study posted Tuesday suggests…", "a report posted online says…". */
function describedDocument(tokens: Token[], i: number): boolean {
  const k = skipAdjuncts(tokens, i + 1)
  return k > i + 1 && uncapped(tokens[k]) && (presentVerb(tokens[k]) || cueVerb(w(tokens, k))?.form === 'present')
}

/** Whether the clause before the comma at `comma` refuses to speak: "declined to comment", "refused to say why". */
function refusedBefore(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - 8 && tokens[k].word; k--) if (w(tokens, k) === 'to' && grammar.refusalVerbs.has(w(tokens, k - 1))) return true
  return false
}

/**
 * "a standard memory and thinking scale": an -ing form after "and" inside a phrase a determiner opens, before the noun they both
 * modify, is no participle.
 */
function nounsJoined(tokens: Token[], and: number, i: number): boolean {
  const after = tokens[i + 1]
  const objectLike = (x: string) => lexicon.determiners.has(x) || lexicon.pronouns.has(x) || grammar.objectPronouns.has(x) || lexicon.questionWords.has(x) || lexicon.prepositions.has(x) || lexicon.clauseMarkers.has(x)
  if (w(tokens, and) !== 'and' || !after?.word || after.cap || objectLike(after.lower)) return false
  for (let k = and - 1; k >= 0 && k >= and - 3; k--) {
    if (!tokens[k].word || tokens[k].cap || isParticle(tokens[k]) || isAdverb(tokens[k])) return false
    if (isDeterminer(tokens[k])) return k < and - 1
  }
  return false
}

/** A question opened by an auxiliary before its subject: "Will the mayor say…?", "Did the board tell staff…?", "But does he think…?". */
function yesNoQuestion(tokens: Token[]): boolean {
  let end = tokens.length - 1
  while (end > 0 && isQuoteMark(tokens[end])) end--
  if (tokens[end]?.text !== '?') return false
  // (past an interviewer's label, or any lead-in's colon: "Q: Did the state warn you?", "The choice facing voters: Do they see…?")
  const colon = tokens.findIndex((t) => t.text === ':')
  return opensYesNo(tokens, firstWord(tokens)) || (colon >= 0 && opensYesNo(tokens, colon + 1))
}

/** An auxiliary opening a question at `label`, past a linking word: "Did…", "But does he think…?" (a why-question takes what was said as given, so it stays a claim). */
function opensYesNo(tokens: Token[], label: number): boolean {
  const k = grammar.linkingOpeners.has(w(tokens, label)) ? label + 1 : label
  const first = tokens[k]
  return !!first && (first.cap || k > label) && !first.quoted && isAuxiliary(first)
}

/** "would share reconnaissance information": an information noun with nothing it is about ("shared information about the attack" has). */
function emptyContainer(tokens: Token[], np: Range): boolean {
  const head = headOf(tokens, np)
  return lexicon.containerNouns.has(w(tokens, head)) && !grammar.contentOpeners.has(w(tokens, head + 1)) && !grammar.contentOpeners.has(w(tokens, np[1])) && !isPunct(tokens[np[1]], ':')
}

/**
 * "Analysts at Bernstein said in a note", "Citi analysts said in a note", "In a study published in Nature, scientists at Yale
 * found…": a named firm's or institution's published work is on record (SPEC).
 */
function firmWork(tokens: Token[], [a, b]: Range, verb: number, reading: SourceReading, objectFirst: boolean): void {
  if (reading.kind !== 'vague') return
  // (a journal's authors, the journal named right after the verb: "Researchers reported in the journal Nature that…")
  // (or in the phrase the sentence opens with: "Writing in The Lancet, the authors warn…", "In a paper in Nature, researchers say…";
  // in an aside before the verb, "Researchers, writing in the journal Nature, said…"; in a paper after it, "said in a paper
  // published in Cell that…")
  const first = firstWord(tokens)
  const inJournal = (from: number, to: number) => tokens.slice(from, to).some((t, k) => t.lower === 'in' && journalAt(tokens, from + k + 1))
  if (grammar.journalAuthors.has(tokens[headOf(tokens, [a, b])].norm) && ((w(tokens, verb + 1) === 'in' && inJournal(verb + 1, verb + 6)) || inJournal(b, verb) || (first < a && isComma(tokens[a - 1]) && inJournal(first, a - 1)))) {
    reading.kind = 'named'
    reading.type = 'document'
    return
  }
  // (a case's lawyers in its papers: "Prosecutors said in court papers that…", "Lawyers for the family wrote in a filing…")
  if (grammar.caseParties.has(tokens[headOf(tokens, [a, b])].lower) && w(tokens, verb + 1) === 'in' && tokens.slice(verb + 2, verb + 6).some((t) => grammar.courtFilings.has(t.lower))) {
    reading.kind = 'named'
    reading.type = 'document'
    return
  }
  const at = tokens.slice(a, b).findIndex((t) => t.lower === 'at' || t.lower === 'from')
  const before = grammar.firmRoles.has(w(tokens, b - 1)) && b - a >= 2 && tokens.slice(a, b - 1).every((t) => t.text === '&' || (t.cap && !isDeterminer(t) && !grammar.marketNames.has(t.lower)))
  // (the firm may take its article, "scientists at the Okinawa Institute", and a word or two for its trade: "researchers at the
  // cybersecurity firm Eclipse Labs")
  let firm = at >= 0 && isArticle(tokens[a + at + 1]) ? a + at + 2 : a + at + 1
  if (firm > a + at + 1) for (let k = firm; k < firm + 3 && k < b && uncapped(tokens[k]); k++) if (isOfficeNoun(tokens[k]) && tokens[k + 1]?.cap) firm = k + 1
  if (!before && (at < 0 || !tokens[firm]?.cap)) return
  const published = (from: number) => w(tokens, from) === 'in' && tokens.slice(from + 1, from + 5).some((t) => grammar.publishedIn.has(t.norm))
  // (in the work after the verb, or past its object, not past a clause's subject and verb ("said the ministry had published it in a
  // report"); or in the one the sentence opens with before its subject)
  if (published(verb + 1) || (objectFirst && publishedAfter(tokens, verb, published)) || (first < a && published(first) && isComma(tokens[a - 1]))) {
    reading.kind = 'named'
    reading.type = 'organization'
  }
}

/** "in a note" after the verb at `verb`, within its clause: not past a comma or a clause's opener ("…, citing a report by the IMF"). */
function publishedAfter(tokens: Token[], verb: number, published: (from: number) => boolean): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 16; k++) {
    const t = tokens[k]
    if (!t.quoted && (isPunct(t, ',;:—–') || isRelative(t) || t.lower === 'that')) return false
    if (published(k)) return true
  }
  return false
}

/** A journal's name at `k`, past its article and the word "journal": "Nature", "the journal Science", "The New England Journal of Medicine". */
function journalAt(tokens: Token[], k: number): boolean {
  if (w(tokens, k) === 'the') k++
  if (w(tokens, k) === 'journal') k++
  // (no word past the end: "…, writing in" cut short)
  if (!tokens[k]) return false
  if (tokens[k].cap && lexicon.journals.has(w(tokens, k))) return true
  const outlet = lexicon.outlets.match(tokens, k)
  return !!outlet && !outlet.value.state
}

/** A quotation at `j`, or after one determiner: the name a naming verb gives ("called the “chained CPI”"). */
function namedRightAfter(tokens: Token[], j: number): boolean {
  // ("The campaign called her “a radical”": "her" before the quotation is the one called, an object)
  const k = isDeterminer(tokens[j]) && w(tokens, j) !== 'her' ? j + 1 : j
  return isQuoteMark(tokens[k]) && !!tokens[k + 1]?.quoted
}

// the last word of a figure: its number or its scale ("3 percent", "$2 billion")
const endsFigure = (t: Token | undefined) => !!t && (isFigure(t) || grammar.scaleWords.has(t.lower))

/** The number of a figure ending at `k`, past its scale ("3" of "3 percent", "2" of "$2 billion"), or -1 when none ends there. */
function figureNumber(tokens: Token[], k: number): number {
  const n = grammar.scaleWords.has(w(tokens, k)) ? k - 1 : k
  return isFigure(tokens[n]) ? n : -1
}

/**
 * The holders of a figure named by its noun, gone ahead of them in an apposition or after a preposition: "…, a figure the FBI has
 * cited in past cases" — "the FBI"; "…, an estimate officials released in May" — "officials"; "higher than the number the state
 * projected" — "the state". The verb has no object of its own; a noun that opens the sentence has a predicate of its own.
 */
function figureNounHolders(tokens: Token[], i: number, last: number): Range | undefined {
  // (no object of its own: an adjunct of time, place or manner may follow, "cited in past cases", "reported last year", "cited often")
  const after = tokens[last + 1]
  if (after && !isPunct(after, '.,;:)—–') && !isPreposition(after) && !isTimeWord(after) && !isTimeDeterminer(after) && !(uncapped(after) && adverbLike(after))) return undefined
  const end = skipLeft(tokens, i - 1).at
  // the holders, back to their article or to the figure's noun: "a figure the FBI…", "a number officials…"
  const back = (from: number) => {
    let a = from
    while (a > 0 && from - a < 3 && !isDeterminer(tokens[a]) && tokens[a - 1].word && !grammar.figureNouns.has(w(tokens, a - 1)) && !isRelative(tokens[a - 1]) && w(tokens, a - 1) !== 'and') a--
    return a
  }
  // (holders may be joined: "a figure federal officials and most actuaries dispute")
  let a = back(end)
  const joined = w(tokens, a - 1) === 'and' && a > 2 ? a - 2 : -1
  if (joined >= 0) a = back(joined)
  // (a relative pronoun may stand between: "a figure that the FBI…")
  const k = isRelative(tokens[a - 1]) ? a - 2 : a - 1
  if (!grammar.figureNouns.has(w(tokens, k)) || !isArticle(tokens[k - 1])) return undefined
  // (after a comma, a dash, a bracket or a preposition, an adverb between too: "…, roughly the number analysts expected")
  const edge = tokens[k - 2] && adverbLike(tokens[k - 2]) ? tokens[k - 3] : tokens[k - 2]
  if (!edge || !(isPunct(edge, ',(—–') || isPreposition(edge) || edge.lower === 'than')) return undefined
  // (not the figure noun's own complement, "the number of new users Twitter added", nor a noun it modifies, "the statistics office said")
  if (isPreposition(tokens[a]) || (a === end && !tokens[end].cap && !isPlural(tokens[end]) && (w(tokens, k).endsWith('s') || lexicon.massNouns.has(tokens[k].norm)))) return undefined
  const holder = (h: Token) => h.cap || personNoun(h) || isSourceNoun(h)
  return holder(tokens[end]) || (joined >= 0 && holder(tokens[joined])) ? [a, end + 1] : undefined
}

/**
 * The people whose estimate a figure is, in a relative clause with its object gone ahead:
 * "short of the 45,000 analysts had estimated", "below the $2.6 billion economists expected" — "analysts", "economists";
 * "the 0.6 percent economists polled by Reuters had expected" — "economists polled by Reuters";
 * "the 3 percent the central bank had expected" — "the central bank"; "the 4 inches meteorologists had forecast" — "meteorologists";
 * at the head of the sentence, "The $2 billion the ministry projected was never spent" — "the ministry".
 */
function figureHolders(tokens: Token[], i: number, last: number, verb: CueVerb): Range | undefined {
  if (verb.form === 'ing') return undefined
  // (a figure's noun gone ahead has holders whatever they did with it: "…, a figure officials and most actuaries dispute")
  const gap = figureNounHolders(tokens, i, last)
  if (gap || !grammar.figureVerbs.has(verb.base)) return gap
  const next = tokens[last + 1]
  // a figure that opens the sentence has its own predicate after the verb ("The 12 inches forecasters predicted never fell", "… predicted fell as snow")
  const subject = !!next?.word && (lexicon.be.has(next.lower) || isAuxiliary(next) || grammar.figureSubjectAdverbs.has(next.lower) || pastForm(next))
  if (next && !isPunct(next, '.,;:)') && !subject) return undefined
  const end = skipLeft(tokens, i - 1).at
  // the holders may carry the agent of their poll ("the 0.6 percent economists polled by Reuters had expected")
  let by = end
  while (by > end - 4 && by > 1 && tokens[by].word && w(tokens, by) !== 'by') by--
  const at = tokens[by]?.lower === 'by' && by < end && pastForm(tokens[by - 1]) && tokens[by - 2]?.word ? by - 2 : end
  // ("more than analysts had expected", "a steeper fall than economists had forecast": the standard a comparison takes is theirs;
  // "sooner than anyone had expected" is the writer's, grammar universalPronouns)
  let than = at
  while (than > at - 4 && tokens[than]?.word && !endsFigure(tokens[than]) && w(tokens, than) !== 'than') than--
  if (than < at && w(tokens, than) === 'than' && holds(tokens[at]) && !grammar.universalPronouns.has(w(tokens, at))) return [than + 1, end + 1]
  let k = at
  while (k >= 0 && at - k < 4 && tokens[k].word && !endsFigure(tokens[k]) && !isDeterminer(tokens[k]) && !isPreposition(tokens[k])) k--
  if (k === at || !tokens[k]) return undefined
  let from = k + 1
  // the holders may have their own determiner ("the 3 percent the central bank had expected");
  // a plural or a change ("growth", "increase") right after the figure is what it counts, not who holds it
  // ("the 4 inches meteorologists had forecast", "the 2,000 jobs analysts expected", "the 3 percent growth economists expected")
  const counted = lexicon.eventNouns.has(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1
  if (isDeterminer(tokens[k]) && endsFigure(tokens[counted])) [from, k] = [k, counted]
  else if (k + 1 < at && (/^[a-z]+s$/.test(tokens[k + 1].text) || lexicon.eventNouns.has(tokens[k + 1].norm))) from = k + 2
  let n = figureNumber(tokens, k)
  if (n < 0) return undefined
  if (CURRENCY.test(tokens[n - 1]?.text ?? '')) n--
  if (subject && n - 1 !== firstWord(tokens)) return undefined
  return isDefinite(tokens[n - 1]) && holds(tokens[at]) ? [from, end + 1] : undefined
}

const holds = (t: Token) => personNoun(t) || isSourceNoun(t)

