import type { SourceKind, SourceType } from '../types'
import { lexicon } from '../lexicon'
import type { Token } from '../segment/tokens'
import { headOf, type Range } from './noun-phrase'

/** What a source noun phrase says about who is speaking, before cross-sentence resolution. */
export interface SourceReading {
  kind: SourceKind
  type: SourceType
  /** the name it goes by in the sources table, before resolution */
  name: string
  country?: string
  /** a pronoun to resolve to an earlier source */
  pronoun?: string
  /** a definite role noun to resolve ("the Russian leader": head 'leader', modifiers ['russian']) */
  role?: { head: string; mods: string[] }
  /** an indefinite document ("a new study") a later sentence may identify */
  pendingDocument?: string
  /** not a source at all: evidence, or the author speaking in the first person */
  notSource?: 'evidence' | 'author' | 'expletive'
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])
const GOVERNMENT_NOUNS = new Set(['ministry', 'government', 'police', 'department', 'administration', 'army', 'military', 'navy', 'air force', 'court', 'council', 'commission', 'parliament', 'congress', 'senate', 'assembly', 'embassy', 'consulate', 'cabinet', 'presidency', 'regime', 'authority', 'junta', 'kremlin', 'pentagon', 'white house', 'state department', 'foreign ministry', 'prosecution', 'tribunal', 'city', 'county', 'state', 'district', 'municipality', 'province', 'region', 'country', 'nation', 'office', 'bureau', 'agency'])
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'outlet', 'broadcaster', 'channel', 'network', 'station', 'publisher', 'agency'])

const spanText = (text: string, tokens: Token[], [a, b]: Range) => text.slice(tokens[a].start, tokens[b - 1].end)
const withoutArticle = (s: string) => s.replace(/^(the|a|an)\s+/i, '')

function countryIn(tokens: Token[], [a, b]: Range): string | undefined {
  for (let k = a; k < b; k++) {
    const m = lexicon.places.words.match(tokens, k, b) ?? lexicon.places.capitals.match(tokens, k, b)
    if (m) return m.value
  }
  return undefined
}

function lookup<T>(map: Map<string, T>, t: Token): T | undefined {
  return map.get(t.norm) ?? map.get(t.lower)
}

/** Two-word heads such as "press secretary", "prime minister", "white house". */
function compoundHead(tokens: Token[], h: number, map: Map<string, string>): string | undefined {
  if (h > 0 && tokens[h - 1].word) {
    const two = `${tokens[h - 1].lower} ${tokens[h].norm}`
    if (map.has(two)) return map.get(two)
  }
  return lookup(map, tokens[h])
}

const NOUN_MAPS = [lexicon.vagueNouns, lexicon.officeNouns, lexicon.documentNouns, lexicon.personRoles, lexicon.spokesNouns, lexicon.vagueMedia]

function isPlural(t: Token): boolean {
  for (const map of NOUN_MAPS) {
    const singular = map.get(t.norm)
    if (singular !== undefined) return singular !== t.norm || t.norm === 'people'
  }
  return !t.cap && /[^siuy]s$/.test(t.norm)
}

/**
 * Reads a source noun phrase (SPEC §1 step 2): named, vague or not a source, and its type.
 */
export function readSource(text: string, tokens: Token[], range: Range, outsideQuote = true): SourceReading {
  const [a, b] = range
  const written = spanText(text, tokens, range)
  const first = tokens[a]
  if (b - a === 1 && lexicon.pronouns.has(first.lower)) {
    const p = first.lower
    if ((p === 'i' || p === 'we' || p === 'you') && outsideQuote) return { kind: 'none', type: 'unknown', name: written, notSource: 'author' }
    return { kind: 'named', type: p === 'he' || p === 'she' ? 'person' : 'unknown', name: written, pronoun: p }
  }

  const outlet = lexicon.outlets.find(tokens, a, b)
  if (outlet) {
    const o = outlet.value
    return { kind: 'named', type: o.state ? 'state-media' : 'media', name: o.name, country: o.country }
  }
  const generic = lexicon.genericStateMedia.find(tokens, a, b)
  if (generic) return { kind: 'named', type: 'state-media', name: withoutArticle(written), country: countryIn(tokens, range) }

  const h = headOf(tokens, range)
  const head = tokens[h]
  const det = first.lower
  const possessive = DEFINITE.has(det) || tokens.slice(a, h).some((t) => t.lower !== t.norm)
  const plural = isPlural(head)
  const indefinite = !possessive && (lexicon.indefinite.has(det) || plural)
  const mods = tokens.slice(a, h).filter((t) => t.word && !lexicon.determiners.has(t.lower)).map((t) => t.norm)
  const after = tokens.slice(h + 1, b)
  const namedAfter = after.some((t) => t.cap)

  // Common-noun heads decide first, even when capitalised ("Police said", "the Foreign Ministry said").
  if (lookup(lexicon.evidenceNouns, head) && !lookup(lexicon.documentNouns, head)) return { kind: 'none', type: 'unknown', name: written, notSource: 'evidence' }
  if (compoundHead(tokens, h, lexicon.spokesNouns)) return { kind: 'named', type: 'person', name: withoutArticle(written) }
  const doc = compoundHead(tokens, h, lexicon.documentNouns)
  if (doc && !head.cap) {
    const identified = possessive || namedAfter || mods.some((m, i) => tokens[a + i]?.cap && i + a > 0) || after.some((t) => lexicon.journals.has(t.lower))
    if (identified) return { kind: 'named', type: 'document', name: withoutArticle(written), role: DEFINITE.has(det) && !namedAfter ? { head: doc, mods } : undefined }
    return { kind: 'vague', type: 'document', name: withoutArticle(written), pendingDocument: indefinite && !plural ? doc : undefined }
  }
  const office = compoundHead(tokens, h, lexicon.officeNouns)
  const role = compoundHead(tokens, h, lexicon.personRoles)
  const vague = lookup(lexicon.vagueNouns, head)
  if (role && (possessive || (!indefinite && !plural && !vague))) {
    return { kind: 'named', type: 'person', name: withoutArticle(written), role: { head: role, mods } }
  }
  if (office) {
    const type: SourceType = MEDIA_NOUNS.has(office) && office !== 'agency' ? 'media' : GOVERNMENT_NOUNS.has(office) ? 'government' : 'organization'
    if (indefinite && !namedAfter) return { kind: 'vague', type: 'anonymous', name: withoutArticle(written) }
    return { kind: 'named', type, name: withoutArticle(written), country: countryIn(tokens, range), role: DEFINITE.has(det) && !mods.some((m, i) => tokens[a + 1 + i]?.cap) ? { head: office, mods } : undefined }
  }
  if (vague || role) return { kind: 'vague', type: 'anonymous', name: withoutArticle(written) }
  if (lookup(lexicon.vagueMedia, head)) return { kind: 'vague', type: 'media', name: withoutArticle(written) }

  if (head.cap) return readName(text, tokens, range, h)
  if (det === 'it' || det === 'there') return { kind: 'none', type: 'unknown', name: written, notSource: 'expletive' }
  return possessive || DEFINITE.has(det)
    ? { kind: 'named', type: 'unknown', name: withoutArticle(written) }
    : { kind: 'vague', type: 'unknown', name: withoutArticle(written) }
}

/** A capitalised name: a government body, an organisation, an outlet or a person. */
function readName(text: string, tokens: Token[], range: Range, h: number): SourceReading {
  const [a, b] = range
  const written = withoutArticle(spanText(text, tokens, range))
  const country = countryIn(tokens, range)
  if (h === a && lexicon.places.capitals.match(tokens, a, b)?.length === b - a) return { kind: 'named', type: 'government', name: written, country }
  if (lexicon.governmentWords.find(tokens, a, h + 1)) return { kind: 'named', type: 'government', name: written, country }
  for (let k = a; k <= h; k++) {
    if (lexicon.organizationWords.has(tokens[k].norm)) return { kind: 'named', type: 'organization', name: written }
  }
  if (lexicon.mediaWords.has(tokens[h].norm) && h > a) return { kind: 'named', type: 'media', name: written }
  // a person: strip titles, roles and nationalities written before the name
  let s = a
  while (s < h) {
    const t = tokens[s]
    const place = lexicon.places.words.match(tokens, s, h)
    if (place) s += place.length
    else if (lexicon.titles.has(t.lower) || lexicon.titles.has(t.norm) || lexicon.determiners.has(t.lower) || !t.cap || lexicon.personRoles.has(t.norm)) s++
    else break
  }
  const name = text.slice(tokens[s].start, tokens[h].end).replace(/['’]s$/, '')
  return { kind: 'named', type: 'person', name, country }
}
