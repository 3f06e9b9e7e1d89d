import type { Role } from '../types'
import { grammar, lexicon } from '../lexicon'
import type { Analysed, Sentence } from '../attribute/sentence'
import { firstOfLine, lineBelow, listBlock, listLine } from '../segment/sentences'
import { figureAt } from '../attribute/content'
import { creditLabelled } from '../attribute/headline'
import { pastForm } from '../attribute/noun-phrase'
import { firstWord, isComma } from '../attribute/words'
import { isFigure, w, type Token, isDeterminer, isAuxiliary, isPronoun, isArticle, isCueWord } from '../segment/tokens'

/** How a sentence stands on the page, before its neighbours are known. */
export type Shape = 'furniture' | 'related' | 'references' | 'caption' | 'credit' | 'title' | 'label' | 'teaser' | 'prose'

/** What roles need of a sentence, read while its words are at hand. */
export interface RoleFacts {
  shape: Shape
  /** few enough words to be a photo description before a credit line, and no one's words ("…, Case-Shiller said last week.") */
  short: boolean
  /** a credit line and little else */
  credit: boolean
  /** a question or an instruction that asserts nothing */
  asks: boolean
  /** someone is cited in it: no note about the writer ("By Tom Lee" then "Mr. Lee was arrested, police said.") */
  cites: boolean
  /** a footnote that only cites: the article's own text, as its prose is */
  note: boolean
}

/** Reads the role facts of a sentence; `lastOfLine`: no sentence follows it in its paragraph. */
export function roleFacts(text: string, s: Analysed, lastOfLine: boolean, leadsList: boolean, leadsQuote: boolean): RoleFacts {
  const body = text.slice(s.start, s.end)
  // a caption marker is looked for once, in units short enough to be captions or credits
  const found = s.tokens.length <= 40 ? lexicon.captionMarkers.exec(body) : null
  // (a credit word of prose opening a sentence that cites someone is its subject: "Screenshots of the chat show that…")
  const credit = !!found && lexicon.creditWords.has(found[0].toLowerCase())
  const marker = found && (!s.terminal || !credit || (found.index === 0 && !s.found.length) || namesOnly(body.slice(found.index + found[0].length))) ? found : null
  const shape = shapeOf(text, s, body, marker, lastOfLine, leadsList, leadsQuote)
  // only a caption, or prose that may join one, is asked for a credit line (assignRoles)
  return { shape, short: s.tokens.length <= 35 && !s.found.some((f) => f.src), credit: (shape === 'caption' || shape === 'prose') && creditLine(s, body, marker), asks: isQuestion(text, s), cites: s.found.length > 0, note: s.citation }
}

const EDGE = new Set([...' \t\n\r.:;,!?…*•|·–—-'])
/** A short line as furniture lists write it: lowercase, one space between words, no edge punctuation. */
function norm(s: string): string {
  let a = 0
  let b = s.length
  while (b > a && EDGE.has(s[b - 1])) b--
  // (past a newsletter's pictograph too, "📬 Thanks for reading!")
  // (an emoji's, not "©", which opens a copyright line)
  for (let c = s.codePointAt(a) ?? 0; a < b && ((EDGE.has(s[a]) && !'.:;,!?…'.includes(s[a])) || c >= 0x1f000 || c === 0xfe0f); c = s.codePointAt(a) ?? 0) a += c > 0xffff ? 2 : 1
  const lower = s.slice(a, b).toLowerCase()
  const spaced = /\s\s|[\t\n\r]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower
  return spaced.includes('’') ? spaced.replace(/’/g, "'") : spaced
}
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/
const TIME_TOKEN = /^(\d{1,4}([:./-]\d{1,4})*(am|pm)?,?|a\.m\.?|p\.m\.?|am|pm|updated:?|published:?|posted:?|last|on|at|ago|-|\|)$/

const DURATION = /^(second|sec|minute|min|hour|hr|day|week|month|year)s?$/

/** A standalone line that is only a date and time ("June 27, 2014", "Updated 3:45 p.m. ET", "Updated 2 hours ago"). */
function isDateline(lower: string): boolean {
  if (!/\d/.test(lower)) return false
  const words = lower.split(/\s+/).map((w) => w.replace(/,$/, '')).filter(Boolean)
  if (!words.length || words.length > 10) return false
  // ("Updated 2 hours ago": a span of time counts before "ago" only; "100 days." is prose)
  const ago = words.includes('ago')
  // (a time zone from the list: "Published 6:02 a.m. MT July 18, 2023")
  const dated = words.filter((w) => MONTH_OR_DAY.test(w) || TIME_TOKEN.test(w) || lexicon.timeZones.has(w) || (ago && DURATION.test(w))).length
  return dated === words.length
}

/** "mumbai | updated: december 5, 2026 09:14 ist": a place of a few words, a bar, then a dateline, labelled or not. */
function isPlaceBarDateline(lower: string): boolean {
  const bar = lower.indexOf('|')
  if (bar < 0 || /\d/.test(lower.slice(0, bar)) || lower.slice(0, bar).trim().split(/\s+/).length > 3) return false
  const rest = lower.slice(bar + 1).trim()
  const label = lexicon.furniturePrefixes.exec(rest)
  return isDateline(label ? rest.slice(label[0].length).trim() : rest)
}

/**
 * "Jen Ortiz Nov 28, 2026", and run together as a site's byline and date are when scraped ("Jen OrtizNov 28, 2026"): a name of
 * two to four capitalised words, then only a date.
 */
function isNameDateline(body: string): boolean {
  const m = NAME_DATE.exec(body)
  return !!m && isDateline(norm(m[1]))
}

const NAME_DATE = /^(?:\p{Lu}[\p{L}'’-]*\.? ){1,3}\p{Lu}\p{Ll}*? ?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d.*)$/u

/** "By Jane Doe", "By JANE DOE and Ali Reza, Reuters" */
function isByline(text: string): boolean {
  // (a site may set the time after a bar: "By Sam Ortega | Updated 6:42 p.m.")
  const name = text.split(BYLINE_BAR)[0]
  // (with a colon too: "By: WXYZ Web Team")
  return /^by:?\s+\p{Lu}/iu.test(name) && name.split(/\s+/).length <= 9 && !/[.!?]$/.test(name.trim())
}

/** a bar, a middle dot or a bullet between a byline and its date */
const BYLINE_BAR = / [|·•] /

/** "Reuters contributed reporting from Dubai.", "Anna Lee and Tom Hale contributed to this report.": names, then the credit. */
function isContributorLine(s: Analysed, line: string): boolean {
  const tail = lexicon.contributorTails.exec(line)
  if (!tail || tail.index === 0) return false
  // (the credit ends the line, but for where they reported from: "…contributed reporting from Dubai")
  const rest = line.slice(tail.index + tail[0].length)
  if (rest && !/^ (from|in) /.test(rest)) return false
  // (the words before it are names: capitalised but for joiners and a role, "staff writer Anna Lee"; nobody said anything)
  const names = s.tokens.filter((t) => t.word && t.start - s.start < tail.index)
  return names.length <= 12 && names[0].cap && names.filter((t) => !t.cap).length <= 3 && !names.some((t) => isPronoun(t) || isCueWord(t))
}

/** "Express News Service", "Staff Reporter", "Reuters": a desk's or a wire's name alone on its line, in capitals, a byline without "By". */
function isDeskCredit(s: Analysed, line: string): boolean {
  const words = s.tokens.filter((t) => t.word)
  // (a title-case line's tokens leave common words uncapitalised: its letters are asked)
  if (!words.length || words.length > 5 || !words.every((t) => /^\p{Lu}/u.test(t.text) || t.lower === 'of') || s.terminal) return false
  const last = words[words.length - 1].lower
  return lexicon.newsAgencies.has(line.replace(/^the /, '')) || lexicon.creditDesks.has(last) || (words.length > 1 && lexicon.creditDesks.has(`${words[words.length - 2].lower} ${last}`))
}

/** "Reporting by Ben Ortiz and Lena Cho.", "Editing by Jane Smith in Washington.": a credit's prefix of `prefix` characters, then only names and where. */
function namesAfterPrefix(s: Analysed, prefix: number): boolean {
  return s.tokens.every((t) => !t.word || t.start - s.start < prefix || t.cap || grammar.creditJoiners.has(t.lower))
}

/** "MOSCOW, December 5." or "KYIV, 5 December.": a place in capitals and a day. */
const PLACE_DATE = /^\p{Lu}{3,}[\p{Lu} .'-]*,\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)\.?$/u
/** "[NEEDS SOURCE]", "[CHECK FIGURE]": a draft's note to the desk in capitals in square brackets, alone (a newsletter's "[CNN]" is no claim either). */
const CAPS_NOTE = /^\[[A-Z][A-Z ]{1,40}\]$/
/** "/TASS/.": an agency's credit between slashes. */
const SLASHED_CREDIT = /^\/\p{Lu}[\p{L}-]*\/\.?$/u

/** "TBILISI, Georgia" or "SEOUL": a dateline standing alone. */
const isPlaceDateline = (body: string) => /^\p{Lu}{3,}[\p{Lu} .'-]*(,\s*[\p{L} .'-]+)?$/u.test(body.trim()) && body.split(/\s+/).length <= 5

/** Whether the unit is a summary box's label over its list: "Key points", "At a glance:" (page-furniture summaryLabels). */
const summaryLabel = (text: string, s: Sentence) => lexicon.summaryLabels.has(norm(text.slice(s.start, s.end)))

/** Whether no more than three words stand beside the web addresses in a short line: a contact line's label. */
function fewWordsBeside(body: string): boolean {
  let n = 0
  for (const part of body.split(/\s+/)) if (!/[@/]|www\./.test(part) && /\p{L}/u.test(part) && ++n > 3) return false
  return true
}

/** A teaser's cut: "…", "...", "[…]" or "[...]" at the end (a sentence's text has no edge spaces). */
const cutShort = (body: string) => body.endsWith('...') || body.endsWith('…') || body.endsWith('[…]') || body.endsWith('[...]')

function shapeOf(text: string, s: Analysed, body: string, marker: RegExpExecArray | null, lastOfLine: boolean, leadsList: boolean, leadsQuote: boolean): Shape {
  // furniture, captions and datelines are short; long prose skips the line tests
  if (s.tokens.length > 45) return s.block === 'caption' ? 'caption' : cutShort(body) ? 'teaser' : 'prose'
  if (s.block === 'caption') return 'caption'
  // a footnote that only cites its source is the credit of the sentence citing it
  if (s.citation) return 'credit'
  const words = s.tokens.length
  // ("…played his 600th game. ... Edmonton has lost…": marks alone between a paragraph's sentences separate items and say nothing;
  // inside a quotation an ellipsis marks words left out of it, and the quotation goes on)
  if (!s.line && !s.quote.groups.length && s.tokens.every((t) => !t.word)) return 'furniture'
  // whole-line furniture is a few words: only short units are normalised and looked up (the
  // word-list expressions ignore case, so longer units are not lowercased, which is slow on news text)
  const line = words <= 16 ? norm(body) : body
  if (words <= 16 && lexicon.furnitureLines.has(line) && !lexicon.relatedMarkers.has(line)) return 'furniture'
  // (a sentence with a cue is the story's: "Anyone with information about the case was ignored, the lawsuit says.")
  if (words <= 30 && !s.found.length && lexicon.furnitureSentencePrefixes.test(line)) return 'furniture'
  // (or wherever it stands when what follows its label is about the story: "…, officials said. Correction: An earlier version…")
  if (lexicon.noteLabels.test(line) && (firstOfLine(text, s.start) || lexicon.noteAbout.test(line))) return 'furniture'
  if (lexicon.draftNotes.test(line) || CAPS_NOTE.test(body) || lexicon.correctionLeads.test(line)) return 'furniture'
  // (a wire's dateline and credit set as sentences of their own: "MOSCOW, December 5. /TASS/. No new round of talks…")
  if (!s.line && words <= 8 && ((firstOfLine(text, s.start) && PLACE_DATE.test(body)) || SLASHED_CREDIT.test(body))) return 'furniture'
  if (s.line && words <= 16) {
    if (lexicon.relatedMarkers.has(line)) return 'related'
    if (lexicon.referenceHeadings.has(line)) return 'references'
    if (isDateline(line) || isByline(body) || isNameDateline(body) || isPlaceDateline(body) || isPlaceBarDateline(line) || isContributorLine(s, line) || isDeskCredit(s, line)) return 'furniture'
    // ("About 40 reported seeing smoke." opens on a figure, not an "About us" box; so does a list's item, "• About 60,000 affected")
    const prefix = lexicon.furniturePrefixes.exec(line)
    // (a label with its colon leads a teaser however long: "Read more: What caused Spain's deadly floods?")
    if (prefix && !(s.terminal && words > 6 && !prefix[0].endsWith(':') && !namesAfterPrefix(s, prefix[0].length)) && !figureAt(s.tokens, firstWord(s.tokens))) return 'furniture'
  }
  // a contact line: "Email newsdesk@example.com", "Reach him at …@…", "Follow us at https://…" (a web address with a few words beside
  // it; an embedded post's sentence keeps its link, "Airlines must do better. https://t.co/…")
  if (words <= 10 && (/\S@\S+\.\w/.test(body) || (/https?:\/\/|www\./.test(body) && fewWordsBeside(body)))) return 'furniture'
  if (marker && (s.line || lastOfLine) && creditPlace(body, marker)) return 'caption'
  // a table's or a chart's credit line, "Source: City budget office": a caption that names where the figures come from
  // (and a quotation's, "— Helen Marsh, director", found only where a line starts; not a headline on a source's word, "Sources:
  // Automakers prepare new offer")
  // (a fact check's list of its sources may run long, its items set apart by semicolons: "Sources: City records; interview with…")
  if ((words <= 16 || s.tokens.some((t) => t.text === ';')) && ((s.line && creditLabelled(s.tokens) && !s.found.some((f) => f.rule === 'headline-source')) || s.found.some((f) => f.rule === 'quote-credit'))) return 'credit'
  // a caption that opens with its marker, a credit after it on the same line: "Photo: A crew clears a tree. (Beth Nakamura/The Oregonian)"
  if (marker?.index === 0 && firstOfLine(text, s.start)) return 'caption'
  if (words <= 12 && BRACKET_CREDIT.test(body)) return 'caption'
  if (cutShort(body)) return 'teaser'
  if (s.block === 'heading') return 'title'
  // (a summary box's label with no colon leads its list as one with a colon does: "Key points" over the story's main facts)
  if (leadsList && s.line && words <= 5 && lexicon.summaryLabels.has(line)) return 'label'
  // (a list's item that is one short question is a title too, a teaser's in a list of links or a FAQ's: "- [Why Belém?](…)"; prose
  // after the list keeps it the article's, below)
  if (listBlock(s.block) && s.line && words <= 10 && !s.found.length && body.endsWith('?')) return 'title'
  if (s.line && !s.terminal && !body.trimEnd().endsWith(':') && s.tokens.length <= 40 && !lostPeriod(s.tokens)) return 'title'
  // a headline's second half after its question or label, on the first line: "Is the turkey still safe? Food scientists weigh in"
  // (a cue in it too: "Why is Mars red? Scientists think they finally know")
  // (not a lead-in to a quotation below: "Drivers blocked the border. The ministry said:")
  if (lastOfLine && !s.terminal && words <= 12 && !body.trimEnd().endsWith(':') && headlineHalf(text, s.start)) return 'title'
  // (and its first half, a sentence with its stop, when the line ends on none: "The four-day week is coming. Bosses should stop…")
  // (a plain statement only: a question is one already, and a quotation's credit may follow it, "“…” — Sam Patel")
  if (!lastOfLine && s.terminal && words <= 16 && /\p{L}\.$/u.test(body) && !s.quote.startsQuoted && headlineOpening(text, s.start, s.end)) return 'title'
  // a transcript speaker's label alone on its line titles the turn below it: "STEVE INSKEEP, HOST:"
  if (s.line && s.found.length === 1 && s.found[0].rule === 'speaker-turn' && s.found[0].cue[1] === s.tokens.length) return 'label'
  // a short label that leads into a list or a table, "Key points from the meeting:", titles it (a speaker's "Lee said:" is a cue,
  // and "The district spent $2 million last year:" a claim)
  // (one that opens on "here" or a question word may hold a verb: "Here's what's in it:", "What happened next:")
  if (leadsList && s.line && words <= 12 && !s.found.length && body.trimEnd().endsWith(':') && (s.tokens.every(labelWord) || grammar.leadInOpeners.has(w(s.tokens, firstWord(s.tokens))))) return 'label'
  // a topic's label over a quotation, as a press conference's roundup sets them: "On Saka's hamstring:" (grammar topicOpeners)
  if (leadsQuote && s.line && words <= 10 && !s.found.length && body.trimEnd().endsWith(':') && grammar.topicOpeners.has(w(s.tokens, firstWord(s.tokens))) && s.tokens.every(labelWord)) return 'label'
  if (s.line && words <= 12 && quotedSubhead(s)) return 'title'
  return 'prose'
}

/** Whether the text's first line holds a question or a label before `start`, a headline's first half: "Is the turkey still safe? |". */
function headlineHalf(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (start - lineStart > 130) return false
  // (only blank lines before it: read back over them, not the whole text)
  for (let k = lineStart - 1; k >= 0; k--) if (!/\s/.test(text[k])) return false
  const before = text.slice(lineStart, start).trimEnd()
  return before.length > 0 && /[?!:.]["”’']?$/.test(before)
}

/** Whether the sentence `[start, end)` opens the text's first line, which ends on no stop a few words later: a headline of two halves. */
function headlineOpening(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0; k--) if (!/\s/.test(text[k])) return false
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim()
  return lineEnd > 0 && /^\p{Lu}/u.test(rest) && lineEnd - start <= 130 && !/[.?!…:;,"”’')\]]$|[.?!]\s|["“”]/.test(rest) && rest.split(/\s+/).length <= 12
}

/** A word a label may hold: no figure, no auxiliary, no past form of a verb. */
const labelWord = (t: Token) => !t.word || (!/\d/.test(t.text) && !isAuxiliary(t) && !pastForm(t))

/**
 * A line that is only a short quotation in Title Case, "'All Bets Are Off.'", "“Legend in the Coal Fields.”": a section's
 * subhead quoting the story, as some sites set them, not a quoted sentence standing alone ("“We will be back.”").
 */
function quotedSubhead(s: Analysed): boolean {
  if (!s.quote.startsQuoted || s.quote.share < 0.9) return false
  let words = 0
  let capped = 0
  for (const t of s.tokens) {
    if (!t.word) continue
    words++
    // (the capital as written: a Title Case line's common words have lost their `cap` by now)
    if (/^\p{Lu}/u.test(t.text)) capped++
    else if (!grammar.titleCaseSmallWords.has(t.lower)) return false
  }
  return words >= 3 && capped >= 2
}

/**
 * A long line of mostly lowercase words with the articles headlines drop is a paragraph that lost
 * its period ("Trump is keeping up his criticism … in the hours before the polls"), not a headline
 * ("Islamic veil: crackdown on protests … leaves more than 40 victims in Iran").
 */
function lostPeriod(tokens: Analysed['tokens']): boolean {
  let words = 0
  let capped = 0
  let articles = 0
  for (const t of tokens) {
    if (isArticle(t)) articles++
    if (!t.word || t.text.length < 4) continue
    words++
    if (t.cap) capped++
  }
  return words >= 12 && articles >= 2 && capped < words * 0.4
}

/**
 * Roles of the sentences (SPEC §2), from line shape, position and the furniture news sites
 * scrape with articles. Title-like lines are headings when the article goes on after them,
 * and furniture (related-story titles) when only furniture follows.
 */
export function assignRoles(text: string, sentences: Sentence[], facts: RoleFacts[]): Role[] {
  const shapes = facts.map((f) => f.shape)
  // the photo description before a credit line is part of the caption: "Firefighters tackle… Photo: …"
  for (let i = shapes.length - 1; i > 0; i--) {
    const prev = sentences[i - 1]
    if (shapes[i] === 'caption' && shapes[i - 1] === 'prose' && facts[i - 1].short && (prev.para === sentences[i].para || prev.line) && facts[i].credit) shapes[i - 1] = 'caption'
  }
  const roles: Role[] = new Array(sentences.length)
  const seen = new Map<string, number>()
  for (let i = 0; i < sentences.length; i++) {
    if (shapes[i] !== 'title') continue
    const key = norm(text.slice(sentences[i].start, sentences[i].end))
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const proseFollows = proseAfter(facts)
  let afterRelated = false
  // (under a heading of the article's sources, each entry cites and claims nothing, to the next heading; prose that cites
  // someone is the article's again)
  let inReferences = false
  let bodySeen = false
  // (the items of a list right under a label are what the article says, even when furniture, not prose, comes after the list: a
  // live page's "Key points" over its timestamps)
  let underLabel = false
  const plain = plainText(text, sentences)
  // pull-quote checks look ahead; a bounded number keeps hostile input linear
  const budget = { left: 200 }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]
    const shape = shapes[i]
    // (under a summary label, its lines with their bullets lost are its items: "Key points\nMet Office amber warning…")
    const item = listLine(text, s) || (underLabel && s.line && lineBelow(text, sentences[i - 1].end, s.start))
    if (!item) underLabel = false
    if (s.block === 'heading' || shape === 'references') {
      roles[i] = 'heading'
      inReferences = shape === 'references' && bodySeen
      // (a summary box's label set as a heading: "## Key points")
      underLabel = s.block === 'heading' && summaryLabel(text, s)
    } else if (inReferences && facts[i].short) roles[i] = 'caption'
    // (a table's data row asserts its figures, whatever its shape: "Police   $412m   $430m")
    else if (s.block === 'table-row') {
      roles[i] = 'body'
      afterRelated = false
      bodySeen = true
    } else if (shape === 'related') {
      roles[i] = 'boilerplate'
      afterRelated = true
    } else if (shape === 'furniture') roles[i] = 'boilerplate'
    else if (shape === 'caption' || shape === 'credit') roles[i] = 'caption'
    // (a label is its list's or table's heading wherever it stands, even with no prose after the list; the article has begun,
    // so the list's items are what it says)
    else if (shape === 'label') {
      roles[i] = 'heading'
      bodySeen = true
      underLabel = summaryLabel(text, s)
    } else if (underLabel && shape === 'title' && item) {
      roles[i] = 'body'
      bodySeen = true
    }
    else if (afterRelated && (shape === 'title' || shape === 'teaser')) roles[i] = 'boilerplate'
    // (a list's item inside the article, which goes on after it, is what the article says: "What we know:\n- At least 12 people
    // died\n- The gunman was arrested")
    // (and so is a list's item of the writer's own words after the article began, even at its end: "1. Labour's lead has vanished")
    else if (shape === 'title' && !(bodySeen && (proseFollows[i] || s.block === 'list-text') && item)) {
      const key = norm(text.slice(s.start, s.end))
      const repeated = (seen.get(key) ?? 0) > 1
      roles[i] = !repeated && (!bodySeen || proseFollows[i]) ? 'heading' : 'boilerplate'
    } else if (shape === 'teaser' && s.line && bodySeen && !proseFollows[i]) roles[i] = 'boilerplate'
    else {
      roles[i] = pullQuote(text, sentences, i, plain, budget) ? 'heading' : facts[i].asks ? 'question' : 'body'
      afterRelated = false
      inReferences = false
      bodySeen = true
    }
  }
  markTitleBeforeByline(text, sentences, roles)
  markAuthorNote(text, sentences, roles, facts)
  markAboutNote(text, sentences, roles)
  return roles
}

/**
 * A press release's note on the company after its label, "About Halvern Therapeutics" then "Halvern Therapeutics is a
 * clinical-stage biotechnology company…": the paragraph that opens with the label's name and calls it a company or a body is
 * the company's own description, boilerplate (SPEC §2), not the news.
 */
function markAboutNote(text: string, sentences: Sentence[], roles: Role[]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (roles[i] !== 'boilerplate') continue
    const label = ABOUT_LABEL.exec(text.slice(sentences[i].start, sentences[i].end))
    const next = sentences[i + 1]
    const first = text.slice(next.start, next.end)
    if (!label || roles[i + 1] !== 'body' || !first.startsWith(label[1].split(' ')[0])) continue
    // (or the whole name and what it does: "Acme Robotics builds autonomous mobile robots for logistics.")
    const does = first.startsWith(label[1]) && DOES.test(first.slice(label[1].length))
    if (!does && (!IS_A.test(first) || !first.toLowerCase().split(/[^\p{L}-]+/u).some((w) => lexicon.companyNouns.has(w) || lexicon.officeNouns.has(w)))) continue
    for (let k = i + 1; k < sentences.length && sentences[k].para === next.para; k++) if (roles[k] === 'body') roles[k] = 'boilerplate'
  }
}

/** a press release's label for its note on the company: "About Halvern Therapeutics" */
const ABOUT_LABEL = /^About (\p{Lu}[^.!?]{0,80})$/u
/** what the note says the company is: "… is a clinical-stage company", "…, a unit of X, is the leading…" */
const IS_A = / is (?:a|an|the|one of)\b/
/** what the note says the company does, in the present right after its name: " builds autonomous robots…", " provides…", " develops,
 * owns and operates…" ("is" needs a company's noun) */
const DOES = /^ \p{Ll}{3,}s[ ,]/u

/**
 * The article's first paragraph, one short line right before its byline, is its headline even with end punctuation: "Opinion |
 * The four-day week is coming. Employers should stop fighting it." then "By Priya Raman".
 */
function markTitleBeforeByline(text: string, sentences: Sentence[], roles: Role[]): void {
  let next = 0
  while (next < sentences.length && sentences[next].para === sentences[0].para) next++
  if (next >= sentences.length || roles[next] !== 'boilerplate' || !isByline(text.slice(sentences[next].start, sentences[next].end))) return
  const title = text.slice(sentences[0].start, sentences[next - 1].end)
  if (title.includes('\n') || title.split(/\s+/).length > TITLE_WORDS) return
  for (let i = 0; i < next; i++) if (roles[i] === 'body') roles[i] = 'heading'
}

/** the most words a headline set as prose runs to */
const TITLE_WORDS = 25

/**
 * A note about the writer closing the article is boilerplate: "Priya Shah is a transportation planner…" after "By Priya Shah",
 * "The writer is a former ambassador." (a short last paragraph that opens with it).
 */
function markAuthorNote(text: string, sentences: Sentence[], roles: Role[], facts: RoleFacts[]): void {
  // (past a disclaimer already known: "…taught English from 1993 to 2023. The views expressed here are her own.")
  let last = sentences.length - 1
  while (last > 0 && roles[last] === 'boilerplate') last--
  if (last < 1 || roles[last] !== 'body') return
  const names: string[] = []
  let byline = -1
  for (let i = 0; i < last && i < 12; i++) {
    const body = text.slice(sentences[i].start, sentences[i].end)
    if (roles[i] !== 'boilerplate' || !isByline(body)) continue
    byline = i
    // (by the name as the byline writes it too, title and all: "By Dr. Alicia Moreno" … "Dr. Alicia Moreno is an emergency physician…")
    for (const n of body.split(BYLINE_BAR)[0].slice(3).split(BYLINE_NAMES)) names.push(n.trim(), ...writerNames(untitled(n.trim())))
  }
  // (the paragraph opens with the note, and is short: a bio, not the article's last word on its subject)
  // (an op-ed may set it right under its byline: "By Margaret Chen" then "Ms. Chen is a member of the planning commission.")
  const note = (first: number, end: number) => {
    if (end - first > 2) return false
    const body = text.slice(sentences[first].start, sentences[first].end)
    return lexicon.authorNotes.test(body.toLowerCase()) || names.some((n) => n.length > 3 && body.startsWith(n) && AUTHOR_NOTE_VERB.test(body.slice(n.length))) || staffNote(body, sentences[first].start)
  }
  // (with no byline, a name the story never wrote before, then what the writer does: "Amaka Obi is a freelance journalist based in Lagos.")
  const staffNote = (body: string, at: number) => {
    const named = STAFF_NOTE.exec(body)
    return !!named && named[2].toLowerCase().split(' ').some((x) => lexicon.outletStaff.has(x)) && text.indexOf(named[1]) >= at
  }
  const mark = (first: number, end: number) => {
    for (let i = first; i <= end; i++) if (roles[i] === 'body') roles[i] = 'boilerplate'
  }
  let first = last
  while (first > 0 && sentences[first - 1].para === sentences[last].para) first--
  if (note(first, last)) mark(first, last)
  const top = byline + 1
  let end = top
  while (end + 1 < sentences.length && sentences[end + 1].para === sentences[top].para) end++
  // (one that cites someone is the story's first words: "By Tom Lee" then "Mr. Lee was arrested, police said.")
  if (byline >= 0 && top < first && roles[top] === 'body' && note(top, end) && !facts.slice(top, end + 1).some((f) => f.cites)) mark(top, end)
}

/** A name of two or three words, then "is a" and the first few words of what the person is. */
const STAFF_NOTE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) is (?:an?|the) ((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/u

/** How a note about the writer names them: in full, or by a courtesy title and the surname ("Ms. Chen" for "Margaret Chen"). */
function writerNames(name: string): string[] {
  const words = name.split(' ')
  const surname = words[words.length - 1]
  return words.length < 2 ? [name] : [name, ...[...grammar.courtesyTitles].map((t) => `${t[0].toUpperCase()}${t.slice(1)} ${surname}`)]
}

/** A byline's name past its titles, as the note about the writer names them: "Sen. Maria Delgado" → "Maria Delgado". */
function untitled(name: string): string {
  const words = name.split(' ')
  let k = 0
  while (k < words.length - 1 && lexicon.titles.has(words[k].toLowerCase())) k++
  return words.slice(k).join(' ')
}

/** what separates the names of a byline: "By Jane Doe and Ali Reza, Reuters" */
const BYLINE_NAMES = /\s+(?:and|&)\s+|,\s*/
/** what follows the writer's name in a note about them: "is a…", "was…", ", a former…, is…", "writes…", "taught English at…" */
const AUTHOR_NOTE_VERB = /^(?:,[^,]+,)?\s+(?:is|was|has been|writes|wrote|teaches|taught|covers|covered|served|works|worked)\b/

/**
 * A caption marker where captions put it. An agency credit with a slash ("REUTERS/Kim",
 * "/AFP") closes a caption or sits in brackets; early in a long line it names a partnership
 * ("The Reuters/Ipsos poll showed…").
 */
function creditPlace(line: string, m: RegExpExecArray): boolean {
  if (!m[0].includes('/')) return true
  // what a partnership's sentence goes on with ("A Reuters/Ipsos poll found 40% support") is no credit's: names and "via" only
  const open = line.lastIndexOf('(', m.index) > line.lastIndexOf(')', m.index)
  const close = line.indexOf(')', m.index)
  const rest = open && close >= 0 ? line.slice(close + 1) : line.slice(m.index + m[0].length)
  if (LOWERCASE_WORD.test(rest)) return false
  return open || line.length - m.index <= 40
}

/** Whether `rest` holds only names and the small words of a credit ("…file photo.", " Jane Doe/Reuters"): no prose. */
const namesOnly = (rest: string) => rest.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || w === 'via' || grammar.creditJoiners.has(w.replace(/\P{L}+$/u, '')))

/** A lowercase word other than "via": prose, where a credit has only names. */
const LOWERCASE_WORD = /(^|\s)(?!via\b)\p{Ll}/u

/** A photographer and an outlet in brackets, the credit closing a caption: "(Beth Nakamura/The Oregonian)", "(Kim Hong-Ji/Reuters)". */
const BRACKET_CREDIT = /^\(\p{Lu}[\p{L}\p{M} .'’-]*\/\s*\p{Lu}[\p{L}\p{M} .'’&-]*\)$/u

/** A credit line and little else: "Photo: Eleni Dimou/Achaia News", "(AP Photo/Ola Berg)", "(Beth Nakamura/The Oregonian)". */
function creditLine(s: Analysed, body: string, m: RegExpExecArray | null): boolean {
  if (s.tokens.length > 14) return false
  if (BRACKET_CREDIT.test(body)) return true
  // ("Photo: A crew clears a tree." opens a description of its own, which no line before it is part of)
  return !!m && !(m.index === 0 && LOWERCASE_WORD.test(body.slice(m[0].length)))
}

/** For each sentence, whether prose follows it before any furniture (one pass from the end: a page of headlines stays linear). */
function proseAfter(facts: RoleFacts[]): boolean[] {
  const out = new Array<boolean>(facts.length)
  let next = false
  for (let k = facts.length - 1; k >= 0; k--) {
    out[k] = next
    // (a footnote that only cites is the article's too: a list above the notes is inside it)
    if (facts[k].shape === 'prose' || facts[k].note) next = true
    else if (facts[k].shape === 'furniture' || facts[k].shape === 'related') next = false
  }
  return out
}

/** A standalone quoted line repeating a sentence further on is a pull-quote (SPEC §2). */
function pullQuote(text: string, sentences: Sentence[], i: number, plain: (k: number) => string, budget: { left: number }): boolean {
  const s = sentences[i]
  if (s.quote.share < 0.9 || !s.line || s.end - s.start > 400 || budget.left-- <= 0) return false
  // a cheap look first: the line's first words must come back, as written, within reach
  const last = sentences[Math.min(sentences.length - 1, i + 30)]
  const probe = text.slice(s.start, s.end).match(/\p{L}[\p{L}\p{N}' ’]{12,}/u)?.[0]
  if (!probe || last.end <= s.end) return false
  // searched within reach only: a search to the end of the text made long inputs quadratic
  if (!text.slice(s.end, last.end).includes(probe)) return false
  const key = plain(i).trim()
  if (key.split(' ').length < 4) return false
  for (let k = i + 1; k < sentences.length && k < i + 30; k++) if (plain(k).includes(key)) return true
  return false
}

/** Sentences reduced to lowercase words, each computed once: pull-quotes are compared with what follows. */
function plainText(text: string, sentences: Sentence[]): (k: number) => string {
  const cache: string[] = []
  return (k) => (cache[k] ??= text.slice(sentences[k].start, sentences[k].end).replace(/[^\p{L}\p{N}]+/gu, ' ').toLowerCase())
}

/** A question or an instruction to the reader asserts nothing checkable (SPEC §2). */
function isQuestion(text: string, s: Analysed): boolean {
  // (a transcript's turn asks as its speaker: "BOULDUAN: Why not debate?")
  if (s.found.some((f) => f.rule !== 'speaker-turn')) return false
  const body = text.slice(s.start, s.end)
  if (body.endsWith('?') || body.endsWith('？')) {
    const lower = body.toLowerCase().replace(/’/g, "'")
    return !lexicon.rhetorical.test(lower)
  }
  const t = s.tokens
  let first = t.find((x) => x.word)
  // (past a condition set off before it: "If battery life matters most to you, wait for reviews of…"; or a purpose,
  // comma or not: "For interviews contact the press office on…", "To report a sighting, call 0800…")
  const purpose = first?.lower === 'for' || first?.lower === 'to'
  const condition = purpose || first?.lower === 'if'
  if (condition) {
    const comma = t.findIndex((x) => isComma(x))
    first = comma > 0 && t.length - comma <= 20 ? t[comma + 1] : purpose && t.length <= 24 ? t.slice(2, 8).find((x) => lexicon.imperatives.has(x.lower)) : undefined
  } else if (t.length > 20) return false
  if (!first || !lexicon.imperatives.has(first.lower)) return false
  const at = t.indexOf(first) + 1
  const next = t[at]
  // (or a web address: "Visit https://example.gov/report for the full report.")
  const address = !!next && (next.lower.startsWith('www.') || ((next.lower === 'http' || next.lower === 'https') && t[at + 1]?.text === ':'))
  // (a number after a condition's advice too: "If you see smoke, call 911.")
  // (after a reason, "for" makes the verb a noun: "For all these reasons, support for Mr. Trump is minimal")
  if (purpose && next?.lower === 'for') return false
  return !!next && next.word && (isDeterminer(next) || grammar.imperativeObjects.has(next.lower) || address || (condition && isFigure(next)))
}
