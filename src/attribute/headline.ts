import { grammar, lexicon } from '../lexicon'
import { capped, isFigure, isQuoteMark, uncapped, w, type Token, isPreposition, isDeterminer, isTimeWord, isAdverb, isAuxiliary, isArticle, isDocumentNoun, isOfficeNoun, isPersonRole, isPossessive, isIndefinite, isSubjectPronoun, isVagueNoun, normalised } from '../segment/tokens'
import type { Add, Found, SentenceShape } from './cues'
import { capitalRun, headOf, pastClock, pastForm, rightNP, YEAR, type Range } from './noun-phrase'
import { ownerReading, readSource, type SourceReading } from './sources'
import { findMainSubject } from './speaker'
import { BE, DASHES, firstWord, isComma, isPunct, OPEN_QUOTES } from './words'

// Cues a sentence carries by its shape rather than a word: "Kim: “…”", a lead-in line
// ("From the statement:"), and the source a headline names after a colon or a dash.

/**
 * The speaker before a headline's colon, without what the line adds after it: "Mayor Okonjo at the opening:" → "Mayor Okonjo",
 * "CNN President On Trump:" → "CNN President", "Pollsters agree - Carl Bialik:" → "Carl Bialik", "… - More from Jones:" → "Jones"
 * ("Head of the IMF:" keeps its "of").
 */
function colonSpeaker(tokens: Token[], a: number, colon: number): Range {
  let s = a
  for (let k = a; k < colon; k++) if (DASHES.has(tokens[k].text)) s = k + 1
  // "- More from Blumenthal and Cohen:", "- From Jones:": the speaker follows the lead
  if (w(tokens, s) === 'more' && isPreposition(tokens[s + 1])) s += 2
  else if (s > a && isPreposition(tokens[s])) s++
  for (let k = s + 1; k < colon; k++) if (w(tokens, k) !== 'of' && isPreposition(tokens[k])) return [s, k]
  return [s, colon]
}

/**
 * The speaker of the clause that runs to the colon, from the subject `[a, b)`: not a quantifier alone ("Each election cycle,
 * there's…"), not a possessive whose noun runs on ("Obama's first five questioners"), with no other subject after it ("She became
 * so upset that I had to change my answer:") nor a dash that sets one off; a clause joined after it has its own ("The crowd
 * cheers, and then Wallnau continues:" is Wallnau's).
 */
function clauseSpeaker(tokens: Token[], [a, b]: Range, colon: number): Range | undefined {
  if (b - a === 1 && isIndefinite(tokens[a])) return undefined
  // a noun phrase, not a run of a headline ("Gillibrand on Hillary Releasing…:"), nor a description set off after "As Cornyn, …, put it:"
  if (tokens.slice(a, b).some((t) => t.lower !== 'of' && isPreposition(t)) || tokens.slice(firstWord(tokens), a).some((t) => t.lower === 'as')) return undefined
  if (normalised(tokens[b - 1]) && tokens[b]?.word) return undefined
  // (a passive's subject is asked or told, not the speaker: "Clinton was asked: “…”", "Respondents are obliged to disclose: “…”")
  const v = isAdverb(tokens[b + 1]) ? b + 2 : b + 1
  if (BE.has(w(tokens, b)) && pastForm(tokens[v])) return undefined
  const own = b - a === 1 ? w(tokens, a) : ''
  for (let k = b; k < colon; k++) {
    const t = tokens[k]
    if (DASHES.has(t.text) || (isSubjectPronoun(t) && t.lower !== own)) return undefined
    // (past "then" or an adverb: "and then the pastor went on:")
    const at = t.lower === 'and' || t.lower === 'but' ? (w(tokens, k + 1) === 'then' || isAdverb(tokens[k + 1]) ? k + 2 : k + 1) : -1
    const next = tokens[at]
    if (at > 0 && next?.word && (next.cap || isSubjectPronoun(next) || isDeterminer(next))) {
      // (the phrase reader may take the verb before the colon in: "Wallnau continues:")
      const np = isComma(tokens[k - 1]) ? rightNP(tokens, at) : undefined
      const joined: Range | undefined = np && np[1] === colon && np[1] - np[0] >= 2 && !tokens[colon - 1].cap ? [np[0], colon - 1] : np
      return joined && joined[1] < colon ? clauseSpeaker(tokens, joined, colon) : undefined
    }
  }
  return [a, b]
}

/** The owner of a noun of saying that heads `np`: "His" of "His message", "The mayor's" of "The mayor's reply". */
function speechOwner(tokens: Token[], np: Range): Range | undefined {
  const h = headOf(tokens, np)
  if (!lexicon.speechNouns.has(tokens[h].norm)) return undefined
  if (isPossessive(tokens[np[0]]) && h > np[0]) return [np[0], np[0] + 1]
  for (let k = np[0]; k < h; k++) if (tokens[k].word && normalised(tokens[k])) return [np[0], k + 1]
  return undefined
}

/** Words inside the quotation opening at `k`, counted up to four. */
function quotedWords(tokens: Token[], k: number): number {
  let n = 0
  for (; k < tokens.length && n < 4 && tokens[k].quoted; k++) if (tokens[k].word) n++
  return n
}

/** A fact check's label of one or two words before the colon at `colon` (hedges claimLabels): "Claim:", "False claim:", "Myth:". */
const claimLabel = (tokens: Token[], colon: number) => (colon === 1 || colon === 2) && lexicon.claimLabels.has(colon === 1 ? w(tokens, 0) : `${w(tokens, 0)} ${w(tokens, 1)}`)

/** Cues that come from the sentence's shape rather than a word: headlines, lead-ins, "Kim: “…”". */
export function structuralCues(text: string, tokens: Token[], shape: SentenceShape, add: Add): void {
  const n = tokens.length
  // "Kim: “We will respond”" — a speaker, a colon, a quotation
  const colon = tokens.findIndex((t) => t.text === ':')
  // past a lead word ("From the report:", "Here’s Clinton in December 1992:", "Continued Stone:")
  const lead = w(tokens, 0)
  const a = lead === 'here' && w(tokens, 1) === "'s" ? 2 : colon > 1 && (lexicon.prepositions.has(lead) || (lexicon.cueVerbs.has(lead) && !lexicon.nounish.has(lead))) ? 1 : 0
  // (a longer line when a dash sets the speaker off: "Media shares blame in Iowa poll overhype - HuffPollster: “…”")
  const np = colon > a && colon - a <= 20 && OPEN_QUOTES.has(tokens[colon + 1]?.text ?? '') && tokens[0].word ? colonSpeaker(tokens, a, colon) : undefined
  // (a noun phrase, not a clause: "The mayor had a simple message: “…”" is read below)
  // (no verb either: "The agency posted a one-line reply: “…”" is a clause, read below)
  // (nor a genre's label alone before a quoted title: "Review: ‘The Last Orchard’ is a quiet triumph"; "WSJ editorial: “…”" is one)
  // (nor a fact check's label: "Claim: “Governor Monroe cut a billion dollars…”" is the claim under examination, read below)
  // (longer when a lowercase role before a full name runs to the colon: "Former secretary of state Hillary Rodham Clinton:“…”")
  let run = colon
  while (run > 0 && capped(tokens[run - 1])) run--
  const roleAndName = colon - run >= 2 && uncapped(tokens[run - 1])
  // (nor an event's name with its year: "Oscars 2025: ‘Anora’ wins best picture"; a date is a time, "Here's Clinton in December 1992:")
  if (np && (colon - np[0] <= 6 || (roleAndName && colon - np[0] <= 10)) && !(colon === 1 && grammar.headlineGenres.has(w(tokens, 0))) && !claimLabel(tokens, colon) && !(YEAR.test(tokens[colon - 1].text) && !!tokens[colon - 2]?.cap && !isTimeWord(tokens[colon - 2])) && !tokens.slice(np[0], np[1]).some((t) => isAuxiliary(t) || (pastForm(t) && !t.cap))) {
    // (a noun of saying speaks for its owner: "His message was clear: “…”", "The mayor's reply was blunt: “No.”")
    const src = speechOwner(tokens, np) ?? np
    const r = ownerReading(readSource(text, tokens, src))
    if (!r.notSource && (r.kind === 'named' || (src !== np && r.kind === 'vague')) && r.type !== 'unknown' && (colon - np[0] <= 6 || r.type === 'person')) {
      add({ cue: [colon, colon + 1], src, reading: r, rule: 'colon-speaker', quote: true })
      return
    }
  }
  // "Perez lobbies for a higher minimum wage: “No one who works…”", "In an interview, Trump went further: “If he…”": a quoted
  // sentence after the colon that ends a clause is its subject's words (a quoted term is not: "added a new title to his résumé:
  // “song anthropologist.”")
  // (a short one after a noun of saying is what was said: "The mayor had a simple message: “Stay home.”")
  // (or after a predicate of a subject that is a noun of saying: "Her reply was blunt: “No.”")
  // (and a noun of saying's owner at a lead-in's colon, the words below it: "Her answer was brief:" then "“I have nothing to add.”")
  const leadIn = colon > 0 && colon === n - 1
  const main = colon > 0 && !shape.titleLine && (OPEN_QUOTES.has(tokens[colon + 1]?.text ?? '') || leadIn) ? findMainSubject(tokens) : undefined
  if (main && (leadIn ? !!speechOwner(tokens, main) : quotedWords(tokens, colon + 2) >= 4 || lexicon.speechNouns.has(tokens[colon - 1].norm) || !!speechOwner(tokens, main))) {
    // ("One early supporter, Representative Lee Zeldin, gave the technique a whirl: “…”": the name set off after the subject)
    const name = main && isComma(tokens[main[1]]) ? rightNP(tokens, main[1] + 1) : undefined
    const sub = main && name && tokens[name[0]].cap && !tokens[main[1] - 1].cap && isComma(tokens[name[1]]) ? name : main
    // (a predicate between them: a phrase that runs to the colon is the line's speaker, read above)
    // (a noun of saying speaks for its owner, as above)
    const owner = speechOwner(tokens, main)
    const speaker = owner ?? (sub && sub[1] < colon ? clauseSpeaker(tokens, sub, colon) : undefined)
    const r = speaker ? ownerReading(readSource(text, tokens, speaker)) : undefined
    if (speaker && r && !r.notSource && r.kind !== 'none' && (r.type !== 'unknown' || (!!r.pronoun && r.pronoun !== 'it'))) {
      add({ cue: [colon, colon + 1], src: speaker, reading: r, rule: 'colon-speaker', quote: true })
      return
    }
  }
  // a lead-in line: "From the statement:"
  if (n >= 3 && tokens[n - 1].text === ':' && w(tokens, 0) === 'from') {
    const np = rightNP(tokens, 1)
    if (np && np[1] === n - 1) {
      const r = readSource(text, tokens, np)
      if (r.kind !== 'none' && !r.notSource) add({ cue: [0, 1], src: np, reading: r, rule: 'lead-in' })
      return
    }
  }
  // a credit line under a table or a chart: "Source: City budget office", "Data: Zillow", "Sources: interviews"; its names end the
  // line or its item, and a longer phrase is of a known kind or written in capitals (else the line is a headline's clause on a
  // source's word: "Sources: Jets close to trading for star receiver", "Source: Halvern weighs sale of its chip unit")
  const credit = creditLabelled(tokens) ? (rightNP(tokens, 2) ?? null) : undefined
  if (credit === null) return
  const r = credit && !tokens[credit[1]]?.word ? readSource(text, tokens, credit) : undefined
  if (credit && r && (r.type !== 'unknown' || credit[1] - credit[0] < 3 || capitalRun(tokens, credit[0], credit[1]))) {
    if (!r.notSource && r.kind !== 'none') add({ cue: [0, 2], src: credit, reading: r, rule: 'credit-line' })
    return
  }
  // "CLAIM: Violent crime has doubled.", "Myth: Vaccines cause autism.": a fact check's claim under examination, on no one's word
  // (quoted too: "Claim: “…” — Rep. Dan Ellery, in a campaign ad", whose credit after it names the speaker)
  if ((tokens[colon + 1]?.word || OPEN_QUOTES.has(tokens[colon + 1]?.text ?? '')) && claimLabel(tokens, colon)) {
    add({ cue: [0, colon + 1], rule: 'claim-label' })
    return
  }
  // a quotation's credit line, a name after a dash to the line's end: "— Helen Marsh, director" under a block quote
  // (which a Markdown reader may join to the quotation's paragraph: a line start is enough)
  // (a lone hyphen is a bullet: "- Council names interim leader"; a name has capitals but for its small words)
  // (or right after the quotation on its line: "Claim: “…” — Rep. Dan Ellery, in a campaign ad", where the credit may say where;
  // an embedded post's signature anywhere: "Safer streets for everyone. — Rosa Delgado (@RosaForWard3) December 2, 2026")
  const lineish = shape.titleLine || shape.lineStart || shape.afterQuote
  if (DASHES.has(tokens[0].text) && !(tokens[0].text === '-' && tokens[1]?.text !== '-') && (lineish || tokens.some((t) => t.text.startsWith('@')))) {
    let a = 0
    while (a < n && DASHES.has(tokens[a].text)) a++
    const np = a < 3 ? rightNP(tokens, a) : undefined
    const apposition = np && isComma(tokens[np[1]]) && !isPreposition(tokens[np[1] + 1]) ? rightNP(tokens, np[1] + 1) : undefined
    // (read from the text: a credit line in Title Case reads as a title line, whose capitals mark no name, "— Attorney General Sam Patel")
    const capital = (t: Token) => /^\p{Lu}/u.test(t.text)
    const named = np && capital(tokens[np[0]]) && tokens.slice(np[0], np[1]).every((t) => capital(t) || !t.word || isPreposition(t) || isArticle(t) || t.lower === 'and')
    const end = apposition?.[1] ?? np?.[1] ?? n
    const where = isComma(tokens[end]) && isPreposition(tokens[end + 1]) && rightNP(tokens, end + 2)?.[1] === n
    const signed = np && embedSignature(tokens, end)
    // (a signature's capitals are a title line's, which read as no name's: its handle marks the name)
    if (np && (named || (signed && capital(tokens[np[0]]))) && (end === n || where || signed) && (lineish || signed)) {
      const read = readSource(text, tokens, np)
      // (an account's name before its handle names its poster, whatever kind of name it is: "— Grand Avenue Merchants (@GrandMerchants)"
      // is a group's account, no unnamed merchants)
      const r = signed && read.kind !== 'named' && !read.notSource ? { ...read, kind: 'named' as const, type: 'organization' as const } : read
      if (!r.notSource && r.kind === 'named' && (r.type !== 'unknown' || signed) && r.type !== 'document') add({ cue: [0, a], src: np, reading: r, rule: 'quote-credit' })
    }
    return
  }
  if (!shape.titleLine) return
  // "Police: Man shot near school was not a student", "Officials: …", "Report: …", "State media: …", "Yonhap: …": a headline led by
  // a source noun, a role or an outlet and a colon (not by a genre's label, "Analysis: …", "Review: …", nor by another name, which may be
  // the headline's subject: "Trump: …")
  // (a label of figures says nothing: "Average monthly bill: $48 → $54" in a list)
  if (colon >= 1 && colon <= 3 && n - colon > 3 && tokens.slice(0, colon).every((t) => t.word) && tokens.slice(colon + 1).some((t) => t.word && /^\p{L}/u.test(t.text))) {
    const head = tokens[colon - 1]
    const document = isDocumentNoun(head) && !grammar.headlineGenres.has(head.norm)
    const r = readSource(text, tokens, [0, colon])
    // (or a role, one definite person with its article dropped: "Governor: Tax cuts are off the table", "Coach: We deserved to lose")
    const led = isOfficeNoun(head) || isVagueNoun(head) || isPersonRole(head) || document || r.type === 'media' || r.type === 'state-media'
    // (a competition's name is the section's: "Premier League: Chelsea agree…")
    const section = head.cap && grammar.competitions.has(head.lower)
    // (a question word after the colon opens an explainer, no claim of the source's: "City budget: what the cuts mean",
    // "Police: What we know about the shooting")
    const explainer = lexicon.questionWords.has(w(tokens, colon + 1))
    if (led && !section && !explainer && !r.notSource && r.kind !== 'none' && r.type !== 'unknown') {
      // (a document by its noun alone is no particular one: "Report: …" is "a report says", SPEC §1 step 2)
      const reading: SourceReading = document && colon === 1 ? { ...r, kind: 'vague' } : r
      add({ cue: [colon, colon + 1], src: [0, colon], reading, rule: 'headline-source' })
      return
    }
  }
  // headline forms: "…: foreign minister", "… – Kommersant", "“…” — Ana Morales, farmer"
  for (let k = n - 2; k >= Math.max(1, n - 12); k--) {
    const t = tokens[k]
    // (nor a clock's colon: "Mumbai | Updated: December 5, 2026 09:14 IST")
    if (t.word || isPunct(t, ',.') || (t.text === ':' && /\d$/.test(tokens[k - 1].text) && isFigure(tokens[k + 1]))) continue
    // (the source is shorter than the line it credits: "Review: A dazzling new Hamlet" is labelled, not credited; after a colon,
    // strictly: "Chart of the Week: Home Prices Outpace Wages")
    // (not so after a whole quotation, whose speaker may be written with a topic: "'We ran out of time': Ghana's finance minister on
    // the debt deal")
    const quoted = t.text === ':' && isQuoteMark(tokens[0]) && isQuoteMark(tokens[k - 1])
    // (nor a live page's time before its entry's title: "9:15 a.m. — Landfall")
    if ((t.text === ':' ? k > n - k - 1 || quoted : DASHES.has(t.text) && k >= n - k - 1 && pastClock(tokens, 0) !== k)) {
      const whole = rightNP(tokens, k + 1)
      // (who, then what they speak on: "'We were told the water was safe': A Flint mother on ten years of waiting")
      const on = whole ? tokens.findIndex((x, j) => j > whole[0] && j < whole[1] && x.lower === 'on') : -1
      const np: Range | undefined = whole && on > 0 ? [whole[0], on] : whole
      const ends = on > 0 ? whole![1] : np?.[1]
      let apposition = np && isComma(tokens[np[1]]) ? rightNP(tokens, np[1] + 1) : undefined
      // (past an age: "— Ana Ruiz, 34, nurse")
      if (apposition && apposition[1] - apposition[0] === 1 && /^\d+$/.test(tokens[apposition[0]].text) && isComma(tokens[apposition[1]])) apposition = rightNP(tokens, apposition[1] + 1) ?? apposition
      // (a figure names no one: a table's row "Labour | 28% | -6")
      if (np && (ends === n || apposition?.[1] === n) && tokens.slice(np[0], np[1]).some((x) => /\p{L}/u.test(x.text))) {
        // (a title's capital names no one: "…: Sources", "…: Report" are the common nouns)
        const head = tokens[np[1] - 1]
        const common = np[1] - np[0] === 1 && !apposition && (isVagueNoun(head) || isDocumentNoun(head))
        const read = readSource(text, tokens, np)
        const r: SourceReading = common && isVagueNoun(head) ? { ...read, kind: 'vague', type: 'anonymous', role: undefined } : common ? { ...read, type: 'document' } : read
        // (a document by its noun alone, not a genre's label, is no particular one: "… - memo", "… - internal memo", as "Memo: …")
        const document = r.type === 'document' && !apposition && isDocumentNoun(head) && !grammar.headlineGenres.has(head.norm) && (common || tokens.slice(np[0], np[1]).every((x) => !x.cap))
        // (nor a verdict's word after its label: "Our ruling: False")
        const verdict = np[1] - np[0] === 1 && grammar.judgmentAdjectives.has(tokens[np[0]].lower)
        // (one its maker names is on record: "…: Reuters poll", "… - Pew survey")
        // (a genre's label after it credits nothing either: "…: Weekly Briefing")
        const genre = grammar.headlineGenres.has(head.norm)
        const made = r.kind === 'named' && np[1] - np[0] >= 2 && tokens[np[0]].cap && !genre
        if (!r.notSource && !verdict && !genre && r.type !== 'unknown' && (r.type !== 'document' || document || made)) add({ cue: [k, k + 1], src: np, reading: document ? { ...r, kind: 'vague' } : r, rule: 'headline-source' })
      }
    }
    break
  }
}

/**
 * What opens a line before a colon in a transcript speaker's label: up to five capitalised words, the last one captured (Markdown's
 * bold around it too, "**Q:**"), and a role after a comma ("STEVE INSKEEP, HOST:", "MARY LOUISE KELLY, BYLINE:") or a role or name
 * in brackets, as Hansard sets them ("Kemi Badenoch (Leader of the Opposition):", "The Prime Minister (Keir Starmer):").
 */
const LABEL = /^[ \t]*[*_]*(?:\p{Lu}[\p{L}\p{M}.'’-]*[ \t]+){0,4}(\p{Lu}[\p{L}\p{M}'’-]*)(?:,[ \t]+\p{Lu}+(?:[ \t]+\p{Lu}+)?|[ \t]+\([^()\n]{1,40}\))?$/u
/** What follows the label's colon: words (not a tally's figure, "Clinton: 547"), or, after a label in capitals, the line's end. */
const AFTER_LABEL = /^[*_]*[ \t]+[*_]*["“‘'(]?\p{L}/u
const LINE_END = /^[*_]*[ \t]*(?:\r?\n|$)/

/**
 * The last words, in lower case, of the labels that open two or more lines: the speakers of a transcript ("Matthews:", "RUIZ:").
 * Read from each colon back to its line's start, as colons are few.
 */
export function transcriptSpeakers(text: string): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // (a label is short: its line's start is looked for within 60 characters, so a long line costs no more than a short one)
    const from = Math.max(0, colon - 60)
    const before = text.slice(from, colon)
    const nl = before.lastIndexOf('\n')
    if (nl < 0 && from > 0) continue
    const m = LABEL.exec(before.slice(nl + 1))
    // (a label in capitals may stand on a line of its own, its turn below it: "STEVE INSKEEP, HOST:")
    const after = text.slice(colon + 1, colon + 8)
    if (!m || !(AFTER_LABEL.test(after) || (LINE_END.test(after) && m[0] === m[0].toUpperCase()))) continue
    const last = m[1].toLowerCase()
    if (seen.has(last)) repeated.add(last)
    else seen.add(last)
  }
  return repeated
}

/**
 * A transcript's turn: in a document where some name labels two or more lines, a line that opens with a person's name and a colon,
 * then what they said ("Ruiz: At about 2 a.m.", "SEN. MARCUS HALE: We will not…", "DANA WHITFIELD: Your own auditor…"). A label of
 * one word the resolver keeps only for a person it knows, as "Update:" reads as a name too; the sentences after it in the
 * paragraph carry it over. A quotation after the colon is the colon speaker's ("Kim: “We will respond”").
 */
export function speakerTurn(text: string, tokens: Token[], transcript: () => ReadonlySet<string>, add: Add): void {
  let colon = 0
  // (no owner: "Editor’s Note:"; a title's period may stand apart: "SEN. MARCUS HALE:")
  const word = (t: Token) => capped(t) && !t.quoted && !normalised(t)
  while (colon < tokens.length && colon < 7 && (word(tokens[colon]) || (colon > 0 && tokens[colon].text === '.' && tokens[colon - 1].end === tokens[colon].start))) colon++
  // (the speaker's role after a comma is no part of the name: "STEVE INSKEEP, HOST:")
  const name = colon
  if (colon > 0 && isComma(tokens[colon]) && grammar.transcriptRoles.has(w(tokens, colon + 1))) colon += tokens[colon + 2]?.text === ':' ? 2 : grammar.transcriptRoles.has(w(tokens, colon + 2)) ? 3 : 0
  // (and a role or a name in brackets: "Kemi Badenoch (Leader of the Opposition):"; the name when the label is a role, "The Prime
  // Minister (Keir Starmer):")
  // (the speaker's range is made only for a turn found: this runs at every sentence)
  let from = 0
  let to = name
  if (colon > 0 && tokens[colon]?.text === '(') {
    let close = colon + 1
    while (close < colon + 9 && tokens[close] && tokens[close].text !== ')') close++
    if (tokens[close]?.text === ')' && tokens[close + 1]?.text === ':') {
      if (w(tokens, 0) === 'the' && tokens.slice(colon + 1, close).every((t) => capped(t))) [from, to] = [colon + 1, close]
      colon = close + 1
    }
  }
  // an interview's answer, "A: How many of our teachers work second jobs.", where the document labels questions and answers: the
  // interviewee's words, the label standing for them as a pronoun would (the resolver names them; an interviewer's "Q:" is no one)
  // (past Markdown's bold or italics after the colon: "**A:** Yes.")
  const said = pastEmphasis(tokens, colon + 1)
  if (colon === 1 && tokens[1]?.text === ':' && grammar.answerLabels.has(w(tokens, 0)) && (tokens[said]?.word || OPEN_QUOTES.has(tokens[said]?.text ?? ''))) {
    const labels = transcript()
    if (labels.has(w(tokens, 0)) && [...grammar.questionLabels].some((q) => labels.has(q))) add({ cue: [0, 2], src: [0, 1], reading: { kind: 'named', type: 'person', name: tokens[0].text }, rule: 'answer-turn', quote: true })
    return
  }
  // (a label in capitals alone on its line hands its speaker to the paragraph below it, as a lead-in's colon does: "STEVE
  // INSKEEP, HOST:")
  const alone = said >= tokens.length && tokens.slice(0, name).every((t) => !t.word || t.text === t.text.toUpperCase())
  // (a letter's greeting names its addressee: "Dear Annie:")
  if (colon === 0 || tokens[colon]?.text !== ':' || !(tokens[said]?.word || alone) || (colon === 1 && tokens[0].text.length === 1) || grammar.salutations.has(w(tokens, 0))) return
  // (a tally names no speaker: "Clinton: 547."; one name that labels one line only is a headline's or a section's, "Kasich: Now or
  // never.", while a full name may speak once in a transcript: "DANA WHITFIELD: Your own auditor says…")
  const speakers = transcript()
  if (!speakers.size || (colon === 1 && !speakers.has(w(tokens, 0))) || (!alone && tokens.slice(said).every((t) => !t.word || isFigure(t)))) return
  // (a surname in capitals reads as initials: "HALE:" is the person "SEN. MARCUS HALE:" named)
  const src: Range = [from, to]
  const r = readSource(text, tokens, src)
  if (r.kind === 'named' && !r.notSource && (r.type === 'person' || r.type === 'organization')) add({ cue: [colon, colon + 1], src, reading: { ...r, type: 'person' }, rule: 'speaker-turn', quote: true })
}

/** The first token at or after `k` that is no Markdown emphasis mark. */
function pastEmphasis(tokens: Token[], k: number): number {
  while (tokens[k]?.text === '*' || tokens[k]?.text === '_') k++
  return k
}

/** A credit line's label opens the unit: "Source: City budget office", "Data: Zillow" (grammar creditLabels). */
export const creditLabelled = (tokens: Token[]) => tokens.length >= 3 && tokens[1].text === ':' && grammar.creditLabels.has(w(tokens, 0))

/**
 * A footnote that only cites, its source then the citation's details: "[^1]: Board minutes, Dec. 4, 2025.", "[^2]: U.S. Census
 * Bureau, American Community Survey 2023.", "[^3]: Interview with a mayoral aide, March 3." (the cue is the whole citation). A note
 * that says something is a sentence: "[^4]: The figure excludes overtime."
 */
export function noteCitation(text: string, tokens: Token[], add: Add): void {
  const lead = lexicon.citationLeads.match(tokens, 0)
  const whole = rightNP(tokens, lead?.length ?? 0)
  if (!whole || !detailsOnly(tokens, whole[1])) return
  // (the source without how it was had: "City procurement records obtained by the Ledger")
  let b = whole[0] + 1
  while (b < whole[1] && !(!tokens[b].cap && pastForm(tokens[b]))) b++
  const np: Range = [whole[0], b]
  if (grammar.citationOwnWork.has(tokens[np[0]].norm)) return
  const r = readSource(text, tokens, np)
  if (r.notSource || r.kind === 'none' || (r.type === 'unknown' && !capitalRun(tokens, np[0], np[1]))) return
  let end = tokens.length
  while (end > 1 && !tokens[end - 1].word) end--
  add({ cue: [0, end], src: np, reading: r, rule: 'note-citation', quote: false })
}

/** rules whose cue may open a footnote that only cites: "[^1]: According to the city clerk's office.", "[^2]: Per the union, Oct. 3." */
const CITING_RULES = new Set(['according-to', 'per', 'credit-line'])

/**
 * Whether a footnote's first sentence only cites (its one attribution opens it, then details, or it names the writer's own work): the
 * credit of the sentence citing it.
 */
export function citesOnly(tokens: Token[], found: Found[]): boolean {
  // (the writer's own work cites no one: "[^1]: Author's analysis of police data.", "[^2]: Ibid.")
  if (!found.length) {
    const np = tokens.length ? rightNP(tokens, 0) : undefined
    return !!np && grammar.citationOwnWork.has(tokens[0].norm) && detailsOnly(tokens, np[1])
  }
  if (found.length !== 1) return false
  const f = found[0]
  return f.rule === 'note-citation' || (CITING_RULES.has(f.rule) && f.cue[0] === firstWord(tokens) && !!f.src && detailsOnly(tokens, f.src[1]))
}

/**
 * Whether the words from `k` are only a citation's details: capitalised titles, figures, quoted titles and a few words of where and
 * when (grammar citationDetails); a participle after a comma opens a phrase of how it was had, to the next comma ("…, obtained through
 * a records request.").
 */
function detailsOnly(tokens: Token[], k: number): boolean {
  let had = false
  for (; k < tokens.length; k++) {
    const t = tokens[k]
    if (isComma(t)) had = !!tokens[k + 1] && !tokens[k + 1].cap && pastForm(tokens[k + 1])
    // (a line of capitals has lost its common words' capitals)
    else if (t.word && !had && !/^[\p{Lu}\d]/u.test(t.text) && !t.quoted && !grammar.citationDetails.has(t.lower.replace(/\.$/, ''))) {
      // ("County Assessor's Office, levy estimate memo, Oct. 2026.": lowercase words naming the document's kind, to a mark)
      let e = k
      while (uncapped(tokens[e])) e++
      if (isDocumentNoun(tokens[e - 1]) && !tokens[e]?.word) {
        k = e - 1
        continue
      }
      return false
    }
  }
  return true
}

/**
 * Whether `tokens` from `k` are a post's signature after its author's name, its handle in brackets and its date ("— Sen. Maria
 * Cantwell (@SenatorCantwell) December 4, 2026"), as a page scraped with an embedded post writes it under the post's words.
 */
function embedSignature(tokens: Token[], k: number): boolean {
  if (!isPunct(tokens[k], '(') || !tokens[k + 1]?.text.startsWith('@') || !isPunct(tokens[k + 2], ')')) return false
  return tokens.slice(k + 3).every((t) => isComma(t) || /^\d{1,4}$/.test(t.text) || isTimeWord(t))
}
