// An esbuild plugin that drops the notes from the word lists it bundles (and packs them). Every list in
// src/data says why each entry is there ("why", "about"): the engine never reads those notes,
// so the bookmarklet, whose size is a URL's, ships the lists without them.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

/** Removes "why" and "about" fields at any depth. */
export function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !((k === 'why' || k === 'about') && typeof v === 'string')).map(([k, v]) => [k, withoutNotes(v)]))
}

/** The word lists' separator once packed: no entry holds a comma (the build checks). */
const SEPARATOR = ','

/**
 * Packs each list of plain words, `{ "entries": ["a", "b"] }`, into one string, `",a,b"` (front-coded, see `frontCoded`; kept as
 * `{ "entries": ",a,b", … }` when the group has other fields), which src/lexicon/packing.ts unpacks
 * at start: about 2.2 KB less of the Worker's 200 KB budget, gzipped. The words go in sorted,
 * which gzip packs about 0.3 KB tighter: the engine reads each such list as a set or an index of
 * phrases, never by its order.
 */
export function packed(data) {
  /** the lists packed so far, sorted and as a set, by name: a later (shorter) list may be written as mostly one of them (`heldOf`) */
  const before = new Map()
  // (longest lists first, so a short one may be held by a long one whatever their order in the file)
  const size = (group) => (isWordList(group?.entries) ? group.entries.length : Number.MAX_SAFE_INTEGER)
  return Object.fromEntries(
    Object.entries(data).sort(([, a], [, b]) => size(b) - size(a)).map(([name, group]) => {
      // a string at the top would read back as a packed list
      if (typeof group === 'string') throw new Error(`a word list file's top-level "${name}" is a string: only notes may be`)
      if (isTable(group)) return [name, table(group)]
      if (!isWordList(group?.entries)) return [name, group]
      const sorted = [...group.entries].sort()
      const entries = heldOf(sorted, before) ?? frontCoded(sorted)
      before.set(name, { words: sorted, set: new Set(sorted) })
      return [name, Object.keys(group).length === 1 ? entries : { ...group, entries }]
    }),
  )
}

/** Whether `value` is a list of records long enough to ship as a table (`table`): "verbs" of cue-verbs.json, "countries" of places.json. */
const isTable = (value) => Array.isArray(value) && value.length >= 8 && value.every((x) => x && typeof x === 'object' && !Array.isArray(x))

/**
 * A list of records as its fields' names once and a row of values per record, `{ "@keys": [...], "@rows": [[...]] }`, null where a
 * record has no such field (none ends a row): about 0.3 KB less of the Worker's budget, gzipped, than every record naming its fields.
 */
function table(records) {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))]
  const rows = records.map((record) => {
    const row = keys.map((key) => {
      if (record[key] === null) throw new Error(`a record's field "${key}" is null, which a table's row reads as no field`)
      return record[key] ?? null
    })
    while (row.length && row[row.length - 1] === null) row.pop()
    return row
  })
  return { '@keys': keys, '@rows': rows }
}

/** The digits of the masks `heldOf` writes, six bits each. */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * A list whose words a longer list of its file holds ("governmentOffices" of "office"), written as "@office:" that list's name,
 * which of its sorted words it holds (a bit each, six to a base-64 digit) and, after a semicolon, its other words front-coded,
 * with the list that writes it shortest: about 0.5 KB less of the Worker's budget, gzipped. Undefined when its own words
 * front-coded are shorter.
 */
function heldOf(sorted, before) {
  let best
  let least = frontCoded(sorted).length
  for (const [name, { words, set }] of before) {
    const rest = sorted.filter((w) => !set.has(w))
    const length = name.length + Math.ceil(words.length / 6) + (rest.length ? frontCoded(rest).length : 0) + 3
    if (rest.length < sorted.length && length < least) [best, least] = [{ name, words, set }, length]
  }
  if (!best) return undefined
  const mine = new Set(sorted)
  let mask = ''
  for (let k = 0; k < best.words.length; k += 6) {
    let digit = 0
    for (let bit = 0; bit < 6; bit++) digit = digit * 2 + (mine.has(best.words[k + bit]) ? 1 : 0)
    mask += BASE64[digit]
  }
  const rest = sorted.filter((w) => !best.set.has(w))
  return `@${best.name}:${mask}${rest.length ? `;${frontCoded(rest)}` : ''}`
}

/**
 * Sorted words joined by the separator, each written as how many letters (2 to 9) it shares with the word before and the rest:
 * "acquainted,affiliated,analysed,analyzed" is ",acquainted,affiliated,analysed,6zed", about 0.7 KB less of the Worker's budget
 * than the plain join, gzipped. The leading separator says so (no entry is empty); a list with an entry that opens with a digit
 * goes plain, since its digit would read as a count.
 */
function frontCoded(sorted) {
  if (sorted.some((entry) => /^\d/.test(entry))) return sorted.join(SEPARATOR)
  let before = ''
  const coded = sorted.map((entry) => {
    let shared = 0
    while (shared < 9 && shared < entry.length && entry[shared] === before[shared]) shared++
    before = entry
    return shared > 1 ? shared + entry.slice(shared) : entry
  })
  return SEPARATOR + coded.join(SEPARATOR)
}

/** Whether `value` is a list of plain words, which `packed` packs (sorted); refuses an entry holding the separator. */
export function isWordList(value) {
  if (!Array.isArray(value) || value.length === 0 || !value.every((entry) => typeof entry === 'string')) return false
  const bad = value.find((entry) => entry.includes(SEPARATOR))
  if (bad !== undefined) throw new Error(`a word list's entry holds the packing separator "${SEPARATOR}": ${bad}`)
  return true
}

export const dataNotes = {
  name: 'data-notes',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/ }, async ({ path }) => ({
      contents: JSON.stringify(packed(withoutNotes(JSON.parse(await readFile(path, 'utf8'))))),
      loader: 'json',
    }))
  },
}

/**
 * Writes the word lists without their notes to build/data, where the Worker's bundle takes them
 * from (package.json "imports": "#data/*" under the "workerd" condition): the notes would cost
 * it about 10 KB of its 200 KB.
 */
export function writeDataWithoutNotes(root = new URL('..', import.meta.url)) {
  const from = new URL('src/data/', root)
  const to = new URL('build/data/', root)
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from).filter((f) => f.endsWith('.json'))) {
    writeFileSync(new URL(name, to), JSON.stringify(packed(withoutNotes(JSON.parse(readFileSync(new URL(name, from), 'utf8'))))))
  }
}
