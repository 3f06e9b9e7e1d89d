import type { Attribution, Note, Role } from '../types'
import type { Sentence } from '../attribute/sentence'
import { grammar } from '../lexicon'

/**
 * A body sentence citing a footnote, with no cue of its own, is on the word of the sources its note's own sentences name,
 * as a table is on its credit line's: "The city spent $4 million on consultants.[^1]" with "[^1]: According to the city
 * clerk's office." (a note naming no source, "[^2]: The figure excludes overtime.", credits nothing; "[^3]: Ibid." credits the
 * source of the note before it). One on unnamed sources or a hedge takes a note that only cites too.
 */
export function carryNotes(text: string, sentences: Sentence[], roles: Role[], result: Attribution[][], notes: Note[]): void {
  // each note's credit, read in the order the notes are written, so that "Ibid." finds the one before it
  const credits = new Map<number, Attribution[]>()
  // (notes that only cite, a credit each of their sentences: "[^1]: Council budget report, March 2024.")
  const citations = new Set<number>()
  let before: Attribution[] = []
  for (const note of [...notes].sort((x, y) => x.start - y.start)) {
    if (credits.has(note.start)) continue
    const credit: Attribution[] = []
    let cites = true
    for (let k = firstFrom(sentences, note.start); k < sentences.length && sentences[k].end <= note.end; k++) {
      cites &&= roles[k] === 'caption'
      for (const a of result[k]) if (!a.inherited) credit.push({ ...a, quote: false, inherited: true })
    }
    if (cites) citations.add(note.start)
    const back = !credit.length && grammar.citationBack.has(text.slice(note.start, note.end).trimStart().split(/[\s,]/, 1)[0].toLowerCase())
    credits.set(note.start, back ? before : credit)
    if (credit.length) before = credit
  }
  // (a sentence citing two notes takes both; one with a cue of its own keeps its own, but one on unnamed sources or a hedge takes a
  // note that only cites: "Officials said the plan would cost £3m.[^1]" with "[^1]: Council budget report, March 2024.")
  const credited = new Set<number>()
  for (const note of notes) {
    // the reference follows the stop of the sentence it cites for: the last sentence begun before it
    const citing = firstFrom(sentences, note.at + 1) - 1
    if (citing < 0 || roles[citing] !== 'body') continue
    const own = result[citing]
    if (own.length && !credited.has(citing) && (own.some((a) => a.source.kind === 'named') || !citations.has(note.start))) continue
    // (a note citing another note credits nothing through it)
    if (sentences[citing].start >= note.start && sentences[citing].end <= note.end) continue
    const credit = credits.get(note.start)!
    if (!credit.length) continue
    result[citing] = [...result[citing], ...credit]
    credited.add(citing)
  }
}

/** The units that open a footnote's text: a note may only cite its source ("[^1]: Board minutes, Dec. 4."). */
export function noteLeads(units: readonly { start: number }[], notes: Note[]): Set<number> {
  const leads = new Set<number>()
  for (const note of notes) {
    const k = firstFrom(units, note.start)
    if (k < units.length && units[k].start < note.end) leads.add(k)
  }
  return leads
}

/** The first sentence starting at or after `offset` (sentences are in text order). */
function firstFrom(sentences: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
