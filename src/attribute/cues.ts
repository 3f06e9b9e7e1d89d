import { lexicon, stem, type CueVerb } from '../lexicon'
import type { Token } from '../segment/tokens'
import { headOf, leftNP, rightNP, skipLeft, type Range } from './noun-phrase'
import { readSource, type SourceReading } from './sources'

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
}

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s', 'am'])
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«', '„'])
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„'])
const PARTICIPLE_LEADS = new Set([',', 'and', 'after', 'before', 'by', 'while', 'when', 'in', 'without', '—', '–', '('])
const DASHES = new Set(['—', '–', '-', '--'])
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its'])

const w = (tokens: Token[], i: number) => tokens[i]?.lower ?? ''
const isPunct = (t: Token | undefined, chars: string) => !!t && !t.word && chars.includes(t.text)

/** Skips adverbs and short adjuncts after a verb ("said on Monday in a statement that"). */
function skipAdjuncts(tokens: Token[], i: number): number {
  let j = i
  for (let guard = 0; guard < 12 && j < tokens.length; guard++) {
    const t = tokens[j]
    if (!t.word) return j
    if (lexicon.adverbs.has(t.lower) || lexicon.timeWords.has(t.lower)) {
      j++
      continue
    }
    // "in a statement", "at a news conference", "to reporters", "during an interview"
    if (['in', 'at', 'during', 'to', 'via', 'through', 'on', 'late', 'early', 'last', 'this', 'earlier'].includes(t.lower)) {
      const np = rightNP(tokens, j + 1)
      if (np && !isPunct(tokens[np[1]], ':') && np[1] - np[0] <= 6) {
        j = np[1]
        continue
      }
    }
    return j
  }
  return j
}

/** Whether a reported clause follows from `j` without "that": "said the talks would fail". */
function clauseFollows(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 10; k++) {
    const t = tokens[k]
    if (!t.word) return false
    if (k > j && lexicon.clauseMarkers.has(t.lower)) return true
    if (lexicon.negations.has(t.lower) && k > j) return true
  }
  return false
}

/** The object noun phrase at `j`, by the Porter stem of its head: information, an act, or neither. */
function objectKind(tokens: Token[], j: number): { kind: 'info' | 'act' | 'other'; end: number } | undefined {
  const np = rightNP(tokens, j)
  if (!np) return undefined
  const h = headOf(tokens, np)
  const s = stem(tokens[h].norm)
  return { kind: lexicon.actStems.has(s) ? 'act' : lexicon.infoStems.has(s) ? 'info' : 'other', end: h + 1 }
}

function isTo(tokens: Token[], j: number): boolean {
  return w(tokens, j) === 'to' && !!tokens[j + 1]?.word && !tokens[j + 1].cap && !lexicon.determiners.has(w(tokens, j + 1))
}

/** A form that is also a noun ("reports", "claims") is a verb only after a subject or an auxiliary. */
function verbReading(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (t.cap && i > 0 && !isPunct(tokens[i - 1], '"“‘\'(:')) return false
  if (!lexicon.nounish.has(t.lower)) return true
  const prev = tokens[i - 1]
  if (!prev) return false
  if (lexicon.determiners.has(prev.lower) || lexicon.prepositions.has(prev.lower) || prev.lower !== prev.norm) return false
  if (!prev.word) return false
  // as a verb it opens its content: "that", a quotation, a determiner, a pronoun, a name, or nothing
  const next = tokens[i + 1]
  if (!next || !next.word) return true
  return next.cap || next.lower === 'that' || next.lower === 'to' || lexicon.determiners.has(next.lower) || lexicon.pronouns.has(next.lower) || lexicon.adverbs.has(next.lower) || lexicon.questionWords.has(next.lower)
}

/** Finds the attributions of one sentence (SPEC §1 step 1). */
export function findAttributions(text: string, tokens: Token[], shape: SentenceShape): Found[] {
  const found: Found[] = []
  const n = tokens.length
  const add = (f: Omit<Found, 'quote' | 'channel' | 'relayed'> & Partial<Found>) => {
    found.push({ quote: shape.quotes, channel: false, relayed: false, ...f })
  }
  let mainSubject: Range | undefined | null = null
  const subject = () => {
    if (mainSubject === null) mainSubject = findMainSubject(tokens)
    return mainSubject
  }

  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (!t.word || t.quoted) continue
    const l = t.lower

    // according to X / in the words of X
    if (l === 'according' && w(tokens, i + 1) === 'to') {
      const np = rightNP(tokens, i + 2)
      if (np && !lexicon.notAccordingTo.has(tokens[headOf(tokens, np)].norm)) add({ cue: [i, i + 2], src: np, rule: 'according-to', channel: true })
      i += 1
      continue
    }
    if (l === 'in' && w(tokens, i + 1) === 'the' && w(tokens, i + 2) === 'words' && w(tokens, i + 3) === 'of') {
      const np = rightNP(tokens, i + 4)
      if (np) add({ cue: [i, i + 4], src: np, rule: 'in-the-words-of' })
      continue
    }
    // per X, at a clause edge: "…, per the ministry." (not "per cent", "per day")
    if (l === 'per' && (i === 0 || isPunct(tokens[i - 1], ',(—–'))) {
      const np = rightNP(tokens, i + 1)
      if (np) {
        const r = readSource(text, tokens, np)
        if (!r.notSource && r.type !== 'unknown') add({ cue: [i, i + 1], src: np, reading: r, rule: 'per', channel: true })
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
    if (BE.has(l)) {
      let j = i + 1
      while (j < n && (w(tokens, j) === 'widely' || w(tokens, j) === 'also' || w(tokens, j) === 'generally' || w(tokens, j) === 'now' || w(tokens, j) === 'still' || w(tokens, j) === 'being')) j++
      if (lexicon.hedgeParticiples.has(w(tokens, j)) && w(tokens, j - 1) !== 'not') {
        const next = w(tokens, j + 1)
        if (next === 'by') {
          const np = rightNP(tokens, j + 2)
          if (np) add({ cue: [i, j + 2], src: np, rule: 'passive-by', channel: true })
          i = j + 1
          continue
        }
        if (next === 'to' || next === 'that' || next === 'at' || (next === 'as' && w(tokens, j) !== 'known')) {
          add({ cue: [i, j + 2], rule: 'hedge-passive' })
          i = j + 1
          continue
        }
      }
    }

    // nouns of saying with an owner: "Trump's claim that…", "his warning that…"
    if (lexicon.speechNouns.has(t.norm) && w(tokens, i + 1) === 'that' && i > 0) {
      const owner = tokens[i - 1]
      const pronoun = POSSESSIVE_PRONOUNS.has(owner.lower)
      if (pronoun || (owner.word && owner.lower !== owner.norm)) {
        const np = pronoun ? ([i - 1, i] as Range) : leftNP(tokens, i - 1)
        if (np) {
          add({ cue: [i, i + 2], src: np, rule: 'speech-noun' })
          continue
        }
      }
    }

    const verb = lexicon.cueVerbs.get(l)
    if (verb && verbReading(tokens, i)) {
      verbCue(text, tokens, i, verb, shape, subject, add)
      continue
    }
    if (lexicon.lightVerbs.has(l)) {
      const j = skipAdjuncts(tokens, i + 1)
      const obj = objectKind(tokens, j)
      if (obj?.kind === 'info') {
        const sub = subjectOf(tokens, i)
        if (sub) add({ cue: [i, obj.end], src: sub, rule: 'info-object' })
      }
    }
  }

  if (!found.length) structuralCues(text, tokens, shape, add)
  return found
}

type Add = (f: Omit<Found, 'quote' | 'channel' | 'relayed'> & Partial<Found>) => void

/** The subject of the verb at `i`: the noun phrase before it, past auxiliaries, adverbs and a parenthesis. */
function subjectOf(tokens: Token[], i: number): Range | undefined {
  const { at, negated } = skipLeft(tokens, i - 1)
  if (negated || at < 0) return undefined
  const t = tokens[at]
  if (t.word) {
    const np = leftNP(tokens, at)
    if (!np) return undefined
    const rel = tokens[np[0]].lower
    if (np[1] - np[0] === 1 && (rel === 'who' || rel === 'which' || rel === 'that')) {
      // a relative pronoun stands for the noun phrase before it: "officials, who said…"
      let k = np[0] - 1
      if (isPunct(tokens[k], ',')) k--
      return k >= 0 && tokens[k].word ? leftNP(tokens, k) : undefined
    }
    return np
  }
  if (t.text === ',') {
    // "Kim, 38, said" / "The official, who spoke on condition of anonymity, said"
    for (let k = at - 1; k >= 0 && at - k < 30; k--) {
      if (isPunct(tokens[k], ',')) {
        const inner = tokens[k + 1]
        const short = at - k <= 9
        if (inner && (short || ['who', 'which', 'a', 'an', 'the', 'whose'].includes(inner.lower)) && tokens[k - 1]?.word) return leftNP(tokens, k - 1)
        return undefined
      }
      if (isPunct(tokens[k], '.;:"“”')) break
    }
  }
  return undefined
}

/** The sentence's grammatical subject, for participial cues (", saying…"): after any opening phrase. */
function findMainSubject(tokens: Token[]): Range | undefined {
  let i = 0
  while (i < tokens.length && !tokens[i].word) i++
  // skip an opening phrase that ends with a comma within the first words
  for (let k = i; k < tokens.length && k < i + 10; k++) {
    if (isPunct(tokens[k], ',') && (lexicon.prepositions.has(w(tokens, i)) || lexicon.timeWords.has(w(tokens, i)) || lexicon.adverbs.has(w(tokens, i)) || ['after', 'before', 'while', 'when', 'as', 'since', 'although', 'despite', 'following', 'earlier', 'later', 'meanwhile'].includes(w(tokens, i)))) {
      i = k + 1
      break
    }
  }
  return rightNP(tokens, i)
}

function verbCue(text: string, tokens: Token[], i: number, verb: CueVerb, shape: SentenceShape, subject: () => Range | undefined, add: Add): void {
  const n = tokens.length
  const prev = tokens[i - 1]
  // infinitives only in "went on to say", "continued to insist"
  if (prev?.lower === 'to' && !['on', 'continued', 'continues', 'continue', 'proceeded', 'goes', 'go'].includes(w(tokens, i - 2))) return
  // a passive is a hedge (handled with the hedges) or "was reported by X" (handled there); otherwise no cue
  const beforeVerb = lexicon.adverbs.has(w(tokens, i - 1)) ? i - 2 : i - 1
  if (verb.form === 'past' && BE.has(w(tokens, beforeVerb))) {
    if (w(tokens, i + 1) === 'by') {
      const np = rightNP(tokens, i + 2)
      if (np) add({ cue: [i, i + 2], src: np, rule: 'passive-by', channel: true })
    } else if (verb.takes === 'quoted' && w(tokens, i + 1) === 'as') {
      const sub = subjectOf(tokens, beforeVerb)
      if (sub) add({ cue: [i, Math.min(n, i + 3)], src: sub, rule: 'quoted-as-saying' })
    }
    return
  }
  if (skipLeft(tokens, i - 1).negated) return

  // "quoted X as saying" / "citing X": the subject relays the object's words
  if (verb.takes === 'quoted' || verb.takes === 'cited') {
    const obj = rightNP(tokens, i + 1)
    if (!obj) return
    const objReading = readSource(text, tokens, obj)
    if (verb.takes === 'cited' && !objReading.notSource && objReading.type === 'unknown' && objReading.kind === 'vague') {
      const kind = objectKind(tokens, i + 1)
      if (kind?.kind === 'info') {
        const sub = verb.form === 'ing' ? subject() : subjectOf(tokens, i)
        if (sub) add({ cue: [i, kind.end], src: sub, rule: 'info-object' })
      }
      return
    }
    const asSaying = w(tokens, obj[1]) === 'as' && lexicon.cueVerbs.get(w(tokens, obj[1] + 1))?.form === 'ing'
    if (verb.takes === 'quoted' && !asSaying) return
    const channel = verb.form === 'ing' ? undefined : subjectOf(tokens, i)
    if (channel) add({ cue: [i, i + 1], src: channel, rule: verb.takes === 'quoted' ? 'quoted-as-saying' : 'citing', channel: true })
    add({ cue: asSaying ? [obj[1], obj[1] + 2] : [i, i + 1], src: obj, reading: objReading, rule: verb.takes === 'quoted' ? 'quoted-as-saying' : 'citing', relayed: true })
    return
  }

  const content = contentAfter(tokens, i, verb)
  if (!content) return

  // inverted: ", said Kim." / "…,” said the agency, adding…"
  if (i > 0 && (isPunct(prev, ',') || (prev && QUOTE_MARKS.has(prev.text) && !prev.word)) && verb.form !== 'ing') {
    const np = rightNP(tokens, i + 1)
    const after = np ? tokens[np[1]] : undefined
    if (np && (!after || isPunct(after, ',.;:!?)—–') || QUOTE_MARKS.has(after.text)) && startsNP(tokens[np[0]])) {
      add({ cue: [i, i + 1], src: np, rule: 'inverted-cue', quote: shape.quotes })
      return
    }
  }

  let src: Range | undefined
  let rule = verb.cls === 'thought' ? 'thought-verb' : verb.cls === 'research' ? 'research-verb' : verb.cls === 'commitment' ? 'commitment-verb' : 'speech-verb'
  if (verb.form === 'ing' && prev && PARTICIPLE_LEADS.has(prev.word ? prev.lower : prev.text)) {
    src = subject()
    rule = 'participle-cue'
  } else if (verb.form === 'ing' && prev && lexicon.documentNouns.has(prev.norm)) {
    src = leftNP(tokens, i - 1)
    rule = 'participle-cue'
  } else {
    src = subjectOf(tokens, i)
  }
  if (!src) return
  const reading = readSource(text, tokens, src)
  if (reading.notSource) return
  // a form that is also a noun ("colonial rule", "independent states") needs a speaker for subject
  if (lexicon.nounish.has(tokens[i].lower) && reading.type === 'unknown' && !reading.pronoun) return
  // research verbs count with an authored document, or people with a that-clause (SPEC)
  if (verb.cls === 'research' && reading.type !== 'document' && content.kind !== 'that') return
  if (verb.cls === 'research' && reading.type === 'document' && content.kind === 'none') return
  const cueEnd = content.kind === 'that' && content.at === i + 1 ? i + 2 : content.kind === 'to' && content.at === i + 1 ? i + 2 : i + 1
  const outlet = reading.type === 'media' || reading.type === 'state-media'
  add({ cue: [i, cueEnd], src, reading, rule, quote: content.kind === 'quote' || shape.quotes, channel: outlet })
}

/** Whether a word can open a source noun phrase after an inverted verb. */
function startsNP(t: Token): boolean {
  return t.cap || lexicon.determiners.has(t.lower) || lexicon.pronouns.has(t.lower) || lexicon.vagueNouns.has(t.norm) || lexicon.officeNouns.has(t.norm)
}

/**
 * What follows a cue verb, if it is content (SPEC §1): a that-clause, a quotation, a colon,
 * a reported clause, a to-infinitive of commitment, an informational object, or nothing
 * at all when the cue trails its content (", Kim said.").
 */
function contentAfter(tokens: Token[], i: number, verb: CueVerb): { kind: 'that' | 'quote' | 'clause' | 'to' | 'object' | 'trailing' | 'none'; at: number } | undefined {
  let j = skipAdjuncts(tokens, i + 1)
  // told/assured/informed and asked take an addressee first: "told reporters that…"
  if (verb.takes === 'object' || verb.takes === 'question') {
    const t = tokens[j]
    if (t?.word && !['that', 'to', 'about', 'for', 'of', 'on'].includes(t.lower) && !lexicon.questionWords.has(t.lower)) {
      const obj = rightNP(tokens, j)
      if (obj) j = skipAdjuncts(tokens, obj[1])
    }
  }
  const t = tokens[j]
  if (!t) return { kind: 'trailing', at: j }
  if (!t.word) {
    if (t.text === ':' || OPEN_QUOTES.has(t.text)) return { kind: 'quote', at: j }
    if (isPunct(t, ',') && OPEN_QUOTES.has(tokens[j + 1]?.text ?? '')) return { kind: 'quote', at: j }
    if (isPunct(t, '.,;!?)|—–') || QUOTE_MARKS.has(t.text)) return { kind: 'trailing', at: j }
    return undefined
  }
  const l = t.lower
  if (l === 'that') return { kind: 'that', at: j }
  if (isTo(tokens, j)) {
    if (verb.cls === 'commitment' || (verb.cls === 'thought' && ['expect', 'hope', 'fear'].includes(verb.base))) return { kind: 'to', at: j }
    return undefined // an order or request ("told him to leave", "urged Congress to act")
  }
  if (verb.takes === 'question') return lexicon.questionWords.has(l) ? { kind: 'clause', at: j } : undefined
  if (verb.base === 'report' && (l === 'to' || l === 'for' || l === 'missing' || l === 'back')) return undefined
  if (verb.takes === 'any' || verb.takes === 'object') return { kind: clauseFollows(tokens, j) ? 'clause' : 'object', at: j }
  // 'clause' verbs: an act as object is no content ("declared support", "conceded defeat")
  const obj = objectKind(tokens, j)
  if (obj?.kind === 'act') return undefined
  if (clauseFollows(tokens, j)) return { kind: 'clause', at: j }
  if (obj?.kind === 'info') return { kind: 'object', at: j }
  if (verb.cls === 'research') return { kind: 'none', at: j }
  if (lexicon.questionWords.has(l) && verb.cls !== 'commitment') return { kind: 'clause', at: j }
  return undefined
}

/** Cues that come from the sentence's shape rather than a word: headlines, lead-ins, "Kim: “…”". */
function structuralCues(text: string, tokens: Token[], shape: SentenceShape, add: Add): void {
  const n = tokens.length
  // "Kim: “We will respond”" — a speaker, a colon, a quotation
  const colon = tokens.findIndex((t) => t.text === ':')
  if (colon > 0 && colon <= 6 && OPEN_QUOTES.has(tokens[colon + 1]?.text ?? '') && tokens[0].word) {
    const np: Range = [0, colon]
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
  // headline forms: "…: foreign minister", "… – Kommersant"
  for (let k = n - 2; k >= Math.max(1, n - 7); k--) {
    const t = tokens[k]
    if (t.word) continue
    if (t.text === ':' || DASHES.has(t.text)) {
      const np = rightNP(tokens, k + 1)
      if (np && np[1] === n) {
        const r = readSource(text, tokens, np)
        if (!r.notSource && r.type !== 'unknown' && r.type !== 'document') add({ cue: [k, k + 1], src: np, reading: r, rule: 'headline-source' })
      }
    }
    break
  }
}
