import { cueVerb, grammar, lexicon, objectNoun, stem, type CueVerb } from '../lexicon'
import { capped, isDigit, isFigure, isQuoteMark, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isPronoun, isClauseBreaker, isArticle, isDocumentNoun, isGivenName, isPersonRole, isPossessive, isCueWord, isIndefinite, isObjectPronoun, isRelative, isSubjectPronoun, isDefinite, isTitleWord, isParticle, isTimeDeterminer, isAdjunctPreposition, isPartitive, isSpelledNumber, isSubordinator, normalised } from '../segment/tokens'
import { addressee, adjectiveLike, adverbLike, figureLead, gerundLike, headOf, infinitive, leftNP, opensNP, pastClock, pastForm, pastVerb, personWord, rightNP, spacedDash, twoWordLead, YEAR, type Range } from './noun-phrase'
import { isPlural, isSourceNoun } from './sources'
import { clauseAt, CURRENCY, DASHES, firstWord, ingCue, isComma, isPunct, isTo, OPEN_QUOTES } from './words'

// What a cue hands over: the reported clause, that-clause, quotation, infinitive or object
// after it, read from word shapes and the word lists.

/** what follows a cue and is its content; 'relative': a clause whose subject went ahead of the cue ("which officials said will…") */
export type Content = { kind: 'that' | 'quote' | 'clause' | 'relative' | 'to' | 'object' | 'trailing'; at: number }

/** a vote's tally written as one word ("6-3"), or one of its sides ("52" of "52–48") */
const TALLY = /^\d{1,3}-\d{1,3}$/
const COUNT = /^\d{1,3}$/

/** The comma closing a repetition from `i` (grammar.repetitions): "year after year", "again and again", "time and again". */
function setOffRepetition(tokens: Token[], i: number): number {
  return grammar.repetitions.has(`${w(tokens, i)} ${w(tokens, i + 1)} ${w(tokens, i + 2)}`) && isComma(tokens[i + 3]) ? i + 3 : -1
}

/** A quantity standing alone as a clause's subject, then a past verb and its object or preposition: "said most backed the deal", "said many voted for it". */
function quantitySubject(tokens: Token[], j: number): boolean {
  return grammar.quantityPronouns.has(w(tokens, j)) && pastForm(tokens[j + 1]) && (opensNP(tokens[j + 2]) || isPreposition(tokens[j + 2]))
}

/** Skips adverbs and short adjuncts after a verb ("said on Monday in a statement that"). */
export function skipAdjuncts(tokens: Token[], i: number): number {
  let j = i
  for (let guard = 0; guard < 12 && j < tokens.length; guard++) {
    const t = tokens[j]
    // "suggest, however, that…": an adverb set off by commas
    const inner = tokens[j + 1]
    if (isComma(t) && uncapped(inner) && (isAdverb(inner) || adverbLike(inner)) && isComma(tokens[j + 2])) {
      j += 3
      continue
    }
    // (or a repeated time: "are told, year after year, that…", "warned, again and again, that…")
    const repeated = isComma(t) ? setOffRepetition(tokens, j + 1) : -1
    if (repeated > 0) {
      j = repeated + 1
      continue
    }
    if (!t.word) return j
    // "said most of his patients could switch", "said most backed the deal": a quantity word before "of" or a verb heads the subject, no adverb
    if ((isAdverb(t) || isTimeWord(t)) && pastQuantityLead(tokens, j) === j && !(isPartitive(t) && w(tokens, j + 1) === 'of') && !quantitySubject(tokens, j)) {
      j++
      // "said soon after that…", "complained shortly after that…": "after" with no object of its own
      // (either reading, "after that, he would…" too, leaves a reported clause)
      if (w(tokens, j) === 'after' && w(tokens, j + 1) === 'that') j++
      continue
    }
    // "warning darkly that…", "said flatly: …": an -ly adverb right before the content
    if (adverbLike(t) && !t.cap && (w(tokens, j + 1) === 'that' || (tokens[j + 1] && !tokens[j + 1].word))) {
      j++
      continue
    }
    // "said by email that…", "told reporters by phone": the means of saying
    if (t.lower === 'by' && grammar.byMeans.has(w(tokens, j + 1))) {
      j += 2
      continue
    }
    // "says by an overwhelming margin": a margin in words
    if (t.lower === 'by') {
      const margin = rightNP(tokens, j + 1)
      if (margin && grammar.marginNouns.has(tokens[headOf(tokens, margin)].lower)) {
        j = margin[1]
        continue
      }
    }
    // "say by 55%-41% that…": a margin
    if (t.lower === 'by' && isFigure(tokens[j + 1])) {
      j += 2
      for (let m = 0; m < 6 && (tokens[j]?.text === '%' || (isPunct(tokens[j], '-–') && isFigure(tokens[j + 1])) || isFigure(tokens[j])); m++) j++
      continue
    }
    // "ruled 6-3 that…", "voted 52–48 on Monday that…": a vote's tally
    if (isDigit(t.text.charCodeAt(0)) && TALLY.test(t.text)) {
      j++
      continue
    }
    if (isDigit(t.text.charCodeAt(0)) && COUNT.test(t.text) && isPunct(tokens[j + 1], '-–') && COUNT.test(tokens[j + 2]?.text ?? '') && tokens[j + 1].start === t.end && tokens[j + 2].start === tokens[j + 1].end) {
      j += 3
      continue
    }
    // "two days earlier", "three weeks ago", "just a few years earlier"
    let q = pastQuantityLead(tokens, j)
    if (w(tokens, q) === 'a' && w(tokens, q + 1) === 'few') q++
    const count = tokens[q]
    // (not a noun after "a" with its own phrase or ending the sentence: "showed a fall in inflation", "a spring of protests", "showed a fall.")
    const ofNoun = (w(tokens, q) === 'a' || w(tokens, q) === 'an') && (w(tokens, q + 2) === 'in' || w(tokens, q + 2) === 'of' || isPunct(tokens[q + 2], '.!?'))
    if (count && (isFigure(count) || isIndefinite(count)) && (isTimeWord(tokens[q + 1]) || grammar.durations.has(w(tokens, q + 1))) && !count.cap && !ofNoun) {
      j = q + (w(tokens, q + 2) === 'ago' ? 3 : 2)
      continue
    }
    // "in a statement", "at a news conference", "to reporters", "on Twitter"
    if (isAdjunctPreposition(t) && pastQuantityLead(tokens, j) === j) {
      // "to reporters" is an adjunct, "to veto" an infinitive; "on Sunday", "in 2019" are times
      const after = tokens[j + 1]
      if (after && (isTimeWord(after) || grammar.durations.has(after.lower) || isFigure(after))) {
        // ("at 2:15 p.m.": the whole clock time)
        j = Math.max(j + 2, pastClock(tokens, j + 1))
        // ("in March 2022", "on March 15, 2022": the date's year, and its day before one; "on Monday 12 people died" keeps its count)
        if (YEAR.test(w(tokens, j))) j++
        else if (/^\d{1,2}$/.test(w(tokens, j)) && isComma(tokens[j + 1]) && YEAR.test(w(tokens, j + 2))) j += 3
        continue
      }
      // "in the summer of 2015", "during the past week", "in the early morning hours"
      const time = isTimeDeterminer(tokens[j + 2]) ? j + 3 : j + 2
      if (after && isDeterminer(after) && isTimeWord(tokens[time])) {
        j = time + 1
        while (isTimeWord(tokens[j]) && !tokens[j].cap) j++
        if (w(tokens, j) === 'of' && (isFigure(tokens[j + 1]) || isTimeWord(tokens[j + 1]))) j += 2
        continue
      }
      // ("said late on Tuesday", "said early in the day": a time adverb before its phrase; "said late payments rose", "said early results
      // showed…": an adjective of the clause's subject, which opens the content)
      // ("said early on that…": a preposition with no object of its own ends the time)
      if (grammar.asTimeAdverbs.has(t.lower)) {
        if (!isPreposition(after)) return j
        j += w(tokens, j + 2) === 'that' || !tokens[j + 2]?.word ? 2 : 1
        continue
      }
      // (an addressee's -ing modifier opens the phrase too, no infinitive's verb: "in an advisory to shipping lines that…"; "to bring" is one)
      const ing = t.lower === 'to' && after?.word && gerundLike(after) && after.lower.length > 5 ? rightNP(tokens, j + 2) : undefined
      if (!ing && infinitive(tokens, j)) return j
      const np = rightNP(tokens, j + 1) ?? (ing && [j + 1, ing[1]])
      // "said of the protesters: …" names a topic before a quotation; elsewhere a colon after the phrase ends the cue's reach
      // ("said in a statement released by the Trump campaign the AP report merits…": a longer phrase, then the reported clause)
      // ("disclosed in a filing with the Securities and Exchange Commission on Friday.": or one with an article that, with the adjuncts
      // after it, runs to the sentence's end: nothing is said after it; or a participle set off after it describes the document: "said
      // in its annual State of the Global Climate update, released as negotiators gathered…")
      // (a time may stand before the "that": "said in a letter to Commission President Ursula von der Leyen last month that…")
      let e = np ? np[1] : -1
      if (np && isTimeDeterminer(tokens[e]) && isTimeWord(tokens[e + 1])) e += 2
      else if (np && isTimeWord(tokens[e])) e++
      // (a show's or a paper's long title before a that-clause too: "in an interview on Fox News' On the Record with Greta Van Susteren
      // that…")
      const longThat = !!np && np[1] - np[0] <= 16 && w(tokens, e) === 'that' && clauseFollows(tokens, e + 1)
      if (np && (np[1] - np[0] <= 6 || longThat || (np[1] - np[0] <= 10 && (w(tokens, e) === 'that' || isPunct(tokens[np[1]], ':') || clauseFollows(tokens, np[1]) || ((isArticle(tokens[np[0]]) || isPossessive(tokens[np[0]])) && (skipAdjuncts(tokens, np[1]) === tokens.length - 1 || participleAside(tokens, np[1])))))) && !clauseAt(tokens, np[1])) {
        j = w(tokens, e) === 'that' ? e : np[1]
        continue
      }
    }
    return j
  }
  return j
}

/** Whether only a date runs from `k` to the sentence's end: time words and figures, with commas ("March 2024.", "4 March, 2023"). */
function dateOnly(tokens: Token[], k: number): boolean {
  // (read up to the first other word, not copied: a sentence of thousands of "said," stays linear)
  for (let m = k; m < tokens.length; m++) if (!isTimeWord(tokens[m]) && !isFigure(tokens[m]) && !isPunct(tokens[m], ',.')) return false
  return true
}

/** A past participle set off by a comma at `k`, no capital: ", released on Thursday", ", published as talks opened". */
const participleAside = (tokens: Token[], k: number) => isComma(tokens[k]) && !!tokens[k + 1] && !tokens[k + 1].cap && pastForm(tokens[k + 1])

/** "the more", "the longer", "the fewer": one half of a comparative correlative. */
const comparativeAt = (tokens: Token[], j: number) => w(tokens, j) === 'the' && (grammar.comparatives.has(w(tokens, j + 1)) || /^[a-z]{3,}er$/.test(w(tokens, j + 1)))

/** A reported clause without "that": a noun phrase, maybe with its post-modifiers, then a verb marker ("said the talks would fail"). */
export function clauseFollows(tokens: Token[], j: number): boolean {
  // "agreed there are qualified candidates", "believe this is a mistake": an existential or a demonstrative subject, then its verb
  if (grammar.bareSubjects.has(w(tokens, j)) && clauseAt(tokens, j + 1)) return true
  if (quantitySubject(tokens, j)) return true
  // "knew some of this was coming", "said none of it was true": a share of a pronoun, then its verb
  if ((isIndefinite(tokens[j]) || isPartitive(tokens[j])) && w(tokens, j + 1) === 'of' && (grammar.bareSubjects.has(w(tokens, j + 2)) || isPronoun(tokens[j + 2])) && clauseAt(tokens, j + 3)) return true
  // "say the more delegates he wins, the more leverage he has": a comparative correlative
  if (comparativeAt(tokens, j)) for (let k = j + 2; k < tokens.length && k < j + 30; k++) if (isComma(tokens[k]) && comparativeAt(tokens, k + 1)) return true
  // a past spelt like its base and like a noun ("hit", "cut", "hurt") is a verb only before its own object: "said the strike hit a depot"
  // (after a gerund it is as likely the verb of the clause the gerund's phrase stands in: "his penchant for declaring bankruptcy hurt
  // small businesses")
  // (read before `j` moves past a quantity's lead below)
  const afterGerund = !!tokens[j - 1] && gerundLike(tokens[j - 1])
  // "told police he saw a van": a subject pronoun opens a clause whatever verb follows it, one spelt like a noun too (grammar
  // irregularPasts leaves out "saw", "felt", "left")
  if (isSubjectPronoun(tokens[j]) && uncapped(tokens[j + 1])) return true
  // ("charged her for expenses that were never incurred": a pronoun in its object form before a preposition opens no clause)
  if (isObjectPronoun(tokens[j]) && isPreposition(tokens[j + 1])) return false
  const pastLike = (k: number) => !afterGerund && !tokens[k].cap && grammar.pastsAlsoNouns.has(w(tokens, k)) && opensNP(tokens[k + 1])
  j = amountStart(tokens, j)
  // ("believes the “reform” plan will fail": a quoted term may stand inside the clause's subject)
  // ("said praise from Putin would not…", "says support has grown": a noun that is also a verb form opens no phrase of its own)
  let np = rightNP(tokens, j, tokens.length, true) ?? nounVerbAt(tokens, j)
  // ("said continued pressure would work", "warned that repeated strikes had…": a cue's past form before its noun describes it, right
  // after a verb of saying; after a noun's "that" it is a relative's verb, "a report that showed growth was praised")
  const lead = w(tokens, j - 1) === 'that' ? j - 2 : j - 1
  if (!np && !tokens[j]?.cap && cueVerb(w(tokens, j))?.form === 'past' && w(tokens, j).endsWith('ed') && isCueWord(tokens[lead]) && !lexicon.nounish.has(w(tokens, lead))) {
    const noun = rightNP(tokens, j + 1, tokens.length, true)
    if (noun && !isDeterminer(tokens[j + 1])) np = [j, noun[1]]
  }
  // ("say $40,000 to $60,000 is typical", "estimate 30 to 40 people died": a range of amounts is one phrase)
  if (np && isFigure(tokens[np[0]]) && w(tokens, np[1]) === 'to') {
    const k = CURRENCY.test(tokens[np[1] + 1]?.text ?? '') ? np[1] + 2 : np[1] + 1
    const more = isFigure(tokens[k]) ? rightNP(tokens, k, tokens.length, true) : undefined
    if (more) np = [np[0], more[1]]
  }
  for (let pp = 0; np && pp < 3 && !clauseAt(tokens, np[1]); pp++) {
    const k = np[1]
    // (a relative clause is read below: "the candidate who runs the campaign deserves…")
    // ("the average donation during the quarter was…": "during" too, a preposition of time that opens no clause)
    const during = grammar.timePrepositions.has(w(tokens, k)) && !isClauseBreaker(tokens[k])
    if ((!isPreposition(tokens[k]) && !during) || isTo(tokens, k) || isRelative(tokens[k])) break
    // (a preposition before a gerund of saying ends the phrase: "hopes the world reflects on his death by recalling…")
    // ("suggest a fee of around £45m would be enough": an amount's lead and currency inside the phrase too)
    const next = rightNP(tokens, amountStart(tokens, k + 1), tokens.length, true)
    if (!next && ingCue(tokens, k + 1)) break
    np = next ? [np[0], next[1]] : undefined
  }
  // "she and her husband are", "Obama advanced this agenda"
  if (np && w(tokens, np[1]) === 'and') {
    const more = rightNP(tokens, np[1] + 1)
    if (more) np = [np[0], more[1]]
  }
  if (!np) return false
  // ("told reporters the decision “threatens to throw…”": the clause's verb may open a quotation that goes on past it; a quoted
  // word alone is a term, "called those advocating it “fools”")
  const quoted = tokens[np[1] + 1]
  if (isQuoteMark(tokens[np[1]]) && quoted?.quoted && !quoted.cap && tokens[np[1] + 2]?.word && tokens[np[1] + 2].quoted && (clauseAt(tokens, np[1] + 1) || presentVerb(quoted) || pastForm(quoted))) return true
  // "believe the deal set a precedent", "think the tariffs hurt consumers": the phrase ran on into such a past after its noun
  for (let m = np[0] + 1; m < np[1]; m++) if (pastLike(m) && !isDeterminer(tokens[m - 1]) && !adjectiveLike(tokens[m - 1])) return true
  // "suggested the attacks highlight the threat": a plural noun, a plain verb, then its object; without a tagger the phrase ran on into the verb
  // ("151,000 jobs during the month": a preposition of an adjunct is no verb)
  const last = tokens[np[1] - 1]
  const verbInside = np[1] - np[0] >= 3 && uncapped(last) && !last.lower.endsWith('s') && !isAdjunctPreposition(last) && isPlural(tokens[np[1] - 2]) && !tokens[np[1] - 2].cap
  if (verbInside && !adjectiveLike(tokens[np[1] - 1]) && (isArticle(tokens[np[1]]) || isPossessive(tokens[np[1]]))) return true
  // "said the AP report merits a special prosecutor": a singular noun, then an -s verb and its object, the same way
  // ("thinks the plan needs work", "believes the deal helps farmers": the phrase ran on over a bare object too, up to the clause's end)
  // (or the phrase stopped at that verb, a cue's form: "believes the spending shows the campaign is…")
  if (verbAfterSingular(tokens, np[0], np[1] - 1) && (isArticle(tokens[np[1]]) || isPossessive(tokens[np[1]]))) return true
  // ("said the decision threatens workers", "…threatens their jobs": a bare object or a possessive's, as an article's)
  if (cueVerb(w(tokens, np[1]))?.form === 'present' && !tokens[np[1]].cap && singularNoun(tokens, np[0], np[1]) && (isArticle(tokens[np[1] + 1]) || isPossessive(tokens[np[1] + 1]) || bareObjectAfter(tokens, np[1], tokens.length))) return true
  for (let m = np[0] + 2; m < np[1] - 1; m++) if (verbAfterSingular(tokens, np[0], m) && bareObjectAfter(tokens, m, np[1])) return true
  // ("contend the policy discriminates against older workers": or a preposition right after it, after an article and one noun)
  const m = np[0] + 2
  if (m < np[1] - 1 && isArticle(tokens[np[0]]) && verbAfterSingular(tokens, np[0], m) && isPreposition(tokens[m + 1]) && w(tokens, m + 1) !== 'of') return true
  // ("said the laws restrict voting.", "said the rules tighten mail voting.": a plural noun, then a plain verb and its bare object)
  for (let m = np[0] + 2; m < np[1] - 1; m++) if (plainVerbAfterPlural(tokens, m) && bareObjectAfter(tokens, m, np[1])) return true
  // "said campaign strategists plan to…", "said Democrats want to…": a plural subject, then its verb before "to"
  if (isTo(tokens, np[1]) && np[1] - np[0] >= 2 && grammar.intentVerbs.has(w(tokens, np[1] - 1)) && isPlural(tokens[np[1] - 2])) return true
  // "said none of the attempts to stop him will work": an infinitive after the subject, then its verb
  if (np[1] < tokens.length && isTo(tokens, np[1])) {
    // ("to forgo corporate and foreign money had…": a coordination inside the infinitive's object)
    const inside = (m: number) => (tokens[m]?.word || isQuoteMark(tokens[m])) && (!isClauseBreaker(tokens[m]) || ((w(tokens, m) === 'and' || w(tokens, m) === 'or') && !tokens[m + 1]?.cap))
    // ("who wants to win the state owes it…": after the infinitive's object, an -s word before its own object is the verb)
    // ("the ban on spending to bring detainees to the U.S. in the latest bill prevented the department…": a past verb too, further on)
    // (not a second verb of the sentence's own subject: "praised the attempt to shutter it and embraced his argument")
    const verbWithObject = (m: number) => m > np[1] + 2 && (presentVerb(tokens[m]) || (pastForm(tokens[m]) && !isPreposition(tokens[m - 1]) && !isClauseBreaker(tokens[m - 1]))) && (isPronoun(tokens[m + 1]) || isDeterminer(tokens[m + 1]))
    // (a past verb with its object may come after a longer phrase)
    // (a modal may come after a long one: "say her plans to raise a host of taxes on the rich and give … to the middle class would make…")
    const modal = (m: number) => grammar.modals.has(w(tokens, m)) && !isDeterminer(tokens[m - 1])
    for (let m = np[1] + 2; m < np[1] + 26 && inside(m); m++) if ((m < np[1] + 8 && clauseAt(tokens, m)) || (m < np[1] + 14 && verbWithObject(m) && (m < np[1] + 8 || pastForm(tokens[m]))) || modal(m)) return true
  }
  // "believe the level of priority being placed on black voters shows…": a passive -ing phrase on the subject, then its verb
  if (w(tokens, np[1]) === 'being' && tokens[np[1] + 1] && pastForm(tokens[np[1] + 1])) {
    for (let m = np[1] + 3; m < np[1] + 16 && tokens[m]?.word; m++) if (clauseAt(tokens, m) || (presentVerb(tokens[m]) && !tokens[m].cap && (isArticle(tokens[m + 1]) || clauseFollows(tokens, m + 1)))) return true
  }
  // "said the boycott calls are…": a noun that looks like a verb, then the clause's verb
  const tail = tokens[np[1]]
  if (uncapped(tail) && !isPreposition(tail) && !isClauseBreaker(tail) && !isDeterminer(tail) && clauseAt(tokens, np[1] + 1) && !clauseAt(tokens, np[1])) return true
  // an adverb may stand before the verb: "said the campaign ultimately entered…"; a short relative clause too: "said people who met him gave…"
  const relEnd = relativeEnd(tokens, np[1])
  // "said Obama's strategy -- airstrikes and training -- is inadequate": an aside in dashes or brackets
  let k = skipAside(tokens, asideEnd(tokens, relEnd))
  const aside = k > np[1]
  // "said its policy “is not to cover” his company": a quotation may open at the verb (two marks for a typed '')
  const opened = k
  for (let q = 0; q < 2 && isQuoteMark(tokens[k]) && tokens[k + 1]?.quoted; q++) k++
  const from = k
  // ("most likely will fail": after an adverb of degree an -ly word is an adverb too, even one that is often an adjective; one
  // before a preposition is the verb, "only apply to adults", "still rely on aid")
  while (k < from + 2 && uncapped(tokens[k]) && (adverbLike(tokens[k]) || isAdverb(tokens[k]) || (k > from && w(tokens, k).endsWith('ly') && !isPreposition(tokens[k + 1])))) k++
  const next = tokens[k]
  const past = !!next && uncapped(next) && ((next.lower.length > 4 && next.lower.endsWith('ed')) || grammar.irregularPasts.has(next.lower) || pastLike(k))
  // "the week eliminated by the legislature was vital": a participle with its agent describes the subject, the verb comes after
  // ("ended by noon", "rose by 5%" are the verb with a time or an amount)
  if (past && w(tokens, k + 1) === 'by' && !isTimeWord(tokens[k + 2]) && !isFigure(tokens[k + 2])) {
    const agent = rightNP(tokens, k + 2)
    return !!agent && clauseAt(tokens, agent[1])
  }
  // ("wrote a memoir called “Becoming”": a thing's naming participle names it, no verb; "said the mayor called it…" is one)
  if (past && k === np[1] && grammar.namingParticiples.has(next.lower) && !tokens[np[1] - 1].cap && !addressee(tokens[np[1] - 1])) return false
  if (clauseAt(tokens, k) || past) return true
  // after an adverb or an aside a lowercase -s word is the verb: "said the law unfairly targets…", "said the ruling, which …, shows…"
  // (or after a quotation's opening mark, where the phrase stopped, with the quotation going on: "said the budget “balances the
  // books…”", not "called those who… “fools”")
  if ((k > from || aside || (from > opened && !!tokens[k + 1]?.word)) && presentVerb(next) && !isTo(tokens, k + 1)) return true
  // (after an adverb, a plain verb after a plural: "say the results only hold for office jobs", "say the rules never apply")
  const subject = tokens[np[1] - 1]
  if (k > from && !aside && from === np[1] && isPlural(subject) && !subject.cap && plainVerb(next) && !isTo(tokens, k + 1)) return true
  // right after a name, a lowercase -s word that names no people is its verb: "said Ortiz deserves…", "says praise from Putin helps…";
  // after a person's title too, even before "to": "say the former governor plans to…"
  for (let m = j + 1; m <= np[1]; m++) {
    const before = tokens[m - 1]
    if (before.cap && !normalised(before) && (clauseAt(tokens, m) || (presentVerb(tokens[m]) && !isTo(tokens, m + 1)))) return true
    // (a plural role agrees with no -s word: "promised customers yields of up to 18 percent")
    if (!before.cap && isPersonRole(before) && ((presentVerb(tokens[m]) && !isPlural(before)) || (!normalised(before) && clauseAt(tokens, m)))) return true
  }
  return false
}

/** A lowercase cue or light verb form read as a noun, as the subject of a clause: "praise would…", "support from the left has…". */
function nounVerbAt(tokens: Token[], j: number): Range | undefined {
  const t = tokens[j]
  if (!t?.word || t.cap || lexicon.clauseMarkers.has(t.lower) || lexicon.negations.has(t.lower) || !(isCueWord(t) || lexicon.lightVerbs.has(t.lower))) return undefined
  // (or a past: "Police say suspect acted alone", a headline's bare noun)
  return clauseAt(tokens, j + 1) || (isPreposition(tokens[j + 1]) && !isTo(tokens, j + 1)) || pastForm(tokens[j + 1]) ? [j, j + 1] : undefined
}

/** Past an aside set off by commas after a clause's subject ("dozens of protesters, some of them armed, stormed…"), or `k` itself. */
export function asideEnd(tokens: Token[], k: number): number {
  // the aside describes the subject ("some of them armed", "most of them students"); ", hugged her staff," is a second verb
  const first = tokens[k + 1]
  const relative = first?.lower === 'which' || first?.lower === 'who'
  // ("the program, run by the department, has…", "the plan, drafted in May, would…": a passive participle describes it;
  // with an object it is a second verb: ", hugged her staff,")
  // (past an adverb before it: "the bill, first reported by Politico, would…", "the memo, originally drafted in May, …")
  const p = uncapped(first) && (isAdverb(first) || adverbLike(first)) && pastForm(tokens[k + 2]) ? k + 2 : k + 1
  const participle = uncapped(tokens[p]) && (pastForm(tokens[p]) || w(tokens, p + 1) === 'by') && (isPreposition(tokens[p + 1]) || isAdjunctPreposition(tokens[p + 1]))
  // (or an amount: "the plan, about 400 pages,", "the plan, which cost $4 billion,"; or a condition on it: "the bill, if passed,", "if it passes,")
  if (!isComma(tokens[k]) || !first?.word || !(relative || participle || grammar.namingAsides.has(first.lower) || isIndefinite(first) || isDeterminer(first) || isFigure(first) || pastQuantityLead(tokens, k + 1) > k + 1 || grammar.conditionOpeners.has(first.lower))) return k
  for (let m = k + 1; m < tokens.length && m < k + (relative ? 30 : participle ? 12 : 8); m++) {
    if (!tokens[m].word && tokens[m].text !== '-' && tokens[m].text !== '%' && !CURRENCY.test(tokens[m].text)) return isComma(tokens[m]) && m > k + 1 ? m + 1 : k
  }
  return k
}

/** Past a short relative clause of a verb and its object ("who met Lee"), or `k` itself. */
function relativeEnd(tokens: Token[], k: number): number {
  const verb = tokens[k + 1]
  // "women who are raped should…": after an auxiliary the clause runs to the main clause's own auxiliary
  // (past the clause's own verb group: "an injunction that would have halted the sale" has none after it)
  if ((w(tokens, k) === 'who' || w(tokens, k) === 'that') && uncapped(verb) && isAuxiliary(verb)) {
    let m = k + 2
    while (m < tokens.length && tokens[m].word && (isAuxiliary(tokens[m]) || lexicon.negations.has(w(tokens, m)))) m++
    for (; m < tokens.length && m < k + 8 && tokens[m].word; m++) if (clauseAt(tokens, m)) return m
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
    if (presentVerb(tokens[m]) && next?.word && !isPreposition(next) && !isClauseBreaker(next)) return m
  }
  return np[1]
}

/** Past "more than", "about" or "at least" before a number or a fraction: the noun phrase starts after it. */
export function pastQuantityLead(tokens: Token[], j: number): number {
  const first = w(tokens, j)
  const k = twoWordLead(first, w(tokens, j + 1)) ? j + 2 : grammar.quantityLeads.has(first) ? j + 1 : j
  const t = tokens[k]
  return k > j && t && ((t.word && (isFigure(t) || isPartitive(t) || isIndefinite(t))) || CURRENCY.test(t.text)) ? k : j
}

/** Past a quantity's lead and a currency sign: "said $2 billion was missing", "about £45m". */
function amountStart(tokens: Token[], j: number): number {
  const k = pastQuantityLead(tokens, j)
  return CURRENCY.test(tokens[k]?.text ?? '') ? k + 1 : k
}

/** endings of plural nouns of people, which a third-person -s verb does not have */
const PLURAL_ENDINGS = /(ss|ers|ors|ists|ians|ans)$/

/** A lowercase third-person -s word: not a preposition, a conjunction, or a plural of people ("deserves", not "viewers", "donors", "activists"). */
export function presentVerb(t: Token | undefined): boolean {
  if (!t?.word || t.cap || t.lower.length < 4 || !t.lower.endsWith('s') || PLURAL_ENDINGS.test(t.lower)) return false
  const l = t.lower
  // ("conceded defeat early this morning": a determiner in -s opens a phrase)
  return !lexicon.prepositions.has(l) && !lexicon.clauseBreakers.has(l) && !lexicon.determiners.has(l) && !lexicon.nounsInPhrase.has(l) && !isSourceNoun(t)
}

/** A person, then an -ing verb: "Mr. Obama talking…", "the senator giving her…" (the phrase reader may take the participle in). */
function doingAfter(tokens: Token[], j: number): boolean {
  const np = rightNP(tokens, j)
  for (let k = j + 1; np && k <= np[1]; k++) if (tokens[k]?.word && gerundLike(tokens[k])) return tokens[k - 1].word && (tokens[k - 1].cap || addressee(tokens[k - 1]))
  return false
}

/**
 * An -s verb at `m` after a singular common noun, at least two words into the phrase opening at `from`: "the AP report merits";
 * or after a singular noun's preposition and its plural object, which the verb cannot agree with: "support from voters | helps".
 */
function verbAfterSingular(tokens: Token[], from: number, m: number): boolean {
  if (!presentVerb(tokens[m])) return false
  const head = tokens[m - 3]
  const plural = tokens[m - 1]
  if (m - 3 >= from && isPreposition(tokens[m - 2]) && uncapped(plural) && /[^su']s$/.test(plural.lower) && uncapped(head) && !head.lower.endsWith('s') && !adjectiveLike(head) && !isDeterminer(head) && !isPreposition(head)) return true
  return singularNoun(tokens, from, m)
}

/** A plain verb at `m` after a plural common noun: "the laws | restrict", "most of them | tighten", not "the sales | tax" (a noun then, since no object ends the clause). */
function plainVerbAfterPlural(tokens: Token[], m: number): boolean {
  const plural = tokens[m - 1]
  if (!plural.word || plural.cap || !plainVerb(tokens[m])) return false
  // ("said most of them tighten mail voting": a partitive's pronoun counts people too)
  if (plural.lower === 'them' && w(tokens, m - 2) === 'of') return true
  // (the noun after a determiner, or one word after it: "the new laws"; "instead of denying poor folks health care" has no clause)
  return isPlural(plural) && (isDeterminer(tokens[m - 2]) || (isDeterminer(tokens[m - 3]) && uncapped(tokens[m - 2]) && !isPreposition(tokens[m - 2])))
}

/** A lowercase word that may be a plain verb: no -s, adjective, gerund, noun inside a phrase, preposition, determiner or adverb. */
function plainVerb(t: Token | undefined): boolean {
  return uncapped(t) && !t.lower.endsWith('s') && !adjectiveLike(t) && !gerundLike(t) && !lexicon.nounsInPhrase.has(t.lower) && !isPreposition(t) && !isClauseBreaker(t) && !isDeterminer(t) && !isAdverb(t) && !isTimeWord(t)
}

/** A singular common noun before token `m`, at least two words into the phrase opening at `from` ("the report", "the spending"). */
function singularNoun(tokens: Token[], from: number, m: number): boolean {
  if (m - from < 2) return false
  const singular = tokens[m - 1]
  // ("believes the spending shows…": an -ing word right after a determiner is a noun)
  const noun = !adjectiveLike(singular) || (gerundLike(singular) && isDeterminer(tokens[m - 2]))
  return uncapped(singular) && !singular.lower.endsWith('s') && !isDeterminer(singular) && !isPreposition(singular) && noun
}

/**
 * One to three bare words after the verb at `m`, before `end`, then the clause ends, an adjunct opens or an adverb closes it:
 * "needs work on its budget", "hurts workers badly". Not a clause opener, which a compound noun may run on into as well
 * ("praising a government savings plan that offers…"); a noun that goes on a phrase closes none ("knows the state jobs report").
 */
function bareObjectAfter(tokens: Token[], m: number, end: number): boolean {
  for (let k = m + 1; k < end && k < m + 4; k++) {
    const t = tokens[k]
    if (!t.word || t.cap || isPreposition(t) || isClauseBreaker(t) || lexicon.nounsInPhrase.has(t.lower)) return false
    const after = tokens[k + 1]
    if (clauseEnds(after) || isPreposition(after) || (adverbLike(after) && clauseEnds(tokens[k + 2]))) return true
  }
  return false
}

/** The noun whose relative clause has the pronoun subject of the cue at `i`, with or without its relative pronoun: "footage (that) it said", "a memo they say". */
function relativeAntecedent(tokens: Token[], i: number): Token | undefined {
  if (!grammar.relativeSubjects.has(w(tokens, i - 1))) return undefined
  const before = tokens[isRelative(tokens[i - 2]) ? i - 3 : i - 2]
  const noun = uncapped(before) && !isPreposition(before) && !isClauseBreaker(before) && !isAuxiliary(before) && !isCueWord(before) && !isAdverb(before) && !adverbLike(before) && !isTimeWord(before) && !lexicon.pronouns.has(before.norm)
  return noun ? before : undefined
}

/** The relative clause's own verb at `j`, agreeing with its noun: "footage it said showed", "a memo they say shows", "photos they say show". */
function relativeVerb(tokens: Token[], j: number, noun: Token): boolean {
  const t = tokens[j]
  const form = cueVerb(t.lower)?.form
  // (after a plural, any plain word before an article is that clause's verb: "models that it claims rival the best systems")
  const plain = isPlural(noun) && uncapped(t) && !isDeterminer(t) && !isPronoun(t) && !isPreposition(t) && isArticle(tokens[j + 1])
  return (pastForm(t) || presentVerb(t) || form === 'present' || (form === 'base' && isPlural(noun)) || plain) && opensNP(tokens[j + 1])
}

/** The object noun phrase at `j`, by the Porter stem of its head: information, an act, or neither. */
export function objectKind(tokens: Token[], j: number): { kind: 'info' | 'act' | 'other'; end: number; np: Range } | undefined {
  // (past a figure's lead: "claimed at least 12 lives" as "claimed 12 lives")
  const np = rightNP(tokens, tokens[j + 1] && figureLead(tokens, j + 1) ? j + 2 : j)
  if (!np) return undefined
  const h = headOf(tokens, np)
  // (a name's last word is no common noun: "warned the United States against…" is not "declared a state of emergency"; "the Lord's
  // Prayer" is a prayer)
  const named = tokens[h].cap && !!tokens[h - 1]?.cap && h - 1 >= np[0] && !/['’]s$/.test(tokens[h - 1].text)
  return { kind: named ? 'other' : objectNoun(tokens[h].norm), end: h + 1, np }
}

/**
 * An order or a request (grammar requestVerbs), its addressee first: "urged drivers not to travel", "the letter urged
 * regulators to approve it" (SPEC §1: an instruction is an event in the story). Before a plain
 * "to" the addressee must be a person ("said efforts to curb it will fail" has an infinitive in its subject).
 * The index of its "to", or -1.
 */
function requestAfter(tokens: Token[], j: number): number {
  const np = rightNP(tokens, j)
  // (the addressee is one plain phrase: "warned Grassley of trying to…" goes on past it; a place after the people addressed is theirs,
  // "urging residents along the coast to review…", any preposition but a warning's topic's, grammar warnedOf)
  const p = np ? tokens.slice(np[0], np[1]).findIndex((t) => isPreposition(t)) : -1
  if (!np || (p >= 0 && !(p > 0 && addressee(tokens[np[0] + p - 1]) && !grammar.warnedOf.has(`warn ${tokens[np[0] + p].lower}`)))) return -1
  // ("urged residents who had not evacuated to stay indoors": a relative clause may stand between the addressee and its "to")
  const k = w(tokens, np[1]) === 'who' ? pastRelative(tokens, np[1]) : np[1]
  // ("not to share videos": after "not to" a word that is also a noun is the verb)
  // (or a quotation: "not to “choose the road toward isolationism”")
  const negated = (w(tokens, k) === 'not' || w(tokens, k) === 'never') && w(tokens, k + 1) === 'to' && ((uncapped(tokens[k + 2])) || isQuoteMark(tokens[k + 2]) || unsaidOrder(tokens, k))
  if (!negated && !isTo(tokens, k)) return -1
  const head = tokens[headOf(tokens, np)]
  // ("the plan not to reopen…" is a noun's infinitive; "drivers not to travel" addresses people)
  return head.cap || addressee(head) || (negated && isPlural(head)) ? (negated ? k + 1 : k) : -1
}

/** "not to" or "never to" at `k` with its verb left unsaid: "told us not to.", "advised us not to, and our insurer agreed" (an order all the same). */
function unsaidOrder(tokens: Token[], k: number): boolean {
  return (w(tokens, k) === 'not' || w(tokens, k) === 'never') && w(tokens, k + 1) === 'to' && (clauseEnds(tokens[k + 2]) || isComma(tokens[k + 2]))
}

/**
 * Where a short relative clause that opens with "who" at `k` ends before the request's "to", or `k`: its own verb must not be one
 * that takes "to" itself ("reporters who had asked to see the files", "those who planned to stay"), nor a form of "be" ("asked
 * reporters who was to blame" is a question).
 */
function pastRelative(tokens: Token[], k: number): number {
  for (let m = k + 2; m <= k + 8 && tokens[m]?.word; m++) {
    if (w(tokens, m) !== 'to') continue
    const verb = w(tokens, m - 1)
    return isTo(tokens, m) && !lexicon.auxiliaries.has(verb) && !lexicon.cueVerbs.has(verb) && !lexicon.intentStems.has(stem(verb)) ? m : k
  }
  return k
}

/**
 * Whether the that-clause at `k` is in the subjunctive, "that residents be evacuated", "that his name not be used", "that she not
 * run": what a verb of asking or ordering wants done (grammar requestVerbs), an event in the story and no attribution (SPEC §1).
 */
export function mandative(tokens: Token[], k: number): boolean {
  const np = rightNP(tokens, k)
  if (!np) return false
  const v = w(tokens, np[1])
  return v === 'be' || (v === 'not' && !!tokens[np[1] + 1]?.word && !clauseAt(tokens, np[1] + 1))
}

/** An order in the speaker's own quoted words, "urged voters to “stay home”": the quotation is theirs (SPEC §1), the order an event. */
const quotedOrder = (tokens: Token[], to: number): Content | undefined => {
  if (isQuoteMark(tokens[to + 1]) && tokens[to + 2]?.quoted) return { kind: 'quote', at: to + 1 }
  // (or words quoted that end it: "urged the court to issue the warrant “without delay.”"; not a name, "to avoid the “Spaghetti
  // Junction” area")
  // (within its own clause: not past a comma, a colon or a verb of saying, "interjected to say: “…”")
  for (let k = to + 2; k < tokens.length && k < to + 12 && !isPunct(tokens[k], '.,;:!?') && !isCueWord(tokens[k]); k++) {
    if (!isQuoteMark(tokens[k]) || !tokens[k + 1]?.quoted) continue
    let m = k + 1
    while (m < tokens.length && !isQuoteMark(tokens[m])) m++
    return tokens[m + 1]?.word ? undefined : { kind: 'quote', at: k }
  }
  return undefined
}

/**
 * A request with "for" after a verb of asking (grammar requestForVerbs) at `k`, past the addressee if any: "asked the court for a
 * delay", "asked residents for patience", "asked for emergency funds" (an act with no content); not "asked for the third time whether…".
 */
export function requestFor(tokens: Token[], k: number): boolean {
  let at = k
  if (w(tokens, k) !== 'for') {
    const obj = rightNP(tokens, k)
    if (!obj) return false
    at = obj[1]
    // (read whole, the addressee's phrase may hold the request: "residents for patience")
    for (let m = obj[0] + 1; m < obj[1]; m++) {
      if (w(tokens, m) === 'for') {
        at = m
        break
      }
    }
  }
  return w(tokens, at) === 'for' && !tokens.slice(at).some((x) => lexicon.questionWords.has(x.lower) || x.lower === 'whether')
}

/**
 * A verb whose only content is the "as" phrase after its object (grammar asOnlyVerbs): "identified the victim as Aaron Pike", "was
 * identified by the coroner as…", "Analysts see a cut as likely".
 */
export const namesByAs = (verb: CueVerb) => grammar.asOnlyVerbs.has(verb.base)

/**
 * What follows a cue verb, if it is content (SPEC §1): a that-clause, a quotation, a colon,
 * a reported clause, a to-infinitive of commitment, an informational object, or nothing
 * at all when the cue trails its content (", Kim said.").
 */
export function contentAfter(tokens: Token[], i: number, verb: CueVerb, document: boolean): Content | undefined {
  // ("identified three genes linked to…" is an act, "identified herself as a nurse" and "identify with a party" are who one is)
  // (an "as" that opens a clause is a conjunction: "saw the truck hit people as they left")
  if (namesByAs(verb)) {
    const as = heldEnd(tokens, i + 1)
    return !grammar.reflexives.has(w(tokens, i + 1)) && w(tokens, as) === 'as' && !clauseFollows(tokens, as + 1) ? { kind: 'clause', at: i + 1 } : undefined
  }
  // "55 percent said so": "so" stands for the clause
  if (w(tokens, i + 1) === 'so' && verb.cls !== 'commitment' && !tokens[skipAdjuncts(tokens, i + 2)]?.word) return { kind: 'object', at: i + 1 }
  // "acknowledged as much": "as much" stands for the clause too
  if (w(tokens, i + 1) === 'as' && w(tokens, i + 2) === 'much' && verb.cls !== 'commitment' && !tokens[skipAdjuncts(tokens, i + 3)]?.word) return { kind: 'object', at: i + 1 }
  // "a defeat Obama believes to be the worst", "an administration that they widely view as ineffective": the object went ahead
  // of a thinking verb, what it is held to be follows (a passive, "is believed to be", "was viewed as", is a hedge of its own)
  // ("expected to be" is read below, as a prediction)
  // ("the limit that economists consider sustainable": an adjective after "consider" or "deem", the same way)
  const heldAfter = (w(tokens, i + 1) === 'to' && w(tokens, i + 2) === 'be') || (w(tokens, i + 1) === 'as' && grammar.describeVerbs.has(verb.base)) || (grammar.smallClauseVerbs.has(verb.base) && !!tokens[i + 1] && adjectiveLike(tokens[i + 1]))
  if (verb.cls === 'thought' && verb.base !== 'expect' && heldAfter && objectMovedAhead(tokens, i)) return { kind: 'clause', at: i + 1 }
  // "warned of a “ferocious” battle ahead", "cautioned against a rate rise": what the warning is about is its content
  // (its noun may open in quotation marks: "warned of “danger to life”")
  if (grammar.warnedOf.has(`${verb.base} ${w(tokens, i + 1)}`) && (isDeterminer(tokens[i + 2]) || opensNP(tokens[i + 2]) || (isQuoteMark(tokens[i + 2]) && !!tokens[i + 3]?.word))) return { kind: 'object', at: i + 2 }
  // ("wrote of “the loneliest job in the world”": a quotation as what was said or written about is the speaker's words)
  // (not a plain form, which may tell of a thing's: "Museum Will Tell of ‘Suffering and Delight’")
  if (verb.cls === 'speech' && verb.form !== 'base' && (w(tokens, i + 1) === 'of' || w(tokens, i + 1) === 'about') && isQuoteMark(tokens[i + 2]) && !!tokens[i + 3]?.quoted) return { kind: 'quote', at: i + 2 }
  // "explained after winning his home state on March 15, he would need…": a clause of time or reason, then the reported clause
  // (read before the adjuncts, which would take "after winning" for a prepositional phrase)
  if ((verb.cls === 'thought' || verb.cls === 'speech') && grammar.adverbialOpeners.has(w(tokens, i + 1)) && openerThenClause(tokens, i + 1)) return { kind: 'clause', at: i + 1 }
  // "the coach whom Ferreira accused of bullying": its object moved before it, what the verb says of it follows
  // (only for verbs whose object is what was said: "the man she charged with assault" is an act)
  if (verb.takes === 'any' && verb.notBefore?.includes(w(tokens, i + 1))) return { kind: 'object', at: i + 1 }
  // "admitted to lying about the budget": what was owned up to ("admitted to hospital" names a place)
  if (verb.toGerund && w(tokens, i + 1) === 'to' && uncapped(tokens[i + 2]) && w(tokens, i + 2).endsWith('ing')) return { kind: 'object', at: i + 1 }
  // ("vowed to press ahead", "pledged to staff the clinics": after a promise, a singular word for people is a verb too, no adjunct's noun)
  const next = tokens[i + 2]
  if (verb.cls === 'commitment' && w(tokens, i + 1) === 'to' && uncapped(next) && addressee(next) && !isPlural(next) && !isObjectPronoun(next)) return { kind: 'to', at: i + 1 }
  let j = skipAdjuncts(tokens, skipAside(tokens, i + 1))
  // "rejected the accusation", "dismissed the allegations": a denial of a claim (grammar denialVerbs, deniedClaims), its clause after
  // it or not
  if (grammar.denialVerbs.has(verb.base)) {
    const obj = rightNP(tokens, j)
    if (obj && grammar.deniedClaims.has(tokens[headOf(tokens, obj)].lower) && w(tokens, obj[1]) !== 'that') return { kind: 'object', at: j }
  }
  // "rejected the idea as “ludicrous”", "rejected the notion that…": a characterisation or a denial; "rejecting a treaty … that would…" is an act
  if (verb.characterizes) {
    // (the claim may have gone ahead: "…, a claim Kyiv rejects." ends with the verb; cues read the noun of saying before it)
    if (j >= tokens.length || isPunct(tokens[j], '.!?')) return { kind: 'trailing', at: j }
    const obj = rightNP(tokens, j)
    if (!obj) return undefined
    if (w(tokens, obj[1]) === 'as' && quoteWithin(tokens, obj[1] + 1)) return { kind: 'quote', at: obj[1] + 1 }
    return claimClause(tokens, obj)
  }
  // "warned residents", "warns users when their battery is low", "notifies patients if a result is abnormal": the one told, and
  // nothing said to them after; what was said may have gone before ("…, a spokesman told reporters.")
  if (verb.cls === 'speech' && (verb.takes === 'object' || ((verb.takes === 'any' || verb.takes === 'clause') && grammar.requestVerbs.has(verb.base))) && toldNothing(tokens, j, verb)) return { kind: 'trailing', at: j }
  // (the end of the addressee or object read below, if any, and a relative clause's "that" right after it)
  let objectEnd = -1
  let relative = -1
  // told/assured/informed and asked take an addressee first: "told reporters that…"; expect X to…
  if (verb.takes === 'object' || verb.takes === 'question' || verb.takes === 'quote' || verb.addressee || verb.base === 'expect' || verb.base === 'believe') {
    const t = tokens[j]
    // (a past right after the verb in a relative clause is that clause's verb, no object: "which investigators believe started in…")
    if (t?.word && !grammar.beforeAddressee.has(t.lower) && !lexicon.questionWords.has(t.lower) && !(j === i + 1 && thoughtGap(tokens, i, verb))) {
      // ("asked her, “…”": "her" with no noun after it is the addressee)
      // (an object pronoun is the whole object, "called them terrorism"; "her" may own the noun after it, "called her plan a sham")
      const pronoun = isObjectPronoun(t)
      const obj = pronoun && t.lower !== 'her' ? ([j, j + 1] as const) : (rightNP(tokens, pastQuantityLead(tokens, j)) ?? (pronoun ? ([j, j + 1] as const) : undefined))
      if (obj && unsaidOrder(tokens, obj[1])) return undefined
      // the object, unless it is the subject of a reported clause ("believe the tariff will…")
      if (obj && !clauseFollows(tokens, j)) {
        if ((verb.base === 'expect' || verb.base === 'believe') && isTo(tokens, obj[1])) return { kind: 'to', at: obj[1] }
        if (verb.takes === 'any') return { kind: 'object', at: j }
        // (read right after the verb and its adverbs: "called for banning all Muslims from entering the United States" has none)
        if (tokens.slice(i + 1, obj[0]).every((x) => x.word && (adverbLike(x) || isAdverb(x)))) objectEnd = obj[1]
        // ("asked residents who live near the coast to evacuate": past a relative clause to the request's "to")
        const to = w(tokens, obj[1]) === 'who' ? pastRelative(tokens, obj[1]) : obj[1]
        j = skipAdjuncts(tokens, to > obj[1] ? to : skipRelative(tokens, obj[1]))
        // "asked him pointedly why…"
        if (verb.takes === 'question' && tokens[j]?.word && adverbLike(tokens[j]) && lexicon.questionWords.has(w(tokens, j + 1))) j++
        // "asked Republicans a simple question: …"
        if (verb.takes === 'question' && tokens[j]?.word && !lexicon.questionWords.has(w(tokens, j))) j = rightNP(tokens, j)?.[1] ?? j
        // "told a town hall in Salem, New Hampshire on Monday that…" ("gatherings…, called the Clinton Global Initiative, that the foundation held" names them)
        const that = verb.base === 'call' && isComma(tokens[i - 1]) ? -1 : thatAhead(tokens, j)
        // ("asked agencies that dealt with the shooting to…": "that" and a past verb open a relative clause on the addressee)
        const relativeThat = that >= 0 && (verb.takes === 'object' || verb.takes === 'question') && pastVerb(tokens, that + 1)
        if (that >= 0 && !relativeThat) return { kind: 'that', at: that }
        // ("reminded voters of the six years his family had lived there", "reminded Trump of the actions of…": what they were told
        // about, grammar addresseeTopics; not a place they are of, "told residents of Flint the water was safe")
        const topic = headOf(tokens, [obj[0], obj[1]]) + 1
        const place = w(tokens, topic) === 'of' && !!tokens[topic + 1]?.cap && !normalised(tokens[topic + 1])
        if (that < 0 && verb.takes === 'object' && objectEnd === obj[1] && (addressee(tokens[topic - 1]) || tokens[topic - 1].cap) && grammar.addresseeTopics.has(w(tokens, topic)) && !place) return undefined
        // ("cautioned investors against panic selling": what the warning is about, after the one warned)
        if (that < 0 && grammar.warnedOf.has(`${verb.base} ${w(tokens, topic)}`)) return { kind: 'object', at: topic + 1 }
        // (what was said may follow it: "assured residents that lived near the plant that the water was safe")
        const after = relativeThat ? thatAhead(tokens, that + 2) : -1
        if (after >= 0 && !pastVerb(tokens, after + 1)) return { kind: 'that', at: after }
        if (relativeThat && that === j) relative = j
        // (a verb whose class takes no addressee has one only before a that-clause: "promised a country of new opportunities.")
        if (verb.addressee) return undefined
      }
    }
  }
  // "called it “predatory”", "criticized Obama as a weak commander-in-chief"
  if (verb.takes === 'quote') {
    // ("would call another “when there is a real chance of success”": a quotation that opens a clause of time or reason is no name
    // the thing is called)
    if (quoteWithin(tokens, j) && !(grammar.namingVerbs.has(verb.base) && quotedSubordinator(tokens, j))) return { kind: 'quote', at: j }
    // "called the failure to ban facial recognition in public spaces “a devastating precedent”": a thing's object read past the
    // infinitive that modifies it (not a person's: "called the police to report “a man with a gun”" asked them for help)
    if (grammar.namingVerbs.has(verb.base) && objectEnd > i + 1 && isTo(tokens, j) && !addressee(tokens[objectEnd - 1]) && !tokens[objectEnd - 1].cap && closingQuoteAfter(tokens, j + 2)) return { kind: 'quote', at: j }
    // (not "as" opening a clause of time: "thanked Ruiz and Lee as the meeting closed")
    const as = w(tokens, j) === 'as' ? rightNP(tokens, j + 1) : undefined
    if (as && !clauseAt(tokens, as[1]) && !pastForm(tokens[as[1]])) return { kind: 'object', at: j }
    // "called him a political opportunist": a second noun phrase names what the subject called it
    // ("called Trump his friend", "calls Clinton unqualified;": a possessive's noun, or a lone word before the clause ends)
    // (what it was called is a small clause: "about Pope Francis calling Christmas a sham" hands it over from a gerund too)
    if (verb.base === 'call') {
      // "called Mr. Yanukovych, a former trucking director, an outstanding leader": past an apposition to the second phrase
      // (an object was read: "called upon the U.S. to…" has none)
      const object = objectEnd > i + 1
      const k = object ? pastApposition(tokens, j) : j
      // "call it the nerd prom", "called the plan the worst idea in years"; not a time: "called the police the next day"
      const definite = w(tokens, k) === 'the' && !tokens.slice(k + 1, k + 4).some((x) => isTimeWord(x) || (isTimeDeterminer(x) && !isPreposition(x)))
      // ("called Colfax one of the most dangerous roads": one of a group; not of times, "called the police one of the first times")
      const oneOf = w(tokens, k) === 'one' && w(tokens, k + 1) === 'of' && !tokens.slice(k + 2, k + 5).some((x) => x.lower === 'time' || x.lower === 'times' || isTimeWord(x) || grammar.durations.has(x.lower))
      if (object && (['a', 'an'].includes(w(tokens, k)) || isPossessive(tokens[k]) || (k === j && complementAt(tokens, k)) || definite || oneOf)) return { kind: 'clause', at: k }
      // "called the plan dangerous", "called the vote rigged": read without a tagger, the adjective may close the object's noun phrase or follow it
      const np = rightNP(tokens, skipAdjuncts(tokens, i + 1))
      const closing = !!np && np[1] - np[0] >= 2 && (adjectiveLike(tokens[np[1] - 1]) || grammar.judgmentAdjectives.has(tokens[np[1] - 1].lower)) && clauseEnds(tokens[np[1]])
      if (np && (closing || complementAt(tokens, np[1]))) return { kind: 'clause', at: i + 1 }
      // "a decision church leaders called painful but necessary", "a move critics called reckless.": the thing called went ahead of
      // the relative clause, and what it was called follows the verb
      if (verb.form === 'past' && judgment(tokens[i + 1]) && (clauseEnds(tokens[i + 2]) || isComma(tokens[i + 2])) && !(grammar.verbJoiners.has(w(tokens, i + 2)) && (pastForm(tokens[i + 3]) || !tokens[i + 3]?.word))) return { kind: 'clause', at: i + 1 }
    }
    return undefined
  }
  const t = tokens[j]
  if (!t) return { kind: 'trailing', at: j }
  // "considers him a racist", "deemed the trade a fair one", "consider the plan to be unworkable": what the subject holds it to be,
  // or a that-clause; nothing else ("the officer who considered the matter", "messages later deemed “top secret”")
  if (grammar.smallClauseVerbs.has(verb.base)) return smallClause(tokens, j) ? { kind: 'clause', at: j } : t.lower === 'that' && clauseFollows(tokens, j + 1) ? { kind: 'that', at: j } : undefined
  // "reported at least 20 victims", "reported $9 million in income", "predict between two and four rises": a figure is information (SPEC §1)
  if (grammar.figureVerbs.has(verb.base) && figureAt(tokens, j)) return { kind: 'object', at: j }
  if (!t.word) {
    if (OPEN_QUOTES.has(t.text) && grammar.answerVerbs.has(verb.base) && quotedManner(tokens, j)) return undefined
    // ("She wrote “Beloved” in 1987": an author's work by its title is no words of hers)
    if (OPEN_QUOTES.has(t.text) && grammar.authorVerbs.has(verb.base) && workTitle(tokens, j)) return undefined
    if (t.text === ':' || (OPEN_QUOTES.has(t.text) && !quotedModifier(tokens, j))) return { kind: 'quote', at: j }
    if (CURRENCY.test(t.text) && clauseFollows(tokens, j)) return { kind: 'clause', at: j }
    // ("The audit found $3 million in improper payments": a document's figure is its finding, as its "40 errors" is)
    if (CURRENCY.test(t.text) && document && figureAt(tokens, j)) return { kind: 'object', at: j }
    if (isComma(t) && OPEN_QUOTES.has(tokens[j + 1]?.text ?? '')) return { kind: 'quote', at: j }
    // "Rubio says, win or lose, he is staying": a comma and more words is content for 'any' verbs
    // ("wrote, in her usual style, to the board" is an adjunct set off by commas: content must follow it)
    // (not a participle: "with all precincts reporting, the race remained close" is an absolute phrase; nor one after the comma
    // when the verb's clause is a time's, the participle the main clause's manner: "as Tran testified, occasionally shaking his
    // head" (after a main clause's verb it may be what was said: "Romney fired back, attacking Trump for…"))
    const participle = isComma(t) && timeClause(tokens, i) && (plainParticiple(tokens[j + 1]) || (!!tokens[j + 1]?.word && adverbLike(tokens[j + 1]) && plainParticiple(tokens[j + 2])))
    if (participle && verb.takes === 'any' && verb.form !== 'ing') {
      // (what was said may come after the participle's phrase: "As Lee noted, pointing to the chart, the numbers were wrong")
      let c = j + 2
      while (tokens[c] && !isPunct(tokens[c], ',.;:!?') && c - j < 12) c++
      if (isComma(tokens[c]) && clauseFollows(tokens, c + 1)) return { kind: 'clause', at: c + 1 }
    }
    // (not a date alone to the end, a citation's: "Council budget report, March 2024.")
    if (isComma(t) && verb.takes === 'any' && verb.form !== 'ing' && tokens[j + 1]?.word && !participle && !isClauseBreaker(tokens[j + 1]) && i > 0 && !isComma(tokens[i - 1]) && (!isPreposition(tokens[j + 1]) || contentAfterAdjunct(tokens, j + 1)) && !dateOnly(tokens, j + 1)) return { kind: 'clause', at: j + 1 }
    // "He added, that there is…": a stray comma before the that-clause
    if (isComma(t) && w(tokens, j + 1) === 'that' && verb.cls === 'speech' && clauseFollows(tokens, j + 2)) return { kind: 'that', at: j + 1 }
    // "revealed, somewhat stiltedly, that…", "contended in its letter, written by Ken Cohen, a vice president, that…",
    // "said on Twitter, in reference to her first child, “…”", "responded, with a smile: “…”": asides, then the that-clause or the quotation
    // (a finding too, with its that-clause: "have found, again and again, that…")
    if (isComma(t) && (verb.cls === 'speech' || verb.cls === 'thought' || verb.cls === 'research')) {
      const content = contentAfterAsides(tokens, j)
      // (and its quotation right after the comma, in a tense that marks it a verb: "He concluded, “There is not a single case…”", not
      // the noun of "his television show, “The Apprentice”")
      if (content && (verb.cls !== 'research' || content.kind === 'that' || (content.kind === 'quote' && content.at === j + 1 && verb.form !== 'base'))) return content
    }
    // "said, if elected, she would…": an aside set off by commas, then the clause
    if (isComma(t) && verb.cls === 'speech' && isClauseBreaker(tokens[j + 1])) {
      const m = firstMark(tokens, j + 2, 8)
      // ("said, and I quote, “…”": the aside leads to a quotation)
      if (isComma(tokens[m]) && isQuoteMark(tokens[m + 1])) return { kind: 'quote', at: m + 1 }
      if (isComma(tokens[m]) && (w(tokens, m + 1) === 'that' || clauseFollows(tokens, m + 1))) return { kind: 'clause', at: m + 1 }
    }
    // (a claimed cause never trails: "…and avoiding blame.")
    if (!verb.causes && (isPunct(t, '.,;!?)|—–') || isQuoteMark(t) || (t.text === '-' && (tokens[j + 1]?.text === '-' || spacedDash(tokens, j))))) return { kind: 'trailing', at: j }
    return undefined
  }
  const l = t.lower
  // ("He tweets @pmorici1.": a handle alone names the account, not what was said)
  if (l.startsWith('@') && clauseEnds(tokens[j + 1])) return undefined
  // (a relative clause on the addressee, read above, is no content)
  if (j === relative) return undefined
  // "ruled that out", "played that down": a demonstrative with a particle, not a that-clause
  if (l === 'that' && demonstrativeThat(tokens, j)) return undefined
  // ("denied that, saying…", "Ruiz disputed that.": a pronoun standing for what was said before, the verb's object; "said that, if
  // elected, he would…" opens a clause past an adjunct)
  if (l === 'that' && (!tokens[j + 1] || isPunct(tokens[j + 1], '.;!?') || (isComma(tokens[j + 1]) && cueVerb(w(tokens, j + 2))?.form === 'ing'))) return { kind: 'object', at: j }
  // "questioned that figure", "disputed that estimate on Tuesday": "that" points at a noun, read as the object below
  // ("charged in hit-and-run that killed cyclist": past an adjunct, "that" before a past verb with no subject opens a relative clause)
  // (past an adjunct, "that" and a present verb with no subject open a relative clause on the adjunct's noun, and nothing is said:
  // "insisted on a list that ranks them by date of hire")
  if (l === 'that' && j > i + 1 && presentVerb(tokens[j + 1]) && !clauseFollows(tokens, j + 1)) return undefined
  // ("say that is unlikely", "said that was a mistake": "that" right before a finite "be" or a modal is the clause's subject; "argued
  // that being American…" opens a clause)
  if (l === 'that' && j === i + 1 && uncapped(tokens[j + 1]) && ((lexicon.be.has(w(tokens, j + 1)) && !w(tokens, j + 1).startsWith('be')) || grammar.modals.has(w(tokens, j + 1)))) return { kind: 'clause', at: j }
  if (l === 'that' && !thatPointsAt(tokens, j) && !(j > i + 1 && pastVerb(tokens, j + 1) && !clauseFollows(tokens, j + 1))) return { kind: 'that', at: j }
  // "felt betrayed by the party", "the reason she felt betrayed was…", "felt compelled to act": a participle right after the verb,
  // then a preposition, an auxiliary or the end, is how the subject felt, no clause ("a law that courts said discriminated against…" is a relative)
  // (a thought's relative clause is read below: "which investigators believe started in a kitchen")
  // (or, after "felt", a gerund: "the reason he felt demoralized serving under him"; not a gerund subject, "believed wasted
  // spending hurt the city")
  if (verb.cls === 'thought' && j === i + 1 && pastForm(t) && !lexicon.cueVerbs.has(l) && (isPreposition(tokens[j + 1]) || isAuxiliary(tokens[j + 1]) || clauseEnds(tokens[j + 1]) || (verb.base === 'feel' && !!tokens[j + 1] && gerundLike(tokens[j + 1]))) && !thoughtGap(tokens, i, verb)) return undefined
  // "vowed not to take his calls": a promise not to act is still a promise
  if (verb.cls === 'commitment' && (l === 'not' || l === 'never') && isTo(tokens, j + 1)) return { kind: 'to', at: j + 1 }
  if (isTo(tokens, j)) {
    if (verb.cls === 'commitment' || verb.base === 'expect' || grammar.claimsTo.has(verb.base)) return { kind: 'to', at: j }
    return quotedOrder(tokens, j) // an order or request ("told him to leave", "urged Congress to act")
  }
  // (before a question's reading: "asked members not to “cross a picket line”")
  const request = grammar.requestVerbs.has(verb.base) ? requestAfter(tokens, j) : -1
  if (request >= 0) return quotedOrder(tokens, request)
  if (verb.takes === 'question') return lexicon.questionWords.has(l) ? { kind: 'clause', at: j } : undefined
  // ("questioned what kind of leader sends…", "explained how the money was spent": a question's clause, asked or answered)
  if (verb.takes === 'any' && lexicon.questionWords.has(l) && !t.cap) return { kind: 'clause', at: j }
  // "denied knowing the donor", "reported raising $9 million", "admitted lying": a gerund clause is what was said
  // (right after the verb: "fired back at Christie over the rating being cut" has a topic; "said nothing about…": a pronoun in -thing)
  if (verb.cls === 'speech' && (verb.takes === 'any' || verb.toGerund) && j === i + 1 && gerundLike(t) && tokens[j + 1] && !isPunct(tokens[j + 1], '.,;:!?)')) return { kind: 'object', at: j }
  if (verb.base === 'report' && grammar.reportedNotSpeech.has(l)) return undefined
  // "recalled Obama talking about the book": someone doing something is what the subject remembers ("recalled its ambassador" is an act)
  if (grammar.recallVerbs.has(verb.base) && doingAfter(tokens, j)) return { kind: 'object', at: j }
  if (clauseFollows(tokens, j)) {
    // ("is repeating mistakes made before…", "restated earnings reported in May": the verb's act noun is its object, no clause's
    // subject, though a past form follows it; "repeated errors were made" is a clause)
    const np = verb.actNouns ? rightNP(tokens, j) : undefined
    if (np && !isAuxiliary(tokens[np[1]])) for (let k = np[0]; k < np[1]; k++) if (verb.actNouns!.includes(tokens[k].norm)) return undefined
    return { kind: 'clause', at: j }
  }
  // "said nothing", "says little": no content, unless a clause follows ("said nothing had changed")
  // "found little evidence that…" hands over what the evidence shows
  if (grammar.emptyObjects.has(l) && w(tokens, rightNP(tokens, j)?.[1] ?? j) !== 'that') return undefined
  // ("She said no to the offer", "voters said yes to the levy": accepting or refusing, an act; grammar answeredTo)
  if (grammar.answeredTo.has(l) && w(tokens, j + 1) === 'to') return undefined
  // ("found no evidence that the fire was set": the evidence and what it shows are the finding, a person's too; not a relative
  // clause, "found a sign that said…", "found evidence at the scene that they sent to a lab", nor one's conduct, "showed no sign that…")
  if (verb.cls === 'research' && !document && !grammar.conductVerbs.has(verb.base)) {
    const np = rightNP(tokens, j)
    const head = np ? headOf(tokens, np) : -1
    if (np && head === np[1] - 1 && w(tokens, np[1]) === 'that' && grammar.findingNouns.has(w(tokens, head)) && opensNP(tokens[np[1] + 1])) return { kind: 'that', at: np[1] }
  }
  if (document) return { kind: 'object', at: j }
  // "which officials said will take effect": the clause's subject went ahead of the cue
  // "Kelly, who he claims has been unfair": after a relative and its own subject, the clause's verb comes next
  // (read only where a clause marker follows: the phrase reading is the costly part)
  // ("Witnesses who testified were divided": right after the relative pronoun, the verb that follows is the main clause's)
  if (clauseAt(tokens, j) && !lexicon.negations.has(l) && !isRelative(tokens[i - 1])) {
    // (or with no relative pronoun, a thought's clause verb right after it: "a bet some investors fear will squeeze margins")
    const relativeBefore = (isRelative(tokens[i - 2]) && isPronoun(tokens[i - 1])) || relativeOverPhrase(tokens, i) || (j === i + 1 && verb.cls === 'thought' && objectGoneAhead(tokens, i, verb))
    if (verb.takes === 'any' || relativeBefore) return { kind: relativeBefore ? 'relative' : 'clause', at: j }
  }
  // "footage it said showed commandos…", "a memo that they say shows…": a noun's relative clause whose subject went ahead of the cue, its verb right after
  if (j === i + 1 && verb.cls === 'speech') {
    const noun = relativeAntecedent(tokens, i)
    if (noun && relativeVerb(tokens, j, noun)) return { kind: 'relative', at: j }
    // ("a plan that critics said went too far", "a deadline that insiders said continued unnoticed": a past right after the cue
    // is that clause's verb, whatever follows it, after any subject)
    if (!t.cap && pastForm(t) && relativeOverPhrase(tokens, i)) return { kind: 'relative', at: j }
  }
  if (j === i + 1 && thoughtGap(tokens, i, verb)) return { kind: 'relative', at: j }
  // "described the bill as a giveaway": what the object is called is the content, even for an act
  // (a clause in effect: "regarded the tax as unfair" holds even for verbs whose bare object is none; "who's viewed as honest" has no object: a passive)
  if (grammar.describeVerbs.has(verb.base) && w(tokens, heldEnd(tokens, j)) === 'as') return { kind: 'clause', at: j }
  // "declared Cruz to be “anointed”", "found the law to be unconstitutional": the object and what it is held "to be" (no request's:
  // "urged residents to be careful")
  // (a named or definite object only: "announced plans to be carbon neutral" is the plans' aim, "declared himself to be…" a stand)
  const held = verb.takes === 'clause' && !grammar.requestVerbs.has(verb.base) && (tokens[j]?.cap || isDefinite(tokens[j])) ? rightNP(tokens, j) : undefined
  if (held && isTo(tokens, held[1]) && w(tokens, held[1] + 1) === 'be') return { kind: 'clause', at: j }
  // an act is never content, whatever the verb: "claimed victory", "denied bail" (no clause follows: see above)
  const obj = objectKind(tokens, j)
  // "revealed the buyer's name", "announced the results of the audit": news only when disclosed, so read before the
  // act test ("chanted his name" is an act, and so is a result someone gets)
  if (obj && lexicon.disclosureVerbs.has(verb.base) && lexicon.disclosedNouns.has(tokens[obj.end - 1].norm)) return { kind: 'object', at: j }
  // ("maintained his innocence": that he is innocent, a clause in effect, even for verbs whose bare object is none; "Police suspect arson")
  if (obj && (verb.cls === 'speech' || verb.cls === 'thought') && claimedNoun(tokens, obj.end)) return { kind: 'clause', at: j }
  // ("repeated his promise to repeal the law", "reaffirmed her commitment to cut emissions": a commitment's noun and its infinitive
  // are what was promised, as "promised to repeal" is (SPEC §1 commitments); "kept his promise to…" is no verb of saying)
  if (obj && verb.cls === 'speech' && grammar.commitmentNouns.has(tokens[obj.end - 1].norm) && isTo(tokens, obj.end)) return { kind: 'object', at: j }
  // (an act's noun before the verb's complement is the one accused or blamed, no act done: "accused the opposition of plotting")
  if ((obj?.kind === 'act' && !verb.actObjects && !(verb.complement && w(tokens, obj.end) === verb.complement)) || (obj && verb.actNouns?.includes(tokens[obj.end - 1].norm))) return undefined
  // ("The Senate confirmed Amy Coney Barrett", "confirmed the nominee": a person's confirmation is a vote, an act)
  if (verb.personActs && obj && personObject(tokens, j, obj.end)) return undefined
  // "wrote the report", "wrote a letter to Putin": authoring a document is an act; what it says would follow
  if (grammar.authorVerbs.has(verb.base)) {
    const np = rightNP(tokens, j)
    if (np && tokens.slice(np[0], headOf(tokens, np) + 1).some((x) => !x.cap && isDocumentNoun(x))) {
      // "wrote in an op-ed that…": the document is where the content was written ("a review that praised…" is a relative)
      const that = thatAhead(tokens, np[1])
      const after = tokens[that + 1]
      const relative = uncapped(after) && (after.lower.endsWith('ed') || grammar.irregularPasts.has(after.lower) || presentVerb(after))
      return that >= 0 && !relative ? { kind: 'that', at: that } : undefined
    }
    // "wrote checks to a shell company", "wrote songs for the band": any other thing written is the work, not a word of it
    // (one written to, "wrote lawmakers that…", and a pronoun, "wrote this:", read on)
    const head = np && tokens[headOf(tokens, np)]
    if (uncapped(head) && !addressee(head) && !isDeterminer(head) && !isPronoun(head)) return undefined
  }
  if (verb.causes && !causeClaimed(tokens, i, j, verb, verb.causes)) return undefined
  // ("said nearly every conversation…": past a quantity's lead; "reported about an email" names a topic)
  const counted = pastQuantityLead(tokens, j)
  // (past a manner adverb of the gerund: "denied knowingly taking the substance"; not a degree word before an adjective in -ing:
  // "makes the comments particularly galling")
  if (verb.cls === 'speech' && !t.cap && adverbLike(t) && !grammar.degreeWords.has(t.lower) && gerundSaid(tokens[j + 1])) return { kind: 'clause', at: j }
  // (what one fears doing, or a thing feared in a participle, is a motive, no outcome: "because she feared losing her job",
  // "workers, fearing layoffs, stayed home")
  if (verb.cls === 'thought' && (gerundLike(t) || verb.form === 'ing')) return undefined
  if (verb.takes === 'any' || verb.takes === 'object') return opensNP(t) || (counted > j && !isArticle(tokens[counted])) || lexicon.determiners.has(l) || grammar.clauseOpeners.has(l) ? { kind: 'object', at: j } : undefined
  // "denied targeting civilians", "admitted lying": a gerund is a reported clause
  // (not after a preposition and one bare lowercase word: in "Man charged in fatal shooting" the adjunct ran on to its own noun)
  const before = tokens[j - 1]
  const modifier = j > i + 2 && isPreposition(tokens[j - 2]) && uncapped(before) && !adverbLike(before) && !isAdverb(before)
  if (verb.cls === 'speech' && !modifier && gerundSaid(t)) return { kind: 'clause', at: j }

  // 'clause' verbs: an informational object counts, an act does not ("declared support", "conceded defeat")
  if (obj?.kind === 'info') return { kind: 'object', at: j }
  // "disputes the idea that she needed care": the claim is what the subject says is untrue
  const claim = obj && verb.cls === 'speech' ? claimClause(tokens, obj.np) : undefined
  if (claim) return claim
  // "claims its new cells last twice as long": a noun phrase then a word that can only be its verb
  if (obj?.kind === 'other' && (verb.cls === 'speech' || verb.cls === 'thought')) {
    const next = tokens[obj.np[1]]
    // (an adverb closes the object instead: "boasts a 45-point lead nationally")
    // (or a time or an adjunct: "added 300 workers last year", "adding 151,000 jobs during the month")
    // (an adverb before an adjunct too: "announced the closure shortly after noon", "soon after the vote"; but how one
    // views a thing is the view: "viewed him favorably in the poll"; nor a reflexive, no clause's subject: "declared itself effectively
    // bankrupt")
    if (uncapped(next) && !grammar.reflexives.has(w(tokens, obj.np[0])) && !isPreposition(next) && !isAdjunctPreposition(next) && !isClauseBreaker(next) && !isDeterminer(next) && !next.lower.endsWith('ing') && !isTimeWord(next) && !isTimeDeterminer(next) && !(adverbLike(next) && adverbCloses(tokens[obj.np[1] + 1]) && !grammar.describeVerbs.has(verb.base))) return { kind: 'clause', at: j }
  }
  // ("explained how the plan works"; but a verb of answering takes "when" or "as" for its time: "responded when the storm hit")
  if (lexicon.questionWords.has(l) && verb.cls === 'speech' && !(grammar.answerVerbs.has(verb.base) && grammar.subordinators.has(l))) return { kind: 'clause', at: j }
  // "believe if they can do that, he'll have a shot": a condition, then the reported clause after its comma
  if ((verb.cls === 'thought' || verb.cls === 'speech') && grammar.conditionOpeners.has(l) && openerThenClause(tokens, j)) return { kind: 'clause', at: j }
  return undefined
}

/** Whether two words are a claim in two (object-nouns claimedNouns): "foul play". */
const claimedPair = (a: Token, b: Token | undefined) => !!b?.word && lexicon.claimedNouns.has(`${a.norm} ${b.norm}`)

/** An object ending before `end` in a noun that is a claim in one word or two: "his innocence", "foul play". */
const claimedNoun = (tokens: Token[], end: number) => lexicon.claimedNouns.has(tokens[end - 1].norm) || (end > 1 && claimedPair(tokens[end - 2], tokens[end - 1]))

/** A claim in one word or two opening at `k`, bare: "arson", "foul play" of "Police suspect arson". */
export const claimedAt = (tokens: Token[], k: number) => !!tokens[k]?.word && (lexicon.claimedNouns.has(tokens[k].norm) || claimedPair(tokens[k], tokens[k + 1]))

/** Whether the word after an adverb that follows an object leaves no verb for a clause: an end or a preposition. */
const adverbCloses = (t: Token | undefined) => clauseEnds(t) || (!!t && (isPreposition(t) || isAdjunctPreposition(t)))

/** A quotation opening at `j` of adverbs only: how something is done ("respond “decisively and immediately” to…", "respond “forcefully”"). */
function quotedManner(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 6; k++) {
    if (isQuoteMark(tokens[k])) return k > j + 1
    if (!tokens[k].word || !(adverbLike(tokens[k]) || w(tokens, k) === 'and' || w(tokens, k) === 'or')) return false
  }
  return false
}

/** "the notion that…", "suggestions that…": a claim (grammar rejectedNouns) and the that-clause that states it, which a denial disputes. */
function claimClause(tokens: Token[], obj: Range): Content | undefined {
  return w(tokens, obj[1]) === 'that' && grammar.rejectedNouns.has(tokens[headOf(tokens, obj)].lower) && clauseFollows(tokens, obj[1] + 1) ? { kind: 'that', at: obj[1] } : undefined
}

/**
 * A person told at `j` ("residents", "him", "Congress") and no word of what they were told in the rest of the clause: no
 * topic ("warned drivers about ice"), that-clause, quotation, reported clause, nor a clause of its own after a condition or a
 * time ("told reporters if the vote failed he would resign").
 */
function toldNothing(tokens: Token[], j: number, verb: CueVerb): boolean {
  if (w(tokens, j) === 'that') return false
  // (a pronoun is the whole phrase: "warned him twice")
  const np: Range | undefined = isObjectPronoun(tokens[j]) ? [j, j + 1] : rightNP(tokens, j)
  const h = np ? headOf(tokens, np) : -1
  // ("her" may own the addressee's noun: "told her mother the money was a loan")
  const owned = w(tokens, j) === 'her' ? rightNP(tokens, j) : undefined
  // (a run of capitals may hold a headline's clause: "Mayor Tells Jerusalem Post Talks Have Stalled")
  if (!np || !tokens[h].word || !(tokens[h].cap || addressee(tokens[h])) || (tokens[h].cap && h > np[0]) || clauseFollows(tokens, j) || clauseFollows(tokens, skipAdjuncts(tokens, np[1])) || (!!owned && owned[1] > j + 1 && clauseFollows(tokens, skipAdjuncts(tokens, owned[1])))) return false
  // (from the head: the phrase may run on over the topic, "drivers about black ice"; an infinitive after it is an order, read below)
  // (over a clause's length at most: a sentence of many such cues stays linear)
  for (let k = h + 1; k < tokens.length && k < h + 40 && !isPunct(tokens[k], '.;!?'); k++) {
    const t = tokens[k]
    if (!t.word && (t.text === ':' || isQuoteMark(t) || (isComma(t) && clauseFollows(tokens, k + 1)))) return false
    // ("reminding voters how bleak the economy had been": a question's clause; "when" and "if" open one of time or condition)
    if (t.lower === 'that' || isTo(tokens, k) || (lexicon.questionWords.has(t.lower) && !grammar.conditionOpeners.has(t.lower)) || grammar.addresseeTopics.has(t.lower) || grammar.warnedOf.has(`${verb.base} ${t.lower}`)) return false
    if (isSubjectPronoun(t) && !isSubordinator(tokens[k - 1]) && !grammar.conditionOpeners.has(w(tokens, k - 1)) && clauseAt(tokens, k + 1)) return false
  }
  return true
}

/** A condition or a clause of time or reason opening at `k`, its comma within a few words, then a clause. */
function openerThenClause(tokens: Token[], k: number): boolean {
  const m = firstMark(tokens, k + 1, 14)
  return isComma(tokens[m]) && clauseFollows(tokens, m + 1)
}

/**
 * "a trip that House ethics investigators concluded was financed…", "the dam, which engineers said
 * would hold,": a relative pronoun, a whole subject phrase, then the cue. Not inside the sentence's
 * own subject ("Nothing that the inspectors found was new": "was" is the main verb).
 */
export function relativeOverPhrase(tokens: Token[], i: number): boolean {
  const r = (leftNP(tokens, i - 1)?.[0] ?? 0) - 1
  if (!isRelative(tokens[r])) return false
  // (after an adjective or a verb "that" opens a complement: "it may seem surprising that a post could…")
  const before = tokens[r - 1]
  // (not a noun after its article: "a fire that officials believe started…", "the building that police say collapsed")
  if (w(tokens, r) === 'that' && before?.word && !isArticle(tokens[r - 2]) && (adjectiveLike(before) || before.lower.endsWith('ing') || isCueWord(before) || isAuxiliary(before))) return false
  if (isComma(tokens[r - 1])) return true
  // (a verb of the main clause before it: "The council paid for a trip that…")
  for (let k = firstWord(tokens); k >= 0 && k < r; k++) if (pastForm(tokens[k]) || presentVerb(tokens[k]) || isAuxiliary(tokens[k])) return true
  return false
}

/**
 * A past right after a verb of thinking whose subject follows a relative pronoun: that clause's verb, its subject gone ahead
 * ("The blaze, which investigators believe started in a kitchen, …"); not how someone felt ("those who had felt ignored", "the
 * reason he felt demoralized").
 */
function thoughtGap(tokens: Token[], i: number, verb: CueVerb): boolean {
  const t = tokens[i + 1]
  return verb.cls === 'thought' && verb.base !== 'feel' && !!t && !t.cap && pastForm(t) && !isAuxiliary(tokens[i - 1]) && relativeOverPhrase(tokens, i)
}

/**
 * A noun with its article gone ahead of the subject of the cue verb at `i`, with no relative pronoun: "a bet some investors fear
 * [will squeeze margins]", "a move analysts believe…", "a device the company claims [can translate…]". The subject must be one that
 * takes the verb's form ("investor fear will ease" is a noun's phrase).
 */
export function objectGoneAhead(tokens: Token[], i: number, verb: CueVerb): boolean {
  const head = tokens[i - 1]
  if (!head?.word) return false
  const agrees = isSubjectPronoun(head) || (verb.form === 'base' ? isPlural(head) : verb.form === 'present' ? !isPlural(head) : true)
  if (!agrees || !(isSubjectPronoun(head) || head.cap || isSourceNoun(head) || personWord(head))) return false
  // (the phrase read leftward runs on over the noun ahead, "a move analysts": the subject opens at some word of it)
  const from = leftNP(tokens, i - 1)?.[0] ?? i - 1
  for (let s = i - 1; s >= from; s--) if (objectAhead(tokens, s)) return true
  return false
}

/**
 * A noun with its article gone ahead of the relative clause whose subject starts at `s`, as the clause verb's object: "a decline
 * [that] the company blamed on competition", "a crowd police estimated at 20,000" ("the company", "police").
 */
export function objectAhead(tokens: Token[], s: number): boolean {
  // (or set off by a comma before "which" or "whom", the word before it a noun, in -s too: "the allegations, which Mr. Ailes
  // denies", "The senator, whom critics have called a moderate")
  const relative = isRelative(tokens[s - 1]) && w(tokens, s - 1) !== 'who'
  const setOff = relative && (w(tokens, s - 1) === 'which' || w(tokens, s - 1) === 'whom') && isComma(tokens[s - 2])
  const k = relative ? (setOff ? s - 3 : s - 2) : s - 1
  const t = tokens[k]
  // (right after an article or a count a verb's form is a noun: "a bet some investors fear…", "12 buses the vendor claims…"; so it is
  // after an article and a sum or a describing word in form, "a $300 billion pledge that critics called…", "a controversial pledge")
  let m = k - 1
  while (m > k - 4 && tokens[m] && (CURRENCY.test(tokens[m].text) || (uncapped(tokens[m]) && (adjectiveLike(tokens[m]) || isFigure(tokens[m]) || grammar.scaleWords.has(w(tokens, m)))))) m--
  const noun = isArticle(tokens[m]) || (isFigure(tokens[k - 1]) && !YEAR.test(tokens[k - 1].text))
  if (!t?.word || t.cap || isDeterminer(t) || isPreposition(t) || isPronoun(t) || isAuxiliary(t) || ((isCueWord(t) || pastForm(t) || (presentVerb(t) && !setOff)) && !noun) || adverbLike(t)) return false
  const np = leftNP(tokens, k)
  if (!np) return false
  // (the object may close a prepositional phrase: "hired nurses at a cost the union estimated at $5 million")
  let d = k
  while (d > np[0] && !isPreposition(tokens[d - 1])) d--
  // (past a price or a count before the noun: "a $499 device the company claims…")
  let f = d
  while (f > d - 3 && f > 0 && (isFigure(tokens[f - 1]) || CURRENCY.test(tokens[f - 1].text))) f--
  // (or by its owner: "Wells Fargo's strategy, which the bank detailed…", "his claims, which he denies")
  // (a count is its determiner: "bought 12 buses the vendor claims…"; not a year, "in 2019 the council said")
  const counted = f < d && isFigure(tokens[d - 1]) && !YEAR.test(tokens[d - 1].text) && isPlural(tokens[k])
  return isArticle(tokens[d]) || (f < d && isArticle(tokens[f - 1])) || counted || isPossessive(tokens[d]) || tokens.slice(d, k).some((x) => x.word && normalised(x))
}

/**
 * "ruled that out", "ruled that out on Monday", "played that idea down": "that" points, and a particle ends the phrase (not one that
 * leads a quantity: "said that up to 1,000 jobs could go").
 */
function demonstrativeThat(tokens: Token[], j: number): boolean {
  const k = isParticle(tokens[j + 1]) ? j + 1 : isParticle(tokens[j + 2]) ? j + 2 : -1
  return k > 0 && (!tokens[k + 1]?.word || isPreposition(tokens[k + 1])) && pastQuantityLead(tokens, k) === k
}

/** A figure opening at `j`: "at least 20 injuries", "$9 million", "2.1 percent growth", "about a dozen" ("about an email" is a topic). */
export function figureAt(tokens: Token[], j: number): boolean {
  // (a sentence cut short ends before its figure: "Goldman forecast growth of")
  if (j >= tokens.length) return false
  const k = pastQuantityLead(tokens, j)
  const counted = k > j && (!isArticle(tokens[k]) || isPartitive(tokens[k + 1]))
  return counted || isFigure(tokens[k]) || CURRENCY.test(tokens[k].text) || isSpelledNumber(tokens[k])
}

/** An object that is a figure, or a noun measured by one: "2.1 percent growth", "a 4 percent rise", "revenue of $90 billion", "a rise of 3 percent". */
export function figureObjectAt(tokens: Token[], j: number): boolean {
  if (figureAt(tokens, j)) return true
  if (!tokens[j]?.word || tokens[j].cap) return false
  const k = isArticle(tokens[j]) ? j + 1 : j
  if (k > j && figureAt(tokens, k)) return true
  // (the measured noun may have a word before it: "global growth of 3.2 percent", "annual revenue of $90 billion")
  for (let m = k; m < k + 2 && uncapped(tokens[m]) && !isPreposition(tokens[m]) && !isDeterminer(tokens[m]); m++) if (w(tokens, m + 1) === 'of' && figureAt(tokens, m + 2)) return true
  return false
}

/**
 * An object a forecast puts in a state, as information the source supplies: "projects the Conservatives as the largest party",
 * "projected the Tories to win 308 seats"; not "as" opening a clause ("projected confidence as he spoke") nor "to" a place.
 */
export function outcomeObjectAt(tokens: Token[], j: number): boolean {
  const np = rightNP(tokens, j)
  const after = np && tokens[np[1] + 1]
  if (!np || !after?.word || isPronoun(after)) return false
  if (w(tokens, np[1]) === 'as') return isDeterminer(after)
  return isTo(tokens, np[1]) && !after.cap && !isDeterminer(after) && !isDigit(after.text.charCodeAt(0))
}

/** An -ing form that is neither a preposition ("during") nor a verb of saying ("adding"): a manner's participle, "shaking his head". */
const plainParticiple = (t: Token | undefined) => !!t?.word && gerundLike(t) && !isPreposition(t) && !isCueWord(t)

/** Whether the verb at `i` is a time clause's, a few words after its subordinator: "while the detective testified". */
function timeClause(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6 && tokens[k].word; k--) if (isSubordinator(tokens[k])) return true
  return false
}

/** A lowercase -ing form that may be what a verb of saying reports ("denied targeting civilians", "recalled being told"), not a noun of a phrase ("briefing") or a short word in -ing ("thing"). */
const gerundSaid = (t: Token | undefined) => uncapped(t) && t.lower.endsWith('ing') && (t.lower.length > 5 || t.lower === 'being') && !lexicon.nounsInPhrase.has(t.lower)

/** A figure of what the subject did itself: "20 points", "a career-best 12 saves", "$2.3 billion in net sales" (grammar statNouns). */
export function statFigure(tokens: Token[], j: number): boolean {
  let k = pastQuantityLead(tokens, j)
  if (isArticle(tokens[k])) k++
  // (past a modifier: "a career-high 31 points", "a season-best 12 saves")
  if (!figureAt(tokens, k) && uncapped(tokens[k]) && figureAt(tokens, k + 1)) k++
  // (or before its figure: "a profit of $40 million")
  if (statNoun(w(tokens, k)) && w(tokens, k + 1) === 'of' && figureAt(tokens, k + 2)) return true
  if (!figureAt(tokens, k)) return false
  // (the amount's number after its currency sign: "$2.3 billion")
  let n = CURRENCY.test(tokens[k].text) && isFigure(tokens[k + 1]) ? k + 2 : k + 1
  while (grammar.scaleWords.has(w(tokens, n)) && !statNoun(w(tokens, n))) n++
  // (the noun may follow "in" or "of" and a modifier or two: "$2.3 billion in net sales", "a profit of $40 million")
  if (w(tokens, n) === 'in' || w(tokens, n) === 'of') for (n++; n < k + 6 && uncapped(tokens[n + 1]) && !statNoun(w(tokens, n)); ) n++
  return statNoun(w(tokens, n))
}

const statNoun = (word: string) => lexicon.statNouns.has(word)

/** "that figure.", "that estimate on Tuesday": a demonstrative and its one noun, with no clause after it. */
function thatPointsAt(tokens: Token[], j: number): boolean {
  const t = tokens[j + 1]
  if (!t?.word || t.cap || lexicon.clauseMarkers.has(t.lower) || isPreposition(t) || isDeterminer(t) || isPronoun(t) || lexicon.negations.has(t.lower)) return false
  const np = rightNP(tokens, j + 1)
  if (!np || np[1] !== j + 2) return false
  // ("that globalization and job losses have…": a coordination goes on into the clause)
  const end = skipAdjuncts(tokens, np[1])
  // (or at a characterisation's "as": "described that stance as a negotiating position"; not a comparison's, "said that workers as
  // young as 14 were hired")
  const as = w(tokens, end) === 'as' && w(tokens, end + 2) !== 'as'
  // (or at a participle of saying set off after it: "disputed that figure, saying…"; "that" points at one thing, not at "workers, fearing…")
  const participle = cueVerb(w(tokens, end + 1))
  const saying = isComma(tokens[end]) && participle?.form === 'ing' && participle.cls === 'speech' && !isPlural(t)
  return (!tokens[end] || isPunct(tokens[end], '.;:!?)') || as || saying) && !clauseFollows(tokens, j + 1)
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

/**
 * "blamed the debt for keeping rates low", "blamed the crash on hackers", "…, blaming weak demand": a cause claimed; not "blamed
 * the council" alone, a stance, nor "blamed her staff for saying…", whose words are the staff's.
 */
function causeClaimed(tokens: Token[], i: number, j: number, verb: CueVerb, causes: string[]): boolean {
  // (a quotation in the object is the subject's words: "blamed the court's “four liberal justices”")
  if (quoteWithin(tokens, j)) return true
  // (past the object, however long: "blamed an explosion that hit a checkpoint…, in Sirnak province, on Kurdish militants")
  let k = j + 1
  while (k < tokens.length && k < j + 30 && !isPunct(tokens[k], '.;:!?') && !causes.includes(w(tokens, k))) k++
  // (not one inside an apposition's relative clause that no comma closes: "blamed pharmacy benefit managers, the middlemen that
  // negotiate drug prices for insurers"; "blamed the company that built the dam for the flood" is the blame's)
  let apposed = false
  let relative = false
  for (let m = j; m < k; m++) {
    if (isComma(tokens[m])) relative = false
    if (isComma(tokens[m]) && !apposed) apposed = true
    else if (apposed && isRelative(tokens[m])) relative = true
  }
  if (relative) return false
  // (the complement before a gerund of saying is what was said: "blamed her staff for saying…")
  if (causes.includes(w(tokens, k))) return !(w(tokens, k) === verb.complement && cueVerb(w(tokens, k + 1))?.form === 'ing')
  return verb.form === 'ing' && isComma(tokens[i - 1])
}

/** Whether content follows the adjunct at `k`, not a second adjunct: "said, in a statement, the plant would close", "said, in Spanish, “…”". */
function contentAfterAdjunct(tokens: Token[], k: number): boolean {
  const m = firstMark(tokens, k, 12)
  const next = tokens[m + 1]
  return isPunct(tokens[m], ':') || (isComma(tokens[m]) && (isQuoteMark(next) || (!!next?.word && !isPreposition(next))))
}

/** An adjunct a comma closes at `j`, then a clause: "that in the third quarter, growth will slow", "that without emissions, most would…". */
export function clauseAfterAdjunct(tokens: Token[], j: number): boolean {
  if (!isPreposition(tokens[j]) && !isAdjunctPreposition(tokens[j])) return false
  const m = firstMark(tokens, j + 1, 10)
  return m > 0 && isComma(tokens[m]) && clauseFollows(tokens, m + 1)
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
  if (!isComma(tokens[j]) || !first?.word || !(isDeterminer(first) || isPossessive(first) || (first.cap && !isPreposition(first)))) return j
  for (let m = j + 2; m < tokens.length && m < j + 30; m++) if (isComma(tokens[m])) return tokens[m + 1]?.word ? m + 1 : j
  return j
}

/**
 * Someone as the object from `j` to its head's end `end`: a person's pronoun, a noun for people or a body ("questioned the
 * retailer Bright Harbor"), a given name or a title first, or a name asked about something ("questioned Powell about inflation",
 * grammar addresseeTopics).
 */
function personObject(tokens: Token[], j: number, end: number): boolean {
  const t = tokens[j]
  if (t.lower === 'him' || t.lower === 'them' || (t.lower === 'her' && end === j + 1)) return true
  // (a body's noun before its name heads no phrase: "the retailer Bright Harbor"; an owner's does not count, "the agency's figures")
  return tokens.slice(j, end).some((x) => uncapped(x) && !normalised(x) && !isPossessive(x) && !isIndefinite(x) && addressee(x)) || (t.cap && !tokens.slice(j, end).some(normalised) && (isGivenName(t) || isTitleWord(t) || grammar.addresseeTopics.has(w(tokens, end))))
}

/**
 * A short quotation opening at `j` after an owner and before its noun, inside a phrase: "respond to China's “gray zone” pressure",
 * "Clinton's “deplorables” remark" (a title after an owner is a name, and what follows it may still be said: "said on NBC's “Meet
 * the Press” on Sunday that…").
 */
function quotedModifier(tokens: Token[], j: number): boolean {
  const owner = tokens[j - 1]
  if (!owner?.word || !normalised(owner)) return false
  let k = j + 1
  while (k < tokens.length && k <= j + 4 && tokens[k].word) k++
  const after = tokens[k + 1]
  return isQuoteMark(tokens[k]) && uncapped(after) && after.lower !== 'that' && !isPreposition(after) && !lexicon.clauseMarkers.has(after.lower) && !clauseFollows(tokens, k + 1)
}

/**
 * A title in quotation marks opening at `j`: up to six words in title case (small words of a title aside), no stop inside, and the
 * sentence going on after it ("“Beloved” in 1987", "“The Road,” which won…"); not words quoted ("“We are done.”", "“thank you”").
 */
function workTitle(tokens: Token[], j: number): boolean {
  let k = j + 1
  while (k < tokens.length && k <= j + 6 && tokens[k].word && (tokens[k].cap || grammar.titleSmallWords.has(w(tokens, k)))) k++
  const close = isComma(tokens[k]) && isQuoteMark(tokens[k + 1]) ? k + 1 : k
  return k > j + 1 && tokens[j + 1].cap && isQuoteMark(tokens[close]) && !!tokens[close + 1] && !isPunct(tokens[close + 1], '.!?')
}

/** Whether a clause ends at `t`: a stop, a closing mark, or a conjunction. */
const clauseEnds = (t: Token | undefined) => !t || isPunct(t, '.;:!?)—–') || t.lower === 'and' || t.lower === 'but'

/** An adjective a speaker calls something: "reckless", "painful", "false". */
const judgment = (t: Token | undefined) => uncapped(t) && (adjectiveLike(t) || grammar.judgmentAdjectives.has(t.lower))

/** A lone lowercase word, maybe after an adverb, closing a clause after an object: "calls Clinton unqualified;" (not "called him back", "called Lee yesterday"). */
function complementAt(tokens: Token[], j: number): boolean {
  const t = tokens[j]
  // (past an adverb of degree or manner: "politically motivated", "deeply flawed")
  if (uncapped(t) && (adverbLike(t) || grammar.degreeWords.has(t.lower)) && tokens[j + 1]?.word && !adverbLike(tokens[j + 1])) return complementAt(tokens, j + 1)
  if (!t?.word || t.cap || !clauseEnds(tokens[j + 1])) return false
  const l = t.lower
  return !lexicon.prepositions.has(l) && !lexicon.adverbs.has(l) && !lexicon.timeWords.has(l) && !grammar.particles.has(l) && !lexicon.clauseBreakers.has(l) && !adverbLike(t) && !lexicon.pronouns.has(l) && !/[^su]s$/.test(l)
}

/** The ", that" clause or ", “" or ": “" quotation after asides set off by commas from `j` (a comma), within a few words. */
function contentAfterAsides(tokens: Token[], j: number): Content | undefined {
  for (let m = j + 1; m < tokens.length && m < j + 30; m++) {
    const t = tokens[m]
    if (isComma(t) && w(tokens, m + 1) === 'that' && clauseFollows(tokens, m + 2)) return { kind: 'that', at: m + 1 }
    if (isPunct(t, ',:') && OPEN_QUOTES.has(tokens[m + 1]?.text ?? '') && !tokens[m + 1].quoted) return { kind: 'quote', at: m + 1 }
    // a sentence stop, or a second verb of saying ("written by" only names an author): the aside has ended without content
    // (after a preposition or an article its form is a noun: "after a decade of study"; a past form opening the aside describes
    // the noun before it: "told staff in the memo, posted on Tuesday, that…")
    const noun = isPreposition(tokens[m - 1]) || isArticle(tokens[m - 1]) || (m === j + 1 && pastForm(t))
    // (one spelt like a noun is the verb after a name: "…, Hillary shot back, “…”")
    const verb = !lexicon.nounish.has(t.lower) || (capped(tokens[m - 1]) && !t.cap)
    if (isPunct(t, '.;:!?') || (t.word && isCueWord(t) && verb && !noun && w(tokens, m + 1) !== 'by')) return undefined
  }
  return undefined
}

/** Past a relative clause or a parenthesis after an object: "told the mayors who gathered in X, “…”". */
function skipRelative(tokens: Token[], k: number): number {
  if (w(tokens, k) === 'who' || w(tokens, k) === 'whom' || w(tokens, k) === 'which' || tokens[k]?.text === '(') {
    for (let m = k + 1; m < tokens.length && m < k + 25; m++) {
      if (isComma(tokens[m]) || tokens[m].text === ')') return tokens[m].text === ')' ? m + 1 : m
    }
  }
  return k
}

/** A "that" a few words ahead with no verb before it: the content of "told X, in Y, that…". */
function thatAhead(tokens: Token[], j: number): number {
  for (let m = j; m < tokens.length && m < j + 10; m++) {
    const t = tokens[m]
    if (t.lower === 'that') return m
    if (t.word && (isAuxiliary(t) || isCueWord(t) || lexicon.clauseMarkers.has(t.lower))) return -1
    if (isPunct(t, '.;:')) return -1
  }
  return -1
}

/**
 * A quotation that closes the sentence after no more than ten words from `j`, the word before it ending a phrase
 * ("to ban facial recognition in public spaces “a devastating precedent.”"); not a term inside a phrase ("to discuss the “crisis”").
 */
function closingQuoteAfter(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k <= j + 10; k++) {
    if (tokens[k].word) continue
    if (!OPEN_QUOTES.has(tokens[k].text) || k === j) return false
    const before = w(tokens, k - 1)
    if (lexicon.determiners.has(before) || lexicon.prepositions.has(before) || grammar.verbJoiners.has(before)) return false
    // (read to the end over at most a few dozen words: a sentence of thousands of marks stays linear)
    let m = k + 1
    while (m < tokens.length && m < k + 60 && (tokens[m].quoted || !tokens[m].word)) m++
    return m === tokens.length
  }
  return false
}

/** An opening quotation mark within the next few words ("called it “predatory”", "praised the deal as “historic”"). */
export function quoteWithin(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    if (!tokens[k].word && OPEN_QUOTES.has(tokens[k].text)) return true
    if (tokens[k].quoted) return true
    // ("Media shares blame in Iowa poll overhype - HuffPollster: “…”": a dash ends the clause, the quotation is another's)
    if (isPunct(tokens[k], '.;') || (DASHES.has(tokens[k].text) && (tokens[k].text !== '-' || spacedDash(tokens, k)))) return false
    // ("praised the state and then said, “…”", "called him to her home and handed him “the envelope”": the quotation is the next verb's;
    // "derided and insulted “the professional left”" share it)
    const joined = k > j && uncapped(tokens[k]) && grammar.verbJoiners.has(w(tokens, k - 1))
    if (joined && (cueVerb(w(tokens, k))?.form === 'past' || (pastForm(tokens[k]) && !isQuoteMark(tokens[k + 1])))) return false
    // ("criticized Clinton during a debate, Hillary shot back, “…”": nor one after a new subject and its verb)
    if (isComma(tokens[k]) && tokens[k + 1]?.cap && uncapped(tokens[k + 2]) && (pastForm(tokens[k + 2]) || isCueWord(tokens[k + 2]))) return false
    // ("condemned the measures, calling them “economic bullying”": nor is one after a participle of saying set off)
    if (k > j && isComma(tokens[k - 1]) && uncapped(tokens[k]) && cueVerb(w(tokens, k))?.form === 'ing') return false
  }
  return false
}

/**
 * The first quotation within a few words of `j` opens a clause with a subordinator: "“when there is a real chance”", "“because it
 * was late”" (not a preposition's phrase: "“as a matter of transparency”", "“after the vote”").
 */
function quotedSubordinator(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    if (!isQuoteMark(tokens[k]) || !tokens[k + 1]?.quoted) continue
    const [sub, next] = [tokens[k + 1], tokens[k + 2]]
    const phrase = (sub.lower === 'as' || grammar.timePrepositions.has(sub.lower)) && (!next?.word || isDeterminer(next) || isFigure(next))
    return !sub.cap && isSubordinator(sub) && !phrase
  }
  return false
}

/**
 * An object at `j` and what it is held to be: "him a racist", "the gender wars of 2016 a helpful point",
 * "the plan to be unworkable", "Mr. Obama hopelessly naive", "his recommendation handled satisfactorily";
 * not "buying a house", "a woman as a running mate", "the bill in a hearing", "the request carefully before…".
 */
function smallClause(tokens: Token[], j: number): boolean {
  // ("considered whether…" deliberates; "considered buying…" too)
  if (!tokens[j]?.word || w(tokens, j).endsWith('ing') || lexicon.questionWords.has(w(tokens, j)) || isClauseBreaker(tokens[j])) return false
  for (let k = j + 1; k < tokens.length && k <= j + 10; k++) {
    const l = w(tokens, k)
    if (l === 'to') return w(tokens, k + 1) === 'be'
    if (!tokens[k].word || l === 'as' || l === 'that' || (lexicon.prepositions.has(l) && l !== 'of') || lexicon.clauseBreakers.has(l)) break
    if (l === 'a' || l === 'an') return true
  }
  const end = heldEnd(tokens, j)
  const after = tokens[end]
  const next = tokens[end + 1]
  // ("consider the plan reckless": an adjective the phrase read as its last word closes the object; "Clinton honest" after it; an
  // adjunct may follow, "consider a deal unlikely before March")
  if (end > j + 1 && judgment(tokens[end - 1]) && (!after?.word || isPreposition(after) || isAdjunctPreposition(after))) return true
  if (end <= j || !after?.word || after.cap) return false
  if (judgment(after) && !isPreposition(after)) return true
  return adverbLike(after) && !!next?.word && !isPreposition(next) && !isClauseBreaker(next)
}

/**
 * Whether the object of the verb at `i` went ahead of its subject: "someone whom Mr. Trump views as…", "an administration
 * that they widely view as…", "a defeat President Obama believes to be…" (a relative pronoun, or a common noun, before
 * the subject); not "she hopes to be elected", nor a passive ("is believed to be", "titles thought to be…" have no subject).
 */
function objectMovedAhead(tokens: Token[], i: number): boolean {
  let k = i - 1
  while (k > 0 && uncapped(tokens[k]) && (adverbLike(tokens[k]) || isAdverb(tokens[k]))) k--
  const subject = tokens[k]
  if (!subject?.word || !(subject.cap || isSubjectPronoun(subject) || isSourceNoun(subject))) return false
  let s = k
  if (subject.cap) {
    while (s > 0 && k - s < 6 && capped(tokens[s - 1])) s--
    // (names joined by "and": "which Ruiz and Lee regard as reckless")
    while (w(tokens, s - 1) === 'and' && capped(tokens[s - 2])) for (s -= 2; s > 0 && k - s < 10 && capped(tokens[s - 1]); ) s--
  } else if (!isSubjectPronoun(subject)) s = leftNP(tokens, k)?.[0] ?? k
  const before = tokens[s - 1]
  if (!before?.word) return false
  if (isRelative(before)) return true
  // (a common noun as subject needs its own determiner, "a plan the mayor considers…": "emails now deemed classified" is a passive;
  // a title before a name is part of it: "former President Obama believes…")
  return (subject.cap || isSubjectPronoun(subject) || isDeterminer(tokens[s])) && !before.cap && !isPreposition(before) && !isClauseBreaker(before) && !isCueWord(before) && !isAuxiliary(before) && !isDeterminer(before) && !(subject.cap && isTitleWord(before)) && !adverbLike(before)
}

/** The end of a verb's object at `j`: "her" alone before "as", an article or "to" ("views her as…"), else the noun phrase there ("her plan as…"); -1 if none. */
function heldEnd(tokens: Token[], j: number): number {
  const next = w(tokens, j + 1)
  if (isObjectPronoun(tokens[j]) && (next === 'as' || next === 'to' || grammar.articles.has(next))) return j + 1
  return rightNP(tokens, j)?.[1] ?? -1
}
