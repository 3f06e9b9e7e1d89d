import { lexicon } from '../lexicon'
import type { Token } from '../segment/tokens'
import type { Add, SentenceShape } from './cues'
import { rightNP, type Range } from './noun-phrase'
import { readSource } from './sources'
import { DASHES, isPunct, OPEN_QUOTES, w } from './words'

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
  if (w(tokens, s) === 'more' && lexicon.prepositions.has(w(tokens, s + 1))) s += 2
  else if (s > a && lexicon.prepositions.has(w(tokens, s))) s++
  for (let k = s + 1; k < colon; k++) if (tokens[k].lower !== 'of' && lexicon.prepositions.has(tokens[k].lower)) return [s, k]
  return [s, colon]
}

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
  if (np && colon - np[0] <= 6) {
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
