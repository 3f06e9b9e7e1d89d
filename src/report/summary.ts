import type { Flag, SentenceReport, Source, SourceSummary, Summary } from '../types'
import { nameOf } from '../carry-over/resolve'

/** emphasis and code marks at a word's edge */
const MARKUP = /(?<![\p{L}\p{N}])[*_`~]+|[*_`~]+(?![\p{L}\p{N}])/gu

const PRONOUN = /^(he|she|it|they|him|her|them|who|which)$/i
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const list = (names: string[]) => names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '')

/** Counts over claims, the sources table and the editor flags (SPEC §4). */
export function summarize(sentences: SentenceReport[]): Summary {
  const claims = sentences.filter((s) => s.claim)
  let direct = 0
  let reported = 0
  for (const s of claims) {
    if (s.label === 'direct') direct++
    else if (s.label === 'reported') reported++
  }
  const unattributed = claims.length - direct - reported
  const sources = sourceTable(claims)
  const summary: Summary = {
    sentences: sentences.length,
    claims: claims.length,
    direct,
    reported,
    unattributed,
    attributedShare: claims.length ? Math.round(((direct + reported) / claims.length) * 1000) / 1000 : null,
    sources,
    flags: [],
  }
  summary.flags = flags(claims, sources, summary)
  return summary
}

type Row = { row: SourceSummary; last: number; pronouns?: string[] }

function sourceTable(claims: SentenceReport[]): SourceSummary[] {
  // rows by kind and lowercase name, with the index of the last claim counted: claims come in order, so a new index is one more sentence
  const rows = { named: new Map<string, Row>(), vague: new Map<string, Row>() }
  const table: SourceSummary[] = []
  for (const s of claims) {
    for (const a of s.attributions) {
      const src = a.source
      if (src.kind === 'none') continue
      const name = nameOf(src)
      const key = name.toLowerCase()
      let entry = rows[src.kind].get(key)
      if (!entry) {
        const row: SourceSummary = { name, type: src.type, kind: src.kind, sentences: 0, mentions: [] }
        if (src.country) row.country = src.country
        entry = { row, last: -1 }
        rows[src.kind].set(key, entry)
        table.push(row)
      }
      const row = entry.row
      if (entry.last !== s.index) {
        row.sentences++
        entry.last = s.index
      }
      // (a pronoun is a mention only of a source named by none: "she" for a minister named where she said nothing)
      if (src.text && PRONOUN.test(src.text)) {
        entry.pronouns ??= []
        // (once, however capitalised: "He" and "he" are one mention)
        if (!entry.pronouns.some((p) => p.toLowerCase() === src.text!.toLowerCase())) entry.pronouns.push(src.text)
      } else if (src.text && !row.mentions.includes(src.text)) {
        // mentions as a reader would write them: without markup blanked or kept by a Markdown reader (a mark inside a word
        // is the word's: "@KCNA_news")
        const mention = /[*_`~\s]{2}|[*_`~\t\n\r]/.test(src.text) ? src.text.replace(MARKUP, '').replace(/\s+/g, ' ').trim() : src.text
        if (mention && !row.mentions.includes(mention)) row.mentions.push(mention)
      }
    }
  }
  for (const { row, pronouns } of [...rows.named.values(), ...rows.vague.values()]) if (!row.mentions.length && pronouns) row.mentions = pronouns
  // most cited first; the sort is stable, so among equals the first seen comes first
  return table.sort((a, b) => b.sentences - a.sentences)
}

function flags(claims: SentenceReport[], sources: SourceSummary[], summary: Summary): Flag[] {
  const out: Flag[] = []
  const attributed = summary.direct + summary.reported
  const with_ = (test: (src: Source) => boolean) => claims.filter((s) => s.attributions.some((a) => test(a.source)))
  // names in the order of the sources table: most cited first
  const rank = new Map(sources.map((r, i) => [r.name, i]))
  const names = (ss: SentenceReport[], test: (src: Source) => boolean) =>
    [...new Set(ss.flatMap((s) => s.attributions.filter((a) => test(a.source)).map((a) => nameOf(a.source))))].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9))

  const isState = (src: Source) => src.type === 'state-media'
  const state = with_(isState)
  if (state.length) {
    const countries = [...new Set(state.flatMap((s) => s.attributions.filter((a) => isState(a.source)).map((a) => a.source.country).filter((c): c is string => !!c)))]
    const of = countries.length ? ` of ${countries.join(' and ')}` : ''
    out.push({ code: 'state-media', message: `${state.length} of ${attributed} attributed claims rest on state media${of} (${list(names(state, isState))})`, sentences: state.map((s) => s.index) })
  }
  const isVague = (src: Source) => src.kind === 'vague'
  const vague = with_(isVague)
  if (vague.length) {
    out.push({ code: 'anonymous-sources', message: `${plural(vague.length, 'claim rests', 'claims rest')} on unnamed sources (${list(names(vague, isVague))})`, sentences: vague.map((s) => s.index) })
  }
  const top = sources[0]
  if (top && top.sentences >= 3 && top.sentences * 2 > attributed) {
    const idx = claims.filter((s) => s.attributions.some((a) => nameOf(a.source) === top.name)).map((s) => s.index)
    out.push({ code: 'single-source', message: `${top.name} supports ${top.sentences} of ${attributed} attributed claims`, sentences: idx })
  }
  const hedged = claims.filter((s) => s.attributions.length && s.attributions.every((a) => a.source.kind === 'none'))
  if (hedged.length) {
    const cues = [...new Set(hedged.flatMap((s) => s.attributions.map((a) => a.cue.text.toLowerCase())))]
    out.push({ code: 'hedged-claims', message: `${plural(hedged.length, 'claim rests', 'claims rest')} on hedges with no source (${list(cues)})`, sentences: hedged.map((s) => s.index) })
  }
  if (summary.unattributed) {
    const idx = claims.filter((s) => s.label === 'unattributed').map((s) => s.index)
    out.push({ code: 'unattributed-claims', message: `${summary.unattributed} of ${plural(summary.claims, 'claim carries', 'claims carry')} no attribution`, sentences: idx })
  }
  return out
}
