import { countryAt, cueVerb, grammar, lexicon, type CueVerb } from '../lexicon'
import { capped, isFigure, isQuoteMark, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isClauseBreaker, isArticle, isDocumentNoun, isGivenName, isOfficeNoun, isPersonRole, isPossessive, isCueWord, isIndefinite, isObjectPronoun, isRelative, isSubjectPronoun, isDefinite, isOrgWord, isTitleWord, isCompanyWord, isJoiner, isTimeDeterminer, isAdjunctPreposition, isPartitive, isSpelledNumber, isSubordinator, normalised } from '../segment/tokens'
import { pastQuantityLead, presentVerb, quoteWithin, skipAdjuncts } from './content'
import { addressee, adjectiveLike, adverbLike, aimObject, capitalRun, gerundLike, headOf, infinitive, isMonth, leftNP, listedBody, mannerAdverb, negationRaised, pastForm, plainNo, pastOrParticiple, personWord, rightNP, skipLeft, type Range } from './noun-phrase'
import { causeGroupName, isPlural, isSourceNoun, nameParticle, placeAt, stateOrCity, titleField, type SourceReading } from './sources'
import { BE, clauseAt, CURRENCY, DASHES, firstWord, isComma, isPunct, isTo, opensDescription, pastDateline, roleInitials, sentenceWord, speechFrame } from './words'

// Who a cue's words belong to: the subject before its verb (past asides, relative clauses and
// titles), the speaker after an inverted verb, and the sentence's main subject for a participle.

/** A party-and-state tag after a legislator's name: "R-S.C.", "D-Ore." */
const partyTag = (t: Token | undefined) => !!t?.word && t.text[1] === '-' && grammar.partyTags.has(t.text[0].toLowerCase()) && /^[A-Z]$/.test(t.text[2] ?? '')

/** A word of a personal name: capitalised but no party tag ("R-Ohio"), or inside the name a particle ("Bill de Blasio", "Abu Bakr al-Baghdadi"). */
const nameWord = (t: Token, inside: boolean) => t.word && ((t.cap && !partyTag(t)) || (inside && (nameParticle(t, true) || nameParticle(t, false))))

/** A phrase from its last article not after "of" ("released a marketing video", "in response to a letter"), unless `kept` says the article's phrase belongs to the one before. */
function fromLastArticle(tokens: Token[], np: Range, kept = (_d: number) => false): Range {
  for (let d = np[1] - 1; d > np[0]; d--) if (isArticle(tokens[d]) && w(tokens, d - 1) !== 'of' && !kept(d)) return [d, np[1]]
  return np
}

/**
 * A relative clause's speaker after the head `h` of its antecedent `np`, which says nothing: the people after its first preposition,
 * one phrase headed by people to the antecedent's end, read on or past a participle ("overriding objections from neighbors who
 * said…", "a list of endorsements from 95 retired generals and admirals who…", "a defeat for the teachers union, who…"); not an
 * infinitive's object, unless an adjective's ending says it is none, nor "into account both Democrats and…", two phrases.
 */
function speakerAfterPreposition(tokens: Token[], np: Range, h: number, speaks: (j: number) => boolean): Range | undefined {
  const onePhrase = (m: number) => (rightNP(tokens, m + 1)?.[1] ?? 0) >= np[1] || tokens.slice(m + 2, np[1]).every((x) => x.word && !isPreposition(x) && !isDeterminer(x))
  for (let m = h + 1; m < np[1] - 1; m++) if (isPreposition(tokens[m]) && !tokens[m].cap && !(infinitive(tokens, m) && !adjectiveLike(tokens[m + 1])) && onePhrase(m) && speaks(headOf(tokens, [m + 1, np[1]]))) return [m + 1, np[1]]
  return undefined
}

/** A capitalised participle that opens a sentence: "Speaking", "Writing". */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing$/u

/** The sentence's subject when `np` is the object of a participle's phrase right after it ("A legal opinion drafted for the project"). */
function participleObject(tokens: Token[], np: Range, main?: () => Range | undefined): Range | undefined {
  const participle = tokens[np[0] - 2]
  if (!main || !participle || participle.cap || !isPreposition(tokens[np[0] - 1]) || !pastOrParticiple(participle)) return undefined
  const m = main()
  return m && m[1] === np[0] - 2 ? m : undefined
}

/** The subject of the verb at `i`: the noun phrase before it, past auxiliaries, adverbs and a parenthesis. */
export function subjectOf(tokens: Token[], i: number, main?: () => Range | undefined): Range | undefined {
  const { at, negated } = skipLeft(tokens, i - 1)
  if (negated && !negationRaised(tokens, i)) return undefined
  // "…victims, many of whom say…", "two of whom said": a share of the people before, unnamed
  const share = tokens[at - 2]
  if ((w(tokens, at) === 'whom' || w(tokens, at) === 'which') && w(tokens, at - 1) === 'of' && share?.word && (isIndefinite(share) || isPartitive(share) || isFigure(share))) return [at - 2, at + 1]
  // "Most said", "More say", "…, and most expect": a quantifier that is also an adverb stands alone as the subject
  if (at < i - 1 && (at < 0 || !tokens[at].word || w(tokens, at) === 'and' || w(tokens, at) === 'but') && isIndefinite(tokens[at + 1]) && !adverbLike(tokens[at + 2])) return [at + 1, at + 2]
  if (at < 0) return undefined
  const t = tokens[at]
  // ", then said…": a second verb of the sentence's subject
  if (main && isComma(t) && w(tokens, at + 1) === 'then') return main()
  // "47% say": a share of those polled ("a drop in the jobless rate to 4.0% suggested…": after a preposition the figure is its
  // object, inside the subject, not those polled; "about 47% say" has a quantity's lead)
  if (t.text === '%' && isFigure(tokens[at - 1])) return isPreposition(tokens[at - 2]) && !grammar.quantityLeads.has(w(tokens, at - 2)) ? undefined : [at - 1, at + 1]
  if (t.word) {
    // "Having announced that he…, Judge Berman…", "Lee, having said that…, left": a perfect participle has the sentence's subject
    if (t.lower.endsWith('ing') && grammar.perfectAuxiliaries.has(t.lower)) return main?.()
    // "voters appeared more likely to say": a linking verb before the frame is not the subject
    if (at < i - 1 && !t.cap && t.lower !== 'on' && speechFrame(tokens, at)) return subjectOf(tokens, at, main)
    // a second verb of the same subject: "has not identified the victims, but said…"
    // (a verb inside the opening phrase, before the sentence's subject, is not that subject's: "In a year in which …, and vowed to…, Mrs. Clinton…")
    if ((t.lower === 'and' || t.lower === 'but' || (t.lower === 'then' && isComma(tokens[at - 1]))) && main) {
      const own = openingClauseSubject(tokens, at) ?? joinedClauseSubject(tokens, at)
      if (own) return own
      const m = apposedSpeaker(tokens, main())
      // ("Check your pay stubs and ask your employer…": a plain verb joined to an opening one before its object is an instruction's,
      // no one's; a name would take "asks")
      if (m && m[1] - m[0] === 1 && m[0] === firstWord(tokens) && cueVerb(w(tokens, i))?.form === 'base' && (isDeterminer(tokens[m[1]]) || isPossessive(tokens[m[1]]))) return undefined
      // ("There have been pointed references, such as when Cruz knocked Rubio and called him…": "there" says nothing; the clause's subject does)
      if (m && m[1] - m[0] === 1 && grammar.placeAdverbs.has(w(tokens, m[0]))) return subordinateSubject(tokens, at)
      return m && m[0] < at ? m : undefined
    }
    const speakers = relativeSubject(tokens, at)
    if (speakers) return speakers
    // ("…, the researchers noted, which could explain…": a relative after a tag is about what was said, no one)
    const tag = cueVerb(w(tokens, at - 2))
    if (t.lower === 'which' && isComma(tokens[at - 1]) && (tag?.form === 'past' || tag?.form === 'present') && !tokens[at - 2].cap && !lexicon.nounish.has(w(tokens, at - 2))) return undefined
    // ("a memo, dated March 3, which said…", "a poll, released Tuesday, that showed…": a document before a participle's aside set
    // off ahead of the relative; an aside naming an agent leaves the relative to it, "The poll, carried out by Gallup, which said…")
    if ((t.lower === 'that' || t.lower === 'which') && at === i - 1 && isComma(tokens[at - 1])) {
      let open = at - 2
      while (open > 0 && at - open <= 12 && tokens[open].word && w(tokens, open) !== 'by') open--
      const np = isComma(tokens[open]) && pastForm(tokens[open + 1]) && tokens[open - 1]?.word ? leftNP(tokens, open - 1) : undefined
      const head = np && tokens[headOf(tokens, np)]
      if (head && isDocumentNoun(head)) return fromLastArticle(tokens, np)
    }
    // "businesses that warn…", "a letter that argued…": a relative "that" after a noun stands for it
    // ("nothing that suggests…" names no one)
    // (a cue's form that is also a document's noun is that noun after "a": "an Oxfam report that found…")
    if (t.lower === 'that' && at === i - 1 && tokens[at - 1]?.word && (!isCueWord(tokens[at - 1]) || documentAfterArticle(tokens, at - 1)) && !isClauseBreaker(tokens[at - 1]) && !grammar.emptyObjects.has(w(tokens, at - 1))) {
      // from its last article: "released a marketing video that said" names the video
      // (a document's maker is not the relative's: "a 2023 report by the city auditor that found" names the report)
      const np = leftNP(tokens, at - 1)
      const made = (d: number) => w(tokens, d - 1) === 'by' && lexicon.documentNouns.has(tokens[headOf(tokens, [np![0], d - 1])].norm)
      if (!np) return undefined
      // ("a victory for labor unions that argued…": an event's relative, which no one says, is its object's, as with "who" below;
      // "a clause for workers that says…" is the clause's)
      const h = headOf(tokens, np)
      const says = (j: number) => (tokens[j].cap && !isTimeWord(tokens[j])) || isSourceNoun(tokens[j])
      // (so is a document's after a noun that is no source: "in the wake of polls that showed…", "the release of a report that found…")
      const document = (j: number) => isDocumentNoun(tokens[j])
      const held = !isSourceNoun(tokens[h]) && !document(h) ? speakerAfterPreposition(tokens, np, h, document) : undefined
      return (lexicon.eventNouns.has(tokens[h].norm) && speakerAfterPreposition(tokens, np, h, says)) || held || fromLastArticle(tokens, np, made)
    }
    const modified = relativeHolder(tokens, at)
    if (modified) return modified
    let np = leftNP(tokens, at)
    if (!np) return undefined
    // ("A study of patients treated between January and June found…": the second end of a range is no subject; the phrase holding it is)
    if (w(tokens, np[0] - 1) === 'and' && main) {
      for (let k = np[0] - 2; k >= 0 && np[0] - k <= 5 && tokens[k].word; k--) if (w(tokens, k) === 'between') return main()
    }
    // (nor a time after its preposition: "A review of deaths since the start of this year found…")
    if (main && lexicon.timeWords.has(tokens[np[1] - 1].lower) && (isPreposition(tokens[np[0] - 1]) || grammar.timePrepositions.has(w(tokens, np[0] - 1))) && !tokens[np[1] - 1].cap) {
      const m = main()
      return m && m[0] < np[0] ? m : undefined
    }
    // ("Officials speaking privately said…": the participle's adverb stays in the phrase it ends)
    if (np[1] - np[0] >= 2 && at + 1 < i && gerundLike(tokens[at]) && personWord(tokens[at - 1]) && tokens.slice(at + 1, i).every((x) => uncapped(x) && adverbLike(x))) np = [np[0], i]
    // ("A memo the agency sent to staff said…": the document before a relative clause of its definite maker speaks, the clause
    // identifying it, not the maker; "that" or "which" may open the clause)
    const noun = w(tokens, np[0] - 1) === 'that' || w(tokens, np[0] - 1) === 'which' ? np[0] - 2 : np[0] - 1
    const doc = isDefinite(tokens[np[0]]) && uncapped(tokens[noun]) && isDocumentNoun(tokens[noun]) && tokens.slice(np[0] + 1, np[1]).some((x) => grammar.identifying.has(x.lower)) ? leftNP(tokens, noun) : undefined
    // (from its last article: "in response to a letter the Sanders campaign sent the DNC alleging…" names the letter)
    if (doc) return fromLastArticle(tokens, doc)
    // "Supporters who came to Philadelphia say…", "the man who lived in the house said": the phrase ends a relative clause about the speaker
    // (not about a document, which the clause may identify: "a study that appeared in the BMJ found…" is left to the phrase)
    const pronoun = np[0] - 3
    const holderHead = tokens[pronoun - 1]
    if (isPreposition(tokens[np[0] - 1]) && pastForm(tokens[np[0] - 2]) && isRelative(tokens[pronoun]) && holderHead?.word && !isDocumentNoun(holderHead) && (isSourceNoun(holderHead) || personNoun(holderHead))) {
      const holder = leftNP(tokens, pronoun - 1)
      if (holder) return holder
    }
    // "A study that tracked 5,000 patients shows…", "Groups that have raised $1 million or more said…": the phrase ends a relative
    // clause with no subject of its own, about the speaker before it
    // (not an -ing form's subject, right before it: "a speech that included Trump vowing to…"; not a naming verb's, a participle after
    // its noun: "chains that appeared on … recently labeled “top secret”")
    const naming = grammar.namingVerbs.has(cueVerb(w(tokens, i))?.base ?? '')
    const relative = w(tokens, i).endsWith('ing') || naming ? undefined : relativeHolderBefore(tokens, np)
    if (relative) return relative
    // "A court document filed Thursday says": a participle whose time phrase was skipped ends the phrase, not the speaker
    // (an irregular one or a particle too: "A poll taken last week shows", "a report out Thursday says")
    // (not the "and" that joined it to one before: "A lawsuit filed in 2022 and unsealed last month alleges")
    if (at < i - 1 && np[1] - np[0] >= 2 && pastOrParticiple(tokens[at])) np = [np[0], w(tokens, at - 1) === 'and' || w(tokens, at - 1) === 'or' ? at - 1 : at]
    // "the referees Mr. Dube accused of…", "the rumours Lee denied": a plural noun, then a name, is the object moved before a relative clause's subject
    let name = at
    while (name > np[0] && tokens[name - 1].cap && tokens[name - 1].word) name--
    // (not a title's field before the name: "the head of sales Nick Clegg", "Meta's president of global affairs Nick Clegg")
    if (name > np[0] && tokens[at].cap && isPlural(tokens[name - 1]) && !grammar.nameParticles.has(w(tokens, name - 1)) && !titleField(tokens, name - 1)) return [name, at + 1]
    // "the kind of jurist many Republicans fear…", "the sort of deal some analysts say will fail": a quantified group right after a
    // common noun opens the relative clause's subject the same way
    for (let q = np[0] + 2; q < at; q++) {
      const before = tokens[q - 1]
      const noun = uncapped(before) && !isDeterminer(before) && !isPreposition(before) && !isClauseBreaker(before) && !isAdverb(before) && !adverbLike(before) && !adjectiveLike(before)
      if (grammar.groupQuantifiers.has(w(tokens, q)) && !tokens[q].cap && noun && isSourceNoun(tokens[at])) return [q, at + 1]
    }
    // "below the 95 percent experts say is needed", "the $5 billion analysts say it is worth": a share or a sum right before a
    // plural for people is the object gone ahead (a count of people is no split: "the 3 million residents say")
    for (let q = np[0] + 2; q <= at; q++) {
      // (the phrase read may open after the currency sign: "the $9 million appraisers said…")
      const share = w(tokens, q - 1) === 'percent' || w(tokens, q - 1) === '%' || (grammar.scaleWords.has(w(tokens, q - 1)) && tokens.slice(Math.max(0, np[0] - 1), q).some((x) => CURRENCY.test(x.text)))
      if (share && isPlural(tokens[at]) && isSourceNoun(tokens[at]) && tokens.slice(q, at + 1).every((x) => uncapped(x) && !isPreposition(x))) return [q, at + 1]
    }
    // "a step its founder said would calm investors", "a barrier his office claimed would stop floods": a possessive after a common
    // noun and its article opens the relative clause's subject the same way
    for (let q = np[0] + 2; q < at; q++) {
      if (isPossessive(tokens[q]) && isArticle(tokens[np[0]]) && tokens.slice(np[0] + 1, q).every((x) => uncapped(x) && !isPreposition(x)) && verbGap(tokens, i)) return [q, at + 1]
    }
    // "a plan officials say will fail", "a move critics called reckless": "a" goes with no plural, so it is the article of the noun the
    // relative clause is about, and the clause's subject follows that noun (not "a few critics", "a dozen residents", "a senator's aides")
    // (lowercase words up to the head, no preposition: "a pitch to New York voters", "a spokesman for committee Democrats" are one phrase)
    // ("a crowd police estimated at…": an office that speaks with no determiner is as plural as "officials")
    const plural = isPlural(tokens[at]) || grammar.bareOffices.has(w(tokens, at)) || (tokens[at].cap && /[^su]s$/.test(w(tokens, at)) && personWord(tokens[at]))
    const plain = (t: Token) => uncapped(t) && !/\d/.test(t.text) && !isPreposition(t) && !isIndefinite(t)
    // (a nation's adjective may stand before the plural: ", a pledge American officials said they did not trust", "U.S. officials")
    const national = (t: Token) => capped(t) && (lexicon.demonyms.has(t.lower) || /^(?:\p{Lu}\.){2,}$/u.test(t.text))
    // (the article may follow a preposition inside the phrase read: "hired guards at a cost officials estimated at…")
    let art = np[0]
    for (let k = at - 2; k > np[0] && art === np[0]; k--) if (w(tokens, k) === 'a' || w(tokens, k) === 'an') art = k
    const lead = tokens[art + 1]
    // (not a noun joined to the plural: "…, a teacher and residents said" are two speakers)
    // (described too, the singular "a" goes with before "and": "…, a medical source and local activists told AFP"; not "a plan
    // officials and lawmakers say will fail")
    const joinedOne = () => {
      for (let q = art + 2; q < at; q++) if (w(tokens, q) === 'and' || w(tokens, q) === 'or') return personWord(tokens[q - 1]) && !isPlural(tokens[q - 1])
      return false
    }
    if ((w(tokens, art) === 'a' || w(tokens, art) === 'an') && art + 2 <= at && plural && !joinedOne() && isSourceNoun(tokens[at]) && plain(lead) && !normalised(lead) && !lead.text.includes('-') && !isPartitive(lead) && !adjectiveLike(lead) && !isAdverb(lead) && tokens.slice(art + 2, at).every((t) => plain(t) || national(t))) return [art + 2, at + 1]
    // ("The man accused of the killing denied…", "A company fined by regulators said…": the phrase ends a participle's phrase about
    // the subject that opens the sentence, before a verb that is no noun's form; not an infinitive's, "threatened to make Kadzik testify",
    // nor a relative clause's name after its noun, "responded with the lawsuit Lynch announced")
    const by = w(tokens, np[0] - 1)
    const relativeName = tokens[at].cap && at > np[0] && !tokens[at - 1].cap && !isDeterminer(tokens[at - 1])
    // (the verb a finite one, no participle of its own: "…heard of letters from patients labelled as abusive"; nor a pronoun's, which
    // no participle follows: "He starred in a film by Ang Lee called “Hulk”"; an image's maker is read as a document's)
    const finite = !lexicon.nounish.has(w(tokens, i)) && !w(tokens, i).endsWith('ing') && w(tokens, i + 1) !== 'as' && w(tokens, i + 1) !== 'by' && !isQuoteMark(tokens[i + 1])
    if (finite && lexicon.prepositions.has(by) && by !== 'to' && !relativeName && pastForm(tokens[np[0] - 2]) && !tokens[np[0] - 2].cap && !BE.has(w(tokens, np[0] - 3))) {
      const outer = leftNP(tokens, np[0] - 3)
      const head = outer && tokens[outer[1] - 1]
      if (outer && head && outer[0] === firstWord(tokens) && outer[1] === np[0] - 2 && !lexicon.pronouns.has(head.norm) && !lexicon.evidenceNouns.has(head.norm)) return outer
    }
    // "a defeat President Obama believes to be the worst", "a plan Lee regards as reckless": the same after any common noun, when what it is held to be follows
    // ("a campaign Mr. Khan has called bigoted": after an article and its noun, a naming verb's complement too)
    const held = (w(tokens, i + 1) === 'to' && w(tokens, i + 2) === 'be') || w(tokens, i + 1) === 'as'
    // (or a lowercase word that ends the clause: "a move Tehran called illegal.")
    const next = tokens[i + 1]
    const calledSo = naming && cueVerb(w(tokens, i))?.form !== 'ing' && !!next && (adjectiveLike(next) || (uncapped(next) && !isPronoun(next) && !!tokens[i + 2] && !tokens[i + 2].word && !isQuoteMark(tokens[i + 2])))
    // ("a phrase Kyiv says means surrender", "a plan Mayor Ruiz says will save…": a verb after the cue whose subject went ahead as the
    // noun; not after a body's noun, its description: "the union Unite says…")
    if (name > np[0] + 1 && tokens[at].cap && isArticle(tokens[name - 2]) && !tokens[name - 1].cap && !personNoun(tokens[name - 1]) && (calledSo || (verbGap(tokens, i) && !isOfficeNoun(tokens[name - 1])))) return [name, at + 1]
    // (", a claim Manila denied.", ", an account Ortiz disputes.": a noun of saying set off after what was said, its speaker the name
    // after it, as "a claim his lawyers dispute" has its own phrase)
    // (names joined by "and" too: ", a charge Moscow and Pyongyang deny.")
    let names = name
    while (w(tokens, names - 1) === 'and' && capped(tokens[names - 2])) for (names -= 2; capped(tokens[names - 1]); ) names--
    if (names === np[0] + 2 && tokens[at].cap && isArticle(tokens[np[0]]) && (isComma(tokens[np[0] - 1]) || (isQuoteMark(tokens[np[0] - 1]) && isComma(tokens[np[0] - 2]))) && (lexicon.speechNouns.has(tokens[names - 1].norm) || grammar.rejectedNouns.has(w(tokens, names - 1)))) return [names, at + 1]
    // (not a name joined to another: "the drills, which Seoul and Washington describe as defensive")
    if (held && name > np[0] && tokens[at].cap && !tokens[name - 1].cap && w(tokens, name - 1) !== 'and' && w(tokens, name - 1) !== 'or' && !isTitleWord(tokens[name - 1]) && !personNoun(tokens[name - 1]) && !isSourceNoun(tokens[name - 1]) && !isPreposition(tokens[name - 1]) && !grammar.nameParticles.has(w(tokens, name - 1))) return [name, at + 1]
    // "In a Bloomberg interview Trump declared…", "At a rally in Ohio Kasich said…": an opening phrase written without its
    // comma ends where the speaker's name starts, past a place or an outlet that ends the phrase ("with CNN Sanders")
    // ("After the Republican seemed to…" is one phrase; a form that is also a noun is a verb here too, "In a CNN interview Trump
    // claims…": "in the wake of the New York Times report" keeps its outlet whole)
    const opener = firstWord(tokens)
    if (np[0] === opener + 1 && (isPreposition(tokens[opener]) || isAdjunctPreposition(tokens[opener])) && tokens[at].cap) {
      let r = at
      while (r > np[0] && capped(tokens[r - 1])) r--
      const lengths = [lexicon.outlets.match(tokens, r, at + 1), lexicon.places.regions.match(tokens, r, at + 1), lexicon.places.cities.match(tokens, r, at + 1), countryAt(tokens, r, at + 1)].map((m) => m?.length ?? 0)
      const before = Math.max(...lengths)
      if (r + before <= at && (r > np[0] || before > 0) && !isDeterminer(tokens[r + before - 1])) np = [r + before, at + 1]
    }
    // "The last man to mount a third-party race says": the phrase is the infinitive's object; its holder speaks
    if (infinitive(tokens, np[0] - 2) && !isDeterminer(tokens[np[0] - 1]) && tokens[np[0] - 3]?.word) {
      const holder = leftNP(tokens, np[0] - 3)
      const head = holder && tokens[headOf(tokens, holder)]
      if (holder && head && (personNoun(head) || head.cap || isSourceNoun(head))) np = holder
    }
    // "Officials in Texas, New Mexico and Arizona said": the last names of a list after a preposition are not the speaker
    const listEnd = tokens.slice(np[0], np[1]).some((x) => x.lower === 'and') ? np[0] - 1 : w(tokens, np[0] - 1) === 'and' ? np[0] - 2 : -1
    // (and "Officials in Texas, New Mexico and other states said": places listed before "and other …")
    const others = w(tokens, np[0]) === 'other' && w(tokens, np[0] - 1) === 'and' && tokens[np[0] - 2]?.cap ? nameBack(tokens, np[0] - 2) - 1 : -1
    if ((listEnd > 0 && isComma(tokens[listEnd]) && tokens[np[0]].cap) || others > 0) {
      let k = others > 0 ? others : listEnd
      let commas = 0
      while (k > 0 && np[0] - k < 12 && (isComma(tokens[k]) || (capped(tokens[k])) || w(tokens, k) === 'and')) if (isComma(tokens[k--])) commas++
      // ", and Nicklaus said" after one place joins two clauses; a list before ", and" has a comma of its own
      const list = others > 0 || listEnd === np[0] - 1 || commas > 1
      const head = list && isPreposition(tokens[k]) && tokens[k - 1]?.word ? leftNP(tokens, k - 1) : undefined
      // (not in an opening participle's phrase: "Speaking on Sunday, Bob and Mary Smith said", "Speaking to the BBC's Sunday with
      // Laura Kuenssberg, Work and Pensions Secretary Liz Kendall insisted")
      if (head && !OPENING_PARTICIPLE.test(tokens[firstWord(tokens)].text)) np = [head[0], np[1]]
    }
    // "Ruiz, Diaz and Lee said", "Dr. Lena Hart, Prof. Omar Said and Rev. Jo Banks wrote": names listed to open the sentence
    // speak together, past an opening phrase or a quotation as the sentence's subject is ("On Monday, Ruiz, Diaz, and Lee said")
    const joiner = w(tokens, np[0] - 1)
    if (tokens[np[0]].cap && (isComma(tokens[np[0] - 1]) || joiner === 'and' || joiner === 'or')) {
      const m = main?.()
      const open = m && m[1] === np[1] ? m[0] : firstWord(tokens)
      if (open < np[0] && listOpening(tokens, np[1], open) === open) np = [open, np[1]]
    }
    // "Ruiz, Diaz and other council members said", "On Monday, Ruiz, Diaz and others said": names listed to open the sentence's
    // subject before a group that joins them speak with it
    const m = tokens[np[0]].cap && isComma(tokens[np[0] - 1]) && joinsOthers(tokens, np) ? main?.() : undefined
    if (m && m[0] < np[0]) {
      let k = np[0] - 1
      while (k > m[0] && isComma(tokens[k])) {
        const name = nameBack(tokens, k - 1)
        if (name < m[0]) break
        k = name - 1
      }
      if (k + 1 === m[0]) np = [m[0], np[1]]
    }
    np = withTown(tokens, np, false)
    // what X said is a thing said, not an attribution ("contradicted what Trump said"), unless quoted after or a cleft ("That's what Lee said.")
    // (nor when a clause with its object gone ahead as "what" follows: "twice what the mayor said it would cost", "what Bradley said
    // she anticipated": the figure is theirs)
    if ((grammar.freeRelatives.has(w(tokens, np[0] - 1)) || grammar.freeRelatives.has(w(tokens, np[0]))) && !quoteWithin(tokens, i + 1) && !clauseAt(tokens, i + 1) && !cleft(tokens, np, i) && !namesWhat(tokens, i) && !gappedClause(tokens, i + 1)) return undefined
    // a lone lowercase word that names no speaker is not a subject ("helps explain why")
    const only = tokens[np[0]]
    // ("recalled him saying…": an object pronoun is the subject of the -ing form after it)
    const gerundSubject = isObjectPronoun(only) && w(tokens, i).endsWith('ing')
    if (w(tokens, i).endsWith('ing')) np = gerundObject(tokens, np)
    if (np[1] - np[0] === 1 && !only.cap && !isPronoun(only) && !gerundSubject && !isSourceNoun(only) && !isIndefinite(only) && !isFigure(only)) return undefined
    const rel = tokens[np[0]].lower
    // ("WHO said": a body's initials, not the relative)
    if (np[1] - np[0] === 1 && (rel === 'who' || rel === 'which' || rel === 'that') && !listedBody(tokens, np[0])) {
      // a relative pronoun stands for the noun phrase before it: "officials, who said…", "the study — which notes…", or
      // before an aside that a dash closes: "generals — most of whom had endorsed her — who cited…" (a typed "--" is two hyphens)
      let k = np[0] - 1
      if (isComma(tokens[k])) {
        k--
        // (past an age set off after a name: "said Umm Khaled, 44, who said she lost…")
        if (rel === 'who' && /^\d{1,3}$/.test(tokens[k]?.text ?? '') && isComma(tokens[k - 1]) && tokens[k - 2]?.word) k -= 2
      } else if (DASHES.has(tokens[k]?.text ?? '')) {
        const opening = asideOpening(tokens, k)
        k = opening >= 0 ? opening - 1 : k - (tokens[k].text === '-' && tokens[k - 1]?.text === '-' ? 2 : 1)
      }
      // "18% who say": a share of those polled
      if (tokens[k]?.text === '%' && isFigure(tokens[k - 1])) return [k - 1, k + 1]
      // ("support from those who said…": "those" is the people, whatever phrase it closes, or a share of them, "a majority of those")
      if (rel === 'who' && w(tokens, k) === 'those') return (w(tokens, k - 1) === 'of' ? leftNP(tokens, k) : undefined) ?? [k, k + 1]
      // (from a passive's agent on: "suits filed against social media companies by families who say…")
      let antecedent = k >= 0 && tokens[k].word ? leftNP(tokens, k) : undefined
      // (two nouns of one person joined, set off after a name: "said Bob Mulholland, a superdelegate and Clinton supporter who…")
      const joined = rel === 'who' && antecedent && w(tokens, antecedent[0] - 1) === 'and' ? leftNP(tokens, antecedent[0] - 2) : undefined
      if (joined && isArticle(tokens[joined[0]]) && isComma(tokens[joined[0] - 1])) antecedent = [joined[0], antecedent![1]]
      for (let m = antecedent ? antecedent[1] - 1 : -1; antecedent && rel === 'who' && m > antecedent[0]; m--) if (w(tokens, m) === 'by' && !pastForm(tokens[m - 1])) antecedent = [m + 1, antecedent[1]]
      // "who" stands for the person after a preposition: "the support of a retired general who suggested…",
      // "a damning reaction from President Obama, who called…"
      // (past a comma only: "a star anchor at Fox News who…" may be the anchor)
      const h = antecedent ? headOf(tokens, antecedent) : -1
      const head = antecedent ? tokens[h] : undefined
      // a word for people, unless capitalised inside a name ("Citizens for Trump"), is not what "which" stands for:
      // "Lawyers for the city, which argues…" is the city's
      const people = (j: number) => personWord(tokens[j]) && (!tokens[j].cap || j === firstWord(tokens))
      // ("a request by The Washington Post, which argued…": "which" for a body after a preposition)
      // (a place is no one "who" stands for: "the owner of the shop, a bakery in Leeds, who said…")
      const speaks = (j: number) => rel === 'who' ? (tokens[j].cap && !placeAt(tokens, j, j + 1) && !lexicon.places.capitals.match(tokens, j, j + 1)) || personNoun(tokens[j]) : !people(j) && (tokens[j].cap || isOfficeNoun(tokens[j]) || isDocumentNoun(tokens[j]))
      // (and, whatever the head, a body named in a phrase set off inside the antecedent: "The poll, carried out by Gallup, which said…")
      const comma = k < np[0] - 1
      let setOff = k - 1
      while (comma && antecedent && setOff > antecedent[0] && !isComma(tokens[setOff])) setOff--
      // (a body may be what "who" stands for, when named after a preposition: "a defeat for the teachers union, who said…", "a
      // coalition of labor unions who feared…")
      const speaksAfter = (j: number) => speaks(j) || (rel === 'who' && !tokens[j].cap && isOfficeNoun(tokens[j]))
      // (past a short phrase of where the people are: "political opponents on the left, who…", "voters in Iowa, who…")
      let last = k
      if (rel === 'who' && antecedent && !speaksAfter(k)) for (let m = k - 1; m > antecedent[0] && m >= k - 3; m--) if (isPreposition(tokens[m]) && personNoun(tokens[m - 1])) last = m - 1
      if (antecedent && head && (rel === 'who' || rel === 'which') && speaksAfter(last) && (!speaksAfter(h) || (comma && setOff > antecedent[0]))) {
        const from = speaksAfter(h) ? setOff : antecedent[0]
        // ("overriding objections from neighbors who said…", "criticism from Democrats and Republicans in Congress, who…": "who" after
        // a thing stands for the people after its first preposition: one phrase headed by people to the antecedent's end, read on or
        // past a participle, "a list of endorsements from 95 retired generals and admirals who…"; not an infinitive's object, nor "into
        // account both Democrats and…", two phrases)
        const people = rel === 'who' && !speaksAfter(h) && !lexicon.spokesNouns.has(tokens[h].norm) ? speakerAfterPreposition(tokens, antecedent, h, speaksAfter) : undefined
        if (people) return people
        for (let m = last - 1; m > from; m--) if (w(tokens, m) === 'of' || (comma && isPreposition(tokens[m]) && !tokens[m].cap)) return [m + 1, antecedent[1]]
      }
      // ("a manager at one of them, a Bristol marketing agency, who told me…": "who" after a thing set off as an apposition, with its
      // article, stands for the person the apposition follows)
      // (past a place after its preposition: "the owner of the shop, a bakery in Leeds, who said…")
      const thing = antecedent && isPreposition(tokens[antecedent[0] - 1]) && tokens[antecedent[0] - 2]?.word ? leftNP(tokens, antecedent[0] - 2) : antecedent
      if (thing && head && rel === 'who' && isArticle(tokens[thing[0]]) && !speaks(h) && !speaks(headOf(tokens, thing)) && isComma(tokens[thing[0] - 1]) && tokens[thing[0] - 2]?.word) {
        const person = leftNP(tokens, thing[0] - 2)
        if (person && personNoun(tokens[headOf(tokens, person)])) return person
      }
      // ("Businesses along the corridor, which warned…": a thing after a preposition, which says nothing, leaves the relative to the
      // body before the preposition, or with "who" the people: "Residents near the plant, who said…")
      if (antecedent && head && !speaks(h) && !personNoun(head) && isPreposition(tokens[antecedent[0] - 1])) {
        const outer = leftNP(tokens, antecedent[0] - 2)
        const by = outer && tokens[headOf(tokens, outer)]
        if (outer && by && !by.cap && (rel === 'who' ? personNoun(by) : isOfficeNoun(by))) return [outer[0], antecedent[1]]
      }
      // "which" never stands for people ("won among black voters, which describes much of the city"),
      // though it may for the body after them ("lawyers for the city, which argues…", above)
      if (head && rel === 'which' && people(h)) return undefined
      // "Trump is a serial liar, … and bully who has pledged…": "who" after a predicate noun stands for the subject
      if (antecedent && rel === 'who' && !head?.cap) {
        // (not "This is a man who said…": a demonstrative points elsewhere)
        const be = copulaBefore(tokens, antecedent[0])
        const subject = be >= 0 ? subjectOf(tokens, be, main) : undefined
        if (subject && !(subject[1] - subject[0] === 1 && grammar.bareSubjects.has(w(tokens, subject[0])))) return subject
      }
      // and a description set off after a name is the name's: "Megyn Kelly, a star anchor at Fox News who questioned…"
      return nameBeforeRole(tokens, antecedent)
    }
    return np
  }
  if (t.text === ')' || DASHES.has(t.text)) {
    // "Sen. John Cornyn (R-Texas) told…", "Many speakers — including Muslims, Jews — said…"
    // (read as the subject right before the aside is, so a body's name with its own commas comes whole: "A source at the Department
    // for Environment, Food and Rural Affairs (Defra) said")
    const open = asideOpening(tokens, at)
    return open >= 0 && tokens[open - 1]?.word ? subjectOf(tokens, open, main) : undefined
  }
  // ", citing “the magic of Trump,” said": an aside that ends inside a quotation, read from before its opening mark
  let from = at
  // a typewriter double ('') is two marks
  const mark = isQuoteMark(t) && isQuoteMark(tokens[at - 1]) ? at - 1 : at
  if (isQuoteMark(t) && isComma(tokens[mark - 1])) {
    from = mark - 2
    while (from >= 0 && at - from < 30 && !isQuoteMark(tokens[from])) from--
  }
  // ("An analysis of super PACs … since Jan. 1, 2015, shows": a date's year set off by its commas is no aside, when no comma before
  // it opens one: "Smith, who was born on June 4, 1961, said")
  if (isComma(t) && dateComma(tokens, at - 2) && !tokens.slice(Math.max(0, at - 45), at - 2).some((x) => isComma(x))) return subjectOf(tokens, at - 2, main)
  if (isComma(t) || (from < at && from >= 0)) {
    // ("Bret Stephens, who, after a long fight, said…", "Officials, who, as usual, declined to be named, said…": asides inside a
    // relative set off leave the verb after it the relative's)
    let c = isComma(t) ? at - 1 : 0
    while (c > 0 && at - c < 30 && !isPunct(tokens[c], ';:') && !((w(tokens, c) === 'who' || w(tokens, c) === 'which') && isComma(tokens[c - 1]))) c--
    if (c > 0 && at - c < 30 && isComma(tokens[c + 1])) return subjectOf(tokens, c + 1, main)
    // "Kim, 38, said" / "The official, who spoke on condition of anonymity, said"
    let list = false
    // (the comma before the verb may itself close a state after a town: "Trump, speaking at a rally in Wilmington, N.C., warned")
    const first = from === at && stateAfterTown(tokens, at) >= 0 ? at : from - 1
    // (and the apposition before it ends at the town: "Another delegate, Alan Pryce of Portland, Maine, explained")
    let close = at
    for (let k = first; k >= 0 && at - k < 45; k--) {
      if (isComma(tokens[k])) {
        const inner = tokens[k + 1]
        // a party and state after the name is part of it: "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said"
        if (partyTag(tokens[k - 1]?.text === '.' ? tokens[k - 2] : tokens[k - 1])) continue
        // so is an age: "Marley Anderson, 21, a junior from Las Vegas, said"
        if (/^\d{1,3}$/.test(tokens[k - 1]?.text ?? '') && isComma(tokens[k - 2])) continue
        // and a date's comma before its year: "The lawsuit, filed on March 3, 2024, claims"
        if (dateComma(tokens, k)) continue
        // and an adverb set off by commas: "Sanders, meanwhile, who has no such endorsements, said"
        const lone = tokens[k - 1]
        if (uncapped(lone) && isComma(tokens[k - 2]) && (isAdverb(lone) || adverbLike(lone) || grammar.leading.has(lone.lower))) continue
        // and a state after a town, with both its commas: "Harry Bond, 30, of Raleigh, N.C., who was polled, said";
        // a subject that ends with them is read whole ("Officials in Chappaqua, N.Y., speaking on condition of anonymity, said"),
        // one inside an aside or a relative clause is not ("Clinton, during a town hall in Columbus, Ohio, said")
        const state = stateAfterTown(tokens, k)
        if (state >= 0) {
          const town = leftNP(tokens, state - 1)
          const lead = town && tokens[town[0] - 1]
          // (a relative clause that is not set off ends at the state, and its holder speaks: "Residents who live in Flint,
          // Mich., said", "The woman who runs a diner in Ames, Iowa, said")
          const holder = town && relativeSubject(tokens, state - 1)
          if (holder) return [holder[0], k]
          // (a phrase that opens on a verb, or after a relative set off, is a clause's predicate, not a subject:
          // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said", "Ann Lee, who lives in Ames, Iowa, said")
          const predicate = !!town && (lead?.lower === 'who' || lead?.lower === 'which' || (pastForm(tokens[town[0]]) && !tokens[town[0]].cap && isPreposition(tokens[town[0] + 1])))
          const subject = town && !predicate && (!lead || (lead.word ? isClauseBreaker(lead) : !isComma(lead)))
          if (subject && town[0] < state - 1) return [town[0], k]
          if (k === at) close = state
          k = state
          continue
        }
        // a list inside the apposition ("secretary for population, refugees, and migration,"): its commas are not the subject's,
        // though people or bodies are listed ("deputy director for parks, schools, and transit,")
        // (not a participle's aside joined to the phrase: "A report commissioned by the council, and seen by AAP, found")
        const joined = !!inner && (inner.lower === 'and' || inner.lower === 'or')
        const joinedParticiple = joined && !!tokens[k + 2] && !tokens[k + 2].cap && pastOrParticiple(tokens[k + 2]) && isPreposition(tokens[k + 3])
        if (joined && !joinedParticiple) list = true
        if (list && !(tokens[k - 1]?.cap || grammar.parentheticalOpeners.has(inner.lower))) continue
        // "The three owners, Ruiz, Diaz, and Lee, said": people or firms listed by name after their word speak together;
        // names listed after any other word (places, mostly) leave the phrase before them the subject
        // ("Officials in three states, Ohio, Texas and Maine, said")
        const listed = tokens[k - 1]?.cap ? listedNames(tokens, k, close) : -1
        if (listed >= 0) {
          if (namesPeopleOrFirms(tokens[listed - 2])) return [listed, at]
          k = listed
          continue
        }
        // "Two Democrats, Ruiz and Diaz, said", "the campaign's chairman, John Podesta, said": the names in the apposition speak
        // (past a role written before them: "the team's owner, developer Raymond Kessler, said")
        const named = apposedName(tokens, k + 1, close)
        if (named >= 0) {
          // (not a document's author: "a study by a Russian sociologist, Mikhail Dmitriyev, concluded" is the study's finding;
          // the phrase is headed before its preposition: "One of the authors of the report, Ari Fleischer, said")
          // (from a that-clause's start: "Emails show that Vesta's compliance chief, Priya Shah, warned…")
          let m = k - 1
          while (m > 0 && k - m < 20 && tokens[m - 1].word && !(w(tokens, m - 1) === 'that' && isCueWord(tokens[m - 2]))) m--
          if (m === k - 1 && townOfBody(tokens, m)) m = leftNP(tokens, m - 2)?.[0] ?? m
          const h = headOf(tokens, [m, k])
          const head = tokens[h]
          // (a name right before the comma lists names, "Ruiz, Diaz and Lee", unless a role heads the phrase: "A spokesman for the
          // IDF, Lt. Col. Nadav Shoshani, told…")
          // (a full name, not one word: a place after a town is no speaker, "a nurse from Porto, Portugal, said")
          // (a capitalised "One" or "Another" alone counts one of a group, no name: "One, the Lepanto Institute, said")
          // ("NNPC, in a statement by its Chief Corporate Communications Officer, Olufemi Soneye, disclosed…": the name ends an aside
          // that a preposition opens after its own comma; the subject is before it)
          if (isPreposition(tokens[m]) && !tokens[m].cap && isComma(tokens[m - 1])) {
            k = m
            continue
          }
          const counted = m === k - 1 && grammar.singularQuantifiers.has(w(tokens, m))
          // ("Yaghi, who was born in Jordan and works at the University of California, Berkeley, said": a relative clause set off
          // before the name ends inside an institution's name, whose campus or place the name is; the clause's holder speaks)
          // (not an object's relative, whose own subject the name may be: "which Apple's chief executive, Tim Cook, called…")
          const verbNext = uncapped(tokens[m + 1]) && !isDeterminer(tokens[m + 1]) && !isPossessive(tokens[m + 1])
          const clause = (w(tokens, m) === 'who' || w(tokens, m) === 'which') && verbNext
          // ("The Health Secretary, Wes Streeting, said": a role in capitals after "the" is no name of a list)
          // ("Tesla's biggest rival in China, BYD, said": nor is a place that ends a lone thing's or person's phrase)
          const placeNamed = () => (countryAt(tokens, named, close)?.length ?? 0) === close - named || (stateOrCity(tokens, named, close)?.length ?? 0) === close - named
          const listed = tokens[k - 1]?.cap && !counted && !titledRole(tokens, [m, k]) && !(placedRole(tokens, [m, k]) && !placeNamed()) && (head.cap || !(personNoun(head) || isSourceNoun(head)) || close - named < 2)
          // ("a spokesperson for its owner, Ookla, said", "a spokesman for its parent company, Alphabet, said": a body's name set off
          // after the object of a person's preposition names the object; the person speaks, the phrase whole)
          if (!listed && !clause && bodyApposed(tokens, h, k, named, close)) return [leftNP(tokens, k - 1)?.[0] ?? m, at]
          // ("…, Ruiz and her husband, Tom, told the BBC": a name joined to the role the name set off names, both speak)
          const and = tokens.slice(m, k).findIndex((t) => t.lower === 'and')
          const joinedRole = tokens[m + and + 1]
          const pair = and > 0 && tokens.slice(m, m + and).every((t) => t.cap && !isDeterminer(t)) && !joinedRole.cap && (isPossessive(joinedRole) || isArticle(joinedRole)) && personWord(head)
          // ("Voters who backed the mayor, Tom Lee, said…": a name set off after a relative clause's object names that object; the
          // clause's holder speaks)
          const relative = tokens.slice(m + 1, k).findIndex((t) => t.lower === 'who' || t.lower === 'that')
          const holder = relative >= 0 && !tokens[m + 2 + relative]?.cap && !isDeterminer(tokens[m + 2 + relative]) ? leftNP(tokens, m + relative) : undefined
          if (holder && !listed && (personNoun(tokens[holder[1] - 1]) || isSourceNoun(tokens[holder[1] - 1]))) return [holder[0], holder[1]]
          if (!listed && !clause && !isDocumentNoun(head)) return [pair ? m : named, at]
        }
        const short = at - k <= 10
        // ("The message, sent to Mills and forwarded to Clinton, called…": an irregular participle too, "The trial, run in Britain in
        // 2022 by the group Four Day Week Global, found…")
        const opener = inner && (grammar.parentheticalOpeners.has(inner.lower) || isPreposition(inner) || ((/ed$/.test(inner.lower) || grammar.irregularPasts.has(inner.lower) || isJoiner(inner)) && !inner.cap))
        // the subject may carry a bracket before its apposition: "Ann Lee (D-Ore.), chairwoman of the panel, said"
        const end = tokens[k - 1]?.text === ')' ? openingBracket(tokens, k - 1) - 1 : k - 1
        if (inner && (short || opener || tokens[end]?.cap) && tokens[end]?.word) {
          if ((w(tokens, end) === 'and' || w(tokens, end) === 'but') && main) return main()
          // (a relative clause with "that", not set off, ends before the members named of its holder, which speaks: "Companies that
          // adopted it, including Microsoft, reported…", "the councils that have tried it, such as South Cambridgeshire, report…")
          const holder = grammar.memberLeads.has(inner.lower) || grammar.memberLeads.has(`${inner.lower} ${w(tokens, k + 2)}`) ? thatHolder(tokens, end) : undefined
          if (holder) return holder
          const np = datedBefore(tokens, end) ?? (townOfBody(tokens, end) ? leftNP(tokens, end - 2) : leftNP(tokens, end))
          // (a participle joined to the aside shows the phrase before it one too: "A legal opinion drafted for the project in May
          // 2012, and obtained by AP, concluded…" is the opinion's, the participle's object no speaker)
          const modifies = joinedParticiple && np ? participleObject(tokens, np, main) : undefined
          if (modifies) return modifies
          // "Scott Morris, a former official who is now a fellow at the Center, which works…, said": the phrase ends a relative
          // clause of an earlier one, whose subject speaks; read on back
          // (with no comma before it, the sentence's subject: "A man who lives near the plant, which closed, said")
          if (np && relativeBefore(tokens, np[0])) {
            if (!tokens.slice(0, np[0]).some((x) => isComma(x))) return main?.()
            k = np[0]
            continue
          }
          // ("Late on Friday, the union, which represents nurses, said": an adverb's phrase of time that opens the sentence is no
          // subject; the phrase after its comma is)
          const subject = apposedPair(tokens, outerName(tokens, nameBeforeRole(tokens, np && withTown(tokens, np, true))))
          if (!subject || subject[0] !== firstWord(tokens) || !grammar.phraseAdverbs.has(tokens[subject[0]].lower) || !isPreposition(tokens[subject[0] + 1])) return subject
          // (a time's: "Just over a quarter, 26 percent, say" is a share of those polled)
          let comma = subject[0] + 1
          let time = false
          for (; comma < k && !isComma(tokens[comma]); comma++) time ||= isTimeWord(tokens[comma])
          return comma < k && time ? rightNP(tokens, comma + 1) : subject
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
 * Whether the sentence opens with a name set off by commas up to the comma at `c`: "Benjamin J. Rhodes, one of the
 * president's closest aides, recalled…" has its subject there, so the verb after `c` tags nothing before it.
 */
export function nameSetOffBefore(tokens: Token[], c: number): boolean {
  const first = firstWord(tokens)
  const name = first >= 0 ? rightNP(tokens, first) : undefined
  if (!name || name[1] >= c || c - name[1] > 12 || !isComma(tokens[name[1]]) || sentenceWord(tokens, first, name[1]) || !capitalRun(tokens, first, name[1])) return false
  for (let k = name[1] + 1; k < c; k++) if (!tokens[k].word) return false
  return true
}

/**
 * Whether the comma at `c` closes a name set off after the phrase that opens the sentence or its that-clause, so the verb after it
 * has that subject: "A spokesperson for the Chinese Embassy, Liu Pengyu, said Beijing…" (not an inverted tag whose speaker follows).
 */
export function nameAfterSubject(tokens: Token[], c: number): boolean {
  let k = c - 1
  // (with the body the name is of: "The moderator, Lisa Sylvester of WPXI, pressed…")
  while (k >= 0 && tokens[k].word && (tokens[k].cap || ((isPreposition(tokens[k]) || isArticle(tokens[k])) && tokens[k + 1].cap))) k--
  if (k === c - 1 || !isComma(tokens[k]) || !tokens[k + 1].cap) return false
  let first = firstWord(tokens)
  // (or that opens a that-clause after a verb of saying or showing: "Emails show that Vesta's compliance chief, Priya Shah, warned…")
  let clause = false
  for (let m = k - 1; m > first && k - m <= 12; m--) {
    if (w(tokens, m) === 'that' && isCueWord(tokens[m - 1])) {
      first = m + 1
      clause = true
      break
    }
  }
  if (first < 0 || first >= k || (!tokens[first].cap && !clause)) return false
  for (let m = first; m < k; m++) if (!tokens[m].word || isAuxiliary(tokens[m]) || isCueWord(tokens[m])) return false
  return true
}

/** The name set off after a role that is the subject: "Carter's deputy chief of staff, Alan Reyes, resigned, saying…" → "Alan Reyes". */
export function nameAfterRole(tokens: Token[], src: Range | undefined): Range | undefined {
  if (!src || !isComma(tokens[src[1]]) || (tokens[src[1] - 1].cap && !titledRole(tokens, src) && !ownedRole(tokens, src) && !placedRole(tokens, src))) return src
  let close = src[1] + 1
  while (close < tokens.length && close - src[1] <= 8 && tokens[close].word) close++
  const named = isComma(tokens[close]) ? apposedName(tokens, src[1] + 1, close) : -1
  return named >= 0 ? [named, close] : src
}

/**
 * A role written with capitals after "the", as British news writes a minister's: "The Health Secretary, Wes Streeting, said"; or
 * as its initials: "Amazon's CEO, Andy Jassy, told…".
 */
const titledRole = (tokens: Token[], [a, b]: Range) =>
  // (an owner's too: "NHS England's National Medical Director, Stephen Powis, said")
  ((w(tokens, a) === 'the' || isPossessive(tokens[a]) || tokens.slice(a, b - 1).some((t) => t.word && normalised(t))) && b - a >= 2 && (isPersonRole(tokens[b - 1]) || (isPersonRole(tokens[a + 1]) && w(tokens, a + 2) === 'of') || titleBeforeWhom(tokens, [a, b]))) ||
  (b - a >= 2 && roleInitials(tokens[b - 1])) ||
  // (a fellow's: "His fellow Californian, Sen. Laphonza Butler, said", "A fellow Democrat, Sen. Joe Manchin, said")
  (b - a === 3 && w(tokens, a + 1) === 'fellow' && (isArticle(tokens[a]) || isPossessive(tokens[a])))

/** A role in capitals, then whom or what it serves: "The Special Adviser to the President on Information and Strategy", "The Director of Public Prosecutions in Lagos State". */
const titleBeforeWhom = (tokens: Token[], m: Range) => {
  const role = (k: number) => k > m[0] && tokens[k].cap && (isPersonRole(tokens[k]) || isTitleWord(tokens[k])) && isPreposition(tokens[k + 1])
  return role(m[0] + 1) || role(headOf(tokens, m))
}

/** One person's lowercase role whose phrase ends with whom they serve: "A spokesman for Dalton", "an aide to Mayor Ruiz". */
const ownedRole = (tokens: Token[], m: Range) => {
  const h = headOf(tokens, m)
  const head = tokens[h]
  return !head.cap && !isPlural(head) && (isPersonRole(head) || lexicon.spokesNouns.has(head.norm)) && (w(tokens, h + 1) === 'for' || w(tokens, h + 1) === 'to')
}

/** One lowercase thing's or person's noun whose phrase ends with where it is: "Tesla's biggest rival in China" (not "Officials in Texas"). */
const placedRole = (tokens: Token[], m: Range) => {
  const h = headOf(tokens, m)
  return !tokens[h].cap && !isPlural(tokens[h]) && w(tokens, h + 1) === 'in' && h + 2 < m[1]
}

/** Where the apposition holding the name at `name` opens: at a role written before the name (", retired teacher Alma Ruiz,"), or `name`. */
export function appositionStart(tokens: Token[], name: number): number {
  for (let k = name - 1; k >= 0 && name - k <= 5; k--) if (isComma(tokens[k])) return pastRole(tokens, k + 1, name + 1) === name ? k + 1 : name
  return name
}

/**
 * The name set off by commas right after a subject phrase, which speaks as it does for the first verb ("His lawyer, Maria
 * Costa, called the charges baseless and said…"), or the phrase (not a document's author, nor names listed: "Ruiz, Diaz").
 */
function apposedSpeaker(tokens: Token[], m: Range | undefined): Range | undefined {
  if (!m || !isComma(tokens[m[1]]) || (tokens[m[1] - 1].cap && !titledRole(tokens, m) && !ownedRole(tokens, m)) || lexicon.documentNouns.has(tokens[headOf(tokens, m)].norm)) return m
  for (let k = m[1] + 2; k < tokens.length && k <= m[1] + 9; k++) {
    if (!tokens[k].word && tokens[k].text !== '.') {
      const named = isComma(tokens[k]) ? apposedName(tokens, m[1] + 1, k) : -1
      // (a name that names the object of the person's preposition leaves the person the speaker: "A spokesperson for the prime
      // minister, Keir Starmer, declined to comment and said…")
      return named < 0 ? m : bodyApposed(tokens, headOf(tokens, m), m[1], named, k) ? [m[0], k] : [named, k]
    }
  }
  return m
}

/**
 * Whether the name at `[named, close)` set off after the comma at `k` is a body's and names the common noun right before the comma,
 * the object of a preposition after the person at `h`: one word that is no given name, or a name ending with a body's word.
 */
function bodyApposed(tokens: Token[], h: number, k: number, named: number, close: number): boolean {
  const object = tokens[k - 1]
  // (the person's noun may open the sentence with its capital: "Lawyers for the developer, Gulfwind Energy, said")
  const person = personNoun(tokens[h]) || (h === firstWord(tokens) && personWord(tokens[h]))
  // ("A spokeswoman for the Treasurer, Jim Chalmers, said": an unnamed spokesperson's, a name set off after a person's role names
  // that person; "The spokesman for the governor, Tim Allen," may name the spokesman)
  if (lexicon.spokesNouns.has(tokens[h].norm) && isArticle(tokens[h - 1]) && w(tokens, h - 1) !== 'the' && object?.word && personWord(object) && tokens.slice(h + 1, k - 1).some((t) => isPreposition(t))) return true
  if (!(person || lexicon.spokesNouns.has(tokens[h].norm)) || !object?.word || object.cap || !tokens.slice(h + 1, k - 1).some((t) => isPreposition(t))) return false
  // ("Allies of the chancellor, Rachel Reeves, said", "Lawyers for the former mayor, Eric Adams, said": one name is no plural's; set
  // off after a person's role a plural's preposition takes, it names that person; names joined may be the plural's, "Lawyers for
  // the family, Ben Crump and Tom Lee,", and a relative clause's object is left to its holder, "Voters who backed the mayor, Tom Lee,")
  const one = !tokens.slice(named, close).some((t) => t.lower === 'and' || t.text === '&') && !tokens.slice(h + 1, k).some((t) => t.lower === 'who' || t.lower === 'that')
  if (one && person && isPlural(tokens[h]) && personWord(object) && !isPlural(object)) return true
  const last = tokens[close - 1]
  return (close - named === 1 && !isGivenName(last)) || lexicon.organizationWords.has(last.lower) || isCompanyWord(last) || listedBody(tokens, close - 1)
}

/** A lowercase preposition inside a body's own name: "the Council on Foreign Relations", "Parents of Murdered Children". */
const namePreposition = (t: Token) => uncapped(t) && (grammar.bodyNamePrepositions.has(t.lower) || grammar.groupNamePrepositions.has(t.lower))

/**
 * Where a name set off by commas between `from` and `at` opens, or -1: a person's ("John Podesta", past a role: "developer
 * Raymond Kessler"), or a body's, led by "the" and joined by small words ("the Food and Drug Administration", "Parents for Safe Schools").
 */
export function apposedName(tokens: Token[], from: number, at: number): number {
  const named = pastRole(tokens, from, at)
  const first = named === from && w(tokens, from) === 'the' ? from + 1 : named
  // (one role word after "the" is a description, no name: "The man, the Democrat, said")
  if (!tokens[first]?.cap || !nameWord(tokens[at - 1], at - 1 > first) || (first > named && at - first === 1 && personWord(tokens[first]))) return -1
  // (a body's name joins its capitalised words with "of", "for", "on", "and", and an article after them, never at its ends: "Citizens for a Sound Economy")
  let joined = false
  for (let n = first; n < at; n++) {
    const x = tokens[n]
    if (nameWord(x, n > first) || x.lower === 'and') continue
    // a person's full name, then where the person works: "Andrea Solis of the nonprofit RAICES", "Mark Dyer of Dyer & Lowe"
    if (!joined && n - first >= 2 && n - first <= 3 && grammar.affiliationPrepositions.has(x.lower) && (first > named || isGivenName(tokens[first])) && affiliation(tokens, n + 1, at)) return named
    if (!(namePreposition(x) || (isArticle(x) && namePreposition(tokens[n - 1])))) return -1
    joined = true
  }
  // (a person's name is short; a body's may be longer)
  return at - first <= (first > named || joined ? 8 : 6) ? named : -1
}

/** Whether the words from `from` to `at` name a place of work or origin: a few words, one of them a name ("the nonprofit RAICES", "Dyer & Lowe"). */
function affiliation(tokens: Token[], from: number, at: number): boolean {
  if (at - from > 7) return false
  for (let n = from; n < at; n++) if (!tokens[n].word && tokens[n].text !== '&') return false
  return tokens.slice(from, at).some((t) => t.cap)
}

/** A name of one to four words ending at `end`, read back: where it opens, or -1. */
function nameBack(tokens: Token[], end: number): number {
  let n = end
  while (n >= 0 && end - n < 4 && nameWord(tokens[n], n < end && tokens[n - 1]?.cap === true)) n--
  return n < end && tokens[n + 1].cap ? n + 1 : -1
}

/**
 * Where a list of three or more names set off by commas opens, when the comma at `k` is one of its own and a lowercase
 * word stands before the list ("The three owners, Ruiz, Diaz, and Lee,", "The plaintiffs, Smith, Jones and Patel,"), or
 * the list opens at `open` with no word of its own before it ("Ruiz, Diaz and Lee said", ", said Ruiz, Diaz and Lee."); else -1.
 */
function listedNames(tokens: Token[], k: number, close: number, open = -1): number {
  // the last of them, after "and" or "or": "and Lee", "Jones and Patel"
  const last = nameBack(tokens, close - 1)
  if (last < 0) return -1
  const joiner = w(tokens, last - 1)
  if (joiner !== 'and' && joiner !== 'or') return -1
  // and what else stands after the comma at `k`: nothing ("Diaz, and Lee", a serial comma) or one name ("Smith, Jones and Patel")
  let count = last - 2 === k ? 1 : nameBack(tokens, last - 2) === k + 1 ? 2 : 0
  if (!count) return -1
  for (let c = k - 1; c >= 0; ) {
    const start = nameBack(tokens, c)
    if (start < 0) return -1
    // (not from a word that opens any sentence: "Later, Okoye, Diaz and Lee said", "Monday, Ruiz, Diaz and Lee said")
    // (a body's name with commas in it, after its article: "The Retail, Wholesale and Department Store Union said")
    const article = open < 0 ? -1 : start === open && w(tokens, start) === 'the' ? start : start - 1 === open && w(tokens, open) === 'the' ? open : -1
    if (article >= 0) return count >= 2 && isOrgWord(tokens[close - 1]) ? article : -1
    if (start === open) return count >= 2 && !sentenceWord(tokens, start, c + 1) && !isTimeWord(tokens[start]) ? start : -1
    if (!isComma(tokens[start - 1])) return -1
    count++
    const head = tokens[start - 2]
    if (uncapped(head)) return count >= 3 ? start : -1
    c = start - 2
  }
  return -1
}

/**
 * Where a list of three or more names that opens at `first` ends, or -1, read forward to the last name: after a comma that
 * sets it off (", said the three owners, Ruiz, Diaz, and Lee.") or, when `bare`, right after the verb (", said Ruiz, Diaz and Lee.").
 */
export function namesListedAfter(tokens: Token[], first: number, bare = false): number {
  let close = first
  while (close < tokens.length && close - first < 30 && (nameWord(tokens[close], true) || isComma(tokens[close]) || w(tokens, close) === 'and' || w(tokens, close) === 'or')) close++
  while (close > first && !tokens[close - 1].cap) close--
  return listOpening(tokens, close, bare ? first : -1) === first ? close : -1
}

/**
 * Where the aside that the bracket or dash at `close` ends opens: the index of its "(" or dash, the first hyphen of a typed
 * "--" (two hyphens), or -1.
 */
function asideOpening(tokens: Token[], close: number): number {
  const mark = tokens[close].text
  const open = mark === ')' ? '(' : mark
  const double = mark === '-' && tokens[close - 1]?.text === '-'
  for (let k = close - (double ? 2 : 1); k >= 0 && close - k < 40; k--) if (tokens[k].text === open) return double && tokens[k - 1]?.text === '-' ? k - 1 : k
  return -1
}

/** Whether `np` joins others to a name: "Diaz and other council members", "Rao and others". */
function joinsOthers(tokens: Token[], [a, b]: Range): boolean {
  for (let m = a + 1; m < b - 1; m++) if (w(tokens, m) === 'and' && (w(tokens, m + 1) === 'other' || w(tokens, m + 1) === 'others')) return true
  return false
}

/** Where a list of three or more names that ends at `close` opens (see `listedNames`), or -1: "Ruiz, Diaz and Lee said". */
function listOpening(tokens: Token[], close: number, open = -1): number {
  const last = nameBack(tokens, close - 1)
  if (last < 0) return -1
  // the comma before the last name's "and": a serial one ("Diaz, and Lee") or after one more name ("Smith, Jones and Patel")
  const k = isComma(tokens[last - 2]) ? last - 2 : nameBack(tokens, last - 2) - 1
  return isComma(tokens[k]) ? listedNames(tokens, k, close, open) : -1
}

/** A word for people or firms, whose names a list set off after it gives ("the three owners", "two companies"); not places. */
export const namesPeopleOrFirms = (t: Token) => personWord(t) || lexicon.companyNouns.has(lexicon.officeNouns.get(t.norm) ?? '')

/**
 * Past a few lowercase words at `from` that end in a role ("developer", "former prosecutor") or give the name ("identified as"),
 * when a name follows them; else `from` (not past a phrase that opens with a preposition's object: "led by campaign manager Terry
 * Sullivan").
 */
function pastRole(tokens: Token[], from: number, at: number): number {
  // ("The father, identified as Jordan Reyes, told…", "the victim, named as Ann Cole,")
  if (grammar.namedAs.has(w(tokens, from)) && w(tokens, from + 1) === 'as' && tokens[from + 2]?.cap) return from + 2
  let n = from
  while (n < at && n - from < 4 && uncapped(tokens[n]) && !isPreposition(tokens[n]) && !grammar.parentheticalOpeners.has(w(tokens, n))) n++
  const role = tokens[n - 1]
  return n > from && n < at && tokens[n].cap && (isSourceNoun(role) || isTitleWord(role)) ? n : from
}

/**
 * Whether a relative clause ("who is now …") opens within a clause's length before `p`, with no mark between: "The judges who ruled
 * that the two states could not enforce their laws, for instance, said…".
 */
function relativeBefore(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= 0 && p - k <= 14 && tokens[k].word; k--) if (w(tokens, k) === 'who' || w(tokens, k) === 'which') return true
  return false
}

/** The "is" of "is a liar, a racist and a bully" before a predicate noun phrase (or a list of them) that ends at `a`: its index, or -1. */
function copulaBefore(tokens: Token[], a: number): number {
  for (let k = a - 1; k >= 0 && a - k < 20; k--) {
    const t = tokens[k]
    if (BE.has(t.lower)) return isArticle(tokens[k + 1]) && w(tokens, k + 1) !== 'the' ? k : -1
    if (!(isComma(t) || (uncapped(t) && !isPreposition(t) && !isCueWord(t)))) return -1
  }
  return -1
}

/**
 * "She remembers her predecessor warning…", "Okafor still pictures his father telling…": a verb the word lists do not
 * know runs into the phrase; its possessive object, the -ing form's subject, starts after it (not "comments his rival
 * made", where a past verb after the possessive makes it a relative clause).
 */
function gerundObject(tokens: Token[], [a, b]: Range): Range {
  for (let p = b - 2; p > a && b - p <= 4; p--) {
    const verb = tokens[p - 1]
    if (!isPossessive(tokens[p]) || !verb.word || verb.cap) continue
    const joins = isPreposition(verb) || isPartitive(verb) || isDeterminer(verb) || verb.lower === 'and' || verb.lower === 'or'
    return joins || tokens.slice(p + 1, b).some(pastForm) ? [a, b] : [p, b]
  }
  return [a, b]
}

/**
 * "the chairs that POLITICO interviewed predicted", "the voters the Tribune polled said": before the
 * verb a relative clause's subject and past verb end the phrase; the people it modifies speak.
 */
export function relativeHolder(tokens: Token[], at: number): Range | undefined {
  if (!pastForm(tokens[at])) return undefined
  // the clause's subject: a pronoun, a name, or "the agency" (read back word by word: a phrase reader would run on into the noun before)
  let m = at - 1
  if (!isSubjectPronoun(tokens[m])) {
    if (tokens[m]?.cap) while (capped(tokens[m - 1]) && at - m < 4) m--
    // (with its determiner: "a news report published Wednesday" is a participle's noun)
    else if (!(tokens[m] && isSourceNoun(tokens[m]) && isDeterminer(tokens[m - 1]))) return undefined
    if (isDeterminer(tokens[m - 1])) m--
  }
  const k = isRelative(tokens[m - 1]) && w(tokens, m - 1) !== 'which' ? m - 2 : m - 1
  const t = tokens[k]
  // (a noun: "the day Trump visited" is no speaker's, and is left to the source reader)
  return uncapped(t) && (personNoun(t) || isSourceNoun(t) || isDocumentNoun(t) || isPlural(t)) ? leftNP(tokens, k) : undefined
}

/** The phrase before a participle and a date ending at `end`: "A memo" in "A memo dated March 3", "A letter dated 4 June". */
function datedBefore(tokens: Token[], end: number): Range | undefined {
  let p = end
  while (p > end - 3 && p > 0 && tokens[p].word && (isMonth(tokens[p]) || isFigure(tokens[p]) || isTimeWord(tokens[p]))) p--
  return p < end && !tokens[p].cap && pastOrParticiple(tokens[p]) && tokens[p - 1]?.word ? leftNP(tokens, p - 1) : undefined
}

/** The phrase holding a relative clause with "that" that ends at `end`, not set off: "Companies" in "Companies that adopted it". */
function thatHolder(tokens: Token[], end: number): Range | undefined {
  for (let k = end - 1; k > 0 && end - k < 8 && tokens[k].word; k--) {
    if (w(tokens, k) !== 'that') continue
    const before = tokens[k - 1]
    // (the clause has no subject of its own: "charges that Rush Limbaugh, for one, called…" is Limbaugh's)
    return before.word && (!before.cap || k - 1 === firstWord(tokens)) && !tokens[k + 1].cap && (personNoun(before) || isSourceNoun(before) || isPlural(before)) ? leftNP(tokens, k - 1) : undefined
  }
  return undefined
}

/** The comma before a state written after a town and ending at `k` ("Raleigh, N.C.", "Ames, Iowa"), or -1. */
function stateAfterTown(tokens: Token[], k: number): number {
  for (let n = 1; n <= 3 && k - n > 1; n++) {
    if (lexicon.places.regions.match(tokens, k - n, k)?.length === n && isComma(tokens[k - n - 1]) && tokens[k - n - 2]?.cap) return k - n - 1
  }
  return -1
}

/**
 * Two names, each with a description set off by commas, joined by "and": "Nick Clegg, the company's president, and Jennifer
 * Newstead, its chief legal officer, wrote…" speak together (sources.ts splitApposedNames parts them again); else `np`, the second name.
 */
function apposedPair(tokens: Token[], np: Range | undefined): Range | undefined {
  if (!np || w(tokens, np[0] - 1) !== 'and' || !isComma(tokens[np[0] - 2]) || !capitalRun(tokens, np[0], np[1])) return np
  for (let m = np[0] - 3; m > 0 && np[0] - m <= 12; m--) {
    if (!tokens[m].word && !isComma(tokens[m])) return np
    if (!isComma(tokens[m])) continue
    const first = nameBack(tokens, m - 1)
    // (the first name opens the phrase: the sentence, or after a quotation's comma; its description opens as one does, "the…",
    // "its…": "Hospitals, clinics, and Dr. Lena Ortiz" is a list)
    return first >= 0 && opensDescription(tokens, m + 1) && (first === firstWord(tokens) || isComma(tokens[first - 1]) || isQuoteMark(tokens[first - 1])) ? [first, np[1]] : np
  }
  return np
}

/**
 * A name set off inside a description of the subject is not the subject: "Ana Ruiz, whose company, Acme, makes
 * robots, said", "David Fenton, a strategist whose agency, Fenton, made the ads, said" → the name the description follows.
 */
function outerName(tokens: Token[], np: Range | undefined): Range | undefined {
  if (!np || !isComma(tokens[np[1]])) return np
  // "The fund, managed by Ana Ruiz, a former banker, said": a participle's agent set off by commas describes the phrase before it
  const by = w(tokens, np[0]) === 'by' ? np[0] : w(tokens, np[0] - 1) === 'by' ? np[0] - 1 : w(tokens, np[0] + 1) === 'by' ? np[0] + 1 : -1
  const participle = tokens[by - 1]
  if (by > 1 && pastForm(participle) && isComma(tokens[by - 2]) && tokens[by - 3]?.word) return nameBeforeRole(tokens, leftNP(tokens, by - 3)) ?? np
  if (!isComma(tokens[np[0] - 1])) return np
  for (let m = np[0] - 2; m > 0 && np[0] - m <= 20 && !isPunct(tokens[m], ';:') && !isQuoteMark(tokens[m]); m--) {
    if (!isComma(tokens[m])) continue
    return grammar.parentheticalOpeners.has(w(tokens, m + 1)) && tokens[m - 1]?.cap ? (nameBeforeRole(tokens, leftNP(tokens, m - 1)) ?? np) : np
  }
  return np
}

/**
 * A state after a town belongs to the phrase before the comma: "Jim Hale of Ames, Iowa said", "Voters in Columbia, S.C. say"; so
 * does a country by its name, with `countries`, in a description before its relative clause: "director of the institute in
 * Heidelberg, Germany, who was not involved, called…".
 */
function withTown(tokens: Token[], np: Range, countries: boolean): Range {
  if (!isComma(tokens[np[0] - 1]) || !tokens[np[0] - 2]?.cap) return np
  const country = countries ? countryAt(tokens, np[0], np[1]) : undefined
  const place = lexicon.places.regions.match(tokens, np[0], np[1]) ?? (country?.value === tokens[np[0]].text ? country : undefined)
  if (place?.length !== np[1] - np[0]) return np
  const town = leftNP(tokens, np[0] - 2)
  // (the country's description set off itself, not a relative clause's object: "Leila Haddad, who lost her son in the flood in Derna,
  // Libya, in 2023, said…")
  const apposed = !!town && (place !== country || isComma(tokens[town[0] - 1]))
  return town && apposed && tokens.slice(town[0], np[0] - 2).some((x) => !x.cap && isPreposition(x)) ? [town[0], np[1]] : np
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
  const aside = uncapped(lead) && (isAdjunctPreposition(lead) || lead.lower.endsWith('ing'))
  const comma = aside ? np[0] - 2 : np[0] - 1
  if (!isComma(tokens[comma]) || !tokens[comma - 1]?.cap) return np
  if (!aside && !(personNoun(tokens[headOf(tokens, np)]) || isArticle(tokens[np[0]]))) return np
  const name = leftNP(tokens, comma - 1)
  // ("Instead, the study, which notes…": a sentence adverb is capitalised as a first word, no name)
  const adverb = !!name && name[1] - name[0] === 1 && (sentenceWord(tokens, name[0], name[1]) || lexicon.adverbs.has(tokens[name[0]].lower) || adverbLike(tokens[name[0]]))
  // (the name may follow a verb or a preposition: "…,” said Diane Swonk, chief economist at KPMG, who expects…", "spoke to Ana Ruiz,
  // a reporter, who said…")
  const opens = name && (name[0] === 0 || !tokens[name[0] - 1].word || !tokens[name[0] - 1].cap)
  return name && !adverb && tokens[headOf(tokens, name)].cap && opens && !isPreposition(tokens[name[0]]) ? name : np
}

/**
 * Speakers defined by a relative clause that ends right before the verb at `at + 1`:
 * "Residents who fled the fire said", "Three economists who testified said", "Voters we
 * spoke to said", not "the dog".
 */
function relativeSubject(tokens: Token[], at: number): Range | undefined {
  // (a pronoun right before the verb is its own subject: "…who told his subordinates never to speak of it when they raised concerns")
  if (isSubjectPronoun(tokens[at])) return undefined
  // (two relative clauses joined by "and" give the first one a few more words: "A man who lives nearby and who asked not to be named said")
  let reach = 8
  // (one that opens with a verb of saying, or keeps its speaker unnamed, runs on with what was said or why: "A woman who said she had
  // flown from Chile to see the show told…", "A nurse who asked not to be named because she feared losing her job told…")
  for (let k = at; k > 0 && at - k < Math.max(reach, 16); k--) {
    const t = tokens[k]
    if (!t.word) return undefined
    const near = at - k < reach
    // a relative clause without "who": "Voters we spoke to said", "None of the scholars I interviewed this week thought"
    if (near && k < at && isSubjectPronoun(t) && pastForm(tokens[k + 1])) {
      const np = leftNP(tokens, k - 1)
      const head = np && tokens[headOf(tokens, np)]
      if (head && (personNoun(head) || isSourceNoun(head))) return np
      // (else it is a clause inside one with "who": "A nurse who asked not to be named because she feared losing her job told…")
      continue
    }
    if ((t.lower !== 'who' && t.lower !== 'whose') || k === at || (!near && !isCueWord(tokens[k + 1]) && !lexicon.anonymity.find(tokens, k + 1, at + 1))) continue
    // ("A geologist whose maps confirmed the theory": a possessed phrase right before the verb is its subject, the clause's own)
    const possessed = t.lower === 'whose' ? rightNP(tokens, k + 1) : undefined
    if (possessed && possessed[1] === at + 1) return possessed
    if (w(tokens, k - 1) === 'and' && reach === 8) {
      reach = at - k + 10
      continue
    }
    // "who" and "whose" speak of people: the noun phrase before them is the speaker ("Residents whose homes flooded said")
    return leftNP(tokens, k - 1)
  }
  return undefined
}

/** Whether the comma at `k` sets a date's year after its month and day: "Jan. 1, 2015". */
const dateComma = (tokens: Token[], k: number) => isComma(tokens[k]) && /^\d{4}$/.test(w(tokens, k + 1)) && /^\d{1,2}$/.test(w(tokens, k - 1)) && isMonth(tokens[k - 2])

/** The index of the "(" that the ")" at `k` closes, within a few words; -1 when there is none. */
function openingBracket(tokens: Token[], k: number): number {
  for (let m = k - 1; m >= 0 && k - m < 12; m--) if (tokens[m].text === '(') return m
  return -1
}

/** Whether the one capitalised word at `k`, set off after an institution's name, is its town: "the Federal Medical Centre, Owo,". */
const townOfBody = (tokens: Token[], k: number) => tokens[k].cap && isComma(tokens[k - 1]) && isComma(tokens[k + 1]) && !!tokens[k - 2]?.cap && isOfficeNoun(tokens[k - 2]) && !personWord(tokens[k])

/** The sentence's grammatical subject, for participial cues (", saying…"): after any opening phrase. */
export function findMainSubject(tokens: Token[]): Range | undefined {
  let i = 0
  // past a label: "Campaign funding: The Sanders campaign wants…" (not a speaker's name: "FALLIN: Well, I think…"; but a letter's
  // greeting: "Dear Annie: My sister…", and a label with its article: "THE FACTS: The post… claims… and urges…")
  for (let k = 1; k < 5 && k < tokens.length - 1; k++) {
    if (!tokens[k].word && tokens[k].text !== '-') {
      if (tokens[k].text === ':' && tokens[k + 1].cap && (!tokens[k - 1].cap || grammar.salutations.has(w(tokens, 0)) || isArticle(tokens[0]))) i = k + 1
      break
    }
  }
  // past leading punctuation and linking words: "And then Lee went on the attack, saying…"
  while (i < tokens.length && (!tokens[i].word || (grammar.linkingOpeners.has(w(tokens, i)) && tokens[i + 1]?.word))) i++
  // past an opening quotation: "“We lost,” Ortiz shrugged and said."
  if (tokens[i]?.quoted && isQuoteMark(tokens[i - 1])) while (i < tokens.length && (tokens[i].quoted || !tokens[i].word)) i++
  i = pastDateline(tokens, i)
  // a word that only opens sentences, then its comma: "There, the chairman…", "Indeed, …" (a pronoun is the subject: "She, too, is…")
  // ("Essentially, Clinton's lawyers…", "Therefore, …": a sentence adverb, then its comma)
  if ((lexicon.sentenceStarters.has(w(tokens, i)) || grammar.connectives.has(w(tokens, i)) || (tokens[i] && mannerAdverb(tokens[i]))) && !isPronoun(tokens[i]) && isComma(tokens[i + 1])) i += 2
  // "The day before, …", "The next morning, …", "That night, …": a time phrase led by a determiner, then its comma
  if (isDeterminer(tokens[i])) {
    let k = isTimeDeterminer(tokens[i + 1]) || w(tokens, i + 1) === 'following' ? i + 2 : i + 1
    if (w(tokens, k) === 'day' || isTimeWord(tokens[k])) {
      k++
      if (w(tokens, k) === 'before' || w(tokens, k) === 'after' || isAdverb(tokens[k])) k++
      if (isComma(tokens[k])) i = k + 1
    }
  }
  // ("Hastily politicizing the tragedy, Trump…": a manner adverb before an opening participle)
  if (tokens[i] && mannerAdverb(tokens[i]) && w(tokens, i + 1).endsWith('ing')) i++
  // skip an opening phrase that ends with a comma within the first words
  const opener = w(tokens, i)
  // "Eight years ago, …" opens with a time phrase too; "Late last month, …", "Earlier this year, …"
  const time = grammar.timeDeterminers.has(opener) && isTimeDeterminer(tokens[i + 1]) ? i + 2 : i + 1
  const since = (/^\d/.test(opener) || lexicon.indefinite.has(opener) || grammar.timeDeterminers.has(opener)) && (isTimeWord(tokens[time]) || grammar.durations.has(w(tokens, time)))
  // an adverb opens a phrase only with its comma ("Meanwhile, Lee…"); "even Obama tried…" starts with the subject
  const after = tokens[i + 1]
  // ("Shortly after the vote, …", "Later that day, …", "Shortly afterwards, …": the adverb opens a longer phrase)
  const phrase = !!after?.word && (isPreposition(after) || isTimeWord(after) || isSubordinator(after) || isTimeDeterminer(after) || isAdverb(after))
  // ("Most voted early and said…": a quantifier that is also an adverb is the subject)
  // ("More than 200 residents filed…", "About 40 said…": a quantity's lead opens the subject, neither adverb nor phrase)
  // (a number after it, counting no time: "About 20 minutes later, police…" and "About a year ago, …" open phrases)
  const lead = pastQuantityLead(tokens, i)
  const counted = lead > i && (isFigure(tokens[lead]) || CURRENCY.test(tokens[lead].text) || isSpelledNumber(tokens[lead]))
  const quantity = counted && !isTimeWord(tokens[lead + 1]) && !grammar.durations.has(w(tokens, lead + 1))
  const adverb = lexicon.adverbs.has(opener) && !!after?.word && !phrase && !quantity && !lexicon.prepositions.has(opener) && !lexicon.timeWords.has(opener) && !lexicon.clauseBreakers.has(opener) && !grammar.sentenceOpeners.has(opener) && !lexicon.indefinite.has(opener)
  if (adverb) i++
  // "Noting that the plan had failed, Lee…", "Speaking to supporters in Ohio, Cruz…": an opening participle clause runs longer
  // ("Asked on Monday whether…, Clinton…", "Pressed by reporters, Lee…": a past participle and its phrase)
  // ("Walking to the next address, Ebeling…", "Appearing before cheering supporters, Suu Kyi…": any -ing word before a preposition or a determiner)
  const next = w(tokens, i + 1)
  // ("Having announced that…, Judge Berman…": a perfect participle)
  // ("Facing mounting criticism, Trump…", "Citing increased costs, the board…": an adjective in -ing or -ed opens its object)
  const modified = uncapped(tokens[i + 1]) && (next.endsWith('ing') || next.endsWith('ed')) && !lexicon.cueVerbs.has(next)
  // ("Smiling broadly throughout her speech, Clinton…": a manner adverb after it; "Nothing really changed" is no participle)
  // (lowercase, a bare -ly is an adverb: names end in -ly only capitalised)
  const manner = uncapped(tokens[i + 1]) && next.length > 4 && next.endsWith('ly') && !grammar.lyNotAdverbs.has(next) && !opener.endsWith('thing')
  const ing = opener.endsWith('ing') && ((opener.length > 5 && (lexicon.prepositions.has(next) || lexicon.determiners.has(next) || grammar.possessivePronouns.has(next) || grammar.adverbialOpeners.has(next) || modified || manner)) || grammar.perfectAuxiliaries.has(opener))
  const participle = ing || cueVerb(opener)?.form === 'ing' || (grammar.commaParticiples.has(opener) && isComma(tokens[i + 1])) || (grammar.joiners.has(opener) && opener.endsWith('ing')) || (opener.endsWith('ed') && (isPreposition(tokens[i + 1]) || lexicon.questionWords.has(w(tokens, i + 1))))
  // ("Halfway through the film, …", "Late in the evening, …": an adverb before its preposition; "Down here in Hades, …", "Out there, …":
  // a particle before a place)
  const phraseAdverb = (grammar.phraseAdverbs.has(opener) && lexicon.prepositions.has(next)) || (grammar.particles.has(opener) && (lexicon.prepositions.has(next) || grammar.placeAdverbs.has(next)))
  if (!adverb && !quantity && (since || participle || phraseAdverb || lexicon.prepositions.has(opener) || lexicon.timeWords.has(opener) || lexicon.adverbs.has(opener) || lexicon.clauseBreakers.has(opener) || grammar.sentenceOpeners.has(opener))) {
    let comma = false
    // a longer opening phrase counts only when a name or a pronoun follows its comma: "In response to Trump's proposal to bar…, Clinton's aide…"
    const nameAfter = (k: number) => (tokens[k + 1]?.cap && !isPreposition(tokens[k + 1]) && !lexicon.sentenceStarters.has(w(tokens, k + 1))) || isSubjectPronoun(tokens[k + 1])
    // (a pronoun subject inside means the sentence has begun: "By Sunday she had canceled a rally in Green Bay, Wis., citing…")
    let clause = false
    let dashes = 0
    for (let k = i; k < tokens.length && k < i + (participle ? 40 : 30); k++) {
      if (isSubjectPronoun(tokens[k])) clause = true
      // ("Hastily politicizing the tragedy ― much like he did in Paris ― Trump cast…": a participle's phrase may end with a closing dash)
      if (participle && DASHES.has(tokens[k].text) && ++dashes === 2 && nameAfter(k)) {
        i = k + 1
        comma = true
        break
      }
      if (isComma(tokens[k]) && (participle || k < i + 14 || (nameAfter(k) && !clause && !grammar.subordinators.has(opener)))) {
        i = k + 1
        // ("At a rally in Ames, Iowa, on Sunday, Mrs. Clinton…": a state after the town, then maybe a time, is still the phrase)
        for (let m = i + 1; m < tokens.length && m < i + 4; m++) if (isComma(tokens[m]) && stateAfterTown(tokens, m) === k) {
          i = m + 1
          if (isPreposition(tokens[i]) && isTimeWord(tokens[i + 1]) && isComma(tokens[i + 2])) i += 3
          break
        }
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
      if (uncapped(t) && (isCueWord(t) || t.lower.endsWith('ed') || t.lower.endsWith('ing'))) {
        for (let k = i; k < tokens.length && k < i + 40; k++) {
          if (isComma(tokens[k])) {
            i = k + 1
            break
          }
        }
      }
    }
  }
  // a sentence adverb set off after the opening phrase: "On Thursday, however, Trump spoke…"
  if (i > 0 && isComma(tokens[i - 1]) && grammar.connectives.has(w(tokens, i)) && isComma(tokens[i + 1])) i += 2
  // a participle's aside after the opening phrase: "In this city, used to bad news, many people…"
  if (i > 0 && isComma(tokens[i - 1]) && uncapped(tokens[i]) && /(?:ed|ing)$/.test(w(tokens, i)) && isPreposition(tokens[i + 1])) {
    for (let k = i + 2; k < tokens.length && k < i + 10 && tokens[k].word; k++) if (isComma(tokens[k + 1])) {
      i = k + 2
      break
    }
  }
  // a clause opened by "when", "as"… after the opening phrase, when a name or a pronoun follows its comma: "Last month, when I asked
  // Sanders if he would…, he looked…"
  if (i > 0 && isComma(tokens[i - 1]) && isSubordinator(tokens[i])) {
    for (let k = i + 1; k < tokens.length && k < i + 30; k++) {
      if (!isComma(tokens[k])) continue
      if (isSubjectPronoun(tokens[k + 1]) || (tokens[k + 1]?.cap && tokens[k + 1].word)) i = k + 1
      break
    }
  }
  // "There is a lot of chatter…" has no subject to speak
  if (w(tokens, i) === 'there' && BE.has(w(tokens, i + 1))) return undefined
  return subjectBeforeVerb(tokens, speakerAt(tokens, i))
}

/**
 * The subject alone of a headline's phrase that ran on over its -s verb and a bare object, as a headline drops the articles
 * that would part them: "Sneaker giant | cuts forecast, citing…", "as automaker | raises outlook" (not after a determiner, a
 * possessive or an adjective: "the jobs report", "the state's jobs report", "Federal appeals court").
 */
function subjectBeforeVerb(tokens: Token[], np: Range | undefined): Range | undefined {
  // (only a headline drops them: a sentence with its stop keeps "A federal appeals court" whole)
  if (!np || isPunct(tokens[tokens.length - 1], '.!?')) return np
  for (let m = np[0] + 1; m < np[1] - 1; m++) {
    const noun = tokens[m - 1]
    // (the object is a few lowercase words ending the phrase: "communications director Jennifer Palmieri" is one title and name;
    // a name's word before is a compound's, "The Senate ethics committee", but for a headline's first word, "Automaker raises…")
    if (presentVerb(tokens[m]) && noun.word && (!noun.cap || m - 1 === firstWord(tokens)) && !isPlural(noun) && !adjectiveLike({ ...noun, cap: false }) && !normalised(noun) && !isDeterminer(noun) && !isPreposition(noun) && np[1] - m <= 3 && tokens.slice(m + 1, np[1]).every((t) => uncapped(t))) return [np[0], m]
  }
  return np
}

/**
 * The subject a participle after the comma at `comma` has when the sentence's subject `src` is a thing traded in a market, or
 * its owner before one, which says nothing: the clause's before the comma ("Shares of Halvern fell after the drugmaker cut its
 * forecast, citing…", "Oil prices climbed as OPEC agreed to extend cuts, citing…"); else `src`.
 */
export function pastTradedSubject(tokens: Token[], src: Range | undefined, comma: number): Range | undefined {
  if (!src || !isComma(tokens[comma])) return src
  // (its head, the first word of "Shares of Halvern", or the word after an owner: "The company's stock")
  const traded = [headOf(tokens, src), src[0], src[1]].some((k) => grammar.tradedThings.has(w(tokens, k)))
  return (traded && subordinateSubject(tokens, comma)) || src
}

/**
 * The subject of a clause opened by "as", "while", "when"… within a few words before `end` (a comma or an "and"), if it can
 * speak: "…, as Mrs. Clinton echoed the criticism, (saying…)", "such as when Cruz knocked Rubio (and called…)".
 */
export function subordinateSubject(tokens: Token[], end: number): Range | undefined {
  for (let m = end - 1; m > 0 && end - m <= 15 && !isPunct(tokens[m], ',;:'); m--) {
    if (!isSubordinator(tokens[m])) continue
    let np = subjectBeforeVerb(tokens, rightNP(tokens, m + 1))
    // (a verb that is also a noun ends the phrase before the object's determiner: "after the drugmaker cut its forecast")
    if (np && np[1] - np[0] >= 3 && isDeterminer(tokens[np[1]]) && !tokens[np[1] - 1].cap) np = [np[0], np[1] - 1]
    return np && subordinateSpeaker(tokens, np) ? np : undefined
  }
  return undefined
}

/** Whether a clause's subject may speak: a name, a person's or a source's noun, or a pronoun. */
function subordinateSpeaker(tokens: Token[], np: Range): boolean {
  const head = tokens[headOf(tokens, np)]
  return head.cap || personNoun(head) || isSourceNoun(head) || isSubjectPronoun(head)
}

/** "When Lee visited the plant and said…, workers cheered": a second verb inside an opening "When" clause has that clause's subject. */
function openingClauseSubject(tokens: Token[], at: number): Range | undefined {
  const f = firstWord(tokens)
  // (an opening clause is short: the bound keeps a long sentence of "and said…" linear)
  if (f < 0 || !isSubordinator(tokens[f]) || at - f > 40) return undefined
  for (let k = f + 1; k < at; k++) if (isComma(tokens[k])) return undefined
  return speakerAt(tokens, f + 1)
}

/**
 * "Rabbis called for a boycott, and the league denounced his rhetoric and said…": a second verb after a clause joined
 * by ", and", ", but" or ", while" (grammar.clauseJoiners) has that clause's subject, when a verb follows it; so has a
 * participle after it ("…, but Trump has demanded cuts, calling Powell…"); and so has one in a clause a present cue's "that" opens.
 */
export function joinedClauseSubject(tokens: Token[], at: number): Range | undefined {
  // (a plain "and", no comma before it: the only joiner a clause's "had" goes on past, read once for the loop below)
  const andOn = w(tokens, at) === 'and' && !isComma(tokens[at - 1])
  for (let m = at - 1; m > 1 && at - m <= 30; m--) {
    if (isPunct(tokens[m], '.;:') || isQuoteMark(tokens[m])) return undefined
    // (or a cue's "that", when the second verb's past is the clause's tense, not the cue's: "The emails show that Ortiz pressed
    // managers… and warned staff…" is Ortiz's; "Trump conceded that Lewandowski had touched Fields but implied…" is Trump's)
    const cue = cueVerb(w(tokens, m - 1))
    const said = w(tokens, m) === 'that' && !!cue && cue.form !== 'past' && (pastForm(tokens[at + 1]) || cueVerb(w(tokens, at + 1))?.form === 'past')
    // (any "that" clause's, a past cue's too, when its "had" goes on past "and": "State media reported on Wednesday that Kim had
    // inspected a factory and called for…" is Kim's, when a speaker's word heads it; "…that prices had risen and warned…" is not, nor
    // is a verb past a comma, "…that Guccifer had admitted a crime, and questioned why he…")
    const perfect = andOn && w(tokens, m) === 'that'
    if (!said && !perfect && (!grammar.clauseJoiners.has(w(tokens, m)) || !isComma(tokens[m - 1]))) continue
    let np = speakerAt(tokens, m + 1)
    if (!said && perfect && (!np || w(tokens, np[1]) !== 'had' || !subordinateSpeaker(tokens, np))) continue
    // (an apposition with no comma names it: "the civil rights organization the Anti-Defamation League")
    const named = np && isArticle(tokens[np[1]]) && tokens[np[1] + 1]?.cap ? rightNP(tokens, np[1]) : undefined
    if (named) np = named
    if (!np || np[1] >= at) return undefined
    let v = np[1]
    // ("has repeatedly demanded": auxiliaries and adverbs before the verb)
    while (v < at && uncapped(tokens[v]) && (adverbLike(tokens[v]) || isAdverb(tokens[v]) || isAuxiliary(tokens[v]))) v++
    return v < at && pastForm(tokens[v]) ? np : undefined
  }
  return undefined
}

/** The noun phrase at `i` as a speaker: without a tagger it may run into its verb ("The Florida senator sought"), so it is cut back to a speaker. */
function speakerAt(tokens: Token[], i: number): Range | undefined {
  // (from past a quantity's lead, which the phrase keeps: "More than 200 residents")
  const lead = pastQuantityLead(tokens, i)
  const counted = rightNP(tokens, lead)
  let np: Range | undefined = counted && lead > i ? [i, counted[1]] : counted
  // ("Former Hewlett-Packard CEO and presidential candidate Carly Fiorina opened…": two roles joined before one name are one person)
  // (bare roles only: "The mayor and council member Ann Lee" are two)
  const joined = np && w(tokens, np[1]) === 'and' && !isDeterminer(tokens[np[0]]) && personWord(tokens[np[1] - 1]) && !tokens[np[1] + 1]?.cap ? rightNP(tokens, np[1] + 1) : undefined
  if (np && joined && joined[1] - joined[0] >= 3 && tokens[joined[1] - 1].cap && tokens[joined[1] - 2].cap && personWord(tokens[joined[1] - 3])) np = [np[0], joined[1]]
  // "Many have trouble finding work and fear…": a quantifier standing alone as the subject
  // (not an article: "A few minutes later they…" opens with a time phrase)
  if (!np) return isIndefinite(tokens[i]) && !isArticle(tokens[i]) && uncapped(tokens[i + 1]) ? [i, i + 1] : undefined
  // "Carson, Fiorina and Huckabee have all spoken and say…": names listed to open the sentence speak together
  const listed = tokens[np[0]].cap && isComma(tokens[np[1]]) ? namesListedAfter(tokens, np[0], true) : -1
  if (listed >= 0) return [np[0], listed]
  // "Kim travels to Seoul, saying…": right after a name, a lowercase -s word that names no one, before a preposition or an article,
  // is the verb when the phrase ends at a comma ("Clinton emails from 2012 show…" goes on to its verb; "Trump supporters in Ohio, …" are people)
  if (isComma(tokens[np[1]])) {
    for (let k = np[0] + 1; k < np[1] - 1; k++) {
      const t = tokens[k]
      if (uncapped(t) && /[^s]s$/.test(t.lower) && tokens[k - 1].cap && !normalised(tokens[k - 1]) && !isSourceNoun(t) && !personWord(t) && (isPreposition(tokens[k + 1]) || isArticle(tokens[k + 1]))) return [np[0], k]
    }
  }
  for (let end = np[1]; end > np[0]; end--) {
    const head = tokens[end - 1]
    // (a capitalised preposition that opened the sentence is no speaker: "On the eve of…")
    // (a possessive owns the noun after it: "His ex-wife agreed" is not "His")
    if (isPossessive(head) && end < np[1]) continue
    // (nor is an article that only opens it: "The trust apologized and said…")
    // (a field after its "of" stays: "The minister of finance", "a spokesman for the department of health")
    // (so does a word bodies are named with: "The hospital trust apologised and said…")
    if ((head.cap && !(end - 1 === np[0] && (opensAdjunct(head) || isArticle(head)))) || isSourceNoun(head) || isPronoun(head) || (end === np[1] && isOrgWord(head))) {
      // (so does a share of a group before its "of": "One of the porters came up and said…", "Some of the nurses")
      const share = end - 1 === np[0] && (isSpelledNumber(head) || isIndefinite(head))
      return w(tokens, end) === 'of' && (share || (!head.cap && (personWord(head) || isOfficeNoun(head)))) ? np : [np[0], end]
    }
  }
  // (nor a phrase a preposition opens with no name or source in it: "Without adjusting for inflation - and assuming they keep…")
  return opensAdjunct(tokens[np[0]]) ? undefined : np
}

/** Whether a word is a preposition, or one that opens an adjunct ("without"): no subject begins with it. */
const opensAdjunct = (t: Token) => isPreposition(t) || isAdjunctPreposition(t)

/**
 * Whether the verb at `i` of a free relative gives what it stands for a name in the subject's words: "what the agency called a new
 * type of weapon", "what officials described as a hate crime" (the name is theirs, as in "called the plan a giveaway").
 */
export function namesWhat(tokens: Token[], i: number): boolean {
  const verb = cueVerb(w(tokens, i))
  if (verb && grammar.namingVerbs.has(verb.base)) return !!tokens[i + 1]?.word && !isPreposition(tokens[i + 1]) && !!rightNP(tokens, i + 1)
  // (a verb of saying that names by "as": "described as", "characterized as"; one of thinking holds a view, "what she regards as")
  return !!verb && verb.cls === 'speech' && grammar.describeVerbs.has(verb.base) && w(tokens, i + 1) === 'as'
}

/**
 * "That's what Andy McCarthy wrote recently.", "This is what the audit found.", "That was how the coach put it.": the demonstrative
 * is the content, said by the speaker after "what" or "how"; so is a quotation that opens the sentence: "“We were lucky,” is what
 * the coach said."
 */
export function cleft(tokens: Token[], src: Range, last: number): boolean {
  const wh = w(tokens, src[0] - 1)
  // (how a finder found something is what it did: "This is how police found the bodies.")
  if (wh !== 'what' && (wh !== 'how' || cueVerb(w(tokens, src[1]))?.cls === 'research')) return false
  const end = () => skipAdjuncts(tokens, rightNP(tokens, last + 1)?.[1] ?? last + 1)
  // ("That is what he said, and…" ends at the verb, an addressee and adjuncts: "That's what she told the inquiry in March.",
  // or a clause of time or reason: "That was what Liz Wahl said when she resigned.")
  const ends = (k: number) => (isPunct(tokens[k], '.!:') && k === tokens.length - 1) || isSubordinator(tokens[k])
  if (isQuoteMark(tokens[0]) && BE.has(w(tokens, src[0] - 2)) && isQuoteMark(tokens[src[0] - 3])) return ends(end())
  const f = pastLinkers(tokens, firstWord(tokens))
  const opener = tokens[f]
  // ("Here is what the governor said on Tuesday:" points ahead, to the block after its colon)
  if (!opener || (opener.norm !== 'that' && opener.norm !== 'this' && opener.norm !== 'here')) return false
  // (past a short aside set off after the opener: "That, at least, is what…", "This, he said, is what…")
  let b = f + 1
  if (isComma(tokens[b])) {
    let k = b + 1
    while (k < b + 5 && tokens[k]?.word) k++
    if (isComma(tokens[k])) b = k + 1
  }
  const be = normalised(opener) ? f : BE.has(w(tokens, b)) ? b : -1
  return be >= 0 && src[0] === be + 2 && ends(end())
}

/** Past the words that only link a sentence to the one before: "At least that's what…", "But, indeed, this is what…". */
function pastLinkers(tokens: Token[], f: number): number {
  for (let k = f; k >= 0 && k < f + 5; k++) {
    const t = tokens[k]
    if (!t) return f
    if (isComma(t)) continue
    if (t.norm === 'that' || t.norm === 'this') return k
    if (t.lower === 'at' && w(tokens, k + 1) === 'least') k++
    else if (!isClauseBreaker(t) && !grammar.connectives.has(t.lower) && !isAdverb(t)) return k
  }
  return f
}

/** The speaker a subjectless relative clause ending with the phrase `[a, b)` is about: "a study that tracked…", "groups that have raised…". */
function relativeHolderBefore(tokens: Token[], [a, b]: Range): Range | undefined {
  // (a subject pronoun ends no relative clause, it opens its own: "regulations that would end what she said were punitive")
  if (b - a === 1 && isSubjectPronoun(tokens[a])) return undefined
  for (let k = a - 1; k > 0 && a - k <= 8; k--) {
    const t = tokens[k]
    if (!t.word) {
      if (t.text === '$' || t.text === '%') continue
      return undefined
    }
    if (!isRelative(t)) continue
    // (after "who" any lowercase word is the clause's verb: "Voters who earn $100,000 or less say…"; after "that" or "which" a past
    // form, an auxiliary or an -s verb, "The union that represents the nurses said…", one before "to" even if it is also a noun,
    // "The firm that plans to build the plant said…")
    const next = tokens[k + 1]
    const present = presentVerb(next) || (uncapped(next) && next.lower.endsWith('s') && isTo(tokens, k + 2))
    const verb = t.lower === 'who' ? uncapped(next) : pastForm(next) || isAuxiliary(tokens[k + 1]) || present
    if (t.lower === 'whom' || !verb) return undefined
    const holder = tokens[k - 1].word ? leftNP(tokens, k - 1) : undefined
    const head = holder && tokens[headOf(tokens, holder)]
    // (a document the clause identifies by a name is left to the phrase: "a study that appeared in the British Medical Journal found…")
    const identified = !!head && isDocumentNoun(head) && tokens.slice(k + 1, b).some((x) => x.cap && !lexicon.timeWords.has(x.norm))
    return head && !identified && (isSourceNoun(head) || personNoun(head) || isDocumentNoun(head)) ? holder : undefined
  }
  return undefined
}

/** A clause at `j` of a subject pronoun and a verb whose object went ahead: "it would cost", "she anticipated", "they expected to raise". */
function gappedClause(tokens: Token[], j: number): boolean {
  if (!isPronoun(tokens[j]) || isObjectPronoun(tokens[j])) return false
  let k = j + 1
  while (k < j + 3 && (isAuxiliary(tokens[k]) || grammar.modals.has(w(tokens, k)))) k++
  // (an auxiliary may be the verb itself: "it would be", "they had")
  if (k > j + 1 && !tokens[k]?.word) k--
  const verb = tokens[k]
  if (!verb?.word || verb.cap || (k === j + 1 && !pastForm(verb) && !verb.lower.endsWith('s'))) return false
  const after = tokens[k + 1]
  // (or a time of a few words: "what researchers say they need every year", "what it said it would cost this year")
  return !after?.word ? !after || isPunct(after, '.,;:!?)—–') : isPreposition(after) || after.lower === 'to' || isTimeWord(after) || ((isDeterminer(after) || isTimeDeterminer(after)) && isTimeWord(tokens[k + 2]))
}

/** The person blamed or praised "for" or "of" what they said: "criticized him for saying…", "accused Lee of claiming…"; not after a passive's "by". */
export function gerundSpeaker(tokens: Token[], prep: number): Range | undefined {
  if (w(tokens, prep) !== 'for' && w(tokens, prep) !== 'of') return undefined
  // ("was attacked by Hillary Clinton for suggesting…": the agent of a passive is not the one who said it)
  const object = (np: Range | undefined) => (np && np[0] > 0 && tokens[np[0] - 1].word && w(tokens, np[0] - 1) !== 'by' ? np : undefined)
  // the verb's object right before: "criticized the mayor for saying…", "blamed her staff for…", "criticized him for…"
  const np = object(leftNP(tokens, prep - 1))
  const head = np && tokens[headOf(tokens, np)]
  if (head && head === tokens[prep - 1] && (head.cap || personNoun(head) || isSourceNoun(head) || isObjectPronoun(head))) return np
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
export function tagBeforeAdjuncts(tokens: Token[], src: Range, i: number, last: number, reading: SourceReading): boolean {
  // (adjuncts run to the end within a few words: a bound that keeps long sentences linear)
  // (an apposition may stand between them: ", Patrick F. Kennedy, the undersecretary for management, wrote in a memo to…")
  const apposed = src[1] < i - 1 && isComma(tokens[src[1]]) && isComma(tokens[i - 1])
  if (tokens.length - last > 30 || (src[1] < i - 1 && !apposed) || !isComma(tokens[src[0] - 1])) return false
  const opener = tokens[firstWord(tokens)]
  if (!opener || isClauseBreaker(opener)) return false
  if (reading.type === 'unknown' && !reading.pronoun && !tokens[src[0]].cap) return false
  // (past a day or time first: "…, Schnurr announced Sunday in a letter read at Masses across the region.")
  let k = last + 1
  while (k < last + 3 && isTimeWord(tokens[k])) k++
  // (a "that" may open a relative clause on the adjunct's noun, its verb right after it: "…in a post that drew 10 million likes";
  // with a subject after it, it is what was announced: "…in a letter that the plant would close")
  return isAdjunctPreposition(tokens[k]) && !isTo(tokens, k) && !tokens.slice(last + 1).some((x, n) => isComma(x) || (x.lower === 'that' && !verbRightAfter(tokens, last + 2 + n)) || isQuoteMark(x))
}

/** A verb at `k` with no subject before it: a past form, an auxiliary or a modal ("that drew…", "that was read…", "that will…"). */
const verbRightAfter = (tokens: Token[], k: number) => uncapped(tokens[k]) && (pastForm(tokens[k]) || isAuxiliary(tokens[k]) || grammar.modals.has(w(tokens, k)))

/** A speaker phrase that names nobody: "No official", "Nobody", "Neither of the aides", "Neither Ruiz nor Diaz". */
export function noSpeaker(tokens: Token[], [a]: Range): boolean {
  const before = w(tokens, a - 1) === 'of' ? a - 2 : a - 1
  return (grammar.negativeDeterminers.has(w(tokens, a)) && !plainNo(tokens, a)) || (grammar.negativeDeterminers.has(w(tokens, before)) && !plainNo(tokens, before))
}

/** An inverted speaker ends at an adjunct after a name ("said Ines Moreau to cheers", "wrote Karl Hesse for the Ledger") or at a setting after a lowercase head ("said the committee in a statement"). */
export function speakerAfter(tokens: Token[], np: Range | undefined): Range | undefined {
  if (!np) return np
  for (let k = np[0] + 1; k < np[1]; k++) {
    if (!grammar.afterInvertedSpeaker.has(w(tokens, k))) continue
    if (tokens[k - 1].cap ? !bodyNameGoesOn(tokens, k, k - 1 === np[0]) : spokenTo(tokens, k, np[1])) return [np[0], k]
  }
  return np
}

/**
 * After a lowercase head a preposition may still open where or to whom the speaker spoke, not who it is: "said the committee
 * in a statement", "said the spokesman to reporters", "said the mayor to the crowd"; a role's own complement stays ("said an
 * adviser to the president", "said a spokesman for the ministry").
 */
function spokenTo(tokens: Token[], k: number, end: number): boolean {
  const obj = isPreposition(tokens[k]) ? rightNP(tokens, k + 1, end) : undefined
  const head = obj && tokens[headOf(tokens, obj)]
  return !!head && !head.cap && (grammar.purposeVenues.has(head.lower) || grammar.spokenSettings.has(head.lower))
}

/**
 * A body's own name goes on past a preposition after its head word: "said the Council for Responsible Nutrition", and, when
 * the speaker opens with it, "said Veterans for Peace" (not "said Jim Sanders for Acme"); not into a time ("…on Monday") or
 * another body's or outlet's name, where or for whom it spoke ("said the Labour Party on Twitter"); past "to" into an aim
 * ("said the Committee to Protect Journalists").
 */
function bodyNameGoesOn(tokens: Token[], k: number, opens: boolean): boolean {
  const head = tokens[k - 1]
  if (!grammar.bodyNamePrepositions.has(w(tokens, k))) return false
  const cause = opens && causeGroupName(tokens, k - 1)
  if (!isOrgWord(head) && !isOfficeNoun(head) && !cause) return false
  // (a listed group's cause may take "the": "said Republicans for the Rule of Law"; an adjunct with "the" is cut: "said Matthews for the Ledger")
  const aim = w(tokens, k) === 'to'
  const n = !aim && (w(tokens, k + 1) === 'a' || (cause && w(tokens, k + 1) === 'the' && lexicon.causeGroups.has(head.lower))) ? k + 2 : k + 1
  const next = tokens[n]
  if (!next?.word || !next.cap || isDeterminer(next) || isTimeWord(next)) return false
  // ("to John Smith", "to Mayor Park", "to Senate leaders" are whom it spoke to, not its aim)
  if (aim && !aimObject(tokens, n)) return false
  // (an organisation's word that leads a longer run of capitals is the name's own: "the Carnegie Endowment for International Peace")
  const own = !isOrgWord(next) || (!!tokens[n + 1]?.cap && tokens[n + 1].word && !isOrgWord(tokens[n + 1]))
  return own && !lexicon.bodies.match(tokens, n) && !lexicon.outlets.match(tokens, n)
}

/**
 * "Growers say…", "Growers in Kent believe…": a capital at the start of a sentence marks no name, and
 * a word in -s right before a plural verb is a group of people, vague (SPEC §1 step 2), not a
 * surname, which would take "says" ("Sanders says").
 */
export function pluralOpener(tokens: Token[], src: Range, verb: number, cue: CueVerb, reading: SourceReading): void {
  const head = tokens[src[0]]
  if (cue.form !== 'base' || reading.type !== 'person' || src[1] !== verb || src[0] !== firstWord(tokens) || headOf(tokens, src) !== src[0]) return
  // (a post-modifier may follow, "Growers in Kent"; "Roberts and Evans say" are two people)
  if (!/[^su']s$/.test(head.lower) || (src[1] > src[0] + 1 && !isPreposition(tokens[src[0] + 1]))) return
  reading.kind = 'vague'
  reading.type = 'anonymous'
}

/** A noun for people, one or many: "voters", "the senator". */
export const personNoun = (t: Token) => !t.cap && personWord(t)

/** A verb right after the cue at `i`, its subject gone ahead: "says will save", "said was fair", "says means surrender" (not "says his critics…"). */
function verbGap(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next?.word || next.cap) return false
  if (isAuxiliary(next) && !/^['’]/.test(next.lower)) return true
  // (a word for people is the verb's addressee, no -s verb: "a defiant Ramirez told supporters")
  return pastForm(next) || (next.lower.endsWith('s') && !isDeterminer(next) && !isPronoun(next) && !addressee(next) && !isAuxiliary(tokens[i + 2]) && !pastForm(tokens[i + 2]))
}

/**
 * A document's noun at `k` that a cue's form spells, in a phrase "a" or "an" opens, which brings in a new document with the clause
 * it says: "an Oxfam report that found the richest own half…" ("the firm's latest report that showed growth was praised" only picks
 * out the report; "a report that showed weak demand." describes it by a noun that ends the sentence).
 */
function documentAfterArticle(tokens: Token[], k: number): boolean {
  const object = rightNP(tokens, k + 3)
  if (!isDocumentNoun(tokens[k]) || tokens[k].cap || (object && !tokens[object[1]]?.word)) return false
  const np = leftNP(tokens, k)
  return !!np && np[1] === k + 1 && (tokens[np[0]].lower === 'a' || tokens[np[0]].lower === 'an')
}
