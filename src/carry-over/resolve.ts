import type { Attribution, Source, SourceKind, SourceType } from '../types'
import { lexicon } from '../lexicon'
import type { Analysed } from '../attribute/sentence'
import type { Found } from '../attribute/cues'
import type { SourceReading } from '../attribute/sources'
import type { Token } from '../segment/tokens'

/** One source of the article, however it is mentioned. */
interface Entity {
  name: string
  type: SourceType
  kind: 'named' | 'vague'
  country?: string
  /** lowercase words of a person's name, to match "Putin" with "Vladimir Putin" */
  words: Set<string>
  /** every written form, lowercase, to match role nouns ("the Russian leader") */
  forms: string[]
}

interface Mention {
  entity: Entity
  sentence: number
  token: number
  /** object of a verb or preposition: a weaker antecedent for "he" */
  object: boolean
}

const OBJECT_BREAK = new Set(['and', 'but', 'that', 'as', 'while', 'when', 'because', 'after', 'before', 'since', 'if', 'although', 'though', 'so', 'then', 'which', 'who'])
const LOOKBACK = 4

/** Sources across sentences: names merged, pronouns and role nouns resolved, channels chained. */
export class SourceResolver {
  private entities = new Map<string, Entity>()
  private persons: Entity[] = []
  private mentions: Mention[] = []
  private recent: Array<{ entity: Entity; sentence: number }> = []
  private pending: Array<{ sentence: number; head: string; attribution: Attribution; entity: Entity }> = []

  constructor(private text: string) {}

  /** Resolves the own attributions of sentence `s` (in document order) into report attributions. */
  resolve(s: Analysed, found: Found[]): Attribution[] {
    this.identifyPending(s)
    this.scanPersons(s)
    const out: Array<{ a: Attribution; f: Found }> = []
    for (const f of found) {
      const cue = this.span(s.tokens, f.cue)
      let source: Source
      let entity: Entity | undefined
      if (!f.src || !f.reading) source = { kind: 'none', type: 'unknown' }
      else {
        entity = this.entityFor(s, f)
        const written = this.span(s.tokens, f.src)
        source = { ...written, kind: entity?.kind ?? f.reading.kind, type: entity?.type ?? f.reading.type }
        if (entity && entity.name !== written.text) source.resolved = entity.name
        const country = entity?.country ?? f.reading.country
        if (country) source.country = country
        if (entity) this.recent.push({ entity, sentence: s.index })
      }
      const a: Attribution = { cue, source, quote: f.quote, inherited: false, rule: f.rule }
      if (f.reading?.pendingDocument && entity?.kind === 'vague') {
        this.pending.push({ sentence: s.index, head: f.reading.pendingDocument, attribution: a, entity })
      }
      out.push({ a, f })
    }
    // a speaker's words reached the article through the sentence's channel (SPEC §4 `via`)
    const channel = out.find(({ a, f }) => f.channel && a.source.kind !== 'none')
    if (channel) {
      const via = nameOf(channel.a.source)
      for (const { a } of out) if (a !== channel.a && a.source.kind !== 'none' && nameOf(a.source) !== via) a.via = via
    }
    return out.map(({ a }) => a)
  }

  private span(tokens: Token[], [a, b]: [number, number]) {
    const start = tokens[a].start
    const end = tokens[b - 1].end
    return { text: this.text.slice(start, end), start, end }
  }

  /** The entity a source mention stands for, registering it when new. */
  private entityFor(s: Analysed, f: Found): Entity | undefined {
    const r = f.reading!
    if (r.pronoun) return this.resolvePronoun(s, f.src![0], r)
    if (r.role) {
      const hit = this.resolveRole(s, r)
      if (hit) {
        hit.forms.push(this.span(s.tokens, f.src!).text.toLowerCase())
        return hit
      }
    }
    if (r.kind === 'none') return undefined
    const written = this.span(s.tokens, f.src!).text
    if (r.type === 'person' && !r.role) return this.person(r.name, written)
    return this.register(r.name, r, written)
  }

  private register(name: string, r: Pick<SourceReading, 'type' | 'country'> & { kind: SourceKind }, written: string): Entity {
    const key = `${r.kind}:${name.toLowerCase()}`
    let e = this.entities.get(key)
    if (!e) {
      e = { name, type: r.type, kind: r.kind === 'vague' ? 'vague' : 'named', country: r.country, words: new Set(), forms: [] }
      this.entities.set(key, e)
    }
    e.forms.push(written.toLowerCase())
    return e
  }

  /** A person by name; a surname alone ("Putin") joins the full name seen before or after. */
  private person(name: string, written: string): Entity {
    const words = name.toLowerCase().split(/\s+/).filter(Boolean)
    let e = this.persons.find((p) => words.every((w) => p.words.has(w))) ?? this.persons.find((p) => [...p.words].every((w) => words.includes(w)))
    if (!e) {
      e = { name, type: 'person', kind: 'named', words: new Set(words), forms: [] }
      this.persons.push(e)
      this.entities.set(`named:${name.toLowerCase()}`, e)
    } else if (words.length > e.words.size) {
      e.name = name
      for (const w of words) e.words.add(w)
    }
    e.forms.push(written.toLowerCase())
    return e
  }

  /** Person names anywhere in the sentence, as antecedents for "he" and "she". */
  private scanPersons(s: Analysed): void {
    const t = s.tokens
    for (let i = 0; i < t.length; i++) {
      if (!t[i].word || !t[i].cap || t[i].quoted) continue
      let j = i
      while (j < t.length && t[j].word && t[j].cap) j++
      this.personRun(s, i, j)
      i = j
    }
  }

  private personRun(s: Analysed, a: number, b: number): void {
    const t = s.tokens
    let k = a
    let titled = false
    while (k < b) {
      const place = lexicon.places.words.match(t, k, b)
      if (place) k += place.length
      else if (lexicon.titles.has(t[k].lower) || lexicon.titles.has(t[k].norm)) {
        titled = true
        k++
      } else if (k === 0 && (lexicon.sentenceStarters.has(t[k].lower) || lexicon.determiners.has(t[k].lower))) k++
      else break
    }
    if (k >= b) return
    for (let m = k; m < b; m++) {
      const l = t[m].norm
      if (lexicon.timeWords.has(l) || lexicon.organizationWords.has(l) || lexicon.mediaWords.has(l) || lexicon.officeNouns.has(l)) return
    }
    if (lexicon.outlets.find(t, k, b) || lexicon.places.capitals.find(t, k, b) || lexicon.governmentWords.find(t, k, b)) return
    const name = this.text.slice(t[k].start, t[b - 1].end).replace(/['’]s$/, '')
    const words = name.toLowerCase().split(/\s+/)
    const known = this.persons.find((p) => words.every((w) => p.words.has(w)))
    if (!known && b - k < 2 && !titled) return
    const entity = known ?? this.person(name, this.text.slice(t[a].start, t[b - 1].end))
    if (known) known.forms.push(this.text.slice(t[a].start, t[b - 1].end).toLowerCase())
    const before = t[a - 1]
    const object = !!before && (before.word ? !OBJECT_BREAK.has(before.lower) : false)
    this.mentions.push({ entity, sentence: s.index, token: a, object })
  }

  private resolvePronoun(s: Analysed, at: number, r: SourceReading): Entity | undefined {
    const p = r.pronoun!
    if (p === 'he' || p === 'she') {
      const here = this.mentions.filter((m) => m.sentence === s.index && m.token < at)
      const before = this.mentions.filter((m) => m.sentence < s.index && m.sentence >= s.index - LOOKBACK)
      const pick = last(here.filter((m) => !m.object)) ?? last(before.filter((m) => !m.object)) ?? last(here) ?? last(before)
      return pick?.entity
    }
    const fits = (e: Entity) => (p === 'it' ? e.type !== 'person' && e.type !== 'anonymous' : e.kind === 'vague' || e.type !== 'person')
    for (let k = this.recent.length - 1; k >= 0 && this.recent[k].sentence >= s.index - LOOKBACK; k--) {
      if (fits(this.recent[k].entity)) return this.recent[k].entity
    }
    return p === 'they' ? this.register('they', { kind: 'vague', type: 'anonymous' }, 'they') : undefined
  }

  /** "the Russian leader" → the latest person whose mentions share "russian" or "leader". */
  private resolveRole(s: Analysed, r: SourceReading): Entity | undefined {
    const { head, mods } = r.role!
    const candidates = r.type === 'person' ? this.persons : [...this.entities.values()].filter((e) => e.type === r.type || (head === 'agency' && (e.type === 'state-media' || e.type === 'media')) || (r.type === 'government' && e.type === 'state-media' && head === 'agency'))
    const order = this.recentOrder(candidates, s.index)
    const words = mods.filter((m) => !lexicon.determiners.has(m))
    return (
      order.find((e) => words.length > 0 && words.every((m) => e.forms.some((f) => f.includes(m)))) ??
      order.find((e) => e.forms.some((f) => f.includes(head))) ??
      (r.type === 'person' ? undefined : order[0])
    )
  }

  /** Candidates by the latest sentence they were mentioned in, newest first, within reach. */
  private recentOrder(candidates: Entity[], sentence: number): Entity[] {
    const lastSeen = new Map<Entity, number>()
    for (const m of this.mentions) lastSeen.set(m.entity, m.sentence)
    for (const r of this.recent) lastSeen.set(r.entity, Math.max(lastSeen.get(r.entity) ?? -1, r.sentence))
    return candidates
      .filter((e) => lastSeen.has(e) && lastSeen.get(e)! >= sentence - 8)
      .sort((x, y) => lastSeen.get(y)! - lastSeen.get(x)!)
  }

  /** "A new study ties coffee to…" then "The study, published in Circulation, …": now named. */
  private identifyPending(s: Analysed): void {
    this.pending = this.pending.filter((p) => p.sentence >= s.index - 1)
    if (!this.pending.length) return
    const t = s.tokens
    for (const p of this.pending) {
      for (let i = 0; i + 2 < t.length; i++) {
        if ((t[i].lower === 'the' || t[i].lower === 'this') && t[i + 1].norm === p.head) {
          const next = t[i + 2].text === ',' ? t[i + 3] : t[i + 2]
          if (next && ['published', 'by', 'from', 'conducted', 'led', 'released', 'in', 'funded', 'commissioned'].includes(next.lower)) {
            p.attribution.source.kind = 'named'
            p.entity.kind = 'named'
            p.entity.type = 'document'
          }
        }
      }
    }
  }
}

function last<T>(list: T[]): T | undefined {
  return list[list.length - 1]
}

/** The name a source is counted under in the sources table. */
export function nameOf(source: Source): string {
  return source.resolved ?? source.text ?? ''
}
